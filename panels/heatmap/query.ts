import { namedText } from '../../src/panel/lookup';
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
  // Columns read by name (brand_id → the brand's name); `x_key` keeps the value a click filters by.
  const xName = namedText(p.x, p.table, ctx, 'src', 'x_names');
  const rows = `(SELECT "src".*, ${xName.expr} AS __x, "src".${ident(p.x)} AS __x_key
  FROM ${panelRows(p, ctx)} ${xName.join}) AS named`;
  const y = `CAST(${ident(p.y)} AS VARCHAR)`;
  const min = Math.round(p.minCount);
  const present = `${ident(p.x)} IS NOT NULL AND ${ident(p.y)} IS NOT NULL`;
  if (p.measure === 'tgi') {
    return `WITH base AS (SELECT __x AS x, __x_key AS x_key, ${y} AS y, ${ident(p.id)} AS id
  FROM ${rows} WHERE ${present}),
g AS (SELECT x, y, any_value(x_key) AS x_key, count(DISTINCT id)::DOUBLE AS n, grouping(x) AS gx, grouping(y) AS gy
  FROM base GROUP BY GROUPING SETS ((x, y), (x), (y), ()))
SELECT c.x, c.y, c.n, 100 * (c.n / tx.n) / (ty.n / t.n) AS value, c.n < ${min} AS suppressed, c.x_key
FROM g c JOIN g tx ON tx.x = c.x AND tx.gx = 0 AND tx.gy = 1
JOIN g ty ON ty.y = c.y AND ty.gx = 1 AND ty.gy = 0
JOIN g t ON t.gx = 1 AND t.gy = 1
WHERE c.gx = 0 AND c.gy = 0 ORDER BY c.x, c.y`;
  }
  return `SELECT __x AS x, ${y} AS y, count(*)::DOUBLE AS n, ${aggregateSql(p.aggregate, p.value)} AS value, count(*) < ${min} AS suppressed, any_value(__x_key) AS x_key
FROM ${rows} WHERE ${present} GROUP BY 1, 2 ORDER BY 1, 2`;
}
