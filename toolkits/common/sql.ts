/**
 * SQL pieces every toolkit shares: the as-of day, the brand's category (its industry), the brands
 * compared, and the date of a day index. All read tables through `ctx.from`, so the lab-wide filters
 * a toolkit honours apply.
 */
import type { QueryContext } from '../../src/panel/contract';
import { nameSql } from '../../src/panel/lookup';
import { literal, literalList } from '../../src/sql/quote';

/** Orders that count as GMV (metrics.md §1.11: paid orders, refunds included). */
export const GMV_ORDER = "status IN ('paid', 'refunded')";

export interface FocusInputs {
  brand: number;
  competitors: number[];
  asOf: string;
}

/**
 * CTEs `cal(d, day0)` (as-of day index and the date of day 0), `focus` (the brand and its industry),
 * `peers` (every brand of that industry: the category the medians are taken in) and `shown` (the
 * brand plus its competitors, or the peers when no competitor is given), each with `brand_id, name`.
 */
/** The as-of day index as a scalar subquery (derived tables cannot see a panel's CTEs). */
export function asOfDaySql(asOf: string, ctx: QueryContext): string {
  const upTo = asOf ? ` WHERE dt <= ${literal(new Date(`${asOf}T00:00:00Z`))}` : '';
  return `(SELECT max(day_idx) FROM ${ctx.from('orders', 'o')}${upTo})`;
}

export function focusCtes(p: FocusInputs, ctx: QueryContext): string {
  // Brand names in the reader's language (name_en in English when the table has it).
  const name = nameSql(
    'b',
    ctx.columns('brands').map((c) => c.name),
    ctx.locale,
  );
  const shown = p.competitors.length
    ? `SELECT brand_id, ${name} AS name FROM ${ctx.from('brands', 'b')} WHERE brand_id IN (${literalList([p.brand, ...p.competitors])})`
    : 'SELECT brand_id, name FROM peers';
  return `cal AS (SELECT ${asOfDaySql(p.asOf, ctx)} AS d,
    (SELECT any_value(CAST(dt AS DATE) - CAST(day_idx AS INTEGER)) FROM ${ctx.from('orders', 'o')}) AS day0),
  focus AS (SELECT brand_id, ${name} AS name, industry FROM ${ctx.from('brands', 'b')} WHERE brand_id = ${literal(p.brand)}),
  peers AS (SELECT b.brand_id, ${name} AS name FROM ${ctx.from('brands', 'b')} JOIN focus f ON b.industry = f.industry),
  shown AS (${shown})`;
}

/** Stage letters by level (0 = none). */
export const STAGE_SQL = (level: string) =>
  `CASE ${level} WHEN 1 THEN 'A' WHEN 2 THEN 'I' WHEN 3 THEN 'P' WHEN 4 THEN 'L' ELSE '∅' END`;

/**
 * The brands a toolkit's shared tables are built for (a self-contained subquery): the focus
 * brand's industry, which its medians are taken over, plus any competitors. Building for these
 * alone rather than every brand keeps a toolkit quick on large data.
 */
export function peerBrandsSql(p: FocusInputs, ctx: QueryContext): string {
  return `SELECT b.brand_id FROM ${ctx.from('brands', 'b')} WHERE b.industry = (SELECT industry FROM ${ctx.from('brands', 'f')} WHERE f.brand_id = ${literal(p.brand)}) OR b.brand_id IN (${literalList([p.brand, ...p.competitors])})`;
}

/** Content events that reach a consumer (metrics.md §1.9). */
export const CONTENT_REACH = "('content_view', 'live_enter')";
/** Content events that are interactions: likes, comments, shares. */
export const CONTENT_INTERACT = "('content_like', 'content_comment', 'content_share')";

/**
 * Whether an event of alias `e` on content `c` is an engagement (metrics.md §1.9): an interaction,
 * or a short video watched ≥ `videoSeconds`, or a livestream ≥ `liveSeconds`.
 */
export const contentEngagedSql = (videoSeconds: number, liveSeconds: number, e = 'e', c = 'c') =>
  `(${e}.event_type IN ${CONTENT_INTERACT}
      OR (${c}.content_type = 'livestream' AND ${e}.watch_sec >= ${literal(liveSeconds)})
      OR (${c}.content_type = 'short_video' AND ${e}.watch_sec >= ${literal(videoSeconds)}))`;
