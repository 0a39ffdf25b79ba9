import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import type { HeatmapParams } from './index';

/**
 * `x`, `y`, `n` (rows, or distinct ids), `value` and `suppressed` (n below the minimum). In TGI mode
 * value = 100 × P(y | x) ÷ P(y), with distinct ids counted exactly per cell, per x, per y and overall.
 */
export function buildHeatmapQuery(p: HeatmapParams, ctx: QueryContext): string {
  const x = `CAST(${ident(p.x)} AS VARCHAR)`;
  const y = `CAST(${ident(p.y)} AS VARCHAR)`;
  const min = Math.round(p.minCount);
  if (p.measure === 'tgi') {
    return `WITH base AS (SELECT ${x} AS x, ${y} AS y, ${ident(p.id)} AS id FROM ${panelRows(p, ctx)}
  WHERE ${ident(p.x)} IS NOT NULL AND ${ident(p.y)} IS NOT NULL),
g AS (SELECT x, y, count(DISTINCT id)::DOUBLE AS n, grouping(x) AS gx, grouping(y) AS gy FROM base
  GROUP BY GROUPING SETS ((x, y), (x), (y), ()))
SELECT c.x, c.y, c.n, 100 * (c.n / tx.n) / (ty.n / t.n) AS value, c.n < ${min} AS suppressed
FROM g c JOIN g tx ON tx.x = c.x AND tx.gx = 0 AND tx.gy = 1
JOIN g ty ON ty.y = c.y AND ty.gx = 1 AND ty.gy = 0
JOIN g t ON t.gx = 1 AND t.gy = 1
WHERE c.gx = 0 AND c.gy = 0 ORDER BY c.x, c.y`;
  }
  return `SELECT ${x} AS x, ${y} AS y, count(*)::DOUBLE AS n, ${aggregateSql(p.aggregate, p.value)} AS value, count(*) < ${min} AS suppressed
FROM ${panelRows(p, ctx)} WHERE ${ident(p.x)} IS NOT NULL AND ${ident(p.y)} IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`;
}
