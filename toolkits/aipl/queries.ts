/** AIPL toolkit SQL (metrics.md §1.1): stage counts and mix, 30-day trend, flow between two days. */
import type { QueryContext } from '../../src/panel/contract';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, focusCtes, peerBrandsSql, STAGE_SQL } from '../common/sql';
import { buildStagesSql, dailySnaps, weeklySnaps } from '../common/stages';
import type { AiplInputs } from './index';

/** Weekly stage snapshots (13 weeks back) of the brand's industry and competitors, built once. */
export function weeklyStages(p: AiplInputs, ctx: QueryContext): string {
  return ctx.derive(
    buildStagesSql(weeklySnaps(asOfDaySql(p.asOf, ctx), 13), p, ctx, peerBrandsSql(p, ctx)),
  );
}

/** The brand's stage counts for each of the last 30 days, built once per input set. */
export function dailyStageCounts(p: AiplInputs, ctx: QueryContext): string {
  const stages = buildStagesSql(
    dailySnaps(asOfDaySql(p.asOf, ctx), 30),
    p,
    ctx,
    literal(p.brand),
    peerBrandsSql(p, ctx),
  );
  return ctx.derive(`SELECT snap, brand_id, lvl, count(*) AS n FROM (${stages}) GROUP BY ALL`);
}

/** `brand, is_focus, stage, lvl, n, share` for the brand and those it is compared with. */
export function buildStageMixSql(p: AiplInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)},
counts AS (SELECT brand_id, lvl, count(*) AS n FROM ${weeklyStages(p, ctx)} WHERE snap = (SELECT d FROM cal) GROUP BY ALL),
grid AS (SELECT sh.brand_id, sh.name, r.lvl FROM shown sh, range(1, 5) r(lvl))
SELECT g.name AS brand, g.brand_id = ${literal(p.brand)} AS is_focus, ${STAGE_SQL('g.lvl')} AS stage, CAST(g.lvl AS INTEGER) AS lvl,
  coalesce(c.n, 0) AS n, coalesce(c.n, 0) / nullif(sum(coalesce(c.n, 0)) OVER (PARTITION BY g.brand_id), 0) AS share
FROM grid g LEFT JOIN counts c ON c.brand_id = g.brand_id AND c.lvl = g.lvl
ORDER BY is_focus DESC, g.brand_id, g.lvl`;
}

/** `day, stage, n`: the brand's stage counts on each of the last 30 days. */
export function buildStageTrendSql(p: AiplInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)}
SELECT cal.day0 + t.snap AS day, ${STAGE_SQL('t.lvl')} AS stage, t.n
FROM ${dailyStageCounts(p, ctx)} t, cal WHERE t.brand_id = ${literal(p.brand)}
ORDER BY day, t.lvl`;
}

const MOVE_SQL = `CASE WHEN from_lvl = 0 THEN 'entry' WHEN to_lvl = 0 THEN 'churn'
  WHEN to_lvl > from_lvl THEN 'upgrade' WHEN to_lvl < from_lvl THEN 'downgrade' ELSE 'stay' END`;

/** Each consumer's level at the flow's start and end day (0 = not in AIPL), for the shown brands. */
function flowPairs(p: AiplInputs, ctx: QueryContext): string {
  const stages = weeklyStages(p, ctx);
  const at = (offset: string) =>
    `SELECT brand_id, consumer_id, lvl FROM ${stages} WHERE snap = (SELECT d FROM cal)${offset} AND brand_id IN (SELECT brand_id FROM shown)`;
  return `pairs AS (SELECT brand_id, coalesce(a.lvl, 0) AS from_lvl, coalesce(z.lvl, 0) AS to_lvl
  FROM (${at(` - ${7 * p.flowWeeks}`)}) a FULL JOIN (${at('')}) z USING (brand_id, consumer_id))`;
}

/** `from_stage, to_stage, n, rate, move`: the brand's flow matrix; rate = share of the start stage. */
export function buildFlowMatrixSql(p: AiplInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)}, ${flowPairs(p, ctx)},
m AS (SELECT from_lvl, to_lvl, count(*) AS n FROM pairs WHERE brand_id = ${literal(p.brand)} GROUP BY ALL)
SELECT ${STAGE_SQL('from_lvl')} AS from_stage, ${STAGE_SQL('to_lvl')} AS to_stage, CAST(from_lvl AS INTEGER) AS from_lvl,
  CAST(to_lvl AS INTEGER) AS to_lvl, n,
  CASE WHEN from_lvl > 0 THEN n / sum(n) OVER (PARTITION BY from_lvl) END AS rate, ${MOVE_SQL} AS move
FROM m ORDER BY from_lvl, to_lvl`;
}

/**
 * `brand, is_focus, move, n, rate` per shown brand: stay, upgrade, downgrade and churn rates are
 * shares of the consumers in AIPL on the start day; entry is relative to the same base.
 */
export function buildFlowSummarySql(p: AiplInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)}, ${flowPairs(p, ctx)},
moves AS (SELECT brand_id, ${MOVE_SQL} AS move, count(*) AS n FROM pairs GROUP BY ALL),
start AS (SELECT brand_id, count(*) FILTER (WHERE from_lvl > 0) AS n0 FROM pairs GROUP BY ALL),
grid AS (SELECT sh.brand_id, sh.name, m.move, m.i FROM shown sh,
  (VALUES ('stay', 1), ('upgrade', 2), ('downgrade', 3), ('churn', 4), ('entry', 5)) m(move, i))
SELECT g.name AS brand, g.brand_id = ${literal(p.brand)} AS is_focus, g.move, coalesce(mv.n, 0) AS n,
  coalesce(mv.n, 0) / nullif(s.n0, 0) AS rate
FROM grid g LEFT JOIN moves mv USING (brand_id, move) LEFT JOIN start s USING (brand_id)
ORDER BY is_focus DESC, g.brand_id, g.i`;
}

/** Alert: the brand's I pool shrank by more than `poolDropPct` % over four weeks. */
export function buildPoolDropAlertSql(p: AiplInputs, ctx: QueryContext): string {
  const stages = weeklyStages(p, ctx);
  return `WITH ${focusCtes(p, ctx)},
n AS (SELECT count(*) FILTER (WHERE snap = (SELECT d FROM cal)) AS now,
  count(*) FILTER (WHERE snap = (SELECT d FROM cal) - 28) AS before
  FROM ${stages} WHERE brand_id = ${literal(p.brand)} AND lvl = 2)
SELECT coalesce(100.0 * (now - before) / nullif(before, 0), 0) AS value, ${-p.poolDropPct}::DOUBLE AS threshold,
  coalesce(100.0 * (now - before) / nullif(before, 0), 0) < ${-p.poolDropPct} AS fired, NULL::VARCHAR AS detail FROM n`;
}
