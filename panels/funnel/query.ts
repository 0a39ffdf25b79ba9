import { panelRows } from '../../src/panel/row-condition';
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
  const hits = `SELECT DISTINCT ${ident(p.id)} AS id, s.step FROM ${panelRows(p, ctx)}
  JOIN stages s ON CAST(${ident(p.stage)} AS VARCHAR) = s.stage WHERE ${ident(p.id)} IS NOT NULL`;
  // In order: an id counts at step k when it reached steps 1…k (its depth is the first step it
  // missed, less one), so each stage is a subset of the one before.
  const counts =
    p.mode === 'independent'
      ? `counts AS (SELECT step, count(*)::DOUBLE AS n FROM hits GROUP BY 1)`
      : `per AS (SELECT id, list(step) AS steps FROM hits GROUP BY 1),
depth AS (SELECT coalesce((SELECT min(s.step) FROM stages s WHERE NOT list_contains(per.steps, s.step)) - 1, ${stages.length}) AS d FROM per),
counts AS (SELECT s.step, count(*)::DOUBLE AS n FROM stages s JOIN depth ON depth.d >= s.step GROUP BY 1)`;
  return `WITH stages(stage, step) AS (VALUES ${values}),
hits AS (${hits}),
${counts}
SELECT s.stage, s.step, coalesce(c.n, 0) AS n,
  coalesce(c.n, 0) / nullif(lag(coalesce(c.n, 0)) OVER (ORDER BY s.step), 0) AS step_rate,
  coalesce(c.n, 0) / nullif(first_value(coalesce(c.n, 0)) OVER (ORDER BY s.step), 0) AS overall_rate
FROM stages s LEFT JOIN counts c USING (step) ORDER BY s.step`;
}
