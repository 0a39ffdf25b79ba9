import { namedText } from '../../src/panel/lookup';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import type { RadarParams } from './index';

/**
 * One row per series (by name when it is an id: brand_id → the brand's name) with one aggregated
 * column per axis (named like the source column).
 */
export function buildRadarQuery(p: RadarParams, ctx: QueryContext): string {
  const axes = p.axes.map((c) => `${aggregateSql(p.aggregate, c)} AS ${ident(c)}`).join(', ');
  const series = namedText(p.series, p.table, ctx, 'src', 'series_names');
  return `SELECT ${series.expr} AS series, ${axes}, count(*)::DOUBLE AS size
FROM ${ctx.from(p.table, 'src')} ${series.join} WHERE "src".${ident(p.series)} IS NOT NULL
GROUP BY 1 ORDER BY size DESC, series LIMIT ${Math.round(p.limit)}`;
}
