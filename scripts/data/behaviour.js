// @ts-check
/**
 * Purchases over two years: per consumer, occasions from a seasonal Poisson process, a category by
 * the crowd's (planted) affinities, a brand by popularity, trend, crowd fit and price tilt (or the
 * brand bought last time), repurchase chains on the category's cycle, and the planted
 * cross-category triggers (buying A leads to B after a delay).
 */
import { CROSS_PAIRS, CROWD_AFFINITIES, CROWDS } from './catalog.js';
import { ORDER_DAYS } from './presets.js';
import { weightedSampler } from './random.js';
import { WEEKDAY_FACTOR, nearPeak, purchaseSeason } from './season.js';
import { trendFactor } from './world.js';

/** @typedef {import('./random.js').Random} Random */

export const CHANNELS = [
  'search',
  'recommend',
  'ad_display',
  'ad_search',
  'livestream',
  'short_video',
  'guangguang',
  'store',
  'other',
];
const ORDER_CHANNEL_WEIGHTS = [30, 25, 3, 5, 15, 8, 2, 12, 0];
const STATUSES = ['paid', 'refunded', 'unpaid'];
const BURN_IN = 365;

/**
 * @param {{ world: any, preset: import('./presets.js').Preset, random: Random }} input
 */
export function simulateOrders({ world, preset, random }) {
  const { categories, brands, products, consumers, content } = world;
  const leaves = categories.leaves;
  const leafIndex = new Map(
    leaves.map((/** @type {{id:number}} */ l, /** @type {number} */ i) => [l.id, i]),
  );
  const industryOf = (/** @type {number} */ leafId) =>
    categories.industries[leaves[leafIndex.get(leafId) ?? 0].industry];

  // Category choice per crowd: base share × planted affinity.
  const base = leaves.map(
    (/** @type {{price:number, share:number}} */ l) => l.share / Math.pow(l.price, 0.25),
  );
  const categorySampler = new Map(
    CROWDS.map((crowd) => [
      crowd.zh,
      weightedSampler(
        leaves.map((/** @type {{zh:string, id:number}} */ leaf, /** @type {number} */ i) => {
          const industry = industryOf(leaf.id).zh;
          const factor = CROWD_AFFINITIES.filter(
            (a) => a.crowd === crowd.zh && (a.target === leaf.zh || a.target === industry),
          ).reduce((f, a) => f * a.factor, 1);
          return (base[i] ?? 1) * factor;
        }),
      ),
    ]),
  );
  const brandsByLeaf = new Map(
    leaves.map((/** @type {{id:number}} */ l) => [
      l.id,
      brands.filter((/** @type {{leaves:number[]}} */ b) => b.leaves.includes(l.id)),
    ]),
  );
  const productsByBrandLeaf = new Map();
  for (const p of products) {
    const key = p.brandId * 100000 + p.categoryId;
    (productsByBrandLeaf.get(key) ?? productsByBrandLeaf.set(key, []).get(key)).push(p);
  }
  // A breakout product draws shoppers to its brand in its category for its first months.
  const breakouts = new Map();
  for (const p of products)
    if (p.isHit)
      (
        breakouts.get(p.brandId * 100000 + p.categoryId) ??
        breakouts.set(p.brandId * 100000 + p.categoryId, []).get(p.brandId * 100000 + p.categoryId)
      ).push(p.launchDay);
  const breakoutPull = (
    /** @type {number} */ brandId,
    /** @type {number} */ leafId,
    /** @type {number} */ day,
  ) =>
    (breakouts.get(brandId * 100000 + leafId) ?? []).reduce(
      (/** @type {number} */ f, /** @type {number} */ launch) =>
        day >= launch && day - launch < 120 ? f + 4 : f,
      1,
    );
  const productsByBrand = new Map();
  for (const p of products)
    (productsByBrand.get(p.brandId) ?? productsByBrand.set(p.brandId, []).get(p.brandId)).push(p);
  const contentByBrand = new Map();
  for (const c of content)
    (contentByBrand.get(c.brandId) ?? contentByBrand.set(c.brandId, []).get(c.brandId)).push(c);
  const pairs = CROSS_PAIRS.map((pair) => ({
    ...pair,
    aId: leaves.find((/** @type {{zh:string}} */ l) => l.zh === pair.a)?.id,
    bId: leaves.find((/** @type {{zh:string}} */ l) => l.zh === pair.b)?.id,
  })).filter((p) => p.aId && p.bId);

  // A year of burn-in before day 0 (weekday rhythm only): repurchase chains are already running on
  // day 0, so the market does not appear to grow just because the simulation started cold.
  const season = purchaseSeason();
  const daySampler = weightedSampler([
    ...Array.from({ length: BURN_IN }, (_, d) => WEEKDAY_FACTOR[(d + 4) % 7] ?? 1),
    ...season,
  ]);
  const channelSampler = weightedSampler(ORDER_CHANNEL_WEIGHTS);

  /** @type {{ consumer: number, brand: number, day: number, amount: number, refund: number, status: string, channel: string, content: number | null, presale: number, items: { product: any, qty: number, unit: number, discount: number }[] }[]} */
  const orders = [];
  /** memberships keyed consumer*1e4+brand */
  const members = new Map();

  function chooseBrand(
    /** @type {any} */ consumer,
    /** @type {number} */ leafId,
    /** @type {number} */ day,
    /** @type {Map<number, any>} */ last,
    /** @type {boolean} */ intent,
  ) {
    const previous = last.get(leafId);
    if (previous && random.chance(previous.stickiness * Math.min(1, trendFactor(previous, day))))
      return previous;
    const candidates = brandsByLeaf.get(leafId) ?? [];
    let total = 0;
    const weights = candidates.map((/** @type {any} */ b) => {
      const w =
        b.popularity *
        trendFactor(b, day) *
        breakoutPull(b.id, leafId, day) *
        (b.targetCrowds.includes(consumer.crowd) ? 2.2 : 1) *
        Math.exp(consumer.tilt * b.positioning);
      total += w;
      return w;
    });
    // An outside option (other shops, other platforms): an unattractive brand loses volume, not
    // only share, even in a category with few competing brands.
    const outside = intent ? 0 : 0.35 * candidates.length; // a planned purchase is not lost
    let r = random.next() * (total + outside);
    if (total === 0 || r > total) return null;
    for (let i = 0; i < candidates.length; i++) {
      r -= weights[i] ?? 0;
      if (r <= 0) return candidates[i];
    }
    return candidates[candidates.length - 1];
  }

  function chooseProduct(
    /** @type {any} */ consumer,
    /** @type {any[]} */ pool,
    /** @type {number} */ day,
  ) {
    let total = 0;
    const weights = pool.map((p) => {
      if (p.launchDay > day) return 0;
      const fresh = day - p.launchDay <= 30 ? 1.5 : 1;
      const w =
        Math.exp(0.5 * p.quality) *
        (p.isHit ? 20 : 1) *
        fresh *
        Math.exp(0.35 * consumer.tilt * (p.priceBand - 3));
      total += w;
      return w;
    });
    if (total === 0) return null;
    let r = random.next() * total;
    for (let i = 0; i < pool.length; i++) {
      r -= weights[i] ?? 0;
      if (r <= 0) return pool[i];
    }
    return pool[pool.length - 1];
  }

  for (const consumer of consumers) {
    const from = Math.max(-BURN_IN, consumer.registerDay);
    const activeShare = (ORDER_DAYS - from) / (ORDER_DAYS + BURN_IN);
    const count = random.poisson(preset.occasionsPerYear * 3 * consumer.activity * activeShare);
    /** @type {{ day: number, leaf: number, repeat: boolean }[]} */
    const queue = [];
    for (let k = 0; k < count; k++) {
      let day = daySampler(random) - BURN_IN;
      if (day < from) day = from + random.int(ORDER_DAYS - from);
      queue.push({
        day,
        leaf: leaves[
          (categorySampler.get(consumer.crowd) ?? categorySampler.get('其他'))?.(random) ?? 0
        ].id,
        repeat: false,
      });
    }
    const last = new Map();
    const lastTrigger = new Map();
    const brandDays = new Map();
    while (queue.length) {
      let min = 0;
      for (let i = 1; i < queue.length; i++)
        if ((queue[i]?.day ?? 0) < (queue[min]?.day ?? 0)) min = i;
      const occasion = /** @type {{ day: number, leaf: number, repeat: boolean }} */ (
        queue.splice(min, 1)[0]
      );
      const { day, leaf } = occasion;
      if (day >= ORDER_DAYS) continue;
      const recorded = day >= 0;
      // Occasions fall on busy days more often; a chained occasion keeps its own day.
      const brand = chooseBrand(consumer, leaf, day, last, occasion.repeat);
      if (!brand) continue;
      const product = chooseProduct(
        consumer,
        productsByBrandLeaf.get(brand.id * 100000 + leaf) ?? [],
        day,
      );
      if (!product) continue;
      last.set(leaf, brand);
      const peak = nearPeak(day);
      /** @type {{ product: any, qty: number, unit: number, discount: number }[]} */
      const items = [];
      const lines = random.chance(0.78) ? 1 : random.chance(0.8) ? 2 : 3;
      for (let line = 0; line < lines; line++) {
        const p =
          line === 0 ? product : chooseProduct(consumer, productsByBrand.get(brand.id) ?? [], day);
        if (!p || items.some((it) => it.product === p)) continue;
        const qty = random.chance(0.85) ? 1 : random.chance(0.8) ? 2 : 3;
        const off = peak ? 0.15 + random.next() * 0.15 : random.next() * 0.1;
        const unit = Math.round(p.listPrice * (1 - off) * 100) / 100;
        items.push({
          product: p,
          qty,
          unit,
          discount: Math.round((p.listPrice - unit) * qty * 100) / 100,
        });
      }
      const amount = Math.round(items.reduce((s, it) => s + it.qty * it.unit, 0) * 100) / 100;
      const status = random.chance(0.02)
        ? 'unpaid'
        : random.chance(industryOf(leaf).zh === '服饰' ? 0.14 : 0.06)
          ? 'refunded'
          : 'paid';
      const refund =
        status === 'refunded'
          ? amount
          : status === 'paid' && random.chance(0.02)
            ? Math.round(amount * 30) / 100
            : 0;
      const channel = /** @type {string} */ (CHANNELS[channelSampler(random)]);
      let contentId = null;
      if (channel === 'livestream' || channel === 'short_video' || channel === 'guangguang') {
        const recent = (contentByBrand.get(brand.id) ?? []).filter(
          (/** @type {{publishDay:number}} */ c) => c.publishDay <= day && c.publishDay >= day - 30,
        );
        if (recent.length) contentId = random.pick(recent).id;
      }
      if (recorded)
        orders.push({
          consumer: consumer.id,
          brand: brand.id,
          day,
          amount,
          refund,
          status,
          channel,
          content: contentId,
          presale: peak && random.chance(0.45) ? 1 : 0,
          items,
        });
      if (status === 'unpaid') continue;

      // Loyalty: a second purchase day may bring a membership.
      const key = consumer.id * 10000 + brand.id;
      const days = brandDays.get(brand.id) ?? new Set();
      days.add(day);
      brandDays.set(brand.id, days);
      if (recorded && days.size >= 2 && !members.has(key) && random.chance(0.35))
        members.set(key, { consumer: consumer.id, brand: brand.id, day, purchases: 0 });
      const member = members.get(key);
      if (member && recorded) member.purchases++;

      // Repurchase on the category's cycle; satisfaction (quality) raises the chance.
      const cycle = leaves[leafIndex.get(leaf) ?? 0].cycle;
      if (random.chance(Math.min(0.6, 0.28 + 0.1 * product.quality)))
        queue.push({
          day: day + Math.max(3, Math.round(random.gamma(3, cycle / 3))),
          leaf,
          repeat: true,
        });
      // Planted cross-category pairs: buying A triggers B after a delay (at most once per 90 days).
      if ((lastTrigger.get(leaf) ?? -1e9) < day - 90)
        for (const pair of pairs)
          if (pair.aId === leaf && random.chance(pair.trigger)) {
            lastTrigger.set(leaf, day);
            queue.push({
              day: day + random.between(pair.delay[0] ?? 7, pair.delay[1] ?? 30),
              leaf: /** @type {number} */ (pair.bId),
              repeat: true,
            });
          }
    }
  }
  return { orders, members: [...members.values()] };
}

export { STATUSES };
