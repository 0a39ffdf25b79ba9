import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import type { FlowParams } from './index';

/** From × to: `source`, `target`, `n`, `rate` (share of the row: p(to | from)). */
export function buildFlowQuery(p: FlowParams, ctx: QueryContext): string {
  return `WITH m AS (SELECT CAST(${ident(p.from)} AS VARCHAR) AS source, CAST(${ident(p.to)} AS VARCHAR) AS target, ${aggregateSql(p.aggregate, p.value)} AS n
  FROM ${ctx.from(p.table)} GROUP BY 1, 2)
SELECT source, target, n, n / nullif(sum(n) OVER (PARTITION BY source), 0) AS rate FROM m ORDER BY source, target`;
}
