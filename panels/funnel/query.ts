import { ident, literal } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import type { FunnelParams } from './index';

/** The stages, in the order given, as a comma-separated list. */
export function funnelStages(p: FunnelParams): string[] {
  return p.stages
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .slice(0, 12);
}

/**
 * Distinct `id`s reaching each stage: `stage`, `step` (1…n), `n`, `step_rate` (vs the stage before),
 * `overall_rate` (vs the first stage).
 */
export function buildFunnelQuery(p: FunnelParams, ctx: QueryContext): string {
  const stages = funnelStages(p);
  const values = stages.map((s, i) => `(${literal(s)}, ${i + 1})`).join(', ');
  return `WITH stages(stage, step) AS (VALUES ${values}),
counts AS (SELECT CAST(${ident(p.stage)} AS VARCHAR) AS stage, count(DISTINCT ${ident(p.id)})::DOUBLE AS n
  FROM ${ctx.from(p.table)} WHERE CAST(${ident(p.stage)} AS VARCHAR) IN (SELECT stage FROM stages) GROUP BY 1)
SELECT s.stage, s.step, coalesce(c.n, 0) AS n,
  coalesce(c.n, 0) / nullif(lag(coalesce(c.n, 0)) OVER (ORDER BY s.step), 0) AS step_rate,
  coalesce(c.n, 0) / nullif(first_value(coalesce(c.n, 0)) OVER (ORDER BY s.step), 0) AS overall_rate
FROM stages s LEFT JOIN counts c USING (stage) ORDER BY s.step`;
}
