import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql, truncSql, type Grain } from '../../src/panel/sql';
import type { TrendParams } from './index';

/** One value per period (and per series): `t`, [`series`], `value`. */
export function buildTrendQuery(p: TrendParams, ctx: QueryContext): string {
  const series = p.series ? `, CAST(${ident(p.series)} AS VARCHAR) AS series` : '';
  return `SELECT ${truncSql(p.grain as Grain, p.date)} AS t${series}, ${aggregateSql(p.aggregate, p.value)} AS value
FROM ${panelRows(p, ctx)}
WHERE ${ident(p.date)} IS NOT NULL
GROUP BY ALL
ORDER BY t${p.series ? ', series' : ''}`;
}
