// @ts-check
/**
 * The SQL the benchmark times, on the demo schema at the as-of day 729. Until the toolkits exist
 * these are the lab's representative analyses (metrics.md §4); toolkit panels will join them.
 */
const D = 729;
const PAID = "status IN ('paid', 'refunded')";

/** @type {{ id: string, title: string, sql: string }[]} */
export const BENCH_QUERIES = [
  {
    id: 'gmv-daily',
    title: 'Daily GMV, two years (the first chart)',
    sql: `SELECT dt, sum(pay_amount) AS gmv FROM orders WHERE ${PAID} GROUP BY dt ORDER BY dt`,
  },
  {
    id: 'brand-kpis',
    title: 'Brand GMV, buyers, AOV: last 30 days vs the 30 before',
    sql: `SELECT brand_id,
  sum(pay_amount) FILTER (WHERE day_idx > ${D - 30}) AS gmv,
  sum(pay_amount) FILTER (WHERE day_idx BETWEEN ${D - 59} AND ${D - 30}) AS gmv_prev,
  count(DISTINCT consumer_id) FILTER (WHERE day_idx > ${D - 30}) AS buyers,
  sum(pay_amount) FILTER (WHERE day_idx > ${D - 30}) / count(*) FILTER (WHERE day_idx > ${D - 30}) AS aov
FROM orders WHERE ${PAID} AND day_idx > ${D - 60} GROUP BY brand_id ORDER BY gmv DESC`,
  },
  {
    id: 'aipl-snapshot',
    title: 'AIPL stage counts per brand (L>P>I>A)',
    sql: `WITH flags AS (
  SELECT consumer_id, brand_id,
    max(CASE WHEN event_type IN ('exposure', 'content_view', 'category_search') THEN 1 ELSE 0 END) AS a,
    max(CASE WHEN event_type NOT IN ('exposure', 'content_view', 'category_search') THEN 1 ELSE 0 END) AS i,
    0 AS p, 0 AS l
  FROM events WHERE day_idx BETWEEN ${D - 14} AND ${D} GROUP BY ALL
  UNION ALL
  SELECT consumer_id, brand_id, 0, 0, 1,
    CASE WHEN count(DISTINCT day_idx) FILTER (WHERE day_idx >= ${D - 364}) >= 2 THEN 1 ELSE 0 END
  FROM orders WHERE ${PAID} AND day_idx BETWEEN ${D - 729} AND ${D} GROUP BY ALL),
stages AS (SELECT brand_id, CASE WHEN max(l) = 1 THEN 'L' WHEN max(p) = 1 THEN 'P' WHEN max(i) = 1 THEN 'I' ELSE 'A' END AS stage
  FROM flags GROUP BY consumer_id, brand_id)
SELECT brand_id, stage, count(*) AS n FROM stages GROUP BY ALL ORDER BY brand_id, stage`,
  },
  {
    id: 'crowd-tgi',
    title: 'Crowd TGI of brand buyers vs all buyers (365 days)',
    sql: `WITH buyers AS (SELECT DISTINCT o.brand_id, o.consumer_id, c.crowd FROM orders o JOIN consumers c USING (consumer_id)
  WHERE o.${PAID} AND o.day_idx > ${D - 365}),
brand AS (SELECT brand_id, crowd, count(*) AS n, sum(count(*)) OVER (PARTITION BY brand_id) AS total FROM buyers GROUP BY brand_id, crowd),
base AS (SELECT crowd, count(DISTINCT consumer_id) AS n, sum(count(DISTINCT consumer_id)) OVER () AS total FROM buyers GROUP BY crowd)
SELECT b.brand_id, b.crowd, b.n, 100 * (b.n / b.total) / (base.n / base.total) AS tgi
FROM brand b JOIN base USING (crowd) ORDER BY b.brand_id, tgi DESC`,
  },
  {
    id: 'cross-lift',
    title: 'Cross-category lift (consumer baskets, 365 days)',
    sql: `WITH cb AS (SELECT DISTINCT o.consumer_id, i.category_id AS cat FROM orders o JOIN order_items i USING (order_id)
  WHERE o.${PAID} AND o.day_idx > ${D - 365}),
n AS (SELECT count(DISTINCT consumer_id) AS n FROM cb),
cnt AS (SELECT cat, count(*) AS nc FROM cb GROUP BY cat),
pr AS (SELECT x.cat AS a, y.cat AS b, count(*) AS nab FROM cb x JOIN cb y ON x.consumer_id = y.consumer_id AND x.cat <> y.cat GROUP BY ALL)
SELECT a, b, nab, nab / ca.nc AS confidence, (nab / ca.nc) / (cbn.nc / n.n) AS lift
FROM pr JOIN cnt ca ON ca.cat = pr.a JOIN cnt cbn ON cbn.cat = pr.b, n WHERE nab >= 30 ORDER BY lift DESC`,
  },
  {
    id: 'funnel',
    title: 'Funnel per brand, last 30 days (exposure → click → cart UV)',
    sql: `SELECT brand_id,
  count(DISTINCT consumer_id) FILTER (WHERE event_type = 'exposure') AS exposed,
  count(DISTINCT consumer_id) FILTER (WHERE event_type = 'click') AS clicked,
  count(DISTINCT consumer_id) FILTER (WHERE event_type = 'cart') AS carted
FROM events WHERE day_idx > ${D - 30} GROUP BY brand_id ORDER BY exposed DESC`,
  },
  {
    id: 'grow-lmdi',
    title: 'GROW (LMDI) per brand: last 365 days vs the 365 before',
    sql: `WITH occ AS (SELECT brand_id, consumer_id, day_idx, sum(pay_amount) AS amt, CASE WHEN day_idx <= ${D - 365} THEN 0 ELSE 1 END AS t
  FROM orders WHERE ${PAID} GROUP BY ALL),
per AS (SELECT brand_id, t, count(DISTINCT consumer_id) AS buyers, count(*) AS occasions, sum(amt) AS gmv FROM occ GROUP BY ALL),
w AS (SELECT a.brand_id, a.gmv AS g0, b.gmv AS g1, a.buyers AS n0, b.buyers AS n1, a.occasions / a.buyers AS f0, b.occasions / b.buyers AS f1,
  a.gmv / a.occasions AS s0, b.gmv / b.occasions AS s1 FROM per a JOIN per b ON a.brand_id = b.brand_id AND a.t = 0 AND b.t = 1),
l AS (SELECT *, CASE WHEN g1 = g0 THEN g0 ELSE (g1 - g0) / (ln(g1) - ln(g0)) END AS lm FROM w)
SELECT brand_id, g1 - g0 AS d_gmv, lm * ln(n1 / n0) AS g, lm * ln(f1 / f0) AS r, lm * ln(s1 / s0) AS o FROM l ORDER BY brand_id`,
  },
];
