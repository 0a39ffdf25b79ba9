/**
 * Brand mind map SQL (metrics.md §2.1, illustrative): fourteen sub-metrics in three pillars per
 * brand of the focus brand's industry, on four snapshots four weeks apart, each sub-metric also
 * as a percentile within the industry (0 = lowest brand, 100 = highest), a pillar the mean of its
 * sub-metrics' percentiles.
 */
import type { QueryContext } from '../../src/panel/contract';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, focusCtes, GMV_ORDER, peerBrandsSql } from '../common/sql';
import { buildStagesSql, weeklySnaps } from '../common/stages';
import { fastMetrics } from '../fast/queries';
import { driversSql } from './crowds';
import { METRICS, PILLARS } from './metrics';
import type { MindMapInputs } from './index';

/** Snapshots: the as-of day and three more, four weeks apart (the "monthly" trend). */
export const SNAPSHOTS = 4;
const SNAP_STEP = 28;

/** The FAST weekly table reaches back far enough for the last snapshot's deepening rate. */
const fastInputs = (p: MindMapInputs) => ({ ...p, weeks: (SNAPSHOTS - 1) * 4 + 1 });

/**
 * `snap, brand_id, industry, metric, value` for the industry's brands (and competitors): every
 * sub-metric over the window `days` ending on each snapshot. Built once, shared by every panel.
 */
export function mindMetrics(p: MindMapInputs, ctx: QueryContext): string {
  const d = asOfDaySql(p.asOf, ctx);
  const peers = peerBrandsSql(p, ctx);
  const W = p.days;
  const snaps = `SELECT CAST(d - ${SNAP_STEP} * k AS INTEGER) AS snap FROM (SELECT ${d} AS d), range(0, ${SNAPSHOTS}) r(k)`;
  const stages = ctx.derive(buildStagesSql(weeklySnaps(d, SNAPSHOTS * 4), p, ctx, peers));
  const fast = fastMetrics(fastInputs(p), ctx);
  return ctx.derive(`WITH snaps AS (${snaps}),
b AS (SELECT brand_id, industry FROM ${ctx.from('brands', 'b')} WHERE brand_id IN (${peers})),
-- Sold items of GMV orders with their product's launch, category and price band.
sold AS (SELECT o.day_idx, o.consumer_id, o.brand_id, oi.product_id, oi.qty, oi.unit_price, oi.qty * oi.unit_price AS amt,
    pr.launch_day, pr.category_id, pr.price_band
  FROM ${ctx.from('orders', 'o')} JOIN ${ctx.from('order_items', 'oi')} ON oi.order_id = o.order_id
  JOIN ${ctx.from('products', 'pr')} ON pr.product_id = oi.product_id
  WHERE ${GMV_ORDER} AND o.brand_id IN (${peers})),
win AS (SELECT s.snap, x.* FROM snaps s JOIN sold x ON x.day_idx > s.snap - ${W} AND x.day_idx <= s.snap),
new_gmv AS (SELECT snap, brand_id,
    coalesce(sum(amt) FILTER (WHERE launch_day > snap - 180 AND launch_day <= snap), 0) / nullif(sum(amt), 0) AS v
  FROM win GROUP BY ALL),
new_count AS (SELECT s.snap, pr.brand_id,
    100.0 * count(*) FILTER (WHERE pr.launch_day > s.snap - 180) / nullif(count(*), 0) AS v
  FROM snaps s JOIN ${ctx.from('products', 'pr')} ON pr.launch_day <= s.snap
  WHERE pr.brand_id IN (${peers}) GROUP BY ALL),
-- Buyers of new products in the window, and those with no purchase of the brand in the 365 days before it.
new_buyers AS (SELECT DISTINCT snap, brand_id, consumer_id FROM win
  WHERE launch_day > snap - 180 AND launch_day <= snap),
new_to_brand AS (SELECT n.snap, n.brand_id,
    count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM sold o WHERE o.brand_id = n.brand_id
      AND o.consumer_id = n.consumer_id AND o.day_idx > n.snap - ${W} - 365 AND o.day_idx <= n.snap - ${W}))
      / count(*) AS v
  FROM new_buyers n GROUP BY ALL),
-- Launches with 90 days observed by the snapshot, launched in its last year: first-90-day GMV
-- over the median of their cohort (industry × launch quarter); a hit is in the top hitShare.
launch AS (SELECT s.snap, pr.product_id, pr.brand_id, b.industry, pr.launch_day, coalesce(sum(x.amt), 0) AS g90
  FROM snaps s JOIN ${ctx.from('products', 'pr')} ON pr.launch_day BETWEEN s.snap - 89 - 364 AND s.snap - 89
  JOIN b USING (brand_id)
  LEFT JOIN sold x ON x.product_id = pr.product_id AND x.day_idx BETWEEN pr.launch_day AND pr.launch_day + 89
  GROUP BY ALL),
ranked AS (SELECT *, g90 / nullif(median(g90) OVER (PARTITION BY snap, industry, floor(launch_day / 91)), 0) AS ratio FROM launch),
hits AS (SELECT *, percent_rank() OVER (PARTITION BY snap, industry ORDER BY ratio NULLS FIRST) >= 1 - ${p.hitShare} AS hit FROM ranked),
hit_rate AS (SELECT snap, brand_id, avg(hit::INTEGER) AS v FROM hits GROUP BY ALL),
-- Communication: browsing in the window.
ev AS (SELECT s.snap, e.brand_id, e.consumer_id, e.event_type
  FROM snaps s JOIN ${ctx.from('events', 'e')} ON e.day_idx > s.snap - ${W} AND e.day_idx <= s.snap
  WHERE e.brand_id IN (${peers})),
engage AS (SELECT snap, brand_id,
    count(DISTINCT consumer_id) FILTER (WHERE event_type IN ('content_like', 'content_comment', 'content_share'))
      / nullif(count(DISTINCT consumer_id) FILTER (WHERE event_type = 'content_view'), 0) AS v
  FROM ev GROUP BY ALL),
search AS (SELECT ev.snap, ev.brand_id, count(DISTINCT ev.consumer_id) AS uv, b.industry
  FROM ev JOIN b USING (brand_id) WHERE ev.event_type = 'brand_search' GROUP BY ALL),
search_share AS (SELECT snap, brand_id, uv / sum(uv) OVER (PARTITION BY snap, industry) AS v FROM search),
st AS (SELECT st.*, b.industry FROM ${stages} st JOIN snaps USING (snap) JOIN b USING (brand_id)),
reach AS (SELECT snap, brand_id, industry, count(*) FILTER (WHERE lvl IN (1, 2)) AS ai, count(*) FILTER (WHERE lvl IN (2, 4)) AS il FROM st GROUP BY ALL),
pool AS (SELECT snap, industry, count(DISTINCT consumer_id) FILTER (WHERE lvl IN (1, 2)) AS ai,
    count(DISTINCT consumer_id) FILTER (WHERE lvl IN (2, 4)) AS il FROM st GROUP BY ALL),
shares AS (SELECT r.snap, r.brand_id, r.ai / nullif(pool.ai, 0) AS reach,
    r.il / nullif(sum(r.il) OVER (PARTITION BY r.snap, r.industry), 0) AS mind
  FROM reach r JOIN pool USING (snap, industry)),
deepen AS (SELECT f.snap, f.brand_id, f.a_strict AS v FROM ${fast} f JOIN snaps USING (snap)),
-- Value.
band AS (SELECT snap, category_id, price_band, sum(amt) / sum(qty) AS avg_price FROM win GROUP BY ALL),
premium AS (SELECT w.snap, w.brand_id, sum(w.qty * w.unit_price / band.avg_price) / sum(w.qty) AS v
  FROM win w JOIN band USING (snap, category_id, price_band) GROUP BY ALL),
-- Every brand of the industry: wallet share is the brand's part of its buyers' industry spend.
year AS (SELECT s.snap, o.consumer_id, o.brand_id, ib.industry, sum(o.pay_amount) AS gmv, count(DISTINCT o.day_idx) AS days
  FROM snaps s JOIN ${ctx.from('orders', 'o')} ON o.day_idx > s.snap - 365 AND o.day_idx <= s.snap
  JOIN ${ctx.from('brands', 'ib')} ON ib.brand_id = o.brand_id
  WHERE ${GMV_ORDER} AND ib.industry IN (SELECT industry FROM b) GROUP BY ALL),
wallet AS (SELECT y.snap, y.brand_id, sum(y.gmv) / sum(t.gmv) AS v
  FROM year y JOIN (SELECT snap, consumer_id, industry, sum(gmv) AS gmv FROM year GROUP BY ALL) t USING (snap, consumer_id, industry)
  WHERE y.brand_id IN (${peers}) GROUP BY ALL),
repurchase AS (SELECT snap, brand_id, avg((days >= 2)::INTEGER) AS v FROM year WHERE brand_id IN (${peers}) GROUP BY ALL),
positive AS (SELECT s.snap, pr.brand_id, avg((r.rating >= 4)::INTEGER) AS v
  FROM snaps s JOIN ${ctx.from('reviews', 'r')} ON r.day_idx > s.snap - ${W} AND r.day_idx <= s.snap
  JOIN ${ctx.from('products', 'pr')} ON pr.product_id = r.product_id
  WHERE pr.brand_id IN (${peers}) GROUP BY ALL),
buyers AS (SELECT DISTINCT w.snap, w.brand_id, w.consumer_id, c.is_88vip, b.industry
  FROM win w JOIN ${ctx.from('consumers', 'c')} USING (consumer_id) JOIN b USING (brand_id)),
vip AS (SELECT x.snap, x.brand_id, 100 * avg(x.is_88vip) / nullif(any_value(i.share), 0) AS v
  FROM buyers x JOIN (SELECT snap, industry, avg(is_88vip) AS share
    FROM (SELECT DISTINCT snap, industry, consumer_id, is_88vip FROM buyers) GROUP BY ALL) i USING (snap, industry)
  GROUP BY ALL),
long AS (
  SELECT snap, brand_id, 'new_gmv' AS metric, v FROM new_gmv
  UNION ALL SELECT snap, brand_id, 'new_count', v FROM new_count
  UNION ALL SELECT snap, brand_id, 'new_buyers', v FROM new_to_brand
  UNION ALL SELECT snap, brand_id, 'hit_rate', v FROM hit_rate
  UNION ALL SELECT snap, brand_id, 'reach', reach FROM shares
  UNION ALL SELECT snap, brand_id, 'mind_share', mind FROM shares
  UNION ALL SELECT snap, brand_id, 'engagement', v FROM engage
  UNION ALL SELECT snap, brand_id, 'search_share', v FROM search_share
  UNION ALL SELECT snap, brand_id, 'deepening', v FROM deepen
  UNION ALL SELECT snap, brand_id, 'premium', v FROM premium
  UNION ALL SELECT snap, brand_id, 'wallet', v FROM wallet
  UNION ALL SELECT snap, brand_id, 'positive', v FROM positive
  UNION ALL SELECT snap, brand_id, 'repurchase', v FROM repurchase
  UNION ALL SELECT snap, brand_id, 'vip_tgi', v FROM vip)
SELECT s.snap, b.brand_id, b.industry, m.metric, m.pillar, l.v::DOUBLE AS value
FROM snaps s CROSS JOIN b CROSS JOIN (VALUES ${METRICS.map((m) => `('${m.code}', '${m.pillar}')`).join(', ')}) m(metric, pillar)
LEFT JOIN long l ON l.snap = s.snap AND l.brand_id = b.brand_id AND l.metric = m.metric`);
}

/**
 * `snap, brand_id, industry, metric, pillar, value, pct, median, p25`: each sub-metric with its
 * percentile among the industry's brands that have a value (0–100; a lone brand scores 50, ties
 * the mean of their ranks) and the industry's median and P25.
 */
export function mindScores(p: MindMapInputs, ctx: QueryContext): string {
  return ctx.derive(`SELECT *,
  CASE WHEN value IS NULL THEN NULL
    WHEN count(value) OVER w = 1 THEN 50.0
    -- Ties share the mean of the ranks they span (two equal brands of two both score 50).
    ELSE 100.0 * (rank() OVER wr - 1 + (count(value) OVER (PARTITION BY snap, industry, metric, value) - 1) / 2)
      / (count(value) OVER w - 1) END AS pct,
  median(value) OVER w AS median, quantile_cont(value, 0.25) OVER w AS p25
FROM ${mindMetrics(p, ctx)}
WINDOW w AS (PARTITION BY snap, industry, metric), wr AS (PARTITION BY snap, industry, metric ORDER BY value)`);
}

/** `snap, brand_id, industry, pillar, score`: a pillar is the mean of its sub-metrics' percentiles. */
function pillarScores(p: MindMapInputs, ctx: QueryContext): string {
  return `(SELECT snap, brand_id, industry, pillar, avg(pct) AS score FROM ${mindScores(p, ctx)} GROUP BY ALL)`;
}

const PILLAR_ORDER = PILLARS.map((x, i) => `('${x}', ${i})`).join(', ');
const METRIC_ORDER = METRICS.map((m, i) => `('${m.code}', ${i})`).join(', ');

/**
 * The drill-down: `brand, pillar, metric, value, pct, median, p25, score` for the brand on the as-of day,
 * one row per sub-metric, pillars and sub-metrics in their order.
 */
export function buildDrillSql(p: MindMapInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)},
ps AS (SELECT * FROM ${pillarScores(p, ctx)} WHERE brand_id = ${literal(p.brand)} AND snap = (SELECT d FROM cal)),
rows AS (
  SELECT s.pillar, s.metric, s.value, s.pct, s.median, s.p25, ps.score, NULL::VARCHAR AS driver, mo.mi
  FROM ${mindScores(p, ctx)} s JOIN ps USING (pillar, brand_id, snap)
  JOIN (VALUES ${METRIC_ORDER}) mo(metric, mi) USING (metric)
  -- The drivers follow their pillar's sub-metrics (the crowd, then the content type).
  UNION ALL SELECT dr.pillar, 'driver_' || dr.kind, NULL, dr.strength, NULL, NULL, ps.score, dr.driver,
    CASE dr.kind WHEN 'crowd' THEN 100 ELSE 101 END
  FROM ${driversSql(p, ctx)} dr JOIN ps USING (pillar))
SELECT (SELECT name FROM focus) AS brand, r.pillar, r.metric, r.value, r.pct, r.median, r.p25, r.score, r.driver
FROM rows r JOIN (VALUES ${PILLAR_ORDER}) po(pillar, pi) USING (pillar)
ORDER BY pi, r.mi`;
}

/**
 * The radar: `brand, is_focus, series, pillar, score` for the brand, the category median of each
 * pillar, and the three competitors (or industry brands) with the highest mean pillar score.
 */
export function buildRadarSql(p: MindMapInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)},
ps AS (SELECT x.* FROM ${pillarScores(p, ctx)} x JOIN peers USING (brand_id) WHERE x.snap = (SELECT d FROM cal)),
top AS (SELECT brand_id FROM ps WHERE brand_id <> ${literal(p.brand)}
  ${p.competitors.length ? `AND brand_id IN (SELECT brand_id FROM shown)` : ''}
  GROUP BY brand_id ORDER BY avg(score) DESC NULLS LAST, brand_id LIMIT 3)
SELECT pe.name AS brand, ps.brand_id = ${literal(p.brand)} AS is_focus, 'brand' AS series, ps.pillar, ps.score
FROM ps JOIN peers pe USING (brand_id) WHERE ps.brand_id = ${literal(p.brand)} OR ps.brand_id IN (SELECT brand_id FROM top)
UNION ALL SELECT NULL, false, 'median', pillar, median(score) FROM ps GROUP BY pillar
ORDER BY series, is_focus DESC, brand, pillar`;
}

/** The monthly trend: `day, pillar, score, median` for the brand on each snapshot. */
export function buildTrendSql(p: MindMapInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)},
ps AS (SELECT x.* FROM ${pillarScores(p, ctx)} x JOIN peers USING (brand_id))
SELECT cal.day0 + snap AS day, pillar, max(score) FILTER (WHERE brand_id = ${literal(p.brand)}) AS score,
  median(score) AS median
FROM ps, cal GROUP BY ALL ORDER BY day, pillar`;
}

/**
 * Alert: a pillar's score fell by `drop` points or more since the snapshot four weeks earlier;
 * `detail` names the pillar that fell most.
 */
export function buildPillarDropAlertSql(p: MindMapInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)},
ps AS (SELECT * FROM ${pillarScores(p, ctx)} WHERE brand_id = ${literal(p.brand)}),
d AS (SELECT n.pillar, b.score - n.score AS fall FROM ps n JOIN ps b USING (pillar)
  WHERE n.snap = (SELECT d FROM cal) AND b.snap = (SELECT d FROM cal) - ${SNAP_STEP}),
worst AS (SELECT pillar, fall FROM d ORDER BY fall DESC NULLS LAST, pillar LIMIT 1)
SELECT coalesce(max(fall), 0)::DOUBLE AS value, ${p.dropPoints}::DOUBLE AS threshold,
  coalesce(max(fall) >= ${p.dropPoints}, false) AS fired, any_value(pillar) AS detail FROM worst`;
}

/** Alert: sub-metrics below the category P25 on the as-of day (`value` = how many; `detail` the first in order). */
export function buildBelowP25AlertSql(p: MindMapInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)},
low AS (SELECT s.metric, mo.mi FROM ${mindScores(p, ctx)} s
  JOIN (VALUES ${METRIC_ORDER}) mo(metric, mi) USING (metric)
  WHERE s.brand_id = ${literal(p.brand)} AND s.snap = (SELECT d FROM cal) AND s.value < s.p25)
SELECT count(*)::DOUBLE AS value, 0::DOUBLE AS threshold, count(*) > 0 AS fired,
  arg_min(metric, mi) AS detail FROM low`;
}
