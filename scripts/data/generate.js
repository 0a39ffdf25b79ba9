// @ts-check
/**
 * The demo-data generator: `npm run data -- --preset sandbox|standard|stress [--seed N] [--out DIR]`.
 * Same preset and seed → the same bytes. Writes one ZSTD Parquet file per table, manifest.json,
 * dictionary.json and ground_truth.json (the planted signals), and docs/data-dictionary.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CROSS_PAIRS,
  CROWD_AFFINITIES,
  CROWD_RULE_VERSION,
  CROWDS,
  PRICE_TILT,
} from './catalog.js';
import { DICTIONARY, dictionaryMarkdown } from './dictionary.js';
import { CHANNELS, simulateOrders, STATUSES } from './behaviour.js';
import { EVENT_TYPES, simulateEvents } from './events.js';
import { HIT_RULE, labelHits } from './hits.js';
import { AS_OF_DAY, ORDER_DAYS, PRESETS, dayToDate } from './presets.js';
import { createRandom } from './random.js';
import { PROMOTIONS, WEEKDAY_FACTOR } from './season.js';
import {
  buildBrands,
  buildCategories,
  buildConsumers,
  buildContent,
  buildProducts,
  buildServiceProviders,
  CONTENT_TYPES,
} from './world.js';
import { TableBuilder, writeParquet } from './writer.js';

const CROWD_NAMES = CROWDS.map((c) => c.zh);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SEED = 20261122;

const weekOf = (/** @type {number} */ day) => Math.floor((day + 3) / 7); // day 0 is a Thursday
const monthOf = (/** @type {number} */ day) => {
  const date = dayToDate(day);
  return (date.getUTCFullYear() - 2024) * 12 + date.getUTCMonth() - 10;
};
const monthStartDay = (/** @type {number} */ month) =>
  Math.round((Date.UTC(2024, 10 + month, 1) - Date.UTC(2024, 10, 21)) / 86_400_000);
const iso = (/** @type {number} */ day) => dayToDate(day).toISOString().slice(0, 10);

/**
 * Build every table of a preset in memory.
 * @param {string} presetName
 * @param {number} seed
 */
export function buildWorldTables(presetName, seed) {
  const preset = PRESETS[presetName];
  if (!preset) throw new Error(`unknown preset ${presetName} (sandbox, standard, stress)`);
  const random = createRandom(seed);
  const categories = buildCategories(preset);
  const sps = buildServiceProviders(preset, random);
  const brands = buildBrands(preset, categories, sps, random);
  const products = buildProducts(preset, categories, brands, random);
  const consumers = buildConsumers(preset, random);
  const content = buildContent(preset, brands, products, sps, random);
  const world = { categories, sps, brands, products, consumers, content };
  const { orders, members } = simulateOrders({ world, preset, random });
  // The buyer's crowd rides along on facts, as platform exports with buyer attributes do.
  const crowdOf = (/** @type {number} */ consumerId) => consumers[consumerId - 1]?.crowd ?? '其他';

  // Facts are stored by day (stable), which also lets readers skip row groups by day.
  const orderIndex = orders
    .map((_, i) => i)
    .sort((a, b) => (orders[a]?.day ?? 0) - (orders[b]?.day ?? 0) || a - b);
  const t = {
    consumers: new TableBuilder('consumers', [
      ['consumer_id', 'int32'],
      ['gender', ['F', 'M']],
      ['birth_year', 'int32'],
      ['age', 'int32'],
      ['city_tier', 'int16'],
      ['province', 'utf8'],
      ['city', 'utf8'],
      ['has_child_u12', 'int16'],
      ['is_pregnant', 'int16'],
      ['occupation', ['white', 'blue', 'student', 'retired', 'other']],
      ['income_band', 'int16'],
      ['is_88vip', 'int16'],
      ['taoqi_score', 'int32'],
      ['register_day', 'int32'],
      ['crowd', 'utf8'],
      ['crowd_rule_version', 'utf8'],
    ]),
    categories: new TableBuilder('categories', [
      ['category_id', 'int32'],
      ['parent_id', 'int32?'],
      ['level', 'int16'],
      ['name', 'utf8'],
      ['name_en', 'utf8'],
      ['industry', 'utf8'],
      ['industry_en', 'utf8'],
      ['repurchase_cycle_days', 'int32?'],
    ]),
    service_providers: new TableBuilder('service_providers', [
      ['sp_id', 'int32'],
      ['name', 'utf8'],
      ['name_en', 'utf8'],
      ['sp_type', 'utf8'],
    ]),
    brands: new TableBuilder('brands', [
      ['brand_id', 'int32'],
      ['name', 'utf8'],
      ['name_en', 'utf8'],
      ['main_category_id', 'int32'],
      ['industry', 'utf8'],
      ['price_positioning', ['mass', 'mid', 'premium']],
      ['first_sale_day', 'int32'],
      ['store_type', 'utf8'],
      ['merchant_tier', ['超级旗舰', '千星', '蓝星']],
      ['sp_id', 'int32'],
    ]),
    products: new TableBuilder('products', [
      ['product_id', 'int32'],
      ['brand_id', 'int32'],
      ['category_id', 'int32'],
      ['list_price', 'float64'],
      ['price_band', 'int16'],
      ['launch_day', 'int32'],
      ['is_tmic_project', 'int16'],
    ]),
    content: new TableBuilder('content', [
      ['content_id', 'int32'],
      ['brand_id', 'int32'],
      ['sp_id', 'int32'],
      ['content_type', CONTENT_TYPES],
      ['creator_type', ['brand', 'KOL', 'KOC']],
      ['publish_day', 'int32'],
      ['linked_product_id', 'int32?'],
    ]),
    events: new TableBuilder('events', [
      ['event_id', 'int32'],
      ['day_idx', 'int32'],
      ['dt', 'date'],
      ['week_idx', 'int32'],
      ['ts_sec', 'int32'],
      ['consumer_id', 'int32'],
      ['crowd', CROWD_NAMES],
      ['brand_id', 'int32'],
      ['product_id', 'int32'],
      ['category_id', 'int32'],
      ['event_type', EVENT_TYPES],
      ['channel', CHANNELS],
      ['content_id', 'int32?'],
      ['watch_sec', 'int32?'],
      ['is_paid_media', 'int16'],
    ]),
    orders: new TableBuilder('orders', [
      ['order_id', 'int32'],
      ['consumer_id', 'int32'],
      ['crowd', CROWD_NAMES],
      ['brand_id', 'int32'],
      ['day_idx', 'int32'],
      ['dt', 'date'],
      ['week_idx', 'int32'],
      ['month_idx', 'int32'],
      ['pay_amount', 'float64'],
      ['refund_amount', 'float64'],
      ['status', STATUSES],
      ['channel', CHANNELS],
      ['content_id', 'int32?'],
      ['is_presale', 'int16'],
    ]),
    order_items: new TableBuilder('order_items', [
      ['order_id', 'int32'],
      ['product_id', 'int32'],
      ['category_id', 'int32'],
      ['qty', 'int32'],
      ['unit_price', 'float64'],
      ['discount', 'float64'],
    ]),
    reviews: new TableBuilder('reviews', [
      ['order_id', 'int32'],
      ['consumer_id', 'int32'],
      ['product_id', 'int32'],
      ['day_idx', 'int32'],
      ['dt', 'date'],
      ['rating', 'int16'],
      ['has_photo', 'int16'],
      ['is_shared', 'int16'],
    ]),
    memberships: new TableBuilder('memberships', [
      ['consumer_id', 'int32'],
      ['brand_id', 'int32'],
      ['join_day', 'int32'],
      ['join_dt', 'date'],
      ['level', 'int16'],
      ['is_fan', 'int16'],
    ]),
    targets: new TableBuilder('targets', [
      ['brand_id', 'int32'],
      ['month_idx', 'int32'],
      ['month', 'date'],
      ['gmv_target', 'float64'],
    ]),
  };

  for (const c of consumers)
    t.consumers.push(
      c.id,
      c.gender,
      c.birthYear,
      c.age,
      c.tier,
      c.province,
      c.city,
      c.child,
      c.pregnant,
      c.occupation,
      c.income,
      c.vip,
      c.taoqi,
      c.registerDay,
      c.crowd,
      CROWD_RULE_VERSION,
    );
  for (const industry of categories.industries)
    t.categories.push(
      industry.id,
      null,
      1,
      industry.zh,
      industry.en,
      industry.zh,
      industry.en,
      null,
    );
  for (const leaf of categories.leaves) {
    const industry = categories.industries[leaf.industry];
    t.categories.push(
      leaf.id,
      industry?.id ?? null,
      2,
      leaf.zh,
      leaf.en,
      industry?.zh ?? '',
      industry?.en ?? '',
      leaf.cycle,
    );
  }
  for (const sp of sps) t.service_providers.push(sp.id, sp.zh, sp.en, sp.type);

  // Merchant tier (illustrative rule): trailing-365-day GMV rank; brands selling < 12 months are 蓝星.
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
  for (const b of brands)
    t.brands.push(
      b.id,
      b.zh,
      b.en,
      b.mainLeaf,
      categories.industries[b.industry]?.zh ?? '',
      b.priceLabel,
      b.firstSaleDay,
      b.storeType,
      b.merchantTier,
      b.spId,
    );
  for (const p of products)
    t.products.push(p.id, p.brandId, p.categoryId, p.listPrice, p.priceBand, p.launchDay, p.isTmic);
  for (const c of content)
    t.content.push(c.id, c.brandId, c.spId, c.type, c.creator, c.publishDay, c.productId);

  const monthlyGmv = new Map();
  orderIndex.forEach((index, rank) => {
    const o = /** @type {(typeof orders)[number]} */ (orders[index]);
    const id = rank + 1;
    t.orders.push(
      id,
      o.consumer,
      crowdOf(o.consumer),
      o.brand,
      o.day,
      o.day,
      weekOf(o.day),
      monthOf(o.day),
      o.amount,
      o.refund,
      o.status,
      o.channel,
      o.content,
      o.presale,
    );
    for (const it of o.items)
      t.order_items.push(id, it.product.id, it.product.categoryId, it.qty, it.unit, it.discount);
    if (o.status !== 'unpaid') {
      const key = o.brand * 1000 + monthOf(o.day);
      monthlyGmv.set(key, (monthlyGmv.get(key) ?? 0) + o.amount);
      const first = o.items[0]?.product;
      const reviewDay = o.day + random.between(2, 15);
      if (first && reviewDay <= AS_OF_DAY && random.chance(0.3)) {
        const good = 1 / (1 + Math.exp(-(1.2 + first.quality)));
        const rating = random.chance(good)
          ? random.chance(0.75)
            ? 5
            : 4
          : random.chance(0.5)
            ? 3
            : random.chance(0.5)
              ? 2
              : 1;
        t.reviews.push(
          id,
          o.consumer,
          first.id,
          reviewDay,
          reviewDay,
          rating,
          random.chance(0.3) ? 1 : 0,
          random.chance(rating === 5 ? 0.08 : 0.03) ? 1 : 0,
        );
      }
    }
  });

  // Events: generated per consumer, then ordered by day and second.
  const joins = new Map(members.map((m) => [m.consumer * 10000 + m.brand, m]));
  const raw = new TableBuilder(
    'events-raw',
    // Derived columns (date, week, crowd) are added when the sorted events are written.
    t.events.schema.slice(1).filter(([n]) => n !== 'dt' && n !== 'week_idx' && n !== 'crowd'),
  );
  simulateEvents({
    world,
    orders,
    preset,
    random,
    emit: (e) =>
      raw.push(
        e.day,
        e.ts,
        e.consumer,
        e.brand,
        e.product,
        e.category,
        e.type,
        e.channel,
        e.content,
        e.watch,
        e.paid,
      ),
    join: (consumer, brand, day) => {
      const key = consumer * 10000 + brand;
      const member = joins.get(key);
      if (!member) joins.set(key, { consumer, brand, day, purchases: 0 });
      else if (day < member.day) member.day = day;
    },
  });
  const day = raw.numbers('day_idx');
  const ts = raw.numbers('ts_sec');
  const order = Uint32Array.from({ length: raw.length }, (_, i) => i).sort(
    (a, b) => (day[a] ?? 0) - (day[b] ?? 0) || (ts[a] ?? 0) - (ts[b] ?? 0) || a - b,
  );
  const col = (/** @type {string} */ name) =>
    /** @type {any} */ (raw.data[raw.schema.findIndex(([n]) => n === name)]);
  const [cons, brand, product, category, type, channel, contentCol, watch, paid] = [
    'consumer_id',
    'brand_id',
    'product_id',
    'category_id',
    'event_type',
    'channel',
    'content_id',
    'watch_sec',
    'is_paid_media',
  ].map(col);
  order.forEach((i, rank) => {
    const d = day[i] ?? 0;
    const contentId = contentCol[i];
    const watchSec = watch[i];
    t.events.push(
      rank + 1,
      d,
      d,
      weekOf(d),
      ts[i] ?? 0,
      cons[i],
      crowdOf(cons[i]),
      brand[i],
      product[i],
      category[i],
      EVENT_TYPES[type[i]] ?? 'exposure',
      CHANNELS[channel[i]] ?? 'other',
      contentId === -2147483648 ? null : contentId,
      watchSec === -2147483648 ? null : watchSec,
      paid[i],
    );
  });

  const memberRows = [...joins.values()].sort(
    (a, b) => a.day - b.day || a.consumer - b.consumer || a.brand - b.brand,
  );
  for (const m of memberRows)
    t.memberships.push(
      m.consumer,
      m.brand,
      m.day,
      m.day,
      m.purchases >= 8 ? 3 : m.purchases >= 4 ? 2 : 1,
      random.chance(0.5) ? 1 : 0,
    );

  // Targets: last year's same month × a growth plan (the eroding brand's plan is not met).
  const lastMonth = monthOf(AS_OF_DAY) + 3;
  for (const b of brands)
    for (let month = 0; month <= lastMonth; month++) {
      const reference =
        month >= 12
          ? monthlyGmv.get(b.id * 1000 + month - 12)
          : monthlyGmv.get(b.id * 1000 + month);
      if (!reference) continue;
      const plan = month >= 12 ? (b.trend === 'rising' ? 1.3 : 1.15) : 0.95 + random.next() * 0.12;
      t.targets.push(b.id, month, monthStartDay(month), Math.round(reference * plan));
    }

  const industryOfLeaf = new Map(categories.leaves.map((l) => [l.id, l.industry + 1]));
  const hits = labelHits(products, orders, (id) => industryOfLeaf.get(id) ?? 0);
  const truth = {
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
    },
    service_provider_uplift: sps.map((s) => ({ sp_id: s.id, name: s.zh, uplift: s.uplift })),
    funnel: { click_given_exposure: [0.02, 0.05], cart_given_click: [0.08, 0.15] },
  };
  return { tables: t, truth, preset };
}

/**
 * Generate and write a preset.
 * @param {{ preset: string, seed?: number, out?: string, docs?: boolean, log?: (line: string) => void }} options
 */
export async function generate(options) {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? DEFAULT_SEED;
  const out =
    options.out ??
    (options.preset === 'sandbox'
      ? path.join(root, 'public/data')
      : path.join(root, 'data-out', options.preset));
  const started = Date.now();
  const { tables, truth } = buildWorldTables(options.preset, seed);
  log(`built ${options.preset} in memory in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  fs.mkdirSync(out, { recursive: true });
  const manifest = {
    preset: options.preset,
    seed,
    tables: /** @type {{ table: string, file: string, rows: number, bytes: number }[]} */ ([]),
  };
  for (const [name, table] of Object.entries(tables)) {
    const file = `${name}.parquet`;
    await writeParquet(table, path.join(out, file));
    const bytes = fs.statSync(path.join(out, file)).size;
    manifest.tables.push({ table: name, file, rows: table.length, bytes });
    log(
      `  ${name.padEnd(18)} ${String(table.length).padStart(10)} rows ${(bytes / 1024).toFixed(0).padStart(8)} KiB`,
    );
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  fs.writeFileSync(path.join(out, 'dictionary.json'), JSON.stringify(DICTIONARY, null, 2) + '\n');
  fs.writeFileSync(path.join(out, 'ground_truth.json'), JSON.stringify(truth, null, 2) + '\n');
  if (options.docs) {
    fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(root, 'docs/data-dictionary.md'), dictionaryMarkdown() + '\n');
  }
  log(`wrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { out, manifest, truth };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (/** @type {string} */ name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const preset = flag('--preset') ?? 'sandbox';
  const seed = flag('--seed');
  await generate({
    preset,
    ...(seed ? { seed: Number(seed) } : {}),
    ...(flag('--out') ? { out: /** @type {string} */ (flag('--out')) } : {}),
    docs: preset === 'sandbox' && !flag('--out'),
    log: (line) => console.log(line),
  });
}
