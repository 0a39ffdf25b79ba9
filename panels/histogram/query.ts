import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import type { HistogramParams } from './index';

/** Equal-width bins computed in SQL (scales to any row count): `x0`, `x1`, `n`. */
export function buildHistogramQuery(p: HistogramParams, ctx: QueryContext): string {
  const bins = Math.round(p.bins);
  return `WITH v AS (SELECT CAST(${ident(p.column)} AS DOUBLE) AS v FROM ${panelRows(p, ctx)} WHERE ${ident(p.column)} IS NOT NULL),
r AS (SELECT min(v) AS lo, max(v) AS hi FROM v),
b AS (SELECT coalesce(least(floor((v - lo) / nullif((hi - lo) / ${bins}, 0)), ${bins - 1}), 0) AS bin, count(*)::DOUBLE AS n FROM v, r GROUP BY 1)
SELECT lo + bin * (hi - lo) / ${bins} AS x0, CASE WHEN hi = lo THEN hi + 1 ELSE lo + (bin + 1) * (hi - lo) / ${bins} END AS x1, n
FROM b, r ORDER BY bin`;
}
