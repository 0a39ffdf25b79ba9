/**
 * AIPL stages (metrics.md §1.1): one stage per consumer and brand on each snapshot day, L > P > I > A.
 * A = an A-type event (exposure, content view, category search) in the A window; I = any other event
 * in the I window; P = a paid order in the P window; L = at least `lDays` purchase days in the last
 * 365 days, or (with `advocacy`) a purchaser's positive review (≥4★) or share in the last 365 days.
 * Windows include both ends: a 15-day window on day d is [d-14, d].
 */
import type { QueryContext } from '../../src/panel/contract';
import { GMV_ORDER } from './sql';

export interface StageWindows {
  aDays: number;
  iDays: number;
  pDays: number;
  lDays: number;
  advocacy: boolean;
}

export const A_EVENTS = "('exposure', 'content_view', 'category_search')";

/** ` AND <column> IN (<set>)`, or nothing when no brand set is given (every brand). */
const among = (set?: string, column = 'brand_id') => (set ? ` AND ${column} IN (${set})` : '');

/**
 * `snap, consumer_id, brand_id, lvl` (1 A … 4 L) for every snapshot day `snaps` yields (a SELECT
 * with one INTEGER column `snap`), for the brands `brands` selects (all when omitted). Consumers
 * with no stage have no row.
 *
 * Each consumer's daily browsing flags and purchase days are tables of their own, built once for
 * the brands `flagBrands` selects (by default `brands`): toolkits that pass the same set share
 * them, whatever their windows and snapshot days. Six toolkits at once built them four times; shared,
 * the stage tables took 22 % less time on DuckDB-WASM's first run (1040 → 812 ms in Node).
 */
export function buildStagesSql(
  snaps: string,
  w: StageWindows,
  ctx: QueryContext,
  brands?: string,
  flagBrands = brands,
): string {
  const reach = Math.max(w.aDays, w.iDays);
  const flags = ctx.derive(`SELECT consumer_id, brand_id, day_idx,
    bool_or(event_type IN ${A_EVENTS}) AS a, bool_or(event_type NOT IN ${A_EVENTS}) AS i
  FROM ${ctx.from('events', 'e')} WHERE true${among(flagBrands)} GROUP BY ALL`);
  const purchases = purchaseDays(ctx, flagBrands);
  // Only the brands asked for, when the shared tables cover more.
  const narrow = flagBrands === brands ? '' : ` WHERE true${among(brands)}`;
  // A purchaser's stage is P or L whatever else they did, so browsing flags are only read for
  // consumers with no purchase in the P window (an anti join), and advocacy only for purchasers:
  // no grouping of every flag row per consumer (same rows, 15–20 % less time in DuckDB-WASM).
  const advocacy = w.advocacy
    ? `,
adv AS (SELECT s.snap, r.consumer_id, pr.brand_id
  FROM snaps s JOIN ${ctx.from('reviews', 'r')} ON r.day_idx BETWEEN s.snap - 364 AND s.snap
  JOIN ${ctx.from('products', 'pr')} ON pr.product_id = r.product_id
  WHERE (r.rating >= 4 OR r.is_shared = 1)${among(brands, 'pr.brand_id')}
  GROUP BY 1, 2, 3)`
    : '';
  return `WITH snaps AS (${snaps}),
ev AS (SELECT * FROM ${flags}${narrow}),
buy AS (SELECT * FROM ${purchases}${narrow}),
browse AS (
  SELECT s.snap, ev.consumer_id, ev.brand_id,
    bool_or(ev.a AND ev.day_idx > s.snap - ${w.aDays}) AS a,
    bool_or(ev.i AND ev.day_idx > s.snap - ${w.iDays}) AS i
  FROM snaps s JOIN ev ON ev.day_idx BETWEEN s.snap - ${reach - 1} AND s.snap
  GROUP BY 1, 2, 3),
bought AS (
  SELECT s.snap, b.consumer_id, b.brand_id, count(*) FILTER (WHERE b.day_idx > s.snap - 365) AS pdays
  FROM snaps s JOIN buy b ON b.day_idx BETWEEN s.snap - ${w.pDays - 1} AND s.snap
  GROUP BY 1, 2, 3)${advocacy}
SELECT b.snap, b.consumer_id, b.brand_id,
  CASE WHEN b.pdays >= ${w.lDays}${w.advocacy ? ' OR adv.snap IS NOT NULL' : ''} THEN 4 ELSE 3 END AS lvl
FROM bought b${w.advocacy ? ' LEFT JOIN adv USING (snap, consumer_id, brand_id)' : ''}
UNION ALL
SELECT v.snap, v.consumer_id, v.brand_id, CASE WHEN v.i THEN 2 ELSE 1 END AS lvl
FROM browse v ANTI JOIN bought USING (snap, consumer_id, brand_id)
WHERE v.a OR v.i`;
}

/**
 * `consumer_id, brand_id, day_idx`: each day a consumer paid for an order of a brand that `brands`
 * selects (all when omitted). A derived table: the stage tables and FAST's member activity share it.
 */
export function purchaseDays(ctx: QueryContext, brands?: string): string {
  return ctx.derive(
    `SELECT DISTINCT consumer_id, brand_id, day_idx FROM ${ctx.from('orders', 'o')} WHERE ${GMV_ORDER}${among(brands)}`,
  );
}

/** Snapshot days d, d-7, …, d-7·(weeks-1) plus any extra days (SQL expressions over `d`). */
export function weeklySnaps(asOfDay: string, weeks: number, extra: string[] = []): string {
  const more = extra.map(
    (e) => ` UNION SELECT CAST(${e} AS INTEGER) FROM (SELECT ${asOfDay} AS d)`,
  );
  return `SELECT CAST(d - 7 * k AS INTEGER) AS snap FROM (SELECT ${asOfDay} AS d), range(0, ${weeks}) r(k)${more.join('')}`;
}

/** Snapshot days d-(days-1) … d. */
export function dailySnaps(asOfDay: string, days: number): string {
  return `SELECT CAST(d - k AS INTEGER) AS snap FROM (SELECT ${asOfDay} AS d), range(0, ${days}) r(k)`;
}
