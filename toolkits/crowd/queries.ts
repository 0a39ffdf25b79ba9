/**
 * Crowd insight SQL (metrics.md §1.6–1.8): per strategic crowd, the brand's buyers, share,
 * penetration, TGI against a chosen base (small cells suppressed), GMV share and ARPPU; the AIPL mix
 * per crowd; and the profile of any audience against the base.
 */
import type { QueryContext } from '../../src/panel/contract';
import { literal } from '../../src/sql/quote';
import { asOfDaySql, focusCtes, GMV_ORDER, peerBrandsSql, STAGE_SQL } from '../common/sql';
import { buildStagesSql, weeklySnaps } from '../common/stages';
import type { CrowdInputs } from './index';

/** Buyers in the window (`buy`: consumer, brand, GMV), the brand's buyers and the chosen base. */
function windowCtes(p: CrowdInputs, ctx: QueryContext): string {
  const base =
    p.base === 'platform'
      ? 'SELECT DISTINCT consumer_id FROM buy'
      : 'SELECT DISTINCT consumer_id FROM buy WHERE brand_id IN (SELECT brand_id FROM peers)';
  return `${focusCtes(p, ctx)},
buy AS (SELECT o.consumer_id, o.brand_id, sum(o.pay_amount) AS gmv FROM ${ctx.from('orders', 'o')}, cal
  WHERE ${GMV_ORDER} AND o.day_idx > cal.d - ${p.windowDays} AND o.day_idx <= cal.d GROUP BY ALL),
people AS (SELECT consumer_id, crowd, gender, age, city_tier, is_88vip FROM ${ctx.from('consumers', 'c')}),
base AS (${base})`;
}

/**
 * `crowd, n, share, base_n, base_share, tgi, suppressed, penetration, gmv_share, arppu` for every
 * crowd (zero-member crowds included, their ratios NULL).
 */
export function buildCrowdOverviewSql(p: CrowdInputs, ctx: QueryContext): string {
  // Penetration is over every buyer of the window; with the platform as the base, that is the base
  // itself, already counted (40 % of this query's time on the standard preset).
  const active =
    p.base === 'platform'
      ? 'SELECT crowd, base_n AS active_n FROM basec'
      : 'SELECT pe.crowd, count(DISTINCT consumer_id) AS active_n FROM buy JOIN people pe USING (consumer_id) GROUP BY 1';
  return `WITH ${windowCtes(p, ctx)},
crowds AS (SELECT DISTINCT crowd FROM people WHERE crowd IS NOT NULL),
target AS (SELECT pe.crowd, count(*) AS n, sum(b.gmv) AS gmv FROM buy b JOIN people pe USING (consumer_id)
  WHERE b.brand_id = ${literal(p.brand)} GROUP BY 1),
basec AS (SELECT pe.crowd, count(*) AS base_n FROM base JOIN people pe USING (consumer_id) GROUP BY 1),
active AS (${active}),
j AS (SELECT c.crowd, coalesce(t.n, 0) AS n, coalesce(t.gmv, 0) AS gmv, coalesce(bc.base_n, 0) AS base_n, coalesce(a.active_n, 0) AS active_n
  FROM crowds c LEFT JOIN target t USING (crowd) LEFT JOIN basec bc USING (crowd) LEFT JOIN active a USING (crowd)),
r AS (SELECT *, n / nullif(sum(n) OVER (), 0) AS share, base_n / nullif(sum(base_n) OVER (), 0) AS base_share,
    gmv / nullif(sum(gmv) OVER (), 0) AS gmv_share FROM j)
SELECT crowd, n, share, base_n, base_share,
  CASE WHEN n >= ${p.minCount} THEN 100 * share / nullif(base_share, 0) END AS tgi, n < ${p.minCount} AS suppressed,
  n / nullif(active_n, 0) AS penetration, gmv_share, gmv / nullif(n, 0) AS arppu
FROM r ORDER BY n DESC, crowd`;
}

/** `crowd, stage, n, share`: the AIPL mix of the brand's consumers within each crowd on the as-of day. */
export function buildCrowdStagesSql(p: CrowdInputs, ctx: QueryContext): string {
  const stages = stagesAtAsOf(p, ctx);
  return `WITH people AS (SELECT consumer_id, crowd FROM ${ctx.from('consumers', 'c')}),
s AS (SELECT pe.crowd, s.lvl, count(*) AS n FROM ${stages} s JOIN people pe USING (consumer_id)
  WHERE s.brand_id = ${literal(p.brand)} AND s.snap = ${asOfDaySql(p.asOf, ctx)} GROUP BY ALL)
SELECT crowd, ${STAGE_SQL('lvl')} AS stage, n, n / sum(n) OVER (PARTITION BY crowd) AS share FROM s ORDER BY crowd, lvl`;
}

/** The brand's stages on the as-of day alone: the crowd toolkit needs no weekly history. */
function stagesAtAsOf(p: CrowdInputs, ctx: QueryContext): string {
  return ctx.derive(
    buildStagesSql(
      weeklySnaps(asOfDaySql(p.asOf, ctx), 1),
      p,
      ctx,
      literal(p.brand),
      peerBrandsSql(p, ctx),
    ),
  );
}

/**
 * The audience profiled: the brand's buyers, its category's buyers (every brand of its industry:
 * where the planted crowd affinities show), a stage, or buyers of the brand who did not buy another.
 */
function audienceSql(p: CrowdInputs, ctx: QueryContext): string {
  const b = literal(p.brand);
  if (p.audience === 'buyers') return `SELECT consumer_id FROM buy WHERE brand_id = ${b}`;
  if (p.audience === 'category')
    return `SELECT DISTINCT consumer_id FROM buy WHERE brand_id IN (SELECT brand_id FROM peers)`;
  if (p.audience === 'not-bought')
    return `SELECT consumer_id FROM buy WHERE brand_id = ${b} EXCEPT SELECT consumer_id FROM buy WHERE brand_id = ${literal(p.otherBrand)}`;
  const lvl = { A: 1, I: 2, P: 3, L: 4 }[p.audience] ?? 3;
  const stages = stagesAtAsOf(p, ctx);
  return `SELECT consumer_id FROM ${stages} WHERE brand_id = ${b} AND lvl = ${lvl} AND snap = ${asOfDaySql(p.asOf, ctx)}`;
}

const ATTRIBUTES = [
  ['crowd', 'crowd'],
  ['gender', 'gender'],
  ['age', 'age'],
  ['city', 'city'],
  ['88vip', 'vip'],
] as const;

/**
 * `attribute, value, <count>`: the consumers of `who` counted by each attribute in one pass (one
 * grouping set per attribute; a NULL value is a group of its own, told apart by `grouping()`).
 * Unpivoting every consumer into five rows first and joining that took 25 % longer on the standard
 * preset, for the same rows.
 */
function countByAttribute(who: string, count: string): string {
  const pick = (as: (attribute: string, column: string) => string) =>
    `CASE ${ATTRIBUTES.map(([a, c]) => `WHEN grouping(${c}) = 0 THEN ${as(a, c)}`).join(' ')} END`;
  return `SELECT ${pick((a) => `'${a}'`)} AS attribute, ${pick((_, c) => c)} AS value, count(*) AS ${count}
  FROM ${who} JOIN attrs USING (consumer_id)
  GROUP BY GROUPING SETS (${ATTRIBUTES.map(([, c]) => `(${c})`).join(', ')})`;
}

/** `attribute, value, n, share, base_n, base_share, tgi, suppressed` of the audience against the base. */
export function buildProfileSql(p: CrowdInputs, ctx: QueryContext): string {
  return `WITH ${windowCtes(p, ctx)},
audience AS (${audienceSql(p, ctx)}),
attrs AS (SELECT consumer_id, crowd, gender,
  CASE WHEN age <= 24 THEN '≤24' WHEN age <= 35 THEN '25–35' WHEN age <= 49 THEN '36–49' ELSE '50+' END AS age,
  CASE WHEN city_tier <= 3 THEN 'tier1-3' ELSE 'tier4+' END AS city,
  CASE WHEN is_88vip = 1 THEN 'vip' ELSE 'non-vip' END AS vip FROM people),
t AS (${countByAttribute('audience', 'n')}),
bs AS (${countByAttribute('base', 'base_n')}),
j AS (SELECT attribute, value, coalesce(t.n, 0) AS n, bs.base_n FROM bs LEFT JOIN t USING (attribute, value)),
r AS (SELECT *, n / nullif(sum(n) OVER (PARTITION BY attribute), 0) AS share,
    base_n / sum(base_n) OVER (PARTITION BY attribute) AS base_share FROM j)
SELECT attribute, value, n, share, base_n, base_share,
  CASE WHEN n >= ${p.minCount} THEN 100 * share / nullif(base_share, 0) END AS tgi, n < ${p.minCount} AS suppressed
FROM r ORDER BY attribute, value`;
}

/** Alert: a crowd over-indexes (TGI ≥ `opportunityTgi`) while the brand's penetration there is below the crowds' median. */
export function buildOpportunityAlertSql(p: CrowdInputs, ctx: QueryContext): string {
  return `WITH o AS (${buildCrowdOverviewSql(p, ctx)}),
m AS (SELECT median(penetration) AS mp FROM o WHERE n > 0),
hits AS (SELECT o.crowd, o.tgi FROM o, m WHERE o.tgi >= ${p.opportunityTgi} AND o.penetration < m.mp)
SELECT coalesce(max(tgi), 0) AS value, ${p.opportunityTgi}::DOUBLE AS threshold, count(*) > 0 AS fired,
  string_agg(crowd, '、' ORDER BY tgi DESC) AS detail FROM hits`;
}
