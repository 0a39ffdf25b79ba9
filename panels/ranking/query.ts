import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import { withNames } from '../../src/panel/lookup';
import type { RankingParams } from './index';

/**
 * Top categories by an aggregate: `key` (the group's value), `label` (its name from a lookup
 * table when it is an id, e.g. the brand's name for brand_id) and `value`.
 */
export function buildRankingQuery(p: RankingParams, ctx: QueryContext): string {
  const grouped = `SELECT ${ident(p.category)} AS key, ${aggregateSql(p.aggregate, p.value)} AS value
FROM ${panelRows(p, ctx)}
WHERE ${ident(p.category)} IS NOT NULL
GROUP BY 1`;
  const named = p.names
    ? withNames(grouped, p.category, p.table, ctx)
    : `SELECT g.*, CAST(g.key AS VARCHAR) AS label FROM (${grouped}) AS g`;
  // The name first: what a reader (and a CSV export) wants to see.
  return `SELECT label, value, key FROM (${named}) AS ranked
ORDER BY value ${p.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, label
LIMIT ${Math.round(p.limit)}`;
}
