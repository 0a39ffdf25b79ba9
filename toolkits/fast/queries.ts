/**
 * FAST SQL (metrics.md §1.2): F, the weekly deepening rate A (strict and with entries), S and T per
 * brand and week, with the category (industry) median, P25 and P75.
 */
import type { QueryContext } from '../../src/panel/contract';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, focusCtes, peerBrandsSql } from '../common/sql';
import { buildStagesSql, purchaseDays, weeklySnaps } from '../common/stages';
import type { FastInputs } from './index';

function weeklyStages(p: FastInputs, ctx: QueryContext): string {
  return ctx.derive(
    buildStagesSql(
      weeklySnaps(asOfDaySql(p.asOf, ctx), p.weeks + 1),
      p,
      ctx,
      peerBrandsSql(p, ctx),
    ),
  );
}

/**
 * `snap, brand_id, industry, f, a_strict, a_entry, s, t` for the brand's industry and competitors and each of the last
 * `weeks` weekly snapshots, built once per input set and shared by the panels and alerts.
 */
export function fastMetrics(p: FastInputs, ctx: QueryContext): string {
  const stages = weeklyStages(p, ctx);
  const peers = peerBrandsSql(p, ctx);
  // Membership activity for the compared brands only, from the purchase days the stage table was
  // built from: every brand's orders and members took 0.45 of 0.5 s on the standard preset.
  const buy = purchaseDays(ctx, peers);
  return ctx.derive(`WITH st AS (SELECT * FROM ${stages}),
snaps AS (SELECT DISTINCT snap FROM st WHERE snap > (SELECT min(snap) FROM st)),
f AS (SELECT snap, brand_id, count(*) AS f FROM st GROUP BY ALL),
up AS (SELECT z.snap, z.brand_id,
    count(*) FILTER (WHERE a.lvl IS NOT NULL AND z.lvl > a.lvl) AS up_strict,
    count(*) FILTER (WHERE z.lvl > coalesce(a.lvl, 0)) AS up_entry
  FROM st z LEFT JOIN st a ON a.brand_id = z.brand_id AND a.consumer_id = z.consumer_id AND a.snap = z.snap - 7
  GROUP BY ALL),
buy AS (SELECT * FROM ${buy}),
mem AS (SELECT s.snap, m.brand_id, m.consumer_id FROM snaps s JOIN ${ctx.from('memberships', 'm')} ON m.join_day <= s.snap
  WHERE m.brand_id IN (${peers})),
active AS (SELECT DISTINCT mem.snap, mem.brand_id, mem.consumer_id FROM mem JOIN buy
  ON buy.consumer_id = mem.consumer_id AND buy.brand_id = mem.brand_id AND buy.day_idx BETWEEN mem.snap - 364 AND mem.snap),
ms AS (SELECT m.snap, m.brand_id, count(*) AS s, count(a.consumer_id) AS act
  FROM mem m LEFT JOIN active a USING (snap, brand_id, consumer_id) GROUP BY ALL)
SELECT s.snap, b.brand_id, b.industry, coalesce(f.f, 0) AS f,
  coalesce(up.up_strict, 0) / nullif(fp.f, 0) AS a_strict, coalesce(up.up_entry, 0) / nullif(fp.f, 0) AS a_entry,
  coalesce(ms.s, 0) AS s, ms.act / nullif(ms.s, 0) AS t
FROM snaps s CROSS JOIN (SELECT * FROM ${ctx.from('brands', 'b')} WHERE brand_id IN (${peers})) b
LEFT JOIN f ON f.snap = s.snap AND f.brand_id = b.brand_id
LEFT JOIN f fp ON fp.snap = s.snap - 7 AND fp.brand_id = b.brand_id
LEFT JOIN up ON up.snap = s.snap AND up.brand_id = b.brand_id
LEFT JOIN ms ON ms.snap = s.snap AND ms.brand_id = b.brand_id`);
}

const METRICS = ['f', 'a_strict', 'a_entry', 's', 't'] as const;

/** `metric, value, median, p25, p75, index` (value ÷ median × 100) on the as-of day. */
export function buildFastCardsSql(p: FastInputs, ctx: QueryContext): string {
  const m = fastMetrics(p, ctx);
  return `WITH ${focusCtes(p, ctx)},
cur AS (SELECT x.* FROM ${m} x JOIN peers USING (brand_id) WHERE x.snap = (SELECT d FROM cal)),
long AS (UNPIVOT (SELECT brand_id, f::DOUBLE AS f, a_strict, a_entry, s::DOUBLE AS s, t FROM cur) ON ${METRICS.join(', ')} INTO NAME metric VALUE v),
bench AS (SELECT metric, median(v) AS median, quantile_cont(v, 0.25) AS p25, quantile_cont(v, 0.75) AS p75 FROM long GROUP BY 1)
SELECT k.metric, l.v AS value, b.median, b.p25, b.p75, 100 * l.v / nullif(b.median, 0) AS index
FROM (VALUES ${METRICS.map((x, i) => `('${x}', ${i})`).join(', ')}) k(metric, i)
LEFT JOIN bench b USING (metric) LEFT JOIN long l ON l.metric = k.metric AND l.brand_id = ${literal(p.brand)}
ORDER BY k.i`;
}

/**
 * `day, metric, value, median, index, lo, hi`: F, A (strict), S and T week by week for the brand,
 * each as an index on that week's category median (100) with the P25–P75 band, so metrics of
 * different units (F in thousands, A a rate near 0.01) share one readable scale.
 */
export function buildFastWeeklySql(p: FastInputs, ctx: QueryContext): string {
  const m = fastMetrics(p, ctx);
  return `WITH ${focusCtes(p, ctx)},
x AS (SELECT x.* FROM ${m} x JOIN peers USING (brand_id)),
long AS (UNPIVOT (SELECT snap, brand_id, f::DOUBLE AS f, a_strict, s::DOUBLE AS s, t FROM x) ON f, a_strict, s, t INTO NAME metric VALUE v),
bench AS (SELECT snap, metric, median(v) AS median, quantile_cont(v, 0.25) AS p25, quantile_cont(v, 0.75) AS p75 FROM long GROUP BY ALL)
SELECT cal.day0 + l.snap AS day, l.metric, l.v AS value, b.median,
  100 * l.v / nullif(b.median, 0) AS index, 100 * b.p25 / nullif(b.median, 0) AS lo, 100 * b.p75 / nullif(b.median, 0) AS hi
FROM long l JOIN bench b USING (snap, metric), cal WHERE l.brand_id = ${literal(p.brand)}
ORDER BY list_position(['f', 'a_strict', 's', 't'], l.metric), day`;
}

/** `rate, brand, median`: p(A→I+), p(I→P+), p(P→L) over the last week, brand vs industry median. */
export function buildStageRatesSql(p: FastInputs, ctx: QueryContext): string {
  const stages = weeklyStages(p, ctx);
  return `WITH ${focusCtes(p, ctx)},
a AS (SELECT * FROM ${stages} WHERE snap = (SELECT d FROM cal) - 7 AND brand_id IN (SELECT brand_id FROM peers)),
z AS (SELECT * FROM ${stages} WHERE snap = (SELECT d FROM cal)),
per AS (SELECT a.brand_id, k.rate, k.i,
    count(*) FILTER (WHERE a.lvl = k.from_lvl AND coalesce(z.lvl, 0) >= k.to_lvl) / nullif(count(*) FILTER (WHERE a.lvl = k.from_lvl), 0) AS v
  FROM a LEFT JOIN z USING (brand_id, consumer_id),
    (VALUES ('A→I+', 1, 2, 0), ('I→P+', 2, 3, 1), ('P→L', 3, 4, 2)) k(rate, from_lvl, to_lvl, i)
  GROUP BY ALL)
SELECT rate, max(v) FILTER (WHERE brand_id = ${literal(p.brand)}) AS brand, median(v) AS median
FROM per GROUP BY rate, i ORDER BY i`;
}

/** Alert: a FAST metric of the brand is below the category P25. */
export function buildBelowP25AlertSql(metric: 'f' | 'a_strict') {
  return (p: FastInputs, ctx: QueryContext): string =>
    `WITH c AS (${buildFastCardsSql(p, ctx)})
SELECT value, p25 AS threshold, coalesce(value < p25, false) AS fired, NULL::VARCHAR AS detail FROM c WHERE metric = '${metric}'`;
}
