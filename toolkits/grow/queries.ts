/**
 * GROW SQL (metrics.md §1.3): the exact additive LMDI split of the brand's GMV change between two
 * equal periods into G (buyers), R (frequency) and O (spend per occasion), plus W (extension and
 * new products, reported beside it), by crowd or new/old customers.
 */
import type { QueryContext } from '../../src/panel/contract';
import { literal } from '../../src/sql/quote';
import { focusCtes, GMV_ORDER } from '../common/sql';
import type { GrowInputs } from './index';

/**
 * Purchase occasions (consumer × day) of the brand in period 0 (t = 0) and period 1 (t = 1). A
 * customer is new in a period when they bought nothing of the brand in the `newLookbackDays`
 * before that period starts: each period is judged against its own history. `hist` says how
 * many days of data precede period 0 (fewer than the look-back: period 0's "new" is overstated).
 */
function occasionCtes(p: GrowInputs, ctx: QueryContext): string {
  const n = p.periodDays;
  const b = literal(p.brand);
  return `${focusCtes(p, ctx)},
prior AS (SELECT DISTINCT o.consumer_id, k.t FROM ${ctx.from('orders', 'o')}, cal, (VALUES (0), (1)) k(t)
  WHERE o.brand_id = ${b} AND ${GMV_ORDER}
    AND o.day_idx BETWEEN cal.d - ${n} * (2 - k.t) + 1 - ${p.newLookbackDays} AND cal.d - ${n} * (2 - k.t)),
hist AS (SELECT greatest(cal.d - ${2 * n} + 1 - (SELECT min(day_idx) FROM ${ctx.from('orders', 'o')}), 0) AS history_days FROM cal),
occ AS (SELECT o.consumer_id, any_value(o.crowd) AS crowd, o.day_idx, CASE WHEN o.day_idx > cal.d - ${n} THEN 1 ELSE 0 END AS t,
    sum(o.pay_amount) AS amt
  FROM ${ctx.from('orders', 'o')}, cal
  WHERE o.brand_id = ${b} AND ${GMV_ORDER} AND o.day_idx > cal.d - ${2 * n} AND o.day_idx <= cal.d GROUP BY o.consumer_id, o.day_idx, t),
seg AS (SELECT occ.*, CASE WHEN pr.consumer_id IS NULL THEN 'new' ELSE 'old' END AS customer
  FROM occ LEFT JOIN prior pr USING (consumer_id, t))`;
}

/** LMDI columns from per-period buyers (n), occasions (o) and GMV (g) columns `*0`, `*1`. */
const LMDI = `g1 - g0 AS d_gmv,
  CASE WHEN g0 > 0 AND g1 > 0 THEN lm * ln(n1 / n0) END AS g,
  CASE WHEN g0 > 0 AND g1 > 0 THEN lm * ln((o1 / n1) / (o0 / n0)) END AS r,
  CASE WHEN g0 > 0 AND g1 > 0 THEN lm * ln((g1 / o1) / (g0 / o0)) END AS o`;
const LM = `CASE WHEN g0 > 0 AND g1 > 0 THEN CASE WHEN g1 = g0 THEN g0 ELSE (g1 - g0) / (ln(g1) - ln(g0)) END END AS lm`;

function periodSums(by: string): string {
  return `SELECT ${by}
    coalesce(count(DISTINCT consumer_id) FILTER (WHERE t = 0), 0)::DOUBLE AS n0, coalesce(count(DISTINCT consumer_id) FILTER (WHERE t = 1), 0)::DOUBLE AS n1,
    count(*) FILTER (WHERE t = 0)::DOUBLE AS o0, count(*) FILTER (WHERE t = 1)::DOUBLE AS o1,
    coalesce(sum(amt) FILTER (WHERE t = 0), 0) AS g0, coalesce(sum(amt) FILTER (WHERE t = 1), 0) AS g1
  FROM seg`;
}

/** W: period-1 item GMV from categories not sold in period 0, and from SKUs launched recently. */
function wCtes(p: GrowInputs, ctx: QueryContext): string {
  const n = p.periodDays;
  return `items AS (SELECT i.category_id, i.product_id, i.qty * i.unit_price AS amt, o.consumer_id,
    CASE WHEN o.day_idx > cal.d - ${n} THEN 1 ELSE 0 END AS t
  FROM ${ctx.from('orders', 'o')} JOIN ${ctx.from('order_items', 'i')} ON i.order_id = o.order_id, cal
  WHERE o.brand_id = ${literal(p.brand)} AND ${GMV_ORDER} AND o.day_idx > cal.d - ${2 * n} AND o.day_idx <= cal.d),
w AS (SELECT
    coalesce(sum(amt) FILTER (WHERE t = 1 AND category_id NOT IN (SELECT category_id FROM items WHERE t = 0)), 0) AS w_extension,
    coalesce(sum(amt) FILTER (WHERE t = 1 AND is_new_product), 0) AS w_new_product,
    count(DISTINCT consumer_id) FILTER (WHERE t = 1 AND is_new_product AND NOT EXISTS (SELECT 1 FROM prior WHERE prior.t = 1 AND prior.consumer_id = items.consumer_id))
      / nullif(count(DISTINCT consumer_id) FILTER (WHERE t = 1 AND is_new_product), 0) AS new_product_new_share
  FROM (SELECT *, product_id IN (SELECT product_id FROM ${ctx.from('products', 'pr')}, cal WHERE launch_day > cal.d - ${p.newProductDays}) AS is_new_product FROM items) items)`;
}

/**
 * The waterfall: `step, i, kind ('total' | 'factor' | 'memo'), value, y1, y2`: GMV0, G, R, O, GMV1,
 * then W (extension, new products) as memos (not part of the sum), and the share of new-product
 * buyers who are new to the brand.
 */
export function buildWaterfallSql(p: GrowInputs, ctx: QueryContext): string {
  return `WITH ${occasionCtes(p, ctx)}, ${wCtes(p, ctx)},
s AS (${periodSums('')}), l AS (SELECT *, ${LM} FROM s), x AS (SELECT *, ${LMDI} FROM l)
SELECT step, i, kind, value, y1, y2, new_product_new_share FROM x, w, (VALUES
  ('GMV0', 0, 'total'), ('G', 1, 'factor'), ('R', 2, 'factor'), ('O', 3, 'factor'), ('GMV1', 4, 'total'),
  ('W_extension', 5, 'memo'), ('W_new_product', 6, 'memo')) k(step, i, kind),
LATERAL (SELECT CASE step WHEN 'GMV0' THEN g0 WHEN 'G' THEN g WHEN 'R' THEN r WHEN 'O' THEN o WHEN 'GMV1' THEN g1
    WHEN 'W_extension' THEN w_extension ELSE w_new_product END AS value,
  CASE step WHEN 'GMV0' THEN 0 WHEN 'G' THEN g0 WHEN 'R' THEN g0 + g WHEN 'O' THEN g0 + g + r WHEN 'GMV1' THEN 0 ELSE 0 END AS y1) v1,
LATERAL (SELECT y1 + value AS y2) v2
ORDER BY i`;
}

/**
 * `segment, g0, g1, d_gmv, g, r, o` per crowd or per new/old customer (each sums exactly), with
 * `history_days` (data before period 0) and `lookback` (what the new/old rule needs).
 */
export function buildSegmentsSql(p: GrowInputs, ctx: QueryContext): string {
  const by = p.cut === 'crowd' ? "coalesce(crowd, '—')" : 'customer';
  return `WITH ${occasionCtes(p, ctx)},
s AS (${periodSums(`${by} AS segment,`)} GROUP BY 1), l AS (SELECT *, ${LM} FROM s)
SELECT segment, g0, g1, ${LMDI}, hist.history_days, ${p.newLookbackDays} AS lookback FROM l, hist ORDER BY g1 DESC`;
}

/** Alert: R (frequency) is negative: repeat purchase is eroding. */
export function buildNegativeRAlertSql(p: GrowInputs, ctx: QueryContext): string {
  return `WITH w AS (${buildWaterfallSql(p, ctx)})
SELECT coalesce(value, 0) AS value, 0::DOUBLE AS threshold, coalesce(value < 0, false) AS fired, NULL::VARCHAR AS detail FROM w WHERE step = 'R'`;
}
