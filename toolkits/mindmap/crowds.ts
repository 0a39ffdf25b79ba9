/**
 * The mind map by crowd (metrics.md §2.1 "pillar × crowd heatmap", illustrative): the sub-metrics
 * that are about consumers, each taken among one crowd's consumers only and expressed as a
 * percentile among the industry's brands for that crowd; a crowd's pillar score is their mean.
 * Innovation: new-product GMV share. Communication: browsing reach share, content engagement
 * rate, brand-search UV share. Value: 365-day repurchase rate, wallet share, positive-review rate.
 * Also the drivers the map shows under each pillar: its strongest crowd, and for communication
 * the content type whose engagement most beats the industry's.
 */
import type { QueryContext } from '../../src/panel/contract';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, GMV_ORDER, peerBrandsSql } from '../common/sql';
import type { MindMapInputs } from './index';

export const CROWD_METRICS = {
  innovation: ['new_gmv'],
  communication: ['reach', 'engagement', 'search_share'],
  value: ['repurchase', 'wallet', 'positive'],
} as const;

const PILLAR_OF = Object.entries(CROWD_METRICS)
  .flatMap(([pillar, codes]) => codes.map((c) => `('${c}', '${pillar}')`))
  .join(', ');

/** `brand_id, crowd, pillar, score, buyers`: every industry brand's pillar scores within each crowd. */
export function crowdPillarScores(p: MindMapInputs, ctx: QueryContext): string {
  const d = asOfDaySql(p.asOf, ctx);
  const peers = peerBrandsSql(p, ctx);
  const W = p.days;
  return ctx.derive(`WITH cal AS (SELECT ${d} AS d),
b AS (SELECT brand_id, industry FROM ${ctx.from('brands', 'b')} WHERE brand_id IN (${peers})),
sold AS (SELECT o.consumer_id, o.crowd, o.brand_id, oi.qty * oi.unit_price AS amt, pr.launch_day
  FROM ${ctx.from('orders', 'o')} JOIN ${ctx.from('order_items', 'oi')} ON oi.order_id = o.order_id
  JOIN ${ctx.from('products', 'pr')} ON pr.product_id = oi.product_id
  WHERE ${GMV_ORDER} AND o.brand_id IN (${peers}) AND o.day_idx > (SELECT d FROM cal) - ${W} AND o.day_idx <= (SELECT d FROM cal)),
new_gmv AS (SELECT brand_id, crowd, coalesce(sum(amt) FILTER (WHERE launch_day > (SELECT d FROM cal) - 180), 0) / nullif(sum(amt), 0) AS v,
    count(DISTINCT consumer_id) AS buyers
  FROM sold GROUP BY ALL),
ev AS (SELECT e.consumer_id, e.crowd, e.brand_id, e.event_type FROM ${ctx.from('events', 'e')}
  WHERE e.brand_id IN (${peers}) AND e.day_idx > (SELECT d FROM cal) - ${W} AND e.day_idx <= (SELECT d FROM cal)),
reach AS (SELECT brand_id, crowd, count(DISTINCT consumer_id) / any_value(t.n) AS v
  FROM ev JOIN (SELECT crowd, count(DISTINCT consumer_id) AS n FROM ev GROUP BY ALL) t USING (crowd) GROUP BY ALL),
engage AS (SELECT brand_id, crowd,
    count(DISTINCT consumer_id) FILTER (WHERE event_type IN ('content_like', 'content_comment', 'content_share'))
      / nullif(count(DISTINCT consumer_id) FILTER (WHERE event_type = 'content_view'), 0) AS v
  FROM ev GROUP BY ALL),
search AS (SELECT brand_id, crowd, count(DISTINCT consumer_id) AS uv FROM ev WHERE event_type = 'brand_search' GROUP BY ALL),
search_share AS (SELECT brand_id, crowd, uv / sum(uv) OVER (PARTITION BY crowd) AS v FROM search),
year AS (SELECT o.consumer_id, o.crowd, o.brand_id, sum(o.pay_amount) AS gmv, count(DISTINCT o.day_idx) AS days
  FROM ${ctx.from('orders', 'o')} WHERE ${GMV_ORDER} AND o.brand_id IN (${peers})
    AND o.day_idx > (SELECT d FROM cal) - 365 AND o.day_idx <= (SELECT d FROM cal) GROUP BY ALL),
repurchase AS (SELECT brand_id, crowd, avg((days >= 2)::INTEGER) AS v FROM year GROUP BY ALL),
wallet AS (SELECT y.brand_id, y.crowd, sum(y.gmv) / sum(t.gmv) AS v
  FROM year y JOIN (SELECT consumer_id, sum(gmv) AS gmv FROM year GROUP BY ALL) t USING (consumer_id) GROUP BY ALL),
positive AS (SELECT pr.brand_id, c.crowd, avg((r.rating >= 4)::INTEGER) AS v
  FROM ${ctx.from('reviews', 'r')} JOIN ${ctx.from('products', 'pr')} ON pr.product_id = r.product_id
  JOIN ${ctx.from('consumers', 'c')} ON c.consumer_id = r.consumer_id
  WHERE pr.brand_id IN (${peers}) AND r.day_idx > (SELECT d FROM cal) - ${W} AND r.day_idx <= (SELECT d FROM cal) GROUP BY ALL),
long AS (
  SELECT brand_id, crowd, 'new_gmv' AS metric, v FROM new_gmv
  UNION ALL SELECT brand_id, crowd, 'reach', v FROM reach
  UNION ALL SELECT brand_id, crowd, 'engagement', v FROM engage
  UNION ALL SELECT brand_id, crowd, 'search_share', v FROM search_share
  UNION ALL SELECT brand_id, crowd, 'repurchase', v FROM repurchase
  UNION ALL SELECT brand_id, crowd, 'wallet', v FROM wallet
  UNION ALL SELECT brand_id, crowd, 'positive', v FROM positive),
pct AS (SELECT l.brand_id, l.crowd, m.pillar,
    CASE WHEN count(l.v) OVER w = 1 THEN 50.0
      ELSE 100.0 * (rank() OVER wr - 1 + (count(l.v) OVER (PARTITION BY l.crowd, l.metric, l.v) - 1) / 2) / (count(l.v) OVER w - 1) END AS pct
  FROM long l JOIN (VALUES ${PILLAR_OF}) m(metric, pillar) USING (metric)
  WHERE l.v IS NOT NULL AND l.crowd IS NOT NULL
  WINDOW w AS (PARTITION BY l.crowd, l.metric), wr AS (PARTITION BY l.crowd, l.metric ORDER BY l.v))
SELECT pct.brand_id, pct.crowd, pct.pillar, avg(pct.pct) AS score, any_value(coalesce(n.buyers, 0)) AS buyers
FROM pct LEFT JOIN new_gmv n USING (brand_id, crowd) GROUP BY ALL`);
}

/** The heatmap: `crowd, pillar, score, buyers` for the brand (crowds with buyers in the window). */
export function buildCrowdPillarSql(p: MindMapInputs, ctx: QueryContext): string {
  return `SELECT crowd, pillar, score, buyers FROM ${crowdPillarScores(p, ctx)}
WHERE brand_id = ${literal(p.brand)} AND buyers > 0 ORDER BY buyers DESC, crowd, pillar`;
}

/**
 * The drivers under each pillar: `pillar, kind ('crowd' | 'content'), driver, strength`: the
 * crowd with the brand's highest score in that pillar (among crowds with ≥ 5 % of its buyers in
 * the window; ties to the crowd with more buyers, then by name), and for
 * communication the content type whose engagement rate, over the industry's for that type, is the
 * highest (strength = 50 × that ratio, capped at 100: 50 is par).
 */
export function driversSql(p: MindMapInputs, ctx: QueryContext): string {
  const d = asOfDaySql(p.asOf, ctx);
  const peers = peerBrandsSql(p, ctx);
  return `(WITH own AS (SELECT * FROM ${crowdPillarScores(p, ctx)} WHERE brand_id = ${literal(p.brand)}),
crowd AS (SELECT pillar, 'crowd' AS kind, crowd AS driver, score AS strength FROM (
    SELECT *, row_number() OVER (PARTITION BY pillar ORDER BY score DESC, buyers DESC, crowd) AS k
    FROM own WHERE score IS NOT NULL AND buyers >= 0.05 * (SELECT sum(buyers) FROM (SELECT DISTINCT crowd, buyers FROM own)))
  WHERE k = 1),
views AS (SELECT e.brand_id, c.content_type, e.consumer_id, e.event_type
  FROM ${ctx.from('events', 'e')} JOIN ${ctx.from('content', 'c')} ON c.content_id = e.content_id
  WHERE e.brand_id IN (${peers}) AND e.day_idx > ${d} - ${p.days} AND e.day_idx <= ${d}),
rates AS (SELECT brand_id, content_type,
    count(DISTINCT consumer_id) FILTER (WHERE event_type IN ('content_like', 'content_comment', 'content_share'))
      / nullif(count(DISTINCT consumer_id) FILTER (WHERE event_type = 'content_view'), 0) AS rate
  FROM views GROUP BY ALL),
lift AS (SELECT r.content_type, r.rate / nullif(i.rate, 0) AS lift
  FROM rates r JOIN (SELECT content_type, avg(rate) AS rate FROM rates GROUP BY ALL) i USING (content_type)
  WHERE r.brand_id = ${literal(p.brand)}),
content AS (SELECT 'communication' AS pillar, 'content' AS kind, arg_max(content_type, lift) AS driver,
    least(100, 50 * max(lift)) AS strength FROM lift HAVING count(lift) > 0)
SELECT * FROM crowd UNION ALL SELECT * FROM content)`;
}
