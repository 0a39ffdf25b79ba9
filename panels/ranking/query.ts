import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import type { RankingParams } from './index';

/** Top categories by an aggregate: `label`, `value`. */
export function buildRankingQuery(p: RankingParams, ctx: QueryContext): string {
  return `SELECT ${ident(p.category)} AS label, ${aggregateSql(p.aggregate, p.value)} AS value
FROM ${panelRows(p, ctx)}
WHERE ${ident(p.category)} IS NOT NULL
GROUP BY 1
ORDER BY value ${p.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, label
LIMIT ${Math.round(p.limit)}`;
}
