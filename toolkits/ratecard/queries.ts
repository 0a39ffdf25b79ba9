/**
 * AIPL exchange-rate card SQL (metrics.md §2.3 with §1.1; illustrative where marked). Stages come
 * from the month-end crowd packs: A and I from `aipl_monthly`, P and L from the orders on the same
 * snapshot day (P = a paid order in the last 730 days, L = at least two purchase days in the last
 * 365), the highest stage winning. GMV after a snapshot is counted by calendar month (`month_idx`),
 * since a snapshot is taken on its month's last day.
 */
import type { QueryContext } from '../../src/panel/contract';
import { nameSql } from '../../src/panel/lookup';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, GMV_ORDER, peerBrandsSql } from '../common/sql';
import type { RateInputs } from './inputs';

/** Horizons of the exchange rates, in months. */
export const HORIZONS = [1, 3, 6, 12] as const;
/** How many months after a snapshot its GMV is followed. */
export const MAX_MONTHS = 12;
/** The stage rule of the month-end packs (metrics.md §1.1 defaults). */
export const STAGE_RULE = { pDays: 730, lDays: 365, lPurchaseDays: 2 } as const;

const among = (brands?: string) => (brands ? ` AND brand_id IN (${brands})` : '');

/**
 * `month_idx, d0, brand_id, consumer_id, crowd, stage` (A, I, P, L) on every month-end snapshot up
 * to the as-of day, for the brands `brands` selects (every brand when omitted). Shared by panels.
 */
export function monthlyStagesSql(p: RateInputs, ctx: QueryContext, brands?: string): string {
  const d = asOfDaySql(p.asOf, ctx);
  return ctx.derive(`WITH snaps AS (SELECT DISTINCT month_idx, day_idx AS d0
    FROM ${ctx.from('aipl_monthly', 'a')} WHERE day_idx <= ${d}),
buys AS (SELECT consumer_id, brand_id, day_idx, any_value(crowd) AS crowd
  FROM ${ctx.from('orders', 'o')} WHERE ${GMV_ORDER}${among(brands)} GROUP BY ALL),
pl AS (SELECT s.month_idx, s.d0, b.brand_id, b.consumer_id, any_value(b.crowd) AS crowd,
    CASE WHEN count(*) FILTER (WHERE b.day_idx > s.d0 - ${STAGE_RULE.lDays}) >= ${STAGE_RULE.lPurchaseDays}
      THEN 'L' ELSE 'P' END AS stage
  FROM snaps s JOIN buys b ON b.day_idx <= s.d0 AND b.day_idx > s.d0 - ${STAGE_RULE.pDays}
  GROUP BY ALL),
ai AS (SELECT month_idx, day_idx AS d0, brand_id, consumer_id, crowd, CAST(stage AS VARCHAR) AS stage
  FROM ${ctx.from('aipl_monthly', 'a')} WHERE day_idx <= ${d}${among(brands)})
SELECT * FROM pl
UNION ALL
SELECT ai.* FROM ai ANTI JOIN pl USING (month_idx, brand_id, consumer_id)`);
}

/**
 * `brand_id, m, stage, crowd?, k, n, first_buyers, gmv`: for every snapshot month m, stage (and
 * `none`: consumers in no stage at m) and month k = 1…12 after it that the data has complete (and
 * k = 0, the snapshot itself, with the heads alone: the last snapshot has no month after it): the
 * stage's heads n at m, how many of them bought the brand first in month m+k, and the GMV they paid
 * in month m+k. Exchange rates, the simple forecast and the backtest are sums of these rows.
 */
export function stageRatesSql(
  p: RateInputs,
  ctx: QueryContext,
  opts: { brands?: string; byCrowd: boolean },
): string {
  const st = monthlyStagesSql(p, ctx, opts.brands);
  const crowd = opts.byCrowd ? ', crowd' : '';
  const crowdKey = opts.byCrowd ? ' AND f.crowd = h.crowd' : '';
  // GMV of consumers in no stage at m: the brand's month total less what the staged paid.
  const noneRows = opts.byCrowd
    ? ''
    : `
UNION ALL
SELECT s.brand_id, s.m, 'none' AS stage, s.k, NULL AS n, NULL AS first_buyers,
  coalesce(tot.gmv, 0) - s.gmv AS gmv
FROM (SELECT brand_id, m, k, sum(gmv) AS gmv FROM rows WHERE k > 0 GROUP BY ALL) s
LEFT JOIN total tot ON tot.brand_id = s.brand_id AND tot.month_idx = s.m + s.k`;
  return `WITH st AS (SELECT * FROM ${st}),
lim AS (SELECT max(month_idx) AS last FROM st),
grid AS (SELECT range AS k FROM range(0, ${MAX_MONTHS + 1})),
spend AS (SELECT consumer_id, brand_id, month_idx, sum(pay_amount) AS gmv
  FROM ${ctx.from('orders', 'o')} WHERE ${GMV_ORDER}${among(opts.brands)}
    AND month_idx <= (SELECT last FROM lim) GROUP BY ALL),
total AS (SELECT brand_id, month_idx, sum(gmv) AS gmv FROM spend GROUP BY ALL),
heads AS (SELECT brand_id, month_idx AS m, stage${crowd}, count(*) AS n FROM st GROUP BY ALL),
fut AS (SELECT s.brand_id, s.month_idx AS m, s.stage${opts.byCrowd ? ', s.crowd' : ''}, s.consumer_id,
    sp.month_idx - s.month_idx AS k, sp.gmv
  FROM st s JOIN spend sp ON sp.consumer_id = s.consumer_id AND sp.brand_id = s.brand_id
    AND sp.month_idx BETWEEN s.month_idx + 1 AND s.month_idx + ${MAX_MONTHS}),
firsts AS (SELECT brand_id, m, stage${crowd}, k1 AS k, count(*) AS first_buyers
  FROM (SELECT brand_id, m, stage${crowd}, consumer_id, min(k) AS k1 FROM fut GROUP BY ALL) GROUP BY ALL),
paid AS (SELECT brand_id, m, stage${crowd}, k, sum(gmv) AS gmv FROM fut GROUP BY ALL),
rows AS (SELECT h.brand_id, h.m, h.stage${opts.byCrowd ? ', h.crowd' : ''}, g.k, h.n,
    coalesce(f.first_buyers, 0) AS first_buyers, coalesce(pd.gmv, 0) AS gmv
  FROM heads h CROSS JOIN grid g
  LEFT JOIN firsts f ON f.brand_id = h.brand_id AND f.m = h.m AND f.stage = h.stage AND f.k = g.k${crowdKey}
  LEFT JOIN paid pd ON pd.brand_id = h.brand_id AND pd.m = h.m AND pd.stage = h.stage AND pd.k = g.k${crowdKey.replaceAll('f.', 'pd.')}
  WHERE h.m + g.k <= (SELECT last FROM lim))
SELECT * FROM rows${noneRows}`;
}

/**
 * `brand_id, m, s0, s1, n`: consumers in stage s0 at snapshot m and s1 at m+1 (`none` when in no
 * stage), for every pair of consecutive snapshots: the monthly flow tables the Markov matrix and the
 * inflow are estimated from.
 */
export function flowsSql(p: RateInputs, ctx: QueryContext, brands?: string): string {
  const st = monthlyStagesSql(p, ctx, brands);
  return `WITH st AS (SELECT * FROM ${st}),
lim AS (SELECT min(month_idx) AS first, max(month_idx) AS last FROM st),
a AS (SELECT * FROM st WHERE month_idx < (SELECT last FROM lim)),
b AS (SELECT * FROM st WHERE month_idx > (SELECT first FROM lim))
SELECT coalesce(a.brand_id, b.brand_id) AS brand_id, coalesce(a.month_idx, b.month_idx - 1) AS m,
  coalesce(a.stage, 'none') AS s0, coalesce(b.stage, 'none') AS s1, count(*) AS n
FROM a FULL JOIN b ON b.consumer_id = a.consumer_id AND b.brand_id = a.brand_id AND b.month_idx = a.month_idx + 1
GROUP BY ALL`;
}

/**
 * The forecast's rows, one table with a `kind` column: 'rate' (stageRatesSql), 'flow' (flowsSql)
 * and 'target' (the month's GMV target in `gmv`, month in `m`), for the brands `brands` selects.
 */
export function forecastRowsSql(p: RateInputs, ctx: QueryContext, brands?: string): string {
  const rates = stageRatesSql(p, ctx, { ...(brands ? { brands } : {}), byCrowd: false });
  const flows = flowsSql(p, ctx, brands);
  return `WITH r AS (${rates}), f AS (${flows})
SELECT 'rate' AS kind, brand_id, m, stage AS s0, NULL AS s1, k, n, first_buyers, gmv, NULL AS crowd FROM r
UNION ALL
SELECT 'flow', brand_id, m, s0, s1, NULL, n, NULL, NULL, NULL FROM f
UNION ALL
SELECT 'target', brand_id, month_idx, NULL, NULL, NULL, NULL, NULL, gmv_target, NULL
FROM ${ctx.from('targets', 't')} WHERE true${among(brands)}
UNION ALL
SELECT 'month', NULL, month_idx, NULL, NULL, NULL, NULL, NULL, NULL, min(label) FROM (
  SELECT month_idx, strftime(min(dt), '%Y-%m') AS label FROM ${ctx.from('orders', 'o')} GROUP BY ALL
  UNION ALL
  SELECT month_idx, strftime(min(month), '%Y-%m') FROM ${ctx.from('targets', 't')} GROUP BY ALL) GROUP BY ALL
ORDER BY kind, brand_id, m, s0, s1, k`;
}

export const focusBrand = (p: RateInputs) => literal(p.brand);

/**
 * The back-solve's rows: the focus brand's forecast rows plus 'crowd' rows (stageRatesSql by crowd,
 * A and I only) that give each crowd's own exchange rate.
 */
export function planRowsSql(p: RateInputs, ctx: QueryContext): string {
  const forecast = forecastRowsSql(p, ctx, focusBrand(p));
  const crowds = stageRatesSql(p, ctx, { brands: focusBrand(p), byCrowd: true });
  return `WITH fc AS (${forecast}), cr AS (${crowds})
SELECT * FROM fc
UNION ALL
SELECT 'crowd', brand_id, m, stage, NULL, k, n, first_buyers, gmv, crowd FROM cr
WHERE stage IN ('A', 'I')
ORDER BY kind, brand_id, m, s0, s1, k, crowd`;
}

/**
 * `stage, horizon, conv, conv_sd, gmv_head, gmv_head_sd, snapshots` (and `crowd` when by crowd):
 * the exchange rates of the brand, averaged over the last `snapshots` month-end snapshots that have
 * the whole horizon observed, with their spread (standard deviation across snapshots).
 */
export function ratesSql(p: RateInputs, ctx: QueryContext, byCrowd: boolean): string {
  const rates = stageRatesSql(p, ctx, { brands: focusBrand(p), byCrowd });
  const crowd = byCrowd ? ', crowd' : '';
  const horizons = [...new Set([...HORIZONS, p.horizon])].sort((a, b) => a - b);
  return `WITH r AS (${rates}),
lim AS (SELECT max(m + k) AS last FROM r),
cum AS (SELECT r.m, r.stage${crowd}, h.horizon, any_value(r.n) AS n,
    sum(r.first_buyers) AS buyers, sum(r.gmv) AS gmv
  FROM r JOIN (VALUES ${horizons.map((h) => `(${literal(h)})`).join(', ')}) h(horizon) ON r.k <= h.horizon
  WHERE r.stage <> 'none' AND r.m + h.horizon <= (SELECT last FROM lim)
  GROUP BY ALL),
recent AS (SELECT *, row_number() OVER (PARTITION BY stage${crowd}, horizon ORDER BY m DESC) AS age FROM cum)
SELECT * FROM (SELECT stage${crowd}, horizon, avg(buyers / n) AS conv, stddev_samp(buyers / n) AS conv_sd,
    avg(gmv / n) AS gmv_head, stddev_samp(gmv / n) AS gmv_head_sd, count(*) AS snapshots
  FROM recent WHERE age <= ${literal(p.snapshots)} AND n > 0
  GROUP BY ALL)
ORDER BY ${byCrowd ? 'crowd, ' : ''}array_position(['A', 'I', 'P', 'L'], stage), horizon`;
}

/**
 * The backtest's rows: the forecast rows of every brand of the focus brand's industry (the spread
 * the brand's errors are read against; every brand at once is a minute on large data), plus
 * 'brand' rows naming each (in `crowd`).
 */
export function backtestRowsSql(p: RateInputs, ctx: QueryContext): string {
  const peers = peerBrandsSql({ brand: p.brand, competitors: [], asOf: p.asOf }, ctx);
  const name = nameSql(
    'b',
    ctx.columns('brands').map((c) => c.name),
    ctx.locale,
  );
  return `WITH fc AS (${forecastRowsSql(p, ctx, peers)})
SELECT * FROM fc
UNION ALL
SELECT 'brand', brand_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${name}
FROM ${ctx.from('brands', 'b')} WHERE brand_id IN (${peers})`;
}

/** Alert: the A or I pool shrank by `poolDropPct` % or more between the last two snapshots. */
export function poolDropAlertSql(p: RateInputs, ctx: QueryContext): string {
  const st = monthlyStagesSql(p, ctx, focusBrand(p));
  return `WITH h AS (SELECT month_idx, count(*) FILTER (WHERE stage = 'A') AS a,
    count(*) FILTER (WHERE stage = 'I') AS i FROM ${st} GROUP BY month_idx),
two AS (SELECT * FROM h ORDER BY month_idx DESC LIMIT 2),
now AS (SELECT * FROM two ORDER BY month_idx DESC LIMIT 1),
prev AS (SELECT * FROM two ORDER BY month_idx LIMIT 1),
ch AS (SELECT now.a / nullif(prev.a, 0) - 1 AS da, now.i / nullif(prev.i, 0) - 1 AS di
  FROM now, prev WHERE now.month_idx > prev.month_idx)
SELECT coalesce(-100 * least(da, di) >= ${literal(p.poolDropPct)}, false) AS fired,
  round(-100 * least(da, di), 1) AS value, CAST(${literal(p.poolDropPct)} AS DOUBLE) AS threshold,
  CASE WHEN da <= di THEN 'A' ELSE 'I' END AS detail
FROM (SELECT 1) LEFT JOIN ch ON true`;
}

/**
 * Alert: the I stage's 3-month conversion at the latest snapshot with three months observed is more
 * than `sigmas` standard deviations below its mean over the six snapshots before it.
 */
export function iConversionAlertSql(p: RateInputs, ctx: QueryContext): string {
  const rates = stageRatesSql(p, ctx, { brands: focusBrand(p), byCrowd: false });
  return `WITH r AS (${rates}),
lim AS (SELECT max(m + k) AS last FROM r),
c AS (SELECT m, sum(first_buyers) / any_value(n) AS conv FROM r
  WHERE stage = 'I' AND k <= 3 AND m + 3 <= (SELECT last FROM lim) AND n > 0 GROUP BY m),
o AS (SELECT *, row_number() OVER (ORDER BY m DESC) AS age FROM c),
s AS (SELECT (SELECT conv FROM o WHERE age = 1) AS latest, avg(conv) AS mu, stddev_samp(conv) AS sd
  FROM o WHERE age BETWEEN 2 AND 7)
SELECT coalesce(latest < mu - ${literal(p.sigmas)} * sd, false) AS fired,
  round(100 * latest, 1) AS value, round(100 * (mu - ${literal(p.sigmas)} * sd), 1) AS threshold,
  NULL::VARCHAR AS detail
FROM s`;
}
