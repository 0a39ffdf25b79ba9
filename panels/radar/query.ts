import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import type { RadarParams } from './index';

/** One row per series with one aggregated column per axis (named like the source column). */
export function buildRadarQuery(p: RadarParams, ctx: QueryContext): string {
  const axes = p.axes.map((c) => `${aggregateSql(p.aggregate, c)} AS ${ident(c)}`).join(', ');
  return `SELECT CAST(${ident(p.series)} AS VARCHAR) AS series, ${axes}, count(*)::DOUBLE AS size
FROM ${ctx.from(p.table)} WHERE ${ident(p.series)} IS NOT NULL
GROUP BY 1 ORDER BY size DESC, series LIMIT ${Math.round(p.limit)}`;
}
