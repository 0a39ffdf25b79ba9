/**
 * Goods-analysis SQL (metrics.md §1.10, illustrative where marked). Every SKU of the brand's leaf
 * categories (all brands: the medians and ranks are the category's) launched by the window's end:
 * its funnel from the behaviour events, its sales from the GMV orders' items.
 */
import type { QueryContext } from '../../src/panel/contract';
import { nameSql } from '../../src/panel/lookup';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, GMV_ORDER } from '../common/sql';
import type { GoodsInputs } from './inputs';

type Ctx = QueryContext;

/** `(lo, hi)`: the window's first and last day, `offset` days before the as-of day's window. */
const windowSql = (p: GoodsInputs, ctx: Ctx, offset: number) =>
  `(SELECT ${asOfDaySql(p.asOf, ctx)} - ${literal(offset)} - ${literal(p.days)} + 1 AS lo, ${asOfDaySql(p.asOf, ctx)} - ${literal(offset)} AS hi)`;

/** The leaf categories the brand sells in. */
const brandCategories = (p: GoodsInputs, ctx: Ctx) =>
  `SELECT DISTINCT category_id FROM ${ctx.from('products', 'bp')} WHERE bp.brand_id = ${literal(p.brand)}`;

const catName = (ctx: Ctx, alias: string) =>
  nameSql(
    alias,
    ctx.columns('categories').map((c) => c.name),
    ctx.locale,
  );

/**
 * One row per SKU of the brand's categories in the window (`offset` days earlier): `product_id,
 * brand_id, category_id, price_band, launch_day, exposure_uv, click_uv, pdp_uv, favcart_uv, buyers,
 * pdp_buyers (buyers who opened the page in the window), gmv, units, refund_rate, repurchase_rate, reviews, positive_rate`.
 */
export function skuStatsSql(p: GoodsInputs, ctx: Ctx, offset = 0): string {
  return ctx.derive(`WITH w AS ${windowSql(p, ctx, offset)},
sku AS (SELECT pr.product_id, pr.brand_id, pr.category_id, pr.price_band, pr.launch_day
  FROM ${ctx.from('products', 'pr')}, w
  WHERE pr.category_id IN (${brandCategories(p, ctx)}) AND pr.launch_day <= w.hi),
ev AS (SELECT e.product_id,
    count(DISTINCT e.consumer_id) FILTER (WHERE e.event_type = 'exposure') AS exposure_uv,
    count(DISTINCT e.consumer_id) FILTER (WHERE e.event_type = 'click') AS click_uv,
    count(DISTINCT e.consumer_id) FILTER (WHERE e.event_type = 'pdp_view') AS pdp_uv,
    count(DISTINCT e.consumer_id) FILTER (WHERE e.event_type IN ('favorite', 'cart')) AS favcart_uv
  FROM ${ctx.from('events', 'e')}, w
  WHERE e.day_idx BETWEEN w.lo AND w.hi AND e.product_id IN (SELECT product_id FROM sku)
  GROUP BY e.product_id),
sold AS (SELECT oi.product_id, o.consumer_id, o.day_idx, o.status, oi.qty, oi.qty * oi.unit_price AS amount
  FROM ${ctx.from('orders', 'o')} JOIN ${ctx.from('order_items', 'oi')} ON oi.order_id = o.order_id, w
  WHERE ${GMV_ORDER} AND o.day_idx BETWEEN w.lo AND w.hi AND oi.product_id IN (SELECT product_id FROM sku)),
sales AS (SELECT product_id, count(DISTINCT consumer_id) AS buyers, sum(amount) AS gmv, sum(qty) AS units,
    sum(qty) FILTER (WHERE status = 'refunded') / sum(qty) AS refund_rate
  FROM sold GROUP BY product_id),
-- Conversion counts the buyers among the page's visitors: an order whose buyer never opened the
-- page in the window (bought from a cart, a livestream, an older visit) is not its conversion.
viewed AS (SELECT DISTINCT e.product_id, e.consumer_id FROM ${ctx.from('events', 'e')}, w
  WHERE e.day_idx BETWEEN w.lo AND w.hi AND e.event_type = 'pdp_view' AND e.product_id IN (SELECT product_id FROM sku)),
conv AS (SELECT product_id, count(DISTINCT consumer_id) AS pdp_buyers
  FROM (SELECT DISTINCT product_id, consumer_id FROM sold) JOIN viewed USING (product_id, consumer_id) GROUP BY product_id),
rep AS (SELECT product_id, avg((days >= 2)::INT) AS repurchase_rate
  FROM (SELECT product_id, consumer_id, count(DISTINCT day_idx) AS days FROM sold GROUP BY ALL) GROUP BY product_id),
rev AS (SELECT r.product_id, count(*) AS reviews, avg((r.rating >= 4)::INT) AS positive_rate
  FROM ${ctx.from('reviews', 'r')}, w
  WHERE r.day_idx BETWEEN w.lo AND w.hi AND r.product_id IN (SELECT product_id FROM sku) GROUP BY r.product_id)
SELECT sku.*, coalesce(ev.exposure_uv, 0) AS exposure_uv, coalesce(ev.click_uv, 0) AS click_uv,
  coalesce(ev.pdp_uv, 0) AS pdp_uv, coalesce(ev.favcart_uv, 0) AS favcart_uv,
  coalesce(s.buyers, 0) AS buyers, coalesce(conv.pdp_buyers, 0) AS pdp_buyers, coalesce(s.gmv, 0) AS gmv, coalesce(s.units, 0) AS units,
  coalesce(s.refund_rate, 0) AS refund_rate, rep.repurchase_rate, coalesce(rev.reviews, 0) AS reviews, rev.positive_rate
FROM sku LEFT JOIN ev USING (product_id) LEFT JOIN sales s USING (product_id) LEFT JOIN conv USING (product_id)
LEFT JOIN rep USING (product_id) LEFT JOIN rev USING (product_id)`);
}

/**
 * Every SKU of the brand's categories with its quadrant and grade in the window (`offset` days
 * earlier): the stats above plus `gmv_before, growth, conversion, traffic_rel, conversion_rel,
 * quadrant, grade`. The window before is the same length, immediately earlier.
 */
export function gradedSql(p: GoodsInputs, ctx: Ctx, offset = 0): string {
  const now = skuStatsSql(p, ctx, offset);
  const before = skuStatsSql(p, ctx, offset + p.days);
  return ctx.derive(`WITH s AS (SELECT n.*, coalesce(b.gmv, 0) AS gmv_before,
    n.gmv / nullif(b.gmv, 0) - 1 AS growth, n.pdp_buyers / nullif(n.pdp_uv, 0) AS conversion
  FROM ${now} n LEFT JOIN ${before} b USING (product_id)),
med AS (SELECT category_id, median(pdp_uv) AS traffic_med,
    median(conversion) FILTER (WHERE pdp_uv > 0) AS conversion_med, sum(pdp_uv) AS traffic_all
  FROM s GROUP BY category_id),
r AS (SELECT s.*, med.traffic_med, med.conversion_med,
    s.pdp_uv / nullif(med.traffic_med, 0) AS traffic_rel,
    s.conversion / nullif(med.conversion_med, 0) AS conversion_rel,
    CASE WHEN med.traffic_all = 0 THEN NULL
      ELSE (CASE WHEN s.pdp_uv > med.traffic_med THEN 'high' ELSE 'low' END) || '-' ||
        (CASE WHEN coalesce(s.conversion, 0) > med.conversion_med THEN 'high' ELSE 'low' END) END AS q,
    rank() OVER (PARTITION BY s.category_id ORDER BY s.gmv DESC) AS rank_top,
    rank() OVER (PARTITION BY s.category_id ORDER BY s.gmv ASC) AS rank_bottom,
    count(*) OVER (PARTITION BY s.category_id) AS n
  FROM s JOIN med USING (category_id))
SELECT * EXCLUDE (q), CASE q WHEN 'high-high' THEN 'push' WHEN 'high-low' THEN 'fix'
    WHEN 'low-high' THEN 'potential' WHEN 'low-low' THEN 'tail' END AS quadrant,
  CASE WHEN gmv > 0 AND rank_top <= greatest(1, 0.2 * n) AND coalesce(growth, 0) >= 0 THEN 'A'
    WHEN q = 'low-high' OR growth >= 0.3 THEN 'B'
    WHEN rank_bottom <= greatest(1, 0.3 * n) AND (growth < 0 OR (gmv = 0 AND gmv_before = 0)) THEN 'D'
    ELSE 'C' END AS grade
FROM r`);
}

/** The brand's SKUs graded, with the grade of the window before and the category's name. */
export function gradesSql(p: GoodsInputs, ctx: Ctx): string {
  return `SELECT g.product_id, g.category_id, ${catName(ctx, 'c')} AS category, g.launch_day, g.exposure_uv,
  g.click_uv, g.click_uv / nullif(g.exposure_uv, 0) AS ctr, g.pdp_uv, g.favcart_uv,
  g.favcart_uv / nullif(g.pdp_uv, 0) AS favcart_rate, g.buyers, g.conversion, g.gmv, g.units,
  g.gmv / nullif(g.units, 0) AS avg_price, g.repurchase_rate, g.positive_rate, g.refund_rate,
  g.gmv_before, g.growth, g.traffic_rel, g.conversion_rel, g.quadrant, g.grade, b.grade AS grade_before
FROM ${gradedSql(p, ctx)} g LEFT JOIN ${gradedSql(p, ctx, p.days)} b USING (product_id)
JOIN ${ctx.from('categories', 'c')} ON c.category_id = g.category_id
WHERE g.brand_id = ${literal(p.brand)}
ORDER BY g.gmv DESC, g.product_id`;
}

/**
 * `stage, brand_uv, category_uv, brand_rate, category_rate`: the brand's funnel in the window
 * (distinct consumers over its SKUs at each stage) against every brand's in its categories, with
 * the rates metrics.md §1.10 defines: CTR (click ÷ exposure), fav/cart rate and conversion (each ÷
 * product page). Product-page visitors also arrive from search and content, not only from clicks,
 * so no click → page rate is given.
 */
export function funnelSql(p: GoodsInputs, ctx: Ctx): string {
  return `WITH w AS ${windowSql(p, ctx, 0)},
sku AS (SELECT product_id, brand_id = ${literal(p.brand)} AS own FROM ${ctx.from('products', 'pr')}
  WHERE category_id IN (${brandCategories(p, ctx)})),
steps AS (SELECT e.consumer_id, s.own, CASE e.event_type WHEN 'exposure' THEN 1 WHEN 'click' THEN 2
    WHEN 'pdp_view' THEN 3 ELSE 4 END AS step
  FROM ${ctx.from('events', 'e')} JOIN sku s ON s.product_id = e.product_id, w
  WHERE e.day_idx BETWEEN w.lo AND w.hi AND e.event_type IN ('exposure', 'click', 'pdp_view', 'favorite', 'cart')
  UNION ALL
  SELECT o.consumer_id, s.own, 5 AS step
  FROM ${ctx.from('orders', 'o')} JOIN ${ctx.from('order_items', 'oi')} ON oi.order_id = o.order_id
  JOIN sku s ON s.product_id = oi.product_id, w
  WHERE ${GMV_ORDER} AND o.day_idx BETWEEN w.lo AND w.hi),
-- The purchase step counts the buyers who opened a product page of the same side in the window
-- (the brand's pages for the brand; any page of its categories for the category).
uv AS (SELECT step, count(DISTINCT consumer_id) FILTER (WHERE own) AS brand_uv,
    count(DISTINCT consumer_id) AS category_uv FROM steps WHERE step < 5 GROUP BY step
  UNION ALL
  SELECT 5, count(DISTINCT consumer_id) FILTER (WHERE own AND consumer_id IN (SELECT consumer_id FROM steps WHERE step = 3 AND own)),
    count(DISTINCT consumer_id) FILTER (WHERE consumer_id IN (SELECT consumer_id FROM steps WHERE step = 3))
  FROM steps WHERE step = 5),
grid AS (SELECT * FROM (VALUES (1, 'exposure'), (2, 'click'), (3, 'pdp'), (4, 'favcart'), (5, 'buy')) g(step, stage))
SELECT g.step, g.stage, coalesce(u.brand_uv, 0) AS brand_uv, coalesce(u.category_uv, 0) AS category_uv,
  CASE WHEN g.step IN (1, 3) THEN NULL ELSE u.brand_uv / nullif(lag(u.brand_uv, CASE g.step WHEN 2 THEN 1 ELSE g.step - 3 END) OVER (ORDER BY g.step), 0) END AS brand_rate,
  CASE WHEN g.step IN (1, 3) THEN NULL ELSE u.category_uv / nullif(lag(u.category_uv, CASE g.step WHEN 2 THEN 1 ELSE g.step - 3 END) OVER (ORDER BY g.step), 0) END AS category_rate
FROM grid g LEFT JOIN uv u USING (step) ORDER BY g.step`;
}

/** `band, brand_gmv, category_gmv, brand_share, category_share`: window GMV by price band 1–5. */
export function priceBandsSql(p: GoodsInputs, ctx: Ctx): string {
  return `WITH s AS (SELECT * FROM ${skuStatsSql(p, ctx)}),
grid AS (SELECT range::INTEGER AS band FROM range(1, 6)),
g AS (SELECT price_band AS band, sum(gmv) FILTER (WHERE brand_id = ${literal(p.brand)}) AS brand_gmv,
  sum(gmv) AS category_gmv FROM s GROUP BY price_band)
SELECT grid.band, coalesce(g.brand_gmv, 0) AS brand_gmv, coalesce(g.category_gmv, 0) AS category_gmv,
  coalesce(g.brand_gmv, 0) / nullif((SELECT sum(gmv) FROM s WHERE brand_id = ${literal(p.brand)}), 0) AS brand_share,
  coalesce(g.category_gmv, 0) / nullif((SELECT sum(gmv) FROM s), 0) AS category_share
FROM grid LEFT JOIN g USING (band) ORDER BY grid.band`;
}

/**
 * New-product curves: `series, product_id, t, cum_gmv, observed` for the brand's launches in the
 * last `launchDays` (one row per day since launch up to the curve's length or the as-of day), and
 * `series` 'p50' / 'p80' for the benchmark: every launch of its categories with the full 90 days.
 */
export function launchesSql(p: GoodsInputs, ctx: Ctx): string {
  const d = asOfDaySql(p.asOf, ctx);
  const len = Number(p.curveDays);
  return `WITH cal AS (SELECT ${d} AS d),
launched AS (SELECT pr.product_id, pr.brand_id, pr.launch_day, cal.d - pr.launch_day AS age
  FROM ${ctx.from('products', 'pr')}, cal
  WHERE pr.category_id IN (${brandCategories(p, ctx)}) AND pr.launch_day >= 0 AND pr.launch_day <= cal.d
    AND (pr.launch_day >= (SELECT min(day_idx) FROM ${ctx.from('orders', 'm')}))),
daily AS (SELECT l.product_id, o.day_idx - l.launch_day AS t, sum(oi.qty * oi.unit_price) AS gmv
  FROM launched l JOIN ${ctx.from('order_items', 'oi')} ON oi.product_id = l.product_id
  JOIN ${ctx.from('orders', 'o')} ON o.order_id = oi.order_id, cal
  WHERE ${GMV_ORDER} AND o.day_idx BETWEEN l.launch_day AND least(l.launch_day + ${len - 1}, cal.d)
  GROUP BY ALL),
days AS (SELECT range::INTEGER AS t FROM range(0, ${len})),
curve AS (SELECT l.product_id, l.brand_id, l.age, days.t,
    sum(coalesce(daily.gmv, 0)) OVER (PARTITION BY l.product_id ORDER BY days.t) AS cum_gmv
  FROM launched l CROSS JOIN days LEFT JOIN daily ON daily.product_id = l.product_id AND daily.t = days.t
  WHERE days.t <= l.age),
bench AS (SELECT t, quantile_cont(cum_gmv, 0.5) AS p50, quantile_cont(cum_gmv, 0.8) AS p80
  FROM curve WHERE age >= 89 GROUP BY t)
SELECT 'sku' AS series, c.product_id, c.t, c.cum_gmv, c.age + 1 AS observed
FROM curve c, cal WHERE c.brand_id = ${literal(p.brand)} AND c.age < ${literal(p.launchDays)}
UNION ALL SELECT 'p50', NULL, t, p50, NULL FROM bench
UNION ALL SELECT 'p80', NULL, t, p80, NULL FROM bench
ORDER BY series, product_id, t`;
}

/**
 * Slow movers: `product_id, category, launch_day, last_sale, idle_days, gmv, gmv_before, grade`:
 * the brand's launched SKUs without a sale for at least `slowDays` (never sold: idle since launch).
 */
export function slowSql(p: GoodsInputs, ctx: Ctx): string {
  const d = asOfDaySql(p.asOf, ctx);
  return `WITH cal AS (SELECT ${d} AS d,
    (SELECT any_value(CAST(dt AS DATE) - CAST(day_idx AS INTEGER)) FROM ${ctx.from('orders', 'z')}) AS day0),
last AS (SELECT oi.product_id, max(o.day_idx) AS last_day
  FROM ${ctx.from('orders', 'o')} JOIN ${ctx.from('order_items', 'oi')} ON oi.order_id = o.order_id, cal
  WHERE ${GMV_ORDER} AND o.day_idx <= cal.d GROUP BY oi.product_id)
SELECT g.product_id, ${catName(ctx, 'c')} AS category, g.launch_day,
  strftime(cal.day0 + l.last_day::INTEGER, '%Y-%m-%d') AS last_sale,
  cal.d - coalesce(l.last_day, greatest(g.launch_day, (SELECT min(day_idx) FROM ${ctx.from('orders', 'm')}))) AS idle_days,
  g.gmv, g.gmv_before, g.grade
FROM ${gradedSql(p, ctx)} g LEFT JOIN last l USING (product_id)
JOIN ${ctx.from('categories', 'c')} ON c.category_id = g.category_id, cal
WHERE g.brand_id = ${literal(p.brand)}
  AND cal.d - coalesce(l.last_day, greatest(g.launch_day, (SELECT min(day_idx) FROM ${ctx.from('orders', 'm2')}))) >= ${literal(p.slowDays)}
ORDER BY idle_days DESC, g.product_id`;
}

/** Alert: SKUs of the brand graded D now that were A, B or C in the window before. */
export function movedToDAlertSql(p: GoodsInputs, ctx: Ctx): string {
  return `WITH m AS (SELECT n.product_id FROM ${gradedSql(p, ctx)} n JOIN ${gradedSql(p, ctx, p.days)} b USING (product_id)
  WHERE n.brand_id = ${literal(p.brand)} AND n.grade = 'D' AND b.grade <> 'D')
SELECT count(*) > 0 AS fired, CAST(count(*) AS DOUBLE) AS value, CAST(1 AS DOUBLE) AS threshold,
  coalesce(string_agg('#' || product_id, ', ' ORDER BY product_id), '') AS detail FROM m`;
}

/** Alert: product-page traffic up ≥ trafficPct % while conversion fell ≥ conversionDropPct %. */
export function stockOutAlertSql(p: GoodsInputs, ctx: Ctx): string {
  return `WITH m AS (SELECT n.product_id,
    100 * (n.pdp_uv / b.pdp_uv - 1) AS traffic_up, 100 * (1 - coalesce(n.conversion, 0) / b.conversion) AS drop
  FROM ${gradedSql(p, ctx)} n JOIN ${gradedSql(p, ctx, p.days)} b USING (product_id)
  WHERE n.brand_id = ${literal(p.brand)} AND b.pdp_uv > 0 AND b.buyers >= ${literal(p.minBuyers)} AND b.conversion > 0),
hit AS (SELECT * FROM m WHERE traffic_up >= ${literal(p.trafficPct)} AND drop >= ${literal(p.conversionDropPct)})
SELECT count(*) > 0 AS fired, CAST(count(*) AS DOUBLE) AS value, CAST(${literal(p.conversionDropPct)} AS DOUBLE) AS threshold,
  coalesce(string_agg('#' || product_id || ' +' || round(traffic_up)::BIGINT || '% / −' || round(drop)::BIGINT || '%', ', ' ORDER BY product_id), '') AS detail
FROM hit`;
}
