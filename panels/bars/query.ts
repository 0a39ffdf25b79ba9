import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import { withNames } from '../../src/panel/lookup';
import type { BarsParams } from './index';

/**
 * `x` (a name from a lookup table when x is an id), `series`, `value` and `x_key` (the value a
 * click filters by), keeping the top `limit` x values by total, largest first.
 */
export function buildBarsQuery(p: BarsParams, ctx: QueryContext): string {
  const top = `SELECT key, sum(value) AS total FROM agg GROUP BY key ORDER BY total DESC NULLS LAST, key LIMIT ${Math.round(p.limit)}`;
  return `WITH agg AS (
  SELECT ${ident(p.x)} AS key, CAST(${ident(p.series)} AS VARCHAR) AS series, ${aggregateSql(p.aggregate, p.value)} AS value
  FROM ${panelRows(p, ctx)} GROUP BY 1, 2),
named AS (${withNames(top, p.x, p.table, ctx)})
SELECT named.label AS x, agg.series, agg.value, named.key AS x_key FROM agg JOIN named USING (key)
ORDER BY named.total DESC NULLS LAST, x, series`;
}
