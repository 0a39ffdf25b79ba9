// @ts-check
/**
 * The dimensions of the demo world: categories, service providers, brands (with personas and the
 * planted rising and eroding brands), products (with latent quality and hit labels), consumers
 * (with the eight-strategic-crowd rules) and content.
 */
import {
  CONTENT_AFFINITY,
  CROWD_AFFINITIES,
  PRICE_TILT,
  CROWDS,
  INDUSTRIES,
  NAME_PREFIXES,
  NAME_SUFFIXES,
  SANDBOX_LEAVES,
  SP_NAMES,
} from './catalog.js';
import { AS_OF_DAY } from './presets.js';

/** @typedef {import('./random.js').Random} Random */
/** @typedef {import('./presets.js').Preset} Preset */

export const CONTENT_TYPES = ['livestream', 'short_video', 'guangguang', 'graphic'];

/** @param {Preset} preset */
export function buildCategories(preset) {
  const industries = INDUSTRIES.slice(0, preset.industries).map((industry, i) => {
    const named = /** @type {Record<string, string[]>} */ (SANDBOX_LEAVES)[industry.zh];
    const ordered =
      preset.leavesPerIndustry <= 4 && named
        ? named.map(
            (zh) =>
              /** @type {import('./catalog.js').Leaf} */ (industry.leaves.find((l) => l.zh === zh)),
          )
        : industry.leaves;
    const leaves = [];
    for (let k = 0; k < preset.leavesPerIndustry; k++) {
      const base = /** @type {import('./catalog.js').Leaf} */ (ordered[k % ordered.length]);
      const round = Math.floor(k / ordered.length);
      leaves.push({
        id: (i + 1) * 100 + k + 1,
        zh: round === 0 ? base.zh : `${base.zh}·细分${round + 1}`,
        en: round === 0 ? base.en : `${base.en} ${round + 1}`,
        cycle: base.cycle,
        price: base.price * (1 + 0.15 * round),
        share: base.share ?? 1,
        industry: i,
      });
    }
    return { id: i + 1, zh: industry.zh, en: industry.en, leaves };
  });
  const leaves = industries.flatMap((industry) => industry.leaves);
  return { industries, leaves };
}

/** @param {Preset} preset @param {Random} random */
export function buildServiceProviders(preset, random) {
  return Array.from({ length: preset.serviceProviders }, (_, i) => {
    const [zh, en, type] = /** @type {[string, string, string]} */ (SP_NAMES[i % SP_NAMES.length]);
    const round = Math.floor(i / SP_NAMES.length);
    // Planted: the engagement uplift of content each SP operates (ground truth for content DAU).
    const uplift = [1.6, 1.0, 0.75, 1.3, 0.9, 1.15, 1.45, 0.85][i % 8] ?? 1;
    return {
      id: i + 1,
      zh: round ? `${zh}${round + 1}` : zh,
      en: round ? `${en} ${round + 1}` : en,
      type,
      uplift: Math.round((uplift + (round ? random.next() * 0.1 : 0)) * 100) / 100,
    };
  });
}

/**
 * A fictional name (prefix + industry suffix) not used yet.
 * @param {number} index @param {number} j @param {[string, string][]} suffixes @param {Set<string>} used
 */
function uniqueBrandName(index, j, suffixes, used) {
  for (let attempt = 0; ; attempt++) {
    const [pz, pe] = /** @type {[string, string]} */ (
      NAME_PREFIXES[(index * 7 + attempt * 3) % NAME_PREFIXES.length]
    );
    const [sz, se] = /** @type {[string, string]} */ (suffixes[(j + attempt) % suffixes.length]);
    const extra = attempt >= NAME_PREFIXES.length ? attempt : '';
    const zh = `${pz}${sz}${extra}`;
    if (!used.has(zh))
      return {
        zh,
        en: `${(pe.replace(/\d/g, '') + se).replace(/^./, (c) => c.toUpperCase())}${extra ? ` ${extra}` : ''}`,
      };
  }
}

/**
 * @param {Preset} preset
 * @param {ReturnType<typeof buildCategories>} categories
 * @param {ReturnType<typeof buildServiceProviders>} sps
 * @param {Random} random
 */
export function buildBrands(preset, categories, sps, random) {
  const perIndustry = Math.max(2, Math.round(preset.brands / preset.industries));
  /** @type {any[]} */
  const brands = [];
  const used = new Set();
  for (const industry of categories.industries) {
    const suffixes = NAME_SUFFIXES[industry.zh] ?? [['品', 'pin']];
    for (let j = 0; j < perIndustry && brands.length < preset.brands; j++) {
      const { zh, en } = uniqueBrandName(brands.length, j, suffixes, used);
      used.add(zh);
      const leaves = industry.leaves;
      const main = /** @type {(typeof leaves)[number]} */ (leaves[j % leaves.length]);
      const others = leaves.filter((l) => l !== main);
      const extra = others
        .slice((j * 2) % Math.max(1, others.length))
        .concat(others)
        .slice(0, 2);
      // A brand's persona targets the crowd planted on its own category (or industry), the
      // strongest one where several are: a 零食 brand courts Z世代, not the coffee drinkers of the
      // industry. Only brands whose category has none take another crowd of the industry's.
      const ownFit = CROWD_AFFINITIES.filter(
        (a) => a.target === main.zh || a.target === industry.zh,
      ).sort((a, b) => b.factor - a.factor)[0];
      const crowdPool = CROWD_AFFINITIES.filter((a) => leaves.some((l) => l.zh === a.target)).map(
        (a) => a.crowd,
      );
      const targetCrowds = [
        ownFit?.crowd ??
          crowdPool[j % Math.max(1, crowdPool.length)] ??
          /** @type {{zh:string}} */ (CROWDS[(j * 3 + 1) % 8]).zh,
      ];
      // Nor is its price positioning against that crowd's taste: a brand courting premium-minded
      // 新锐白领 is not a mass brand (the crowd would shun it, and its affinity would not show).
      const tilt = PRICE_TILT[/** @type {keyof typeof PRICE_TILT} */ (targetCrowds[0])] ?? 0;
      const rolled = [1, 0, -1, 0][j % 4] ?? 0;
      const positioning = rolled * tilt < 0 && Math.abs(tilt) > 0.2 ? 0 : rolled;
      const isNew = j === perIndustry - 1 && industry.id % 2 === 0;
      brands.push({
        id: brands.length + 1,
        zh,
        en,
        industry: industry.id - 1,
        mainLeaf: main.id,
        leaves: [main.id, ...extra.map((l) => l.id)],
        positioning,
        priceLabel: ['mass', 'mid', 'premium'][positioning + 1] ?? 'mid',
        popularity: random.lognormal(0, 0.45) * (j === 0 ? 1.6 : 1),
        stickiness: 0.35 + random.next() * 0.3,
        targetCrowds,
        // Each industry's brands spread over providers (two industries' worth per provider); with
        // three providers this is the sandbox's one provider per industry.
        spId: /** @type {{id:number}} */ (sps[(2 * (industry.id - 1) + 3 * j) % sps.length]).id,
        firstSaleDay: isNew ? random.between(60, 240) : random.between(-1800, -400),
        storeType: ['旗舰店', '旗舰店', '专卖店', '专营店'][j % 4] ?? '旗舰店',
        contentMix: CONTENT_TYPES.map(() => 0.3 + random.next()),
        budget: random.lognormal(0, 0.4),
        /** @type {'rising' | 'eroding' | null} */
        trend: null,
        merchantTier: '',
      });
    }
  }
  // Planted health trends: a rising challenger in the second industry, an eroding incumbent in the third.
  const rising =
    brands.find((b) => b.industry === Math.min(1, preset.industries - 1) && b !== brands[0]) ??
    brands[1];
  const eroding =
    brands.find((b) => b.industry === Math.min(2, preset.industries - 1) && b !== rising) ??
    brands[2];
  if (rising) rising.trend = 'rising';
  if (eroding) eroding.trend = 'eroding';
  return brands;
}

/** Brand attractiveness over time: ×11 over the two years for the rising brand, ÷11 for the eroding one. */
export function trendFactor(
  /** @type {{ trend: string | null, firstSaleDay: number }} */ brand,
  /** @type {number} */ day,
) {
  if (day < brand.firstSaleDay) return 0;
  const x = day / AS_OF_DAY - 0.5;
  if (brand.trend === 'rising') return Math.exp(2.4 * x);
  if (brand.trend === 'eroding') return Math.exp(-2.4 * x);
  return 1;
}

/**
 * @param {Preset} preset
 * @param {ReturnType<typeof buildCategories>} categories
 * @param {ReturnType<typeof buildBrands>} brands
 * @param {Random} random
 * @param {Random} [cadence] the rising brand's extra launches
 */
export function buildProducts(preset, categories, brands, random, cadence = random) {
  const leafById = new Map(categories.leaves.map((l) => [l.id, l]));
  const products = [];
  for (const brand of brands) {
    const factor = [0.6, 1, 1.8][brand.positioning + 1] ?? 1;
    for (let k = 0; k < preset.productsPerBrand; k++) {
      const leafId = random.chance(0.7) ? brand.mainLeaf : random.pick(brand.leaves);
      const leaf = /** @type {{ price: number }} */ (leafById.get(leafId));
      const launched = random.chance(0.3);
      products.push({
        id: products.length + 1,
        brandId: brand.id,
        categoryId: leafId,
        listPrice: Math.max(9.9, Math.round(leaf.price * factor * random.lognormal(0, 0.3)) - 0.1),
        priceBand: 3,
        launchDay: launched ? random.between(0, 700) : random.between(-1200, -1),
        quality: random.normal(),
        isTmic: launched && random.chance(0.12) ? 1 : 0,
        isHit: false,
      });
    }
  }
  // The rising brand launches more, and more of late (its innovation is planted too): about a
  // third of its older products are launches of the last 16 months instead. Drawn from their own
  // stream (`cadence`), so the rest of the world is what it was.
  for (const p of products)
    if (brands[p.brandId - 1]?.trend === 'rising' && p.launchDay < 0 && cadence.chance(0.35))
      p.launchDay = cadence.between(250, 700);
  // Price bands: quintiles of list price within each leaf category (metrics.md §1.10).
  for (const leaf of categories.leaves) {
    const inLeaf = products
      .filter((p) => p.categoryId === leaf.id)
      .sort((a, b) => a.listPrice - b.listPrice || a.id - b.id);
    inLeaf.forEach((p, i) => (p.priceBand = 1 + Math.min(4, Math.floor((5 * i) / inLeaf.length))));
  }
  // Planted breakouts: the top 7% of in-history launches by latent quality sell ~6× more. The hit
  // *label* is realized (first-90-day GMV within the launch cohort, see labelHits), as metrics.md §1.10 defines it.
  const launches = products
    .filter((p) => p.launchDay >= 0)
    .sort((a, b) => b.quality - a.quality || a.id - b.id);
  launches
    .slice(0, Math.max(1, Math.round(launches.length * 0.07)))
    .forEach((p) => (p.isHit = true));
  return products;
}

/**
 * @param {Preset} preset
 * @param {ReturnType<typeof buildBrands>} brands
 * @param {ReturnType<typeof buildProducts>} products
 * @param {ReturnType<typeof buildServiceProviders>} sps
 * @param {Random} random
 */
export function buildContent(preset, brands, products, sps, random) {
  const byBrand = new Map();
  for (const p of products)
    (byBrand.get(p.brandId) ?? byBrand.set(p.brandId, []).get(p.brandId)).push(p);
  const windowStart = AS_OF_DAY + 1 - preset.eventDays;
  const content = [];
  for (const brand of brands) {
    const total = brand.contentMix.reduce(
      (/** @type {number} */ s, /** @type {number} */ w) => s + w,
      0,
    );
    const own = byBrand.get(brand.id) ?? [];
    for (let k = 0; k < preset.contentPerBrand; k++) {
      let r = random.next() * total;
      let type = 0;
      while (type < CONTENT_TYPES.length - 1 && r > (brand.contentMix[type] ?? 0))
        r -= brand.contentMix[type++] ?? 0;
      const publishDay = random.between(windowStart - 60, AS_OF_DAY);
      const available = own.filter(
        (/** @type {{launchDay:number}} */ p) => p.launchDay <= publishDay,
      );
      content.push({
        id: content.length + 1,
        brandId: brand.id,
        spId: random.chance(0.7) ? brand.spId : random.pick(sps).id,
        type: /** @type {string} */ (CONTENT_TYPES[type]),
        creator: random.chance(0.3) ? 'brand' : random.chance(0.45) ? 'KOL' : 'KOC',
        publishDay,
        productId: available.length ? random.pick(available).id : null,
      });
    }
  }
  return content;
}

/** Engagement multiplier of a crowd for a content type (planted content preference). */
export function contentAffinity(/** @type {string} */ crowd, /** @type {string} */ type) {
  return (
    /** @type {Record<string, Record<string, number>>} */ (CONTENT_AFFINITY)[crowd]?.[type] ?? 1
  );
}

/**
 * Merchant tier (illustrative rule): trailing-365-day GMV rank (top 10 % 超级旗舰, next 30 % 千星);
 * brands selling under 12 months are 蓝星.
 * @param {any[]} brands @param {{ brand: number, day: number, amount: number, status: string }[]} orders
 */
export function assignMerchantTiers(brands, orders) {
  const gmv365 = new Map(brands.map((b) => [b.id, 0]));
  for (const o of orders)
    if (o.status !== 'unpaid' && o.day > AS_OF_DAY - 365)
      gmv365.set(o.brand, (gmv365.get(o.brand) ?? 0) + o.amount);
  const ranked = [...brands].sort(
    (a, b) => (gmv365.get(b.id) ?? 0) - (gmv365.get(a.id) ?? 0) || a.id - b.id,
  );
  ranked.forEach((b, i) => {
    const share = i / ranked.length;
    b.merchantTier =
      AS_OF_DAY - b.firstSaleDay < 365
        ? '蓝星'
        : share < 0.1
          ? '超级旗舰'
          : share < 0.4
            ? '千星'
            : '蓝星';
  });
}
