/**
 * Brand popularity index SQL (metrics.md §1.5, illustrative): consumer assets (AIPL stage counts ×
 * realized GMV per head), mind share (I + L share of the industry) and wallet share (the brand's
 * share of its buyers' industry GMV), each over the industry median, combined geometrically.
 */
import type { QueryContext } from '../../src/panel/contract';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, focusCtes, GMV_ORDER, peerBrandsSql } from '../common/sql';
import { buildStagesSql } from '../common/stages';
import type { PopularityInputs } from './index';

/**
 * `snap, brand_id, industry, ca, ms, ws, bpi` for the industry's brands on each weekly snapshot;
 * built once. Each snapshot is the index as of that day: its exchange rates come from the stages
 * `rateDays` earlier and the GMV in between, never from later sales. The index is scaled so that
 * the category's median brand scores 100 (metrics.md §1.5).
 */
export function popularityTable(p: PopularityInputs, ctx: QueryContext): string {
  const d = asOfDaySql(p.asOf, ctx);
  const peers = peerBrandsSql(p, ctx);
  const H = p.rateDays;
  // The weekly snapshots and, for each, the day its exchange rates start from.
  const snapDays = `SELECT CAST(d - 7 * k - h AS INTEGER) AS snap FROM (SELECT ${d} AS d), range(0, ${p.weeks}) r(k), (VALUES (0), (${H})) t(h)`;
  const stages = ctx.derive(buildStagesSql(snapDays, p, ctx, peers));
  return ctx.derive(`WITH c AS (SELECT ${d} AS d),
snaps AS (SELECT CAST(d - 7 * k AS INTEGER) AS snap FROM c, range(0, ${p.weeks}) r(k)),
fut AS (SELECT s.snap, o.consumer_id, o.brand_id, sum(o.pay_amount) AS gmv
  FROM snaps s JOIN ${ctx.from('orders', 'o')} ON o.day_idx > s.snap - ${H} AND o.day_idx <= s.snap
  WHERE ${GMV_ORDER} AND o.brand_id IN (${peers}) GROUP BY ALL),
rate AS (SELECT sn.snap, st.brand_id, st.lvl, sum(coalesce(f.gmv, 0)) / count(*) AS v
  FROM snaps sn JOIN ${stages} st ON st.snap = sn.snap - ${H}
  LEFT JOIN fut f ON f.snap = sn.snap AND f.consumer_id = st.consumer_id AND f.brand_id = st.brand_id
  GROUP BY ALL),
cnt AS (SELECT s.snap, s.brand_id, s.lvl, count(*) AS n FROM ${stages} s JOIN snaps USING (snap) GROUP BY ALL),
ca AS (SELECT cnt.snap, cnt.brand_id, sum(cnt.n * coalesce(rate.v, 0)) AS ca,
    coalesce(sum(cnt.n) FILTER (WHERE cnt.lvl IN (2, 4)), 0) AS il
  FROM cnt LEFT JOIN rate USING (snap, brand_id, lvl) GROUP BY ALL),
ob AS (SELECT s.snap, o.consumer_id, o.brand_id, b.industry, sum(o.pay_amount) AS gmv
  FROM snaps s JOIN ${ctx.from('orders', 'o')} ON o.day_idx BETWEEN s.snap - ${p.wsDays - 1} AND s.snap
  JOIN ${ctx.from('brands', 'b')} USING (brand_id)
  WHERE ${GMV_ORDER} AND b.industry IN (SELECT industry FROM ${ctx.from('brands', 'i')} WHERE i.brand_id IN (${peers}))
  GROUP BY ALL),
tot AS (SELECT snap, consumer_id, industry, sum(gmv) AS cat_gmv FROM ob GROUP BY ALL),
ws AS (SELECT snap, brand_id, sum(ob.gmv) / sum(tot.cat_gmv) AS ws FROM ob JOIN tot USING (snap, consumer_id, industry) GROUP BY ALL),
base AS (SELECT s.snap, b.brand_id, b.industry, coalesce(ca.ca, 0) AS ca, coalesce(ca.il, 0) AS il, coalesce(ws.ws, 0) AS ws
  FROM snaps s CROSS JOIN (SELECT * FROM ${ctx.from('brands', 'b')} WHERE brand_id IN (${peers})) b LEFT JOIN ca ON ca.snap = s.snap AND ca.brand_id = b.brand_id
  LEFT JOIN ws ON ws.snap = s.snap AND ws.brand_id = b.brand_id),
shares AS (SELECT *, il / nullif(sum(il) OVER (PARTITION BY industry, snap), 0) AS ms FROM base),
med AS (SELECT snap, industry, median(ca) AS m_ca, median(ms) AS m_ms, median(ws) AS m_ws FROM shares GROUP BY ALL),
raw AS (SELECT shares.*, m_ca, m_ms, m_ws,
  cbrt((ca / nullif(m_ca, 0)) * (ms / nullif(m_ms, 0)) * (ws / nullif(m_ws, 0))) AS g
  FROM shares JOIN med USING (snap, industry))
SELECT snap, brand_id, industry, ca, ms, ws, m_ca, m_ms, m_ws,
  100 * g / nullif(median(g) OVER (PARTITION BY snap, industry), 0) AS bpi
FROM raw`);
}

/** `brand, is_focus, bpi, rank, ca, ms, ws` and the ratios to the medians, on the as-of day. */
export function buildIndexSql(p: PopularityInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)}
SELECT pe.name AS brand, x.brand_id = ${literal(p.brand)} AS is_focus, x.bpi,
  CAST(rank() OVER (ORDER BY x.bpi DESC NULLS LAST) AS INTEGER) AS rank,
  x.ca, x.ms, x.ws, x.ca / nullif(x.m_ca, 0) AS ca_ratio, x.ms / nullif(x.m_ms, 0) AS ms_ratio, x.ws / nullif(x.m_ws, 0) AS ws_ratio
FROM ${popularityTable(p, ctx)} x JOIN peers pe USING (brand_id)
WHERE x.snap = (SELECT d FROM cal) ORDER BY rank, x.brand_id`;
}

/** `day, brand, is_focus, bpi`: the index week by week for the brand and those it is compared with. */
export function buildTrendSql(p: PopularityInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)}
SELECT cal.day0 + x.snap AS day, sh.name AS brand, x.brand_id = ${literal(p.brand)} AS is_focus, x.bpi
FROM ${popularityTable(p, ctx)} x JOIN shown sh USING (brand_id), cal ORDER BY day, x.brand_id`;
}

/** Alert: the brand's rank in the industry fell by `rankDrop` places or more over four weeks. */
export function buildRankDropAlertSql(p: PopularityInputs, ctx: QueryContext): string {
  return `WITH ${focusCtes(p, ctx)},
r AS (SELECT snap, brand_id, rank() OVER (PARTITION BY snap ORDER BY bpi DESC NULLS LAST) AS rank
  FROM ${popularityTable(p, ctx)} JOIN peers USING (brand_id)),
v AS (SELECT max(rank) FILTER (WHERE snap = (SELECT d FROM cal)) AS now, max(rank) FILTER (WHERE snap = (SELECT d FROM cal) - 28) AS before
  FROM r WHERE brand_id = ${literal(p.brand)})
SELECT coalesce(now - before, 0)::DOUBLE AS value, ${p.rankDrop}::DOUBLE AS threshold,
  coalesce(now - before >= ${p.rankDrop}, false) AS fired, NULL::VARCHAR AS detail FROM v`;
}
