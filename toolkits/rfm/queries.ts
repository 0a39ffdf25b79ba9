/**
 * RFM and cohort SQL (metrics.md §1.13, §1.14). Purchases are the brand's GMV orders (paid, refunds
 * included) up to the as-of day; a purchase day is a day with such an order.
 */
import type { QueryContext } from '../../src/panel/contract';
import { nameSql } from '../../src/panel/lookup';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, GMV_ORDER } from '../common/sql';
import type { RfmInputs } from './inputs';

const TYPES = ['value', 'develop', 'keep', 'retain'] as const;

/**
 * `consumer_id, crowd, r, f, m, m_class, rf_class, type` for every buyer of the brand in the
 * `days` before the as-of day less `offset` days, each against that day's means.
 */
export function rfmSql(p: RfmInputs, ctx: QueryContext, offset = 0): string {
  const d = `(${asOfDaySql(p.asOf, ctx)} - ${literal(offset)})`;
  return ctx.derive(`WITH b AS (SELECT consumer_id, any_value(crowd) AS crowd,
    ${d} - max(day_idx) AS r, count(DISTINCT day_idx) AS f, sum(pay_amount) AS m
  FROM ${ctx.from('orders', 'o')}
  WHERE brand_id = ${literal(p.brand)} AND ${GMV_ORDER}
    AND day_idx BETWEEN ${d} - ${literal(p.days)} + 1 AND ${d}
  GROUP BY consumer_id),
mu AS (SELECT avg(r) AS r, avg(f) AS f, avg(m) AS m FROM b),
c AS (SELECT b.*, CASE WHEN b.m > mu.m THEN 'high' ELSE 'low' END AS m_class,
    CASE WHEN b.r < mu.r AND b.f > mu.f THEN 'value' WHEN b.r < mu.r THEN 'develop'
      WHEN b.f > mu.f THEN 'keep' ELSE 'retain' END AS rf_class
  FROM b, mu)
SELECT *, m_class || '-' || rf_class AS type FROM c`);
}

/** `m_class, rf_class, type, consumers, gmv, gmv_share, r, f, m`: all eight types, empty ones too. */
export function typesSql(p: RfmInputs, ctx: QueryContext): string {
  const grid = ['high', 'low'].flatMap((m) => TYPES.map((rf) => `('${m}', '${rf}')`)).join(', ');
  return `WITH c AS (SELECT * FROM ${rfmSql(p, ctx)}),
grid AS (SELECT * FROM (VALUES ${grid}) g(m_class, rf_class))
SELECT * FROM (SELECT g.m_class, g.rf_class, g.m_class || '-' || g.rf_class AS type,
    count(c.consumer_id) AS consumers, coalesce(sum(c.m), 0) AS gmv,
    coalesce(sum(c.m), 0) / nullif((SELECT sum(m) FROM c), 0) AS gmv_share,
    avg(c.r) AS r, avg(c.f) AS f, avg(c.m) AS m
  FROM grid g LEFT JOIN c ON c.m_class = g.m_class AND c.rf_class = g.rf_class
  GROUP BY g.m_class, g.rf_class)
ORDER BY m_class, array_position(['value', 'develop', 'keep', 'retain'], rf_class)`;
}

/** `consumer_id, crowd, r, f, m, type`: the consumers of the chosen type, biggest spenders first. */
export function audienceSql(p: RfmInputs, ctx: QueryContext): string {
  return `SELECT consumer_id, crowd, r, f, m, type FROM ${rfmSql(p, ctx)}
WHERE type = ${literal(p.segment)} ORDER BY m DESC, consumer_id`;
}

/**
 * `cohort, label, k, size, buyers, retention, gmv, revenue_retention`: the last `cohorts` months of
 * first purchases (complete months up to the as-of day), each followed for up to 12 months.
 */
export function cohortsSql(p: RfmInputs, ctx: QueryContext): string {
  const d = asOfDaySql(p.asOf, ctx);
  return `WITH o AS (SELECT consumer_id, month_idx, day_idx, dt, pay_amount FROM ${ctx.from('orders', 'o')}
  WHERE brand_id = ${literal(p.brand)} AND ${GMV_ORDER} AND day_idx <= ${d}),
months AS (SELECT month_idx, strftime(min(dt), '%Y-%m') AS label FROM ${ctx.from('orders', 'a')} GROUP BY ALL),
last AS (SELECT max(month_idx) AS m FROM o),
first AS (SELECT consumer_id, min(month_idx) AS cohort FROM o GROUP BY ALL),
act AS (SELECT consumer_id, month_idx, sum(pay_amount) AS gmv FROM o GROUP BY ALL),
cells AS (SELECT f.cohort, a.month_idx - f.cohort AS k, count(*) AS buyers, sum(a.gmv) AS gmv
  FROM first f JOIN act a USING (consumer_id) GROUP BY ALL)
SELECT c.cohort, m.label, c.k, c0.buyers AS size, c.buyers, c.buyers / c0.buyers AS retention,
  c.gmv, c.gmv / c0.gmv AS revenue_retention
FROM cells c JOIN cells c0 ON c0.cohort = c.cohort AND c0.k = 0
JOIN months m ON m.month_idx = c.cohort
WHERE c.cohort > (SELECT m FROM last) - ${literal(p.cohorts)} AND c.k <= 12
ORDER BY c.cohort, c.k`;
}

/**
 * `category, name, cycle, buyers, brand_rate, category_rate, median_gap`: for each leaf category the
 * brand sold in the window, its buyers' repurchase rate (≥ 2 purchase days) against every brand's
 * in that category, the brand's median days between consecutive purchase days, the category cycle.
 */
export function repurchaseSql(p: RfmInputs, ctx: QueryContext): string {
  const d = asOfDaySql(p.asOf, ctx);
  const name = nameSql(
    'cat',
    ctx.columns('categories').map((c) => c.name),
    ctx.locale,
  );
  return `WITH buys AS (SELECT DISTINCT o.consumer_id, o.brand_id, oi.category_id, o.day_idx
  FROM ${ctx.from('orders', 'o')} JOIN ${ctx.from('order_items', 'oi')} ON oi.order_id = o.order_id
  WHERE ${GMV_ORDER} AND o.day_idx BETWEEN ${d} - ${literal(p.days)} + 1 AND ${d}),
mine AS (SELECT DISTINCT category_id FROM buys WHERE brand_id = ${literal(p.brand)}),
per AS (SELECT category_id, consumer_id, brand_id = ${literal(p.brand)} AS own, count(*) AS days
  FROM buys WHERE category_id IN (SELECT category_id FROM mine) GROUP BY ALL),
brand AS (SELECT category_id, count(*) AS buyers, avg((days >= 2)::INT) AS brand_rate FROM per WHERE own GROUP BY ALL),
whole AS (SELECT category_id, avg((days >= 2)::INT) AS category_rate
  FROM (SELECT category_id, consumer_id, count(DISTINCT day_idx) AS days FROM buys
    WHERE category_id IN (SELECT category_id FROM mine) GROUP BY ALL) GROUP BY ALL),
gaps AS (SELECT category_id, median(gap) AS median_gap FROM (
  SELECT category_id, day_idx - lag(day_idx) OVER (PARTITION BY category_id, consumer_id ORDER BY day_idx) AS gap
  FROM buys WHERE brand_id = ${literal(p.brand)}) WHERE gap IS NOT NULL GROUP BY ALL)
SELECT b.category_id AS category, ${name} AS name, cat.repurchase_cycle_days AS cycle, b.buyers,
  b.brand_rate, c.category_rate, g.median_gap
FROM brand b JOIN whole c USING (category_id)
JOIN ${ctx.from('categories', 'cat')} ON cat.category_id = b.category_id
LEFT JOIN gaps g ON g.category_id = b.category_id
ORDER BY b.buyers DESC`;
}

/** Alert: important keep + win back grew by ≥ growthPct % over the look-back. */
export function keepRetainAlertSql(p: RfmInputs, ctx: QueryContext): string {
  const count = (offset: number) =>
    `(SELECT count(*) FROM ${rfmSql(p, ctx, offset)} WHERE type IN ('high-keep', 'high-retain'))`;
  return `WITH n AS (SELECT ${count(0)} AS now, ${count(p.lookback)} AS before)
SELECT coalesce(100 * (now / nullif(before, 0) - 1) >= ${literal(p.growthPct)}, false) AS fired,
  round(100 * (now / nullif(before, 0) - 1), 1) AS value,
  CAST(${literal(p.growthPct)} AS DOUBLE) AS threshold, now || ' / ' || before AS detail
FROM n`;
}
