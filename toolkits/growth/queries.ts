/** Growth overview SQL (metrics.md §1.11, §1.15, §2.4): KPIs vs the previous period, GMV trend, rank. */
import type { QueryContext } from '../../src/panel/contract';
import { literal } from '../../src/sql/quote';
import { focusCtes, GMV_ORDER } from '../common/sql';
import type { GrowthInputs } from './index';

export const KPI_METRICS = ['gmv', 'net_gmv', 'buyers', 'aov', 'arppu', 'new_share'] as const;

/** `metric, i, current, previous, change` for the last `windowDays` days vs the days before. */
export function buildKpiSql(p: GrowthInputs, ctx: QueryContext): string {
  const w = p.windowDays;
  const b = literal(p.brand);
  const pick = (period: string) =>
    KPI_METRICS.map((m, i) => `WHEN ${i} THEN ${period}.${m}`).join(' ');
  return `WITH ${focusCtes(p, ctx)},
first AS (SELECT consumer_id, min(day_idx) AS first_day FROM ${ctx.from('orders', 'o')} WHERE brand_id = ${b} AND ${GMV_ORDER} GROUP BY 1),
o AS (SELECT o.consumer_id, o.pay_amount, coalesce(o.refund_amount, 0) AS refund,
    CASE WHEN o.day_idx > cal.d - ${w} THEN 'current' ELSE 'previous' END AS period,
    CASE WHEN o.day_idx > cal.d - ${w} THEN cal.d - ${w} ELSE cal.d - ${2 * w} END AS period_start
  FROM ${ctx.from('orders', 'o')}, cal
  WHERE o.brand_id = ${b} AND ${GMV_ORDER} AND o.day_idx > cal.d - ${2 * w} AND o.day_idx <= cal.d),
per AS (SELECT period, sum(pay_amount) AS gmv, sum(pay_amount) - sum(refund) AS net_gmv,
    count(DISTINCT consumer_id) AS buyers, count(*) AS orders,
    count(DISTINCT consumer_id) FILTER (WHERE f.first_day > o.period_start) AS new_buyers
  FROM o JOIN first f USING (consumer_id) GROUP BY period),
periods AS (SELECT period, coalesce(gmv, 0) AS gmv, coalesce(net_gmv, 0) AS net_gmv, coalesce(buyers, 0)::DOUBLE AS buyers,
    gmv / nullif(orders, 0) AS aov, gmv / nullif(buyers, 0) AS arppu, new_buyers / nullif(buyers, 0) AS new_share
  FROM (VALUES ('current'), ('previous')) v(period) LEFT JOIN per USING (period)),
c AS (SELECT * FROM periods WHERE period = 'current'), pr AS (SELECT * FROM periods WHERE period = 'previous')
SELECT k.metric, k.i, CASE k.i ${pick('c')} END AS current, CASE k.i ${pick('pr')} END AS previous,
  CASE k.i ${pick('c')} END / nullif(CASE k.i ${pick('pr')} END, 0) - 1 AS change
FROM (VALUES ${KPI_METRICS.map((m, i) => `('${m}', ${i})`).join(', ')}) k(metric, i), c, pr
ORDER BY k.i`;
}

/** `day, gmv, promotion`: the brand's daily GMV over the last `trendDays` days, 618 and 双11 marked. */
export function buildGmvTrendSql(p: GrowthInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)},
days AS (SELECT CAST(cal.d - k AS INTEGER) AS day_idx FROM cal, range(0, ${p.trendDays}) r(k)),
g AS (SELECT day_idx, sum(pay_amount) AS gmv FROM ${ctx.from('orders', 'o')}, cal
  WHERE brand_id = ${literal(p.brand)} AND ${GMV_ORDER} AND day_idx > cal.d - ${p.trendDays} AND day_idx <= cal.d GROUP BY 1)
SELECT cal.day0 + days.day_idx AS day, coalesce(g.gmv, 0) AS gmv,
  CASE strftime(cal.day0 + days.day_idx, '%m-%d') WHEN '06-18' THEN '618' WHEN '11-11' THEN '双11' END AS promotion
FROM days LEFT JOIN g USING (day_idx), cal ORDER BY day`;
}

/** The 生意参谋-style layer from a rank among n brands (S21 for 7 and 6; the rest illustrative). */
export const LAYER_SQL = (
  rank: string,
  n: string,
) => `CASE WHEN ${rank} / ${n} <= 0.01 THEN 7 WHEN ${rank} / ${n} <= 0.05 THEN 6
  WHEN ${rank} / ${n} <= 0.15 THEN 5 WHEN ${rank} / ${n} <= 0.30 THEN 4 WHEN ${rank} / ${n} <= 0.50 THEN 3
  WHEN ${rank} / ${n} <= 0.75 THEN 2 ELSE 1 END`;

/** Trailing-30-day GMV rank of every brand of the industry, `offset` days before the as-of day. */
function rankCte(p: GrowthInputs, ctx: QueryContext, name: string, offset: number): string {
  return `${name} AS (SELECT *, ${LAYER_SQL('rank', 'n')} AS layer FROM (
  SELECT pe.brand_id, pe.name, coalesce(sum(o.pay_amount), 0) AS gmv,
    rank() OVER (ORDER BY coalesce(sum(o.pay_amount), 0) DESC)::DOUBLE AS rank, count(*) OVER ()::DOUBLE AS n,
    100 * cume_dist() OVER (ORDER BY coalesce(sum(o.pay_amount), 0)) AS percentile
  FROM peers pe LEFT JOIN (SELECT o.brand_id, o.pay_amount FROM ${ctx.from('orders', 'o')}, cal
    WHERE ${GMV_ORDER} AND o.day_idx > cal.d - ${offset + 30} AND o.day_idx <= cal.d - ${offset}) o USING (brand_id)
  GROUP BY ALL))`;
}

/** `brand, is_focus, gmv, rank, n, percentile, layer, merchant_tier` within the industry. */
export function buildRankSql(p: GrowthInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)}, ${rankCte(p, ctx, 'r', 0)}
SELECT r.name AS brand, r.brand_id = ${literal(p.brand)} AS is_focus, r.gmv, CAST(r.rank AS INTEGER) AS rank,
  CAST(r.n AS INTEGER) AS n, r.percentile, r.layer, b.merchant_tier
FROM r JOIN ${ctx.from('brands', 'b')} USING (brand_id) ORDER BY r.rank, r.brand_id`;
}

/** `segment, period, buyers, gmv` for new and old customers, current vs previous period. */
export function buildNewOldSql(p: GrowthInputs, ctx: QueryContext): string {
  const w = p.windowDays;
  const b = literal(p.brand);
  return `WITH ${focusCtes(p, ctx)},
first AS (SELECT consumer_id, min(day_idx) AS first_day FROM ${ctx.from('orders', 'o')} WHERE brand_id = ${b} AND ${GMV_ORDER} GROUP BY 1),
o AS (SELECT o.consumer_id, o.pay_amount,
    CASE WHEN o.day_idx > cal.d - ${w} THEN 'current' ELSE 'previous' END AS period,
    CASE WHEN o.day_idx > cal.d - ${w} THEN cal.d - ${w} ELSE cal.d - ${2 * w} END AS period_start
  FROM ${ctx.from('orders', 'o')}, cal
  WHERE o.brand_id = ${b} AND ${GMV_ORDER} AND o.day_idx > cal.d - ${2 * w} AND o.day_idx <= cal.d),
grid AS (SELECT * FROM (VALUES ('new'), ('old')) s(segment), (VALUES ('previous'), ('current')) q(period)),
agg AS (SELECT CASE WHEN f.first_day > o.period_start THEN 'new' ELSE 'old' END AS segment, period,
    count(DISTINCT consumer_id) AS buyers, sum(pay_amount) AS gmv
  FROM o JOIN first f USING (consumer_id) GROUP BY ALL)
SELECT segment, period, coalesce(buyers, 0) AS buyers, coalesce(gmv, 0) AS gmv
FROM grid LEFT JOIN agg USING (segment, period) ORDER BY segment, period DESC`;
}

/**
 * Days a promotion moves sales: 618 and 双11 with their 21-day pre-sale and the day after
 * (scripts/data/season.js plants exactly these windows; real calendars share them).
 */
const PROMOTION_DAY = (day: string) =>
  `(strftime(${day}, '%m-%d') BETWEEN '05-28' AND '06-19' OR strftime(${day}, '%m-%d') BETWEEN '10-21' AND '11-12')`;

/**
 * Alert: GMV of the last 7 days against the 7 before, compared like with like. When either week
 * holds promotion days (a 双11 week against a normal one says nothing), the last 7 days are
 * compared with the same 7 weekdays a year earlier (364 days) instead; `detail` says which.
 */
export function buildWowAlertSql(p: GrowthInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)},
o AS (SELECT day_idx, pay_amount FROM ${ctx.from('orders', 'o')}, cal
  WHERE brand_id = ${literal(p.brand)} AND ${GMV_ORDER} AND (day_idx BETWEEN cal.d - 13 AND cal.d OR day_idx BETWEEN cal.d - 370 AND cal.d - 364)),
w AS (SELECT sum(pay_amount) FILTER (WHERE day_idx > cal.d - 7) AS now,
    sum(pay_amount) FILTER (WHERE day_idx BETWEEN cal.d - 13 AND cal.d - 7) AS week_before,
    sum(pay_amount) FILTER (WHERE day_idx BETWEEN cal.d - 370 AND cal.d - 364) AS year_before
  FROM cal LEFT JOIN o ON true),
pr AS (SELECT bool_or(${PROMOTION_DAY('cal.day0 + CAST(cal.d - j AS INTEGER)')}) AS promotion FROM cal, range(0, 14) r(j)),
v AS (SELECT CASE WHEN promotion THEN 'yoy' ELSE 'wow' END AS basis,
    coalesce(100.0 * (coalesce(now, 0) - base) / nullif(base, 0), 0) AS value
  FROM (SELECT *, CASE WHEN promotion THEN year_before ELSE week_before END AS base FROM w, pr))
SELECT value, ${-p.wowDropPct}::DOUBLE AS threshold, value < ${-p.wowDropPct} AS fired, basis AS detail FROM v`;
}

/** Alert: the brand's store layer now is below its layer 30 days earlier. */
export function buildTierAlertSql(p: GrowthInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)}, ${rankCte(p, ctx, 'now', 0)}, ${rankCte(p, ctx, 'before', 30)}
SELECT now.layer::DOUBLE AS value, before.layer::DOUBLE AS threshold, now.layer < before.layer AS fired, NULL::VARCHAR AS detail
FROM now JOIN before USING (brand_id) WHERE brand_id = ${literal(p.brand)}`;
}
