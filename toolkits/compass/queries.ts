/**
 * Hit-product compass SQL (metrics.md §2.2 with §1.10, illustrative): the opportunity map, every
 * launch's day-7/14 KPIs with its hit label (the model's rows), the success rates and the
 * tracker's alert. Launch KPIs come from `launch_daily` (each launch's first 30 days).
 */
import type { QueryContext } from '../../src/panel/contract';
import { nameSql } from '../../src/panel/lookup';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, GMV_ORDER } from '../common/sql';
import { A_EVENTS } from '../common/stages';
import type { CompassInputs } from './index';

/** The checkpoints of a launch's early life (days since launch; day 7 = its first seven days). */
export const CHECKPOINTS = [7, 14, 30] as const;

const focusIndustry = (p: CompassInputs, ctx: QueryContext) =>
  `(SELECT industry FROM ${ctx.from('brands', 'f')} WHERE f.brand_id = ${literal(p.brand)})`;

/**
 * `product_id, brand_id, category_id, industry, launch_day, g90, hit`: launches in the data period
 * with 90 days observed by the as-of day, a hit when its first-90-day GMV ÷ the median of its
 * cohort (industry × launch quarter) is in its industry's top `hitShare` (§1.10, cohort-relative).
 * Also each launch's crowd focus: the crowd most of its first-90-day order lines belong to (a tie
 * goes to the first by name: `mode` picks one by scan order, which changed with the table's layout).
 */
export function labelledLaunchesSql(p: CompassInputs, ctx: QueryContext): string {
  const d = asOfDaySql(p.asOf, ctx);
  return ctx.derive(`WITH launch AS (
  SELECT pr.product_id, pr.brand_id, pr.category_id, pr.price_band, b.industry, pr.launch_day
  FROM ${ctx.from('products', 'pr')} JOIN ${ctx.from('brands', 'b')} ON b.brand_id = pr.brand_id
  WHERE pr.launch_day >= (SELECT min(day_idx) FROM ${ctx.from('orders', 'o')}) AND pr.launch_day <= ${d} - 89),
sold AS (SELECT l.product_id, o.crowd, oi.qty * oi.unit_price AS amt
  FROM launch l JOIN ${ctx.from('order_items', 'oi')} ON oi.product_id = l.product_id
  JOIN ${ctx.from('orders', 'o')} ON o.order_id = oi.order_id
  WHERE ${GMV_ORDER} AND o.day_idx BETWEEN l.launch_day AND l.launch_day + 89),
by_crowd AS (SELECT product_id, crowd, count(*) AS n FROM sold GROUP BY ALL),
focus AS (SELECT product_id, first(crowd ORDER BY n DESC, crowd) AS crowd FROM by_crowd GROUP BY ALL),
g AS (SELECT product_id, sum(amt) AS g90, any_value(f.crowd) AS crowd FROM sold JOIN focus f USING (product_id) GROUP BY ALL),
ranked AS (SELECT l.*, coalesce(g.g90, 0) AS g90, g.crowd,
    coalesce(g.g90, 0) / nullif(median(coalesce(g.g90, 0)) OVER (PARTITION BY l.industry, floor(l.launch_day / 91)), 0) AS ratio
  FROM launch l LEFT JOIN g USING (product_id))
SELECT *, percent_rank() OVER (PARTITION BY industry ORDER BY ratio NULLS FIRST) >= 1 - ${literal(p.hitShare)} AS hit
FROM ranked`);
}

/** The model's features at a checkpoint `k` (the launch's first k days), as `<name>_<k>` columns. */
function featuresAt(k: number): string {
  const within = (column: string) => `sum(${column}) FILTER (WHERE age_day < ${k})`;
  return `${within('visitor_uv')} / nullif(${within('exposure_uv')}, 0) AS ctr_${k},
    ${within('fav_cart_uv')} / nullif(${within('visitor_uv')}, 0) AS fav_cart_${k},
    ${within('buyers')} / nullif(${within('visitor_uv')}, 0) AS conversion_${k},
    ${within('target_crowd_buyers')} / nullif(${within('buyers')}, 0) AS target_share_${k},
    ${within('content_engagements')} / nullif(${within('content_views')}, 0) AS engagement_${k},
    ${within('new_buyers')} / nullif(${within('buyers')}, 0) AS new_share_${k},
    coalesce(${within('buyers')}, 0) AS buyers_${k}`;
}

/**
 * One row per launch: `role` 'train' (labelled, any brand: what the model learns from) or
 * 'current' (the brand's launches of the last 90 days, at least 7 days old: what it scores), its
 * age, the hit label (train), each feature at days 7 and 14 and cumulative buyers at 7, 14, 30.
 * Price against the category = log(list price ÷ the leaf category's median list price).
 */
export function buildLaunchesSql(p: CompassInputs, ctx: QueryContext): string {
  const d = asOfDaySql(p.asOf, ctx);
  const labelled = labelledLaunchesSql(p, ctx);
  // A young launch has no day-14 figures yet (not those of its first few days).
  const upTo14 = (column: string) =>
    `CASE WHEN (SELECT d FROM cal) - r.launch_day >= 13 THEN ${column} END`;
  return `WITH cal AS (SELECT ${d} AS d),
price AS (SELECT product_id, ln(list_price / median(list_price) OVER (PARTITION BY category_id)) AS price_vs_category
  FROM ${ctx.from('products', 'pr')}),
kpi AS (SELECT product_id, ${CHECKPOINTS.map((k) => featuresAt(k)).join(',\n    ')}
  FROM ${ctx.from('launch_daily', 'ld')} WHERE day_idx <= (SELECT d FROM cal) GROUP BY ALL),
current AS (SELECT pr.product_id, pr.brand_id, pr.launch_day FROM ${ctx.from('products', 'pr')}, cal
  WHERE pr.brand_id = ${literal(p.brand)} AND pr.launch_day BETWEEN cal.d - 88 AND cal.d - 6),
rows AS (
  SELECT 'train' AS role, product_id, brand_id, launch_day, hit FROM ${labelled}
  UNION ALL SELECT 'current', product_id, brand_id, launch_day, NULL FROM current)
SELECT r.role, r.product_id, r.brand_id, r.launch_day, CAST((SELECT d FROM cal) - r.launch_day + 1 AS INTEGER) AS age,
  r.hit, price.price_vs_category,
  ${['ctr', 'fav_cart', 'conversion', 'target_share', 'engagement', 'new_share']
    .flatMap((f) => [`kpi.${f}_7`, `${upTo14(`kpi.${f}_14`)} AS ${f}_14`])
    .join(', ')},
  kpi.buyers_7, ${upTo14('kpi.buyers_14')} AS buyers_14,
  CASE WHEN (SELECT d FROM cal) - r.launch_day >= 29 THEN kpi.buyers_30 END AS buyers_30
FROM rows r JOIN kpi USING (product_id) JOIN price USING (product_id)
ORDER BY r.role DESC, r.launch_day, r.product_id`;
}

/**
 * `dimension, key, launches, hits, rate, category_rate`: hits ÷ labelled launches of the brand by
 * launch quarter, price band and crowd focus, each against the same slice of its industry; and
 * every brand of the industry (`dimension` 'brand', `key` its name) against the industry's rate.
 */
export function buildSuccessSql(p: CompassInputs, ctx: QueryContext): string {
  const labelled = labelledLaunchesSql(p, ctx);
  const brandName = nameSql(
    'b',
    ctx.columns('brands').map((c) => c.name),
    ctx.locale,
  );
  const slice = (
    dimension: string,
    key: string,
  ) => `SELECT '${dimension}' AS dimension, CAST(${key} AS VARCHAR) AS key,
    count(*) FILTER (WHERE brand_id = ${literal(p.brand)}) AS launches,
    count(*) FILTER (WHERE brand_id = ${literal(p.brand)} AND hit) AS hits,
    avg(hit::INTEGER) AS category_rate
  FROM ind GROUP BY ALL`;
  const date = `(SELECT any_value(CAST(dt AS DATE) - CAST(day_idx AS INTEGER)) FROM ${ctx.from('orders', 'o')}) + CAST(launch_day AS INTEGER)`;
  return `WITH ind AS (SELECT * FROM ${labelled} WHERE industry = ${focusIndustry(p, ctx)}),
slices AS (
  ${slice('quarter', `CAST(year(${date}) AS VARCHAR) || ' Q' || CAST(quarter(${date}) AS VARCHAR)`)}
  UNION ALL ${slice('band', 'price_band')}
  UNION ALL ${slice('crowd', "coalesce(crowd, '其他')")}
  UNION ALL SELECT 'brand', ${brandName}, count(*), count(*) FILTER (WHERE i.hit),
    (SELECT avg(hit::INTEGER) FROM ind) FROM ind i JOIN ${ctx.from('brands', 'b')} ON b.brand_id = i.brand_id GROUP BY ALL)
SELECT s.dimension, s.key, s.launches, s.hits, s.hits / nullif(s.launches, 0) AS rate, s.category_rate,
  s.dimension = 'brand' AND s.key = (SELECT ${brandName} FROM ${ctx.from('brands', 'b')} WHERE b.brand_id = ${literal(p.brand)}) AS is_focus
FROM slices s WHERE s.launches > 0
ORDER BY CASE s.dimension WHEN 'quarter' THEN 1 WHEN 'band' THEN 2 WHEN 'crowd' THEN 3 ELSE 4 END, s.key`;
}

/**
 * The opportunity map: for each leaf category × price band of the brand's industry, demand
 * (I-stage UV in the last 90 days: consumers with a browsing event deeper than exposure), the
 * growth of category-search UV (last 90 days over the 90 before), supply (SKUs with a sale in the
 * last 90 days, every brand), gap = demand ÷ supply, GMV (90 days), and the crowd over-represented
 * most among its demand (TGI = its share of the cell's I-stage UV ÷ its share of the industry's × 100,
 * among crowds with ≥ 5 % of the cell).
 */
export function buildOpportunitySql(p: CompassInputs, ctx: QueryContext): string {
  const d = asOfDaySql(p.asOf, ctx);
  return `WITH cal AS (SELECT ${d} AS d),
pr AS (SELECT pr.product_id, pr.category_id, pr.price_band
  FROM ${ctx.from('products', 'pr')} JOIN ${ctx.from('brands', 'b')} ON b.brand_id = pr.brand_id
  WHERE b.industry = ${focusIndustry(p, ctx)}),
ev AS (SELECT e.consumer_id, e.crowd, e.event_type, e.day_idx > (SELECT d FROM cal) - 90 AS recent, pr.category_id, pr.price_band
  FROM ${ctx.from('events', 'e')} JOIN pr ON pr.product_id = e.product_id
  WHERE e.day_idx > (SELECT d FROM cal) - 180 AND e.day_idx <= (SELECT d FROM cal)),
demand AS (SELECT category_id, price_band,
    count(DISTINCT consumer_id) FILTER (WHERE recent AND event_type NOT IN ${A_EVENTS}) AS demand,
    count(DISTINCT consumer_id) FILTER (WHERE recent AND event_type = 'category_search') AS search_now,
    count(DISTINCT consumer_id) FILTER (WHERE NOT recent AND event_type = 'category_search') AS search_before
  FROM ev GROUP BY ALL),
by_crowd AS (SELECT category_id, price_band, crowd, count(DISTINCT consumer_id) AS uv
  FROM ev WHERE recent AND event_type NOT IN ${A_EVENTS} GROUP BY ALL),
crowd_share AS (SELECT crowd, count(DISTINCT consumer_id) / (SELECT count(DISTINCT consumer_id) FROM ev WHERE recent AND event_type NOT IN ${A_EVENTS}) AS share
  FROM ev WHERE recent AND event_type NOT IN ${A_EVENTS} GROUP BY ALL),
tgi AS (SELECT c.category_id, c.price_band, c.crowd,
    100 * (c.uv / sum(c.uv) OVER (PARTITION BY c.category_id, c.price_band)) / s.share AS tgi,
    c.uv / sum(c.uv) OVER (PARTITION BY c.category_id, c.price_band) AS cell_share
  FROM by_crowd c JOIN crowd_share s USING (crowd)),
top_crowd AS (SELECT category_id, price_band, arg_max(crowd, tgi) AS crowd, max(tgi) AS tgi
  FROM tgi WHERE cell_share >= 0.05 GROUP BY ALL),
sales AS (SELECT pr.category_id, pr.price_band, count(DISTINCT pr.product_id) AS supply, sum(oi.qty * oi.unit_price) AS gmv
  FROM ${ctx.from('orders', 'o')} JOIN ${ctx.from('order_items', 'oi')} ON oi.order_id = o.order_id
  JOIN pr ON pr.product_id = oi.product_id
  WHERE ${GMV_ORDER} AND o.day_idx > (SELECT d FROM cal) - 90 AND o.day_idx <= (SELECT d FROM cal)
  GROUP BY ALL)
SELECT ${nameSql(
    'c',
    ctx.columns('categories').map((c) => c.name),
    ctx.locale,
  )} AS category, dm.category_id, dm.price_band, dm.demand,
  dm.search_now / nullif(dm.search_before, 0) - 1 AS demand_growth,
  s.supply, dm.demand / nullif(s.supply, 0) AS gap, coalesce(s.gmv, 0) AS gmv, t.crowd, t.tgi
FROM demand dm JOIN ${ctx.from('categories', 'c')} ON c.category_id = dm.category_id
LEFT JOIN sales s ON s.category_id = dm.category_id AND s.price_band = dm.price_band
LEFT JOIN top_crowd t ON t.category_id = dm.category_id AND t.price_band = dm.price_band
ORDER BY gap DESC NULLS LAST, dm.category_id, dm.price_band`;
}

/**
 * The tracker's trajectory alert: the brand's launches between 14 and 89 days old whose buyers in
 * their first 14 days fall below the P25 of past hits' (all labelled hits of the data).
 */
export function buildBelowTrajectoryAlertSql(p: CompassInputs, ctx: QueryContext): string {
  return `WITH l AS (${buildLaunchesSql(p, ctx)}),
bar AS (SELECT quantile_cont(buyers_14, 0.25) AS p25 FROM l WHERE role = 'train' AND hit),
low AS (SELECT l.product_id FROM l, bar WHERE l.role = 'current' AND l.buyers_14 IS NOT NULL AND l.buyers_14 < bar.p25)
SELECT (SELECT count(*) FROM low) > 0 AS fired, CAST((SELECT count(*) FROM low) AS DOUBLE) AS value,
  (SELECT p25 FROM bar) AS threshold, (SELECT CAST(min(product_id) AS VARCHAR) FROM low) AS detail`;
}
