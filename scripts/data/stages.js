// @ts-check
/**
 * Month-end AIPL crowd packs (`aipl_monthly`): for every brand and calendar month of the order
 * history, the consumers in stage A or I at the month's last day, as a provider keeps the monthly
 * crowd-pack export of the stage tool. It is the thinner, older behaviour history the exchange-rate
 * card needs (the event log covers only the last `eventDays`): one row per consumer in A or I, no
 * events. P and L are not stored: they follow from the orders (P = a paid order in 730 days, L = at
 * least two purchase days in 365 days), and a consumer in P or L has no row.
 *
 * The planted dynamic (written to ground_truth.json → `aipl_markov`): a consumer in A or I who does
 * not buy moves by the brand's monthly matrix Q over {none, A, I}; newcomers enter A and I at the
 * brand's monthly inflow, drawn from its target crowds three times as often as from the rest; and a
 * consumer who buys the brand next month was pulled into I (or A) this month (the research before a
 * purchase), which is what makes one I consumer worth more future GMV than one A consumer.
 */
import { AS_OF_DAY, ORDER_DAYS, dayToDate } from './presets.js';

/** @typedef {import('./random.js').Random} Random */

export const STAGE_RULE = {
  p_days: 730,
  l_purchase_days: 2,
  l_days: 365,
  target_crowd_weight: 3,
  pull_into_i: 0.5,
  pull_into_a: 0.25,
  inflow_per_brand_share: 0.2,
  i_inflow_share: 0.08,
  eroding_inflow_cut: [0.6, 0.3],
  rising_inflow_growth: 0.03,
  note: 'Q[s0][s1] is the monthly move of an A or I consumer who does not buy the brand next month; inflow_a/inflow_i are newcomers per month before the trend factors; a consumer who buys next month is pulled into I with pull_into_i, else into A with pull_into_a.',
};

/** The planted month-to-month matrix Q over {none, A, I} for an A or I consumer, by brand trend. */
export function plantedMatrix(/** @type {string | null} */ trend) {
  if (trend === 'eroding')
    return {
      A: { none: 0.65, A: 0.26, I: 0.09 },
      I: { none: 0.45, A: 0.25, I: 0.3 },
    };
  if (trend === 'rising')
    return {
      A: { none: 0.5, A: 0.32, I: 0.18 },
      I: { none: 0.3, A: 0.22, I: 0.48 },
    };
  return {
    A: { none: 0.55, A: 0.33, I: 0.12 },
    I: { none: 0.35, A: 0.25, I: 0.4 },
  };
}

/** Last day_idx of each calendar month whose end lies inside the order history. */
export function monthEnds() {
  /** @type {{ month: number, day: number }[]} */
  const ends = [];
  for (let day = 0; day < ORDER_DAYS; day++) {
    const next = dayToDate(day + 1);
    if (next.getUTCDate() === 1) ends.push({ month: ends.length, day });
  }
  return ends;
}

/** The last day_idx of the month after the one ending on `day`. */
function nextMonthEnd(/** @type {number} */ day) {
  let d = day + 1;
  while (dayToDate(d + 1).getUTCDate() !== 1) d++;
  return d;
}

/**
 * @param {{ brands: any[], consumers: any[], orders: { consumer: number, brand: number, day: number, status: string }[],
 *   preset: import('./presets.js').Preset, random: Random,
 *   emit: (row: { brand: number, month: number, day: number, consumer: number, stage: 'A' | 'I' }) => void }} input
 */
export function simulateStages({ brands, consumers, orders, preset, random, emit }) {
  const ends = monthEnds();
  // Purchase days of each consumer × brand (paid or refunded orders: the GMV definition).
  /** @type {Map<number, number[]>} */
  const bought = new Map();
  for (const o of orders) {
    if (o.status === 'unpaid') continue;
    const key = o.consumer * 1024 + o.brand;
    (bought.get(key) ?? bought.set(key, []).get(key))?.push(o.day);
  }
  for (const days of bought.values()) days.sort((a, b) => a - b);
  const isBuyer = (/** @type {number} */ key, /** @type {number} */ d0) => {
    const days = bought.get(key);
    return !!days && days.some((d) => d <= d0 && d > d0 - STAGE_RULE.p_days);
  };
  const base = (preset.consumers / preset.brands) * STAGE_RULE.inflow_per_brand_share;
  /** @type {any[]} */
  const truth = [];
  for (const brand of brands) {
    const Q = plantedMatrix(brand.trend);
    const inflowA = Math.round(base * Math.sqrt(brand.popularity));
    const inflowI = Math.round(inflowA * STAGE_RULE.i_inflow_share);
    truth.push({ brand_id: brand.id, trend: brand.trend, Q, inflow_a: inflowA, inflow_i: inflowI });
    const target = consumers.filter((c) => brand.targetCrowds.includes(c.crowd));
    const other = consumers.filter((c) => !brand.targetCrowds.includes(c.crowd));
    const w = STAGE_RULE.target_crowd_weight * target.length;
    const draw = () =>
      random.next() * (w + other.length) < w ? random.pick(target) : random.pick(other);
    // Buyers next month, by month: they were pulled into I or A at this month's end.
    /** @type {Map<number, number[]>} */
    const nextBuyers = new Map();
    for (const [key, days] of bought) {
      if (key % 1024 !== brand.id) continue;
      for (const d of days) {
        const after = ends.findIndex((e) => e.day >= d);
        const m = (after < 0 ? ends.length : after) - 1;
        if (m >= 0)
          (nextBuyers.get(m) ?? nextBuyers.set(m, []).get(m))?.push((key - brand.id) / 1024);
      }
    }
    /** @type {Map<number, 'A' | 'I'>} consumer → contact stage */
    let active = new Map();
    ends.forEach(({ month, day }) => {
      if (day < brand.firstSaleDay - 30) return;
      /** @type {Map<number, 'A' | 'I'>} */
      const next = new Map();
      for (const [consumer, stage] of active) {
        const row = Q[stage];
        const u = random.next();
        const moved = u < row.none ? null : u < row.none + row.A ? 'A' : 'I';
        if (moved) next.set(consumer, moved);
      }
      const fromEnd = ends.length - 1 - month;
      const trendFactor =
        brand.trend === 'eroding' && fromEnd < STAGE_RULE.eroding_inflow_cut.length
          ? (STAGE_RULE.eroding_inflow_cut[STAGE_RULE.eroding_inflow_cut.length - 1 - fromEnd] ?? 1)
          : brand.trend === 'rising'
            ? Math.pow(1 + STAGE_RULE.rising_inflow_growth, month)
            : 1;
      const enter = (/** @type {number} */ n, /** @type {'A' | 'I'} */ stage) => {
        for (let k = 0; k < n; k++) {
          const c = draw();
          if (!next.has(c.id)) next.set(c.id, stage);
        }
      };
      enter(random.poisson(inflowA * trendFactor), 'A');
      enter(random.poisson(inflowI * trendFactor), 'I');
      const pull = (/** @type {number} */ consumer) => {
        const u = random.next();
        if (u < STAGE_RULE.pull_into_i) next.set(consumer, 'I');
        else if (u < STAGE_RULE.pull_into_i + STAGE_RULE.pull_into_a && !next.has(consumer))
          next.set(consumer, 'A');
      };
      const buyers = nextBuyers.get(month) ?? [];
      for (const consumer of buyers) pull(consumer);
      // Next month runs past the as-of day: its unseen buyers were researching too (drawn as
      // newcomers are), or the last snapshot's I pool would shrink for want of data.
      const seen = (AS_OF_DAY - day) / (nextMonthEnd(day) - day);
      if (seen < 1)
        for (let k = Math.round(buyers.length * (1 / Math.max(seen, 0.05) - 1)); k > 0; k--)
          pull(draw().id);
      // P and L outrank A and I: a buyer has no contact row and leaves the chain.
      active = new Map();
      for (const consumer of [...next.keys()].sort((a, b) => a - b)) {
        if (isBuyer(consumer * 1024 + brand.id, day)) continue;
        const stage = /** @type {'A' | 'I'} */ (next.get(consumer));
        active.set(consumer, stage);
        emit({ brand: brand.id, month, day, consumer, stage });
      }
    });
  }
  return truth;
}
