// @ts-check
/**
 * Behavioural events in the last `eventDays` days: the funnel behind each purchase (exposure →
 * click → product page → cart), browsing that mostly does not convert (P(click | exposure) ≈ 2–5%),
 * and content views with engagement lifted by the operating service provider (planted uplift) and
 * by the crowd's content-type preference. Cart build-up before 618 and 双11 (pre-sale).
 */
import { CROWDS, CROWD_AFFINITIES } from './catalog.js';
import { AS_OF_DAY } from './presets.js';
import { weightedSampler } from './random.js';
import { WEEKDAY_FACTOR, inPresale } from './season.js';
import { dayToDate } from './presets.js';
import { contentAffinity, trendFactor } from './world.js';

export const EVENT_TYPES = [
  'exposure',
  'click',
  'pdp_view',
  'brand_search',
  'category_search',
  'favorite',
  'cart',
  'follow',
  'join_member',
  'trial',
  'coupon_claim',
  'content_view',
  'content_like',
  'content_comment',
  'content_share',
  'live_enter',
];

/** Seconds of the day, weighted to the evening (21:00-23:00 peak). */
function timeOfDay(/** @type {import('./random.js').Random} */ random) {
  const hour = random.chance(0.45)
    ? random.between(19, 23)
    : random.chance(0.7)
      ? random.between(9, 18)
      : random.between(0, 8);
  return hour * 3600 + random.int(3600);
}

/**
 * @param {{ world: any, orders: any[], preset: import('./presets.js').Preset, random: import('./random.js').Random,
 *   emit: (row: { day: number, ts: number, consumer: number, brand: number, product: number, category: number, type: string, channel: string, content: number | null, watch: number | null, paid: number }) => void,
 *   join: (consumer: number, brand: number, day: number) => void }} input
 */
export function simulateEvents({ world, orders, preset, random, emit, join }) {
  const { categories, brands, products, consumers, content, sps } = world;
  const start = AS_OF_DAY + 1 - preset.eventDays;
  const leaves = categories.leaves;
  const productsByBrand = new Map();
  for (const p of products)
    (productsByBrand.get(p.brandId) ?? productsByBrand.set(p.brandId, []).get(p.brandId)).push(p);
  const contentByBrand = new Map();
  for (const c of content)
    (contentByBrand.get(c.brandId) ?? contentByBrand.set(c.brandId, []).get(c.brandId)).push(c);
  const upliftBySp = new Map(
    sps.map((/** @type {{id:number, uplift:number}} */ s) => [s.id, s.uplift]),
  );
  const days = Array.from({ length: preset.eventDays }, (_, i) => start + i);
  const daySampler = weightedSampler(
    days.map((d) => (WEEKDAY_FACTOR[dayToDate(d).getUTCDay()] ?? 1) * (inPresale(d) ? 1.5 : 1)),
  );
  const pickDay = () => days[daySampler(random)] ?? start;

  // Brand exposure share for a crowd: marketing budget × popularity × fit (industry affinity too).
  const brandSamplers = new Map(
    CROWDS.map((crowd) => [
      crowd.zh,
      weightedSampler(
        brands.map((/** @type {any} */ b) => {
          const industry = categories.industries[b.industry];
          const affinity = CROWD_AFFINITIES.filter(
            (a) =>
              a.crowd === crowd.zh &&
              (a.target === industry.zh ||
                industry.leaves.some(
                  (/** @type {{zh:string, id:number}} */ l) =>
                    l.zh === a.target && b.leaves.includes(l.id),
                )),
          ).reduce((f, a) => f * a.factor, 1);
          return b.budget * b.popularity * affinity * (b.targetCrowds.includes(crowd.zh) ? 2 : 1);
        }),
      ),
    ]),
  );
  const pickProduct = (/** @type {number} */ brandId, /** @type {number} */ day) => {
    const pool = (productsByBrand.get(brandId) ?? []).filter(
      (/** @type {{launchDay:number}} */ p) => p.launchDay <= day,
    );
    if (!pool.length) return null;
    // Hits and fresh launches get more exposure too.
    for (let tries = 0; tries < 3; tries++) {
      const p = random.pick(pool);
      if (p.isHit || day - p.launchDay < 30 || random.chance(0.5)) return p;
    }
    return random.pick(pool);
  };
  const leafOf = (/** @type {number} */ id) =>
    leaves.find((/** @type {{id:number}} */ l) => l.id === id);
  void leafOf;

  // 1. The funnel behind every purchase inside the window.
  let funnel = 0;
  for (const order of orders) {
    if (order.day < start) continue;
    const item = order.items[0];
    if (!item) continue;
    const p = item.product;
    const row = (
      /** @type {number} */ day,
      /** @type {string} */ type,
      /** @type {string} */ channel,
      paid = 0,
    ) => {
      if (day < start || day > AS_OF_DAY) return;
      emit({
        day,
        ts: timeOfDay(random),
        consumer: order.consumer,
        brand: order.brand,
        product: p.id,
        category: p.categoryId,
        type,
        channel,
        content: null,
        watch: null,
        paid,
      });
      funnel++;
    };
    const seen = order.day - random.between(0, 10);
    const channel = random.pick(['recommend', 'search', 'ad_display', 'ad_search']);
    row(seen, 'exposure', channel, channel.startsWith('ad_') ? 1 : 0);
    for (let k = random.poisson(4); k > 0; k--)
      row(
        seen - random.between(0, 10),
        'exposure',
        random.pick(['recommend', 'search', 'ad_display']),
      );
    if (random.chance(0.25)) row(seen, 'category_search', 'search');
    if (random.chance(0.3)) row(order.day - random.between(0, 3), 'brand_search', 'search');
    // Repeat buyers often go straight to the store or the cart: not every purchase follows a click.
    if (random.chance(0.6))
      row(order.day - random.between(0, 3), 'click', channel, channel.startsWith('ad_') ? 1 : 0);
    row(order.day - random.between(0, 2), 'pdp_view', 'store');
    if (order.presale) row(order.day - random.between(3, 20), 'cart', 'store');
    else if (random.chance(0.5)) row(order.day - random.between(0, 6), 'cart', 'store');
    if (random.chance(0.2)) row(order.day - random.between(0, 10), 'favorite', 'store');
    if (random.chance(0.15)) row(order.day - random.between(0, 5), 'coupon_claim', 'store');
  }

  // 2 and 3: browsing and content sessions, sized so that the total is about targetEvents.
  const perBrowse = 2.1;
  const perContent = 1.2;
  const remaining = Math.max(preset.targetEvents - funnel, preset.targetEvents * 0.3);
  const activity = consumers.reduce(
    (/** @type {number} */ s, /** @type {{activity:number}} */ c) => s + c.activity,
    0,
  );
  const browseRate = (remaining * 0.86) / perBrowse / activity;
  const contentRate = (remaining * 0.14) / perContent / activity;

  for (const consumer of consumers) {
    if (consumer.registerDay > AS_OF_DAY - 14) continue;
    const sampleBrand = brandSamplers.get(consumer.crowd) ?? brandSamplers.get('其他');
    const sessions = random.poisson(browseRate * consumer.activity);
    for (let s = 0; s < sessions; s++) {
      const day = Math.max(pickDay(), consumer.registerDay);
      const brand = brands[sampleBrand?.(random) ?? 0];
      const health = trendFactor(brand, day);
      if (health === 0) continue;
      const p = pickProduct(brand.id, day);
      if (!p) continue;
      const channel = random.pick(['recommend', 'recommend', 'search', 'ad_display', 'ad_search']);
      const paid = channel.startsWith('ad_') ? 1 : 0;
      const base = {
        consumer: consumer.id,
        brand: brand.id,
        product: p.id,
        category: p.categoryId,
        content: null,
        watch: null,
      };
      const exposures = 1 + (random.chance(0.6) ? 1 : 0) + (random.chance(0.3) ? 1 : 0);
      for (let e = 0; e < exposures; e++)
        emit({ ...base, day, ts: timeOfDay(random), type: 'exposure', channel, paid });
      if (random.chance(0.06))
        emit({
          ...base,
          day,
          ts: timeOfDay(random),
          type: 'category_search',
          channel: 'search',
          paid: 0,
        });
      if (random.chance(0.03 * Math.sqrt(health)))
        emit({
          ...base,
          day,
          ts: timeOfDay(random),
          type: 'brand_search',
          channel: 'search',
          paid: 0,
        });
      // Quality and brand health drive clicks (early hit signals); ~3.5% of exposure sessions click.
      if (
        !random.chance(
          Math.min(
            0.5,
            0.025 * Math.exp(0.45 * p.quality) * (p.isHit ? 1.8 : 1) * Math.sqrt(health),
          ),
        )
      )
        continue;
      emit({ ...base, day, ts: timeOfDay(random), type: 'click', channel, paid });
      if (!random.chance(0.85)) continue;
      emit({ ...base, day, ts: timeOfDay(random), type: 'pdp_view', channel: 'store', paid: 0 });
      const presale = inPresale(day) ? 3.5 : 1;
      if (random.chance(Math.min(0.9, 0.1 * presale * Math.exp(0.3 * p.quality))))
        emit({ ...base, day, ts: timeOfDay(random), type: 'cart', channel: 'store', paid: 0 });
      if (random.chance(0.07))
        emit({ ...base, day, ts: timeOfDay(random), type: 'favorite', channel: 'store', paid: 0 });
      if (random.chance(0.025))
        emit({ ...base, day, ts: timeOfDay(random), type: 'follow', channel: 'store', paid: 0 });
      if (random.chance(0.02 * presale))
        emit({
          ...base,
          day,
          ts: timeOfDay(random),
          type: 'coupon_claim',
          channel: 'store',
          paid: 0,
        });
      if (p.isTmic && random.chance(0.1))
        emit({ ...base, day, ts: timeOfDay(random), type: 'trial', channel: 'store', paid: 0 });
      if (random.chance(0.008)) {
        emit({
          ...base,
          day,
          ts: timeOfDay(random),
          type: 'join_member',
          channel: 'store',
          paid: 0,
        });
        join(consumer.id, brand.id, day);
      }
    }

    const views = random.poisson(contentRate * consumer.activity);
    for (let v = 0; v < views; v++) {
      const day = Math.max(pickDay(), consumer.registerDay);
      const brand = brands[sampleBrand?.(random) ?? 0];
      const pool = (contentByBrand.get(brand.id) ?? []).filter(
        (/** @type {{publishDay:number}} */ c) => c.publishDay <= day && c.publishDay >= day - 60,
      );
      if (!pool.length) continue;
      const item = random.pick(pool);
      const product = item.productId ? products[item.productId - 1] : null;
      const channel = item.type === 'graphic' ? 'recommend' : item.type;
      const video = item.type === 'livestream' || item.type === 'short_video';
      const watch = video
        ? Math.round(random.lognormal(item.type === 'livestream' ? 3.6 : 2.4, 0.8))
        : null;
      const base = {
        consumer: consumer.id,
        brand: brand.id,
        product: product?.id ?? 0,
        category: product?.categoryId ?? brand.mainLeaf,
        content: item.id,
        paid: 0,
        channel,
      };
      const type = item.type === 'livestream' && random.chance(0.5) ? 'live_enter' : 'content_view';
      emit({ ...base, day, ts: timeOfDay(random), type, watch });
      // Planted: the operating SP's uplift and the crowd's content-type preference raise engagement.
      const lift = (upliftBySp.get(item.spId) ?? 1) * contentAffinity(consumer.crowd, item.type);
      if (random.chance(Math.min(0.9, 0.08 * lift)))
        emit({ ...base, day, ts: timeOfDay(random), type: 'content_like', watch: null });
      if (random.chance(Math.min(0.9, 0.02 * lift)))
        emit({ ...base, day, ts: timeOfDay(random), type: 'content_comment', watch: null });
      if (random.chance(Math.min(0.9, 0.012 * lift)))
        emit({ ...base, day, ts: timeOfDay(random), type: 'content_share', watch: null });
    }
  }
}
