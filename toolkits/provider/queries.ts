/**
 * Service-provider SQL (metrics.md §1.16, §1.15, illustrative): every brand's MGI components and
 * percentile ranks within its industry, the providers' scores, content DAU, tiers and retention.
 */
import type { QueryContext } from '../../src/panel/contract';
import { nameSql } from '../../src/panel/lookup';
import { literal } from '../../src/sql/quote';
import {
  asOfDaySql,
  CONTENT_INTERACT,
  CONTENT_REACH,
  contentEngagedSql,
  GMV_ORDER,
} from '../common/sql';
import { buildStagesSql } from '../common/stages';
import type { ProviderInputs } from './inputs';
import { COMPONENT_KEYS } from './words';

type Ctx = QueryContext;
/** The lab's default AIPL windows (metrics.md §1.1) for F and the deepening rate. */
const AIPL = { aDays: 15, iDays: 15, pDays: 730, lDays: 2, advocacy: true };
const WEIGHTS = {
  gmv: 'wGmv',
  new: 'wNew',
  f: 'wF',
  deepen: 'wDeepen',
  repurchase: 'wRepurchase',
  t: 'wT',
  content: 'wContent',
} as const;

const brandName = (ctx: Ctx, alias: string) =>
  nameSql(
    alias,
    ctx.columns('brands').map((c) => c.name),
    ctx.locale,
  );

/**
 * Every brand on day `asOf − offset`: `brand_id, name, industry, sp_id, gmv, gmv_ly, c_<k>` (the
 * seven components) `, r_<k>` (their percentile within the industry, 0–100) and `mgi`.
 */
export function mgiSql(p: ProviderInputs, ctx: Ctx, offset = 0): string {
  const d = `(${asOfDaySql(p.asOf, ctx)} - ${literal(offset)})`;
  const n = literal(p.days);
  const snaps = `SELECT CAST(d - k AS INTEGER) AS snap FROM (SELECT ${d} AS d), (VALUES (0), (7), (${n})) t(k)`;
  const stages = ctx.derive(buildStagesSql(snaps, AIPL, ctx));
  const inNow = (col: string) => `${col} BETWEEN cal.d - ${n} + 1 AND cal.d`;
  const inLy = (col: string) => `${col} BETWEEN cal.d - 365 - ${n} + 1 AND cal.d - 365`;
  const ranks = COMPONENT_KEYS.map(
    (k) =>
      `CASE WHEN c_${k} IS NULL THEN NULL ELSE 100 * percent_rank() OVER (PARTITION BY industry, c_${k} IS NULL ORDER BY c_${k}) END AS r_${k}`,
  ).join(',\n    ');
  const weighted = COMPONENT_KEYS.map(
    (k) => `coalesce(r_${k} * ${literal(p[WEIGHTS[k]])}, 0)`,
  ).join(' + ');
  const present = COMPONENT_KEYS.map(
    (k) => `(r_${k} IS NOT NULL)::INT * ${literal(p[WEIGHTS[k]])}`,
  ).join(' + ');
  return ctx.derive(`WITH cal AS (SELECT ${d} AS d),
o AS (SELECT o.consumer_id, o.brand_id, o.day_idx, o.pay_amount, o.content_id FROM ${ctx.from('orders', 'o')}, cal
  WHERE ${GMV_ORDER} AND o.day_idx <= cal.d),
sales AS (SELECT o.brand_id, sum(o.pay_amount) FILTER (WHERE ${inNow('o.day_idx')}) AS gmv,
    sum(o.pay_amount) FILTER (WHERE ${inLy('o.day_idx')}) AS gmv_ly,
    sum(o.pay_amount) FILTER (WHERE ${inNow('o.day_idx')} AND o.content_id IS NOT NULL) AS content_gmv
  FROM o, cal GROUP BY o.brand_id),
days AS (SELECT DISTINCT consumer_id, brand_id, day_idx FROM o),
per AS (SELECT d.brand_id, d.consumer_id,
    count(*) FILTER (WHERE ${inNow('d.day_idx')}) AS now_days, count(*) FILTER (WHERE ${inLy('d.day_idx')}) AS ly_days,
    count(*) FILTER (WHERE d.day_idx BETWEEN cal.d - ${n} - 179 AND cal.d - ${n}) AS pre_now,
    count(*) FILTER (WHERE d.day_idx BETWEEN cal.d - 365 - ${n} - 179 AND cal.d - 365 - ${n}) AS pre_ly
  FROM days d, cal GROUP BY ALL),
cust AS (SELECT brand_id, count(*) FILTER (WHERE now_days > 0 AND pre_now = 0) AS new_now,
    count(*) FILTER (WHERE ly_days > 0 AND pre_ly = 0) AS new_ly,
    avg((now_days >= 2)::INT) FILTER (WHERE now_days > 0) AS rep_now,
    avg((ly_days >= 2)::INT) FILTER (WHERE ly_days > 0) AS rep_ly
  FROM per GROUP BY brand_id),
st AS (SELECT * FROM ${stages}),
f AS (SELECT brand_id, count(*) FILTER (WHERE snap = (SELECT d FROM cal)) AS f_now,
    count(*) FILTER (WHERE snap = (SELECT d FROM cal) - 7) AS f_week,
    count(*) FILTER (WHERE snap = (SELECT d FROM cal) - ${n}) AS f_before
  FROM st GROUP BY brand_id),
up AS (SELECT z.brand_id, count(*) AS up FROM st z JOIN st a ON a.brand_id = z.brand_id
    AND a.consumer_id = z.consumer_id AND a.snap = z.snap - 7
  WHERE z.snap = (SELECT d FROM cal) AND z.lvl > a.lvl GROUP BY z.brand_id),
mem AS (SELECT m.brand_id, count(*) AS members,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM days x WHERE x.consumer_id = m.consumer_id AND x.brand_id = m.brand_id
      AND x.day_idx BETWEEN cal.d - 364 AND cal.d)) AS active
  FROM ${ctx.from('memberships', 'm')}, cal WHERE m.join_day <= cal.d GROUP BY m.brand_id),
c AS (SELECT b.brand_id, ${brandName(ctx, 'b')} AS name, b.industry, b.sp_id,
    coalesce(s.gmv, 0) AS gmv, coalesce(s.gmv_ly, 0) AS gmv_ly,
    s.gmv / nullif(s.gmv_ly, 0) - 1 AS c_gmv,
    cu.new_now / nullif(cu.new_ly, 0) - 1 AS c_new,
    f.f_now / nullif(f.f_before, 0) - 1 AS c_f,
    coalesce(up.up, 0) / nullif(f.f_week, 0) AS c_deepen,
    cu.rep_now - cu.rep_ly AS c_repurchase,
    mem.active / nullif(mem.members, 0) AS c_t,
    coalesce(s.content_gmv, 0) / nullif(s.gmv, 0) AS c_content
  FROM ${ctx.from('brands', 'b')} LEFT JOIN sales s USING (brand_id) LEFT JOIN cust cu USING (brand_id)
  LEFT JOIN f USING (brand_id) LEFT JOIN up USING (brand_id) LEFT JOIN mem USING (brand_id)),
r AS (SELECT *, ${ranks} FROM c)
SELECT *, (${weighted}) / nullif(${present}, 0) AS mgi FROM r`);
}

/** Each brand's tier on day `asOf − offset` by trailing-365-day GMV rank (metrics.md §1.15). */
export function tiersSql(p: ProviderInputs, ctx: Ctx, offset = 0): string {
  const d = `(${asOfDaySql(p.asOf, ctx)} - ${literal(offset)})`;
  return ctx.derive(`WITH g AS (SELECT b.brand_id, b.first_sale_day, coalesce(sum(o.pay_amount), 0) AS gmv365
  FROM ${ctx.from('brands', 'b')} LEFT JOIN ${ctx.from('orders', 'o')} ON o.brand_id = b.brand_id
    AND ${GMV_ORDER} AND o.day_idx BETWEEN ${d} - 364 AND ${d}
  GROUP BY ALL),
r AS (SELECT *, rank() OVER (ORDER BY gmv365 DESC) AS rk, count(*) OVER () AS n FROM g)
SELECT brand_id, CASE WHEN first_sale_day > ${d} - 365 THEN '蓝星' WHEN rk <= greatest(1, 0.1 * n) THEN '超级旗舰'
  WHEN rk <= 0.4 * n THEN '千星' ELSE '蓝星' END AS tier FROM r`);
}

/**
 * `sp_id, name, brands, gmv, mgi, reach, interacting, interaction_rate, content_pct, score,
 * is_focus`: every provider, its GMV-weighted MGI and its operated content's interaction rate.
 */
export function leaderboardSql(p: ProviderInputs, ctx: Ctx): string {
  const d = asOfDaySql(p.asOf, ctx);
  const name = nameSql(
    's',
    ctx.columns('service_providers').map((c) => c.name),
    ctx.locale,
  );
  const w = literal(p.contentWeight / 100);
  return `WITH m AS (SELECT * FROM ${mgiSql(p, ctx)}),
brand AS (SELECT sp_id, count(*) AS brands, sum(gmv) AS gmv,
    sum(gmv * mgi) FILTER (WHERE mgi IS NOT NULL) / nullif(sum(gmv) FILTER (WHERE mgi IS NOT NULL), 0) AS mgi
  FROM m GROUP BY sp_id),
ev AS (SELECT c.sp_id, e.consumer_id, e.event_type IN ${CONTENT_REACH} AS reached, e.event_type IN ${CONTENT_INTERACT} AS interacted
  FROM ${ctx.from('events', 'e')} JOIN ${ctx.from('content', 'c')} ON c.content_id = e.content_id
  WHERE e.day_idx BETWEEN ${d} - ${literal(p.days)} + 1 AND ${d}),
content AS (SELECT sp_id, count(DISTINCT consumer_id) FILTER (WHERE reached) AS reach,
    count(DISTINCT consumer_id) FILTER (WHERE interacted) AS interacting FROM ev GROUP BY sp_id),
s AS (SELECT s.sp_id, ${name} AS name, coalesce(b.brands, 0) AS brands, coalesce(b.gmv, 0) AS gmv, b.mgi,
    coalesce(c.reach, 0) AS reach, coalesce(c.interacting, 0) AS interacting,
    c.interacting / nullif(c.reach, 0) AS interaction_rate
  FROM ${ctx.from('service_providers', 's')} LEFT JOIN brand b USING (sp_id) LEFT JOIN content c USING (sp_id)),
r AS (SELECT *, CASE WHEN interaction_rate IS NULL THEN NULL
    ELSE 100 * percent_rank() OVER (PARTITION BY interaction_rate IS NULL ORDER BY interaction_rate) END AS content_pct FROM s)
SELECT *, CASE WHEN mgi IS NULL OR content_pct IS NULL THEN coalesce(mgi, content_pct)
    ELSE (1 - ${w}) * mgi + ${w} * content_pct END AS score,
  sp_id = ${literal(p.provider)} AS is_focus
FROM r ORDER BY score DESC NULLS LAST, sp_id`;
}

/** `day, dau, dau7` for the provider's content, and `wau, mau, stickiness` on the as-of day. */
export function dauSql(p: ProviderInputs, ctx: Ctx): string {
  const d = asOfDaySql(p.asOf, ctx);
  const span = Math.max(p.days, 30);
  return `WITH cal AS (SELECT ${d} AS d,
    (SELECT any_value(CAST(dt AS DATE) - CAST(day_idx AS INTEGER)) FROM ${ctx.from('orders', 'z')}) AS day0),
eng AS (SELECT DISTINCT e.consumer_id, e.day_idx
  FROM ${ctx.from('events', 'e')} JOIN ${ctx.from('content', 'c')} ON c.content_id = e.content_id, cal
  WHERE e.day_idx BETWEEN cal.d - ${span} + 1 AND cal.d
    AND (c.sp_id = ${literal(p.provider)} OR c.brand_id IN (SELECT brand_id FROM ${ctx.from('brands', 'b')} WHERE b.sp_id = ${literal(p.provider)}))
    AND ${contentEngagedSql(p.videoSeconds, p.liveSeconds)}),
grid AS (SELECT CAST(cal.d - k AS INTEGER) AS day_idx FROM cal, range(0, ${span}) r(k)),
daily AS (SELECT g.day_idx, count(e.consumer_id) AS dau FROM grid g LEFT JOIN eng e USING (day_idx) GROUP BY g.day_idx),
tot AS (SELECT (SELECT count(DISTINCT consumer_id) FROM eng, cal WHERE day_idx > cal.d - 7) AS wau,
    (SELECT count(DISTINCT consumer_id) FROM eng, cal WHERE day_idx > cal.d - 30) AS mau,
    (SELECT avg(dau) FROM daily, cal WHERE day_idx > cal.d - 30) AS dau30)
SELECT cal.day0 + daily.day_idx AS day, daily.dau,
  avg(daily.dau) OVER (ORDER BY daily.day_idx ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS dau7,
  tot.wau, tot.mau, tot.dau30 / nullif(tot.mau, 0) AS stickiness
FROM daily, tot, cal ORDER BY daily.day_idx`;
}

/**
 * The provider's brands: `brand_id, name, industry, gmv, gmv_ly, gmv_yoy, mgi, mgi_before, r_<k>,
 * tier, tier_before, retained` (sold a year before and still sells), and the two days compared.
 */
export function brandsSql(p: ProviderInputs, ctx: Ctx): string {
  const ranks = COMPONENT_KEYS.map((k) => `m.r_${k}`).join(', ');
  const d = asOfDaySql(p.asOf, ctx);
  const day0 = `(SELECT any_value(CAST(dt AS DATE) - CAST(day_idx AS INTEGER)) FROM ${ctx.from('orders', 'z')})`;
  return `SELECT m.brand_id, m.name, m.industry, m.gmv, m.gmv_ly, m.c_gmv AS gmv_yoy, m.mgi, mb.mgi AS mgi_before,
  ${ranks}, t.tier, tb.tier AS tier_before, m.gmv_ly > 0 AND m.gmv > 0 AS retained,
  strftime(${day0} + CAST(${d} AS INTEGER), '%Y-%m-%d') AS day_now,
  strftime(${day0} + CAST(${d} - 365 AS INTEGER), '%Y-%m-%d') AS day_before
FROM ${mgiSql(p, ctx)} m LEFT JOIN ${mgiSql(p, ctx, p.days)} mb USING (brand_id)
LEFT JOIN ${tiersSql(p, ctx)} t USING (brand_id) LEFT JOIN ${tiersSql(p, ctx, 365)} tb USING (brand_id)
WHERE m.sp_id = ${literal(p.provider)}
ORDER BY m.gmv DESC, m.brand_id`;
}

/** Alert: managed brands whose MGI fell by ≥ mgiDrop points against the period before. */
export function mgiDropAlertSql(p: ProviderInputs, ctx: Ctx): string {
  return `WITH m AS (SELECT name, mgi - mgi_before AS change FROM (${brandsSql(p, ctx)}) WHERE mgi - mgi_before <= -${literal(p.mgiDrop)})
SELECT count(*) > 0 AS fired, CAST(count(*) AS DOUBLE) AS value, CAST(${literal(p.mgiDrop)} AS DOUBLE) AS threshold,
  coalesce(string_agg(name || ' ' || round(change)::BIGINT, ', ' ORDER BY change), '') AS detail FROM m`;
}

/** Alert: managed brands whose GMV fell by ≥ churnPct % year on year (or stopped selling). */
export function churnAlertSql(p: ProviderInputs, ctx: Ctx): string {
  return `WITH m AS (SELECT name, gmv_yoy FROM (${brandsSql(p, ctx)}) WHERE gmv_ly > 0 AND 100 * gmv_yoy <= -${literal(p.churnPct)})
SELECT count(*) > 0 AS fired, CAST(count(*) AS DOUBLE) AS value, CAST(${literal(p.churnPct)} AS DOUBLE) AS threshold,
  coalesce(string_agg(name || ' ' || round(100 * gmv_yoy)::BIGINT || '%', ', ' ORDER BY gmv_yoy), '') AS detail FROM m`;
}
