import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import type { BarsParams } from './index';

/** `x`, `series`, `value`, keeping the top `limit` x values by total. */
export function buildBarsQuery(p: BarsParams, ctx: QueryContext): string {
  return `WITH agg AS (
  SELECT CAST(${ident(p.x)} AS VARCHAR) AS x, CAST(${ident(p.series)} AS VARCHAR) AS series, ${aggregateSql(p.aggregate, p.value)} AS value
  FROM ${panelRows(p, ctx)} GROUP BY 1, 2),
top AS (SELECT x FROM agg GROUP BY x ORDER BY sum(value) DESC NULLS LAST, x LIMIT ${Math.round(p.limit)})
SELECT agg.* FROM agg JOIN top USING (x) ORDER BY x, series`;
}
