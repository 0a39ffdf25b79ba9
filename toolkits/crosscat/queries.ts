/**
 * Cross-category SQL (metrics.md §1.12): consumer-level baskets over a window, support, confidence
 * and lift of category pairs, and the sequential lift that gives a direction: of the consumers
 * whose first purchase of A in the window leaves `seqDays` to observe, the share who buy B within
 * `seqDays` after it, over the share of consumers who buy B in any `seqDays`-day block of the
 * window. Rules keep pairs with at least `minPairs` shared buyers.
 */
import type { QueryContext } from '../../src/panel/contract';
import { nameSql } from '../../src/panel/lookup';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, GMV_ORDER } from '../common/sql';
import type { CrossInputs } from './index';

/** `consumer_id, crowd, category_id, day_idx, gmv, order_id`: purchases in the window ending `shift` days before the as-of day. */
function purchasesSql(p: CrossInputs, ctx: QueryContext, shift: number): string {
  const d = `(${asOfDaySql(p.asOf, ctx)} - ${shift})`;
  return `SELECT o.consumer_id, o.crowd, oi.category_id, o.day_idx, oi.qty * oi.unit_price AS gmv, o.order_id
  FROM ${ctx.from('orders', 'o')} JOIN ${ctx.from('order_items', 'oi')} ON oi.order_id = o.order_id
  WHERE ${GMV_ORDER} AND o.day_idx > ${d} - ${p.days} AND o.day_idx <= ${d}`;
}

/**
 * Every ordered pair (a, b) of categories with shared buyers: `a, b, nab, na, nb, n, support,
 * confidence, lift, seq_lift, audience, aov_b, expected_gmv`, for the window ending `shift` days
 * before the as-of day. Built once and shared.
 */
export function pairStatsSql(p: CrossInputs, ctx: QueryContext, shift = 0): string {
  const d = `(${asOfDaySql(p.asOf, ctx)} - ${shift})`;
  const S = p.seqDays;
  const blocks = Math.max(1, Math.floor(p.days / S));
  return ctx.derive(`WITH buys AS (${purchasesSql(p, ctx, shift)}),
basket AS (SELECT consumer_id, category_id, min(day_idx) AS first_day FROM buys GROUP BY ALL),
n AS (SELECT count(DISTINCT consumer_id)::DOUBLE AS n FROM basket),
cat AS (SELECT category_id, count(*) AS buyers FROM basket GROUP BY ALL),
aov AS (SELECT category_id, sum(gmv) / count(DISTINCT order_id) AS aov FROM buys GROUP BY ALL),
pair AS (SELECT x.category_id AS a, y.category_id AS b, count(*) AS nab
  FROM basket x JOIN basket y ON y.consumer_id = x.consumer_id AND y.category_id <> x.category_id GROUP BY ALL),
-- Sequential: first purchase of A with ${S} days left in the window, then B within ${S} days.
starters AS (SELECT category_id AS a, count(*) AS ns FROM basket WHERE first_day <= ${d} - ${S} GROUP BY ALL),
followed AS (SELECT f.category_id AS a, x.category_id AS b, count(DISTINCT f.consumer_id) AS nf
  FROM basket f JOIN buys x ON x.consumer_id = f.consumer_id AND x.category_id <> f.category_id
    AND x.day_idx > f.first_day AND x.day_idx <= f.first_day + ${S}
  WHERE f.first_day <= ${d} - ${S} GROUP BY ALL),
-- B's base rate: its buyers in each ${S}-day block of the window (${blocks} blocks), averaged, over n.
base AS (SELECT category_id AS b, sum(uv) / ${blocks} / (SELECT n FROM n) AS p
  FROM (SELECT category_id, floor((${d} - day_idx) / ${S}) AS blk, count(DISTINCT consumer_id) AS uv
    FROM buys WHERE ${d} - day_idx < ${S * blocks} GROUP BY ALL) GROUP BY ALL)
SELECT pair.a, pair.b, pair.nab, ca.buyers AS na, cb.buyers AS nb, (SELECT n FROM n) AS n,
  pair.nab / (SELECT n FROM n) AS support, pair.nab / ca.buyers AS confidence,
  (pair.nab / ca.buyers) / (cb.buyers / (SELECT n FROM n)) AS lift,
  (coalesce(followed.nf, 0) / nullif(starters.ns, 0)) / nullif(base.p, 0) AS seq_lift,
  ca.buyers - pair.nab AS audience, aov.aov AS aov_b,
  (ca.buyers - pair.nab) * (pair.nab / ca.buyers) * aov.aov AS expected_gmv
FROM pair JOIN cat ca ON ca.category_id = pair.a JOIN cat cb ON cb.category_id = pair.b
LEFT JOIN starters ON starters.a = pair.a LEFT JOIN followed ON followed.a = pair.a AND followed.b = pair.b
LEFT JOIN base ON base.b = pair.b LEFT JOIN aov ON aov.category_id = pair.b`);
}

/** The categories the brand has sold in (any time): the rules shown are those that touch them. */
const ownCategories = (p: CrossInputs, ctx: QueryContext) =>
  `(SELECT DISTINCT oi.category_id FROM ${ctx.from('order_items', 'oi')} JOIN ${ctx.from('orders', 'o')} ON o.order_id = oi.order_id
  WHERE o.brand_id = ${literal(p.brand)})`;

const names = (ctx: QueryContext) => {
  const name = nameSql(
    'c',
    ctx.columns('categories').map((c) => c.name),
    ctx.locale,
  );
  return `(SELECT category_id, ${name} AS name FROM ${ctx.from('categories', 'c')})`;
};

/**
 * The brand's rules: `a, b, name_a, name_b, nab, support, confidence, lift, seq_lift,
 * seq_lift_back, audience, expected_gmv` for pairs touching a category the brand sells, with ≥
 * `minPairs` shared buyers and lift ≥ `minLift`, strongest sequential lift first.
 */
export function buildRulesSql(p: CrossInputs, ctx: QueryContext): string {
  const stats = pairStatsSql(p, ctx);
  return `SELECT s.a, s.b, na.name AS name_a, nb.name AS name_b, s.nab, s.support, s.confidence, s.lift,
  s.seq_lift, back.seq_lift AS seq_lift_back, s.audience, s.expected_gmv
FROM ${stats} s LEFT JOIN ${stats} back ON back.a = s.b AND back.b = s.a
JOIN ${names(ctx)} na ON na.category_id = s.a JOIN ${names(ctx)} nb ON nb.category_id = s.b
WHERE s.nab >= ${literal(p.minPairs)} AND s.lift >= ${literal(p.minLift)}
  AND (s.a IN ${ownCategories(p, ctx)} OR s.b IN ${ownCategories(p, ctx)})
ORDER BY s.seq_lift DESC NULLS LAST, s.lift DESC, s.a, s.b
LIMIT 30`;
}

/**
 * The heatmap: `name_a, name_b, lift, nab` over the categories of the strongest pairs touching
 * the brand's categories (at most 12), every ordered pair of them with shared buyers.
 */
export function buildHeatmapSql(p: CrossInputs, ctx: QueryContext): string {
  const stats = pairStatsSql(p, ctx);
  return `WITH top AS (SELECT a, b FROM ${stats} WHERE nab >= ${literal(p.minPairs)}
    AND (a IN ${ownCategories(p, ctx)} OR b IN ${ownCategories(p, ctx)}) ORDER BY lift DESC, a, b LIMIT 12),
cats AS (SELECT DISTINCT c FROM (SELECT a AS c FROM top UNION ALL SELECT b FROM top) LIMIT 12)
SELECT na.name AS name_a, nb.name AS name_b, s.lift, s.nab
FROM ${stats} s JOIN ${names(ctx)} na ON na.category_id = s.a JOIN ${names(ctx)} nb ON nb.category_id = s.b
WHERE s.a IN (SELECT c FROM cats) AND s.b IN (SELECT c FROM cats)
ORDER BY name_a, name_b`;
}

/**
 * Where the brand could go next: categories it does not sell, reached from the categories its
 * buyers bought from it (rules A → B with A one of those): `name_b, audience` (the brand's buyers
 * in A who have not bought B), `confidence`, `expected_gmv` = audience × confidence × AOV of B,
 * and the crowd among those buyers over-represented most among B's buyers (TGI, ≥ 30 buyers).
 */
export function buildEnterSql(p: CrossInputs, ctx: QueryContext): string {
  const stats = pairStatsSql(p, ctx);
  return `WITH buys AS (${purchasesSql(p, ctx, 0)}),
own AS ${ownCategories(p, ctx)},
fans AS (SELECT DISTINCT b.consumer_id, b.crowd, b.category_id AS a FROM buys b JOIN ${ctx.from('orders', 'o')} USING (order_id)
  WHERE o.brand_id = ${literal(p.brand)}),
bought AS (SELECT DISTINCT consumer_id, category_id FROM buys),
best AS (SELECT s.b, arg_max(s.a, s.confidence) AS a, max(s.confidence) AS confidence, any_value(s.aov_b) AS aov_b
  FROM ${stats} s WHERE s.a IN (SELECT category_id FROM own) AND s.b NOT IN (SELECT category_id FROM own)
    AND s.nab >= ${literal(p.minPairs)} AND s.lift >= ${literal(p.minLift)} GROUP BY ALL),
reach AS (SELECT best.b, f.consumer_id, f.crowd, EXISTS (SELECT 1 FROM bought x WHERE x.consumer_id = f.consumer_id AND x.category_id = best.b) AS has_b
  FROM best JOIN (SELECT DISTINCT consumer_id, crowd, a FROM fans) f ON f.a = best.a),
crowd AS (SELECT b, crowd, avg(has_b::INTEGER) / any_value(all_rate) * 100 AS tgi
  FROM reach JOIN (SELECT b, avg(has_b::INTEGER) AS all_rate FROM reach GROUP BY ALL) r USING (b)
  GROUP BY ALL HAVING count(*) >= 30 AND any_value(all_rate) > 0),
top_crowd AS (SELECT b, arg_max(crowd, tgi) AS crowd, max(tgi) AS tgi FROM crowd GROUP BY ALL),
audience AS (SELECT b, count(DISTINCT consumer_id) FILTER (WHERE NOT has_b) AS audience FROM reach GROUP BY ALL)
SELECT nb.name AS name_b, na.name AS name_a, audience.audience, best.confidence,
  audience.audience * best.confidence * best.aov_b AS expected_gmv, t.crowd, t.tgi
FROM best JOIN audience USING (b) LEFT JOIN top_crowd t USING (b)
JOIN ${names(ctx)} na ON na.category_id = best.a JOIN ${names(ctx)} nb ON nb.category_id = best.b
ORDER BY expected_gmv DESC NULLS LAST, name_b LIMIT 10`;
}

/**
 * Alerts over two windows (now, and the one ending `seqDays` earlier): a pair whose lift now
 * passes `minLift` that did not before (`new`), or one whose lift fell by a third or more (`decay`).
 */
export function buildPairChangeAlertSql(
  p: CrossInputs,
  ctx: QueryContext,
  kind: 'new' | 'decay',
): string {
  const now = pairStatsSql(p, ctx);
  const before = pairStatsSql(p, ctx, p.seqDays);
  const keep = `nab >= ${literal(p.minPairs)}`;
  const changed =
    kind === 'new'
      ? `n.lift >= ${literal(p.minLift)} AND (b.lift IS NULL OR b.lift < ${literal(p.minLift)} OR b.nab < ${literal(p.minPairs)})`
      : `b.lift >= ${literal(p.minLift)} AND b.${keep} AND (n.lift IS NULL OR n.lift <= b.lift * 2 / 3)`;
  const order = kind === 'new' ? 'n.lift DESC' : 'b.lift - coalesce(n.lift, 0) DESC';
  // Lift is symmetric: each pair once (the lower category id first).
  return `WITH hits AS (SELECT na.name || ' ↔ ' || nb.name AS pair, ${order.replace(' DESC', '')} AS strength
  FROM (SELECT * FROM ${now} WHERE ${keep}) n FULL JOIN ${before} b ON b.a = n.a AND b.b = n.b
  JOIN ${names(ctx)} na ON na.category_id = coalesce(n.a, b.a) JOIN ${names(ctx)} nb ON nb.category_id = coalesce(n.b, b.b)
  WHERE ${changed} AND coalesce(n.a, b.a) < coalesce(n.b, b.b))
SELECT (SELECT count(*) FROM hits) > 0 AS fired, CAST((SELECT count(*) FROM hits) AS DOUBLE) AS value,
  ${literal(p.minLift)}::DOUBLE AS threshold, (SELECT pair FROM hits ORDER BY strength DESC, pair LIMIT 1) AS detail`;
}
