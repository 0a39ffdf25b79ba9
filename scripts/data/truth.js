// @ts-check
/** ground_truth.json: the planted signals of a generated world, for tests and the sandbox missions. */
import {
  CONTENT_AFFINITY,
  CROSS_PAIRS,
  CROWD_AFFINITIES,
  CROWD_RULE_VERSION,
  PRICE_TILT,
} from './catalog.js';
import { HIT_RULE, labelHits } from './hits.js';
import { LAUNCH_RULE, launchCeilings } from './launches.js';
import { AS_OF_DAY, ORDER_DAYS, dayToDate } from './presets.js';
import { PROMOTIONS, WEEKDAY_FACTOR } from './season.js';
import { STAGE_RULE, monthEnds } from './stages.js';

const iso = (/** @type {number} */ day) => dayToDate(day).toISOString().slice(0, 10);

/**
 * @param {{
 *   presetName: string, seed: number, preset: import('./presets.js').Preset,
 *   categories: ReturnType<typeof import('./world.js').buildCategories>,
 *   brands: ReturnType<typeof import('./world.js').buildBrands>,
 *   products: ReturnType<typeof import('./world.js').buildProducts>,
 *   orders: ReturnType<typeof import('./behaviour.js').simulateOrders>['orders'],
 *   sps: ReturnType<typeof import('./world.js').buildServiceProviders>,
 *   launchNoise: Map<number, number[]>,
 *   stageTruth: ReturnType<typeof import('./stages.js').simulateStages>,
 * }} world
 */
export function buildGroundTruth({
  presetName,
  seed,
  preset,
  categories,
  brands,
  products,
  orders,
  sps,
  launchNoise,
  stageTruth,
}) {
  const industryOfLeaf = new Map(categories.leaves.map((l) => [l.id, l.industry + 1]));
  const hits = labelHits(products, orders, (id) => industryOfLeaf.get(id) ?? 0);
  return {
    preset: presetName,
    seed,
    calendar: {
      day0: iso(0),
      as_of_day: AS_OF_DAY,
      as_of_date: iso(AS_OF_DAY),
      order_days: ORDER_DAYS,
      event_window: [AS_OF_DAY + 1 - preset.eventDays, AS_OF_DAY],
    },
    promotions: PROMOTIONS.map((p) => ({
      name: p.name,
      name_en: p.en,
      day_idx: p.day,
      date: iso(p.day),
    })),
    weekday_factor: { sunday: WEEKDAY_FACTOR[0], weekday: 1, saturday: WEEKDAY_FACTOR[6] },
    crowd_affinities: CROWD_AFFINITIES.filter(
      (a) =>
        categories.leaves.some((l) => l.zh === a.target) ||
        categories.industries.some((i) => i.zh === a.target),
    ),
    crowd_rule_version: CROWD_RULE_VERSION,
    price_tilt: PRICE_TILT,
    cross_category_pairs: CROSS_PAIRS.filter((p) =>
      categories.leaves.some((l) => l.zh === p.a),
    ).map((p) => ({
      a: p.a,
      b: p.b,
      a_category_id: categories.leaves.find((l) => l.zh === p.a)?.id,
      b_category_id: categories.leaves.find((l) => l.zh === p.b)?.id,
      trigger_probability: p.trigger,
      trigger_rule: 'each purchase of A, at most once per 90 days',
      delay_days: p.delay,
      expected_lift: [2, 4],
      basket_window_days: 365,
    })),
    brands: Object.fromEntries(
      ['rising', 'eroding'].map((trend) => {
        const b = brands.find((x) => x.trend === trend);
        return [
          trend,
          b
            ? {
                brand_id: b.id,
                name: b.zh,
                name_en: b.en,
                factor_over_two_years: trend === 'rising' ? 11.02 : 0.09,
              }
            : null,
        ];
      }),
    ),
    hits: {
      definition:
        'Launches with 90 days observed whose first-90-day GMV ÷ their cohort median is in the top 7% (metrics.md §1.10, cohort-relative).',
      rule: HIT_RULE,
      eligible_launches: hits.eligible,
      product_ids: hits.productIds,
      latent_breakouts: products.filter((p) => p.isHit).map((p) => p.id),
      early_signals: {
        table: 'launch_daily',
        ...LAUNCH_RULE,
        ...launchCeilings(
          products,
          launchNoise,
          hits.productIds,
          AS_OF_DAY - (HIT_RULE.window_days - 1),
        ),
        note: 'Ceilings: in-sample AUC of the noiseless revealed signal plus price vs category. A model of the day-7/14 KPIs should rank held-out hits above chance; with many hits (standard) its held-out AUC stays near or below the ceiling of its day, with few (sandbox) it scatters ±0.1 around it.',
      },
      launches_by_brand_trend: Object.fromEntries(
        ['rising', 'eroding'].map((trend) => {
          const b = brands.find((x) => x.trend === trend);
          return [
            trend,
            b ? products.filter((p) => p.brandId === b.id && p.launchDay >= 0).length : 0,
          ];
        }),
      ),
    },
    aipl_markov: {
      table: 'aipl_monthly',
      states: ['none', 'A', 'I'],
      snapshot_days: monthEnds().map((e) => e.day),
      ...STAGE_RULE,
      tolerance: 0.04,
      tolerance_note:
        "Estimated from the month-end packs, the A and I rows renormalised over {none, A, I} match Q within 0.04: sampling noise (a sandbox brand has a few thousand moves per row) and the pull of next month's buyers into I (a few % of the rows) are the only departures.",
      brands: stageTruth,
    },
    content_affinity: {
      rule: 'A crowd × content type factor multiplies the chance of a like, comment or share on each view (views themselves are not tilted); 1 where not listed.',
      factors: CONTENT_AFFINITY,
    },
    service_provider_uplift: sps.map((s) => ({ sp_id: s.id, name: s.zh, uplift: s.uplift })),
    funnel: { click_given_exposure: [0.02, 0.05], cart_given_click: [0.08, 0.15] },
  };
}
