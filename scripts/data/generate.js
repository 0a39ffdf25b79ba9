// @ts-check
/**
 * The demo-data generator: `npm run data -- --preset sandbox|standard|stress [--seed N] [--out DIR]`.
 * Same preset and seed → the same bytes. Writes one ZSTD Parquet file per table, manifest.json,
 * dictionary.json and ground_truth.json (the planted signals), and docs/data-dictionary.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CROWD_RULE_VERSION } from './catalog.js';
import { DICTIONARY } from './dictionary.js';
import { dictionaryMarkdown } from './dictionary-md.js';
import { CHANNELS, simulateOrders } from './behaviour.js';
import { EVENT_TYPES, simulateEvents } from './events.js';
import { AS_OF_DAY, PRESETS, dayToDate } from './presets.js';
import { createRandom } from './random.js';
import {
  assignMerchantTiers,
  buildBrands,
  buildCategories,
  buildContent,
  buildProducts,
  buildServiceProviders,
} from './world.js';
import { buildConsumers } from './consumers.js';
import { simulateLaunches } from './launches.js';
import { simulateStages } from './stages.js';
import { buildGroundTruth } from './truth.js';
import { createTables } from './schemas.js';
import { TableBuilder, writeParquet } from './writer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SEED = 20261122;

const weekOf = (/** @type {number} */ day) => Math.floor((day + 3) / 7); // day 0 is a Thursday
const monthOf = (/** @type {number} */ day) => {
  const date = dayToDate(day);
  return (date.getUTCFullYear() - 2024) * 12 + date.getUTCMonth() - 10;
};
const monthStartDay = (/** @type {number} */ month) =>
  Math.round((Date.UTC(2024, 10 + month, 1) - Date.UTC(2024, 10, 21)) / 86_400_000);

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
  const products = buildProducts(preset, categories, brands, random, createRandom(seed + 29));
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
  const t = createTables();

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

  assignMerchantTiers(brands, orders);
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

  // Launch KPIs draw from their own stream, so the other tables do not move when they change.
  const launchNoise = simulateLaunches({
    products,
    brands,
    random: createRandom(seed + 17),
    emit: (r) =>
      t.launch_daily.push(
        r.product.id,
        r.product.brandId,
        r.product.categoryId,
        r.day,
        r.day,
        r.age,
        r.exposure,
        r.visitors,
        r.favCart,
        r.buyers,
        r.newBuyers,
        r.targetBuyers,
        r.contentViews,
        r.engagements,
      ),
  });

  // Month-end crowd packs draw from their own stream too.
  const stageTruth = simulateStages({
    brands,
    consumers,
    orders,
    preset,
    random: createRandom(seed + 41),
    emit: (r) =>
      t.aipl_monthly.push(r.brand, r.month, r.day, r.day, r.consumer, crowdOf(r.consumer), r.stage),
  });

  const truth = buildGroundTruth({
    stageTruth,
    launchNoise,
    presetName,
    seed,
    preset,
    categories,
    brands,
    products,
    orders,
    sps,
  });
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
