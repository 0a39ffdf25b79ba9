/**
 * Content-preference SQL (metrics.md §1.9, illustrative where marked): content events of the brand's
 * (or its industry's) content in the window, reach and engagement per crowd × content type,
 * attributed GMV (orders naming the content, and last touch within N days of an engagement).
 */
import type { QueryContext } from '../../src/panel/contract';
import { literal } from '../../src/sql/quote';
import {
  asOfDaySql,
  CONTENT_INTERACT,
  CONTENT_REACH,
  contentEngagedSql,
  GMV_ORDER,
} from '../common/sql';
import type { ContentInputs } from './inputs';

const REACH = CONTENT_REACH;
const INTERACT = CONTENT_INTERACT;

/** The brands whose content is read: the brand, or every brand of its industry. */
function scopeBrands(p: ContentInputs, ctx: QueryContext): string {
  return p.scope === 'industry'
    ? `SELECT b.brand_id FROM ${ctx.from('brands', 'b')} WHERE b.industry = (SELECT industry FROM ${ctx.from('brands', 'f')} WHERE f.brand_id = ${literal(p.brand)})`
    : `SELECT ${literal(p.brand)}`;
}

/** The window's first and last day as `lo, hi` (offset: the same window that many days earlier). */
const windowSql = (p: ContentInputs, ctx: QueryContext, offset = 0) =>
  `(SELECT ${asOfDaySql(p.asOf, ctx)} - ${literal(offset)} - ${literal(p.days)} + 1 AS lo, ${asOfDaySql(p.asOf, ctx)} - ${literal(offset)} AS hi)`;

/**
 * `consumer_id, crowd, brand_id, content_id, content_type, creator_type, day_idx, ts_sec, reached,
 * interactions, watch_sec, engaged`: one row per content event in scope and window.
 */
export function contentEventsSql(p: ContentInputs, ctx: QueryContext, offset = 0): string {
  return ctx.derive(`SELECT e.consumer_id, e.crowd, c.brand_id, c.content_id, c.content_type, c.creator_type,
    e.day_idx, e.ts_sec, e.event_type IN ${REACH} AS reached, (e.event_type IN ${INTERACT})::INT AS interactions,
    e.watch_sec,
    ${contentEngagedSql(p.videoSeconds, p.liveSeconds)} AS engaged
  FROM ${ctx.from('events', 'e')} JOIN ${ctx.from('content', 'c')} ON c.content_id = e.content_id,
    ${windowSql(p, ctx, offset)} w
  WHERE e.day_idx BETWEEN w.lo AND w.hi AND c.brand_id IN (${scopeBrands(p, ctx)})`);
}

/**
 * `consumer_id, crowd, content_id, content_type, direct, gmv`: the window's GMV orders of the brands
 * in scope credited to content, directly (the order names the content) or by last touch (the
 * consumer's latest engagement with that brand's content within `touchDays` before the order).
 */
function attributedSql(p: ContentInputs, ctx: QueryContext): string {
  const ev = contentEventsSql(p, ctx);
  return `(WITH o AS (SELECT o.order_id, o.consumer_id, o.crowd, o.brand_id, o.day_idx, o.pay_amount, o.content_id
    FROM ${ctx.from('orders', 'o')}, ${windowSql(p, ctx)} w
    WHERE ${GMV_ORDER} AND o.day_idx BETWEEN w.lo AND w.hi AND o.brand_id IN (${scopeBrands(p, ctx)})),
  touch AS (SELECT consumer_id, brand_id, day_idx, arg_max(content_id, ts_sec) AS content_id
    FROM ${ev} WHERE engaged GROUP BY ALL),
  direct AS (SELECT o.consumer_id, o.crowd, o.content_id, TRUE AS direct, o.pay_amount AS gmv
    FROM o JOIN ${ctx.from('content', 'c')} ON c.content_id = o.content_id),
  last AS (SELECT o.consumer_id, o.crowd, t.content_id, FALSE AS direct, o.pay_amount AS gmv
    FROM o ASOF JOIN touch t ON t.consumer_id = o.consumer_id AND t.brand_id = o.brand_id AND o.day_idx >= t.day_idx
    WHERE o.content_id IS NULL AND o.day_idx - t.day_idx <= ${literal(p.touchDays)})
  SELECT a.*, c.content_type FROM (SELECT * FROM direct UNION ALL SELECT * FROM last) a
  JOIN ${ctx.from('content', 'c')} ON c.content_id = a.content_id)`;
}

/**
 * `crowd, content_type, reach, engaged, engagement_rate, avg_watch, interactions, tgi, direct_gmv,
 * touch_gmv, buyers, conversion`: every crowd × content type with at least `minReach` reached.
 */
export function matrixSql(p: ContentInputs, ctx: QueryContext): string {
  const ev = contentEventsSql(p, ctx);
  return `WITH per AS (SELECT crowd, content_type, consumer_id, bool_or(reached) AS reached,
    bool_or(engaged) AS engaged, sum(interactions) AS interactions,
    sum(watch_sec) FILTER (WHERE reached) AS watch, count(watch_sec) FILTER (WHERE reached) AS watches
  FROM ${ev} GROUP BY ALL),
cell AS (SELECT crowd, content_type, count(*) FILTER (WHERE reached) AS reach,
    count(*) FILTER (WHERE reached AND engaged) AS engaged, sum(interactions) AS interactions,
    sum(watch) / nullif(sum(watches), 0) AS avg_watch
  FROM per GROUP BY ALL),
att AS (SELECT crowd, content_type, sum(gmv) FILTER (WHERE direct) AS direct_gmv,
    sum(gmv) FILTER (WHERE NOT direct) AS touch_gmv, count(DISTINCT consumer_id) AS buyers
  FROM ${attributedSql(p, ctx)} GROUP BY ALL),
tot AS (SELECT sum(interactions) AS all_i FROM cell),
crowd_i AS (SELECT crowd, sum(interactions) AS i FROM cell GROUP BY ALL),
type_i AS (SELECT content_type, sum(interactions) AS i FROM cell GROUP BY ALL)
SELECT c.crowd, c.content_type, c.reach, c.engaged, c.engaged / nullif(c.reach, 0) AS engagement_rate,
  c.avg_watch, c.interactions,
  100 * (c.interactions / nullif(ci.i, 0)) / nullif(ti.i / nullif(tot.all_i, 0), 0) AS tgi,
  coalesce(a.direct_gmv, 0) AS direct_gmv, coalesce(a.touch_gmv, 0) AS touch_gmv,
  coalesce(a.buyers, 0) AS buyers, coalesce(a.buyers, 0) / nullif(c.engaged, 0) AS conversion
FROM cell c JOIN crowd_i ci ON ci.crowd = c.crowd JOIN type_i ti ON ti.content_type = c.content_type
CROSS JOIN tot LEFT JOIN att a ON a.crowd = c.crowd AND a.content_type = c.content_type
WHERE c.reach >= ${literal(p.minReach)}
ORDER BY c.crowd, c.content_type`;
}

/** `content_type, reach, engaged, engagement_rate, avg_watch, direct_gmv, touch_gmv, buyers`: per type. */
export function typesSql(p: ContentInputs, ctx: QueryContext): string {
  const ev = contentEventsSql(p, ctx);
  return `WITH per AS (SELECT content_type, consumer_id, bool_or(reached) AS reached, bool_or(engaged) AS engaged,
    sum(watch_sec) FILTER (WHERE reached) AS watch, count(watch_sec) FILTER (WHERE reached) AS watches
  FROM ${ev} GROUP BY ALL),
cell AS (SELECT content_type, count(*) FILTER (WHERE reached) AS reach,
    count(*) FILTER (WHERE reached AND engaged) AS engaged, sum(watch) / nullif(sum(watches), 0) AS avg_watch
  FROM per GROUP BY ALL),
att AS (SELECT content_type, sum(gmv) FILTER (WHERE direct) AS direct_gmv,
    sum(gmv) FILTER (WHERE NOT direct) AS touch_gmv, count(DISTINCT consumer_id) AS buyers
  FROM ${attributedSql(p, ctx)} GROUP BY ALL)
SELECT c.content_type, c.reach, c.engaged, c.engaged / nullif(c.reach, 0) AS engagement_rate, c.avg_watch,
  coalesce(a.direct_gmv, 0) AS direct_gmv, coalesce(a.touch_gmv, 0) AS touch_gmv, coalesce(a.buyers, 0) AS buyers
FROM cell c LEFT JOIN att a USING (content_type)
ORDER BY array_position(['livestream', 'short_video', 'guangguang', 'graphic'], c.content_type)`;
}

/** `day, content_type, dau`: consumers reached by the content each day of the window, by type. */
export function dauSql(p: ContentInputs, ctx: QueryContext): string {
  const ev = contentEventsSql(p, ctx);
  return `SELECT (SELECT any_value(CAST(dt AS DATE) - CAST(day_idx AS INTEGER)) FROM ${ctx.from('orders', 'o')}) + day_idx AS day,
  content_type, count(DISTINCT consumer_id) AS dau
FROM ${ev} WHERE reached GROUP BY ALL ORDER BY day, content_type`;
}

/**
 * `content_id, content_type, creator_type, reach, engagement_rate, direct_gmv, touch_gmv, buyers`:
 * the content in scope with at least `minReach` reached, most attributed GMV first (top 20).
 */
export function topSql(p: ContentInputs, ctx: QueryContext): string {
  const ev = contentEventsSql(p, ctx);
  return `WITH per AS (SELECT content_id, any_value(content_type) AS content_type, any_value(creator_type) AS creator_type,
    count(DISTINCT consumer_id) FILTER (WHERE reached) AS reach,
    count(DISTINCT consumer_id) FILTER (WHERE engaged) AS engaged
  FROM ${ev} GROUP BY ALL),
att AS (SELECT content_id, sum(gmv) FILTER (WHERE direct) AS direct_gmv,
    sum(gmv) FILTER (WHERE NOT direct) AS touch_gmv, count(DISTINCT consumer_id) AS buyers
  FROM ${attributedSql(p, ctx)} GROUP BY ALL)
SELECT p.content_id, p.content_type, p.creator_type, p.reach, p.engaged / nullif(p.reach, 0) AS engagement_rate,
  coalesce(a.direct_gmv, 0) AS direct_gmv, coalesce(a.touch_gmv, 0) AS touch_gmv, coalesce(a.buyers, 0) AS buyers
FROM per p LEFT JOIN att a USING (content_id)
WHERE p.reach >= ${literal(p.minReach)}
ORDER BY coalesce(a.direct_gmv, 0) + coalesce(a.touch_gmv, 0) DESC, p.reach DESC, p.content_id
LIMIT 20`;
}

/** Alert: the engagement rate fell by ≥ dropPct % against the window before. */
export function engagementDropAlertSql(p: ContentInputs, ctx: QueryContext): string {
  const rate = (offset: number) =>
    `(SELECT count(DISTINCT consumer_id) FILTER (WHERE engaged) / nullif(count(DISTINCT consumer_id) FILTER (WHERE reached), 0) FROM ${contentEventsSql(p, ctx, offset)})`;
  return `WITH r AS (SELECT ${rate(0)} AS now, ${rate(p.days)} AS before)
SELECT coalesce(100 * (1 - now / nullif(before, 0)) >= ${literal(p.dropPct)}, false) AS fired,
  round(100 * (1 - now / nullif(before, 0)), 1) AS value, CAST(${literal(p.dropPct)} AS DOUBLE) AS threshold,
  NULL::VARCHAR AS detail FROM r`;
}

/** Alert: content reaching ≥ 10 × minReach consumers with no attributed buyer. */
export function reachNoSaleAlertSql(p: ContentInputs, ctx: QueryContext): string {
  return `WITH t AS (SELECT * FROM (${topSql({ ...p, minReach: p.minReach * 10 }, ctx).replace(/LIMIT 20$/, '')}) WHERE buyers = 0)
SELECT count(*) > 0 AS fired, count(*)::DOUBLE AS value, CAST(${literal(p.minReach * 10)} AS DOUBLE) AS threshold,
  string_agg('#' || content_id, ', ' ORDER BY reach DESC) AS detail FROM t`;
}
