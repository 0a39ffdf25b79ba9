import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { generate } from '../../../scripts/data/generate.js';
import { DICTIONARY } from '../../../scripts/data/dictionary.js';
import type { NodeEngine } from '../../support/node-engine';
import { SANDBOX_DIR, loadSandbox, readJson, type Manifest } from '../../support/sandbox';

interface Truth {
  calendar: { as_of_day: number; event_window: [number, number] };
  promotions: { name: string; day_idx: number }[];
  crowd_affinities: { crowd: string; target: string; factor: number }[];
  cross_category_pairs: {
    a: string;
    b: string;
    a_category_id: number;
    b_category_id: number;
    expected_lift: [number, number];
  }[];
  brands: { rising: { brand_id: number }; eroding: { brand_id: number } };
  hits: { product_ids: number[]; latent_breakouts: number[] };
  service_provider_uplift: { sp_id: number; uplift: number }[];
  funnel: { click_given_exposure: [number, number] };
}

let engine: NodeEngine;
const truth = readJson<Truth>('ground_truth.json');
const D = truth.calendar.as_of_day;
const PAID = "status IN ('paid', 'refunded')";

beforeAll(async () => {
  engine = await loadSandbox();
});

describe('sandbox demo data', () => {
  it('is what the generator makes from the same seed, byte for byte', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-'));
    onTestFinished(() => fs.rmSync(out, { recursive: true, force: true }));
    await generate({ preset: 'sandbox', out });
    const manifest = readJson<Manifest>('manifest.json');
    const hash = (file: string) =>
      crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    for (const { file } of manifest.tables)
      expect(hash(path.join(out, file)), file).toBe(hash(path.join(SANDBOX_DIR, file)));
    for (const file of ['manifest.json', 'dictionary.json', 'ground_truth.json'])
      expect(fs.readFileSync(path.join(out, file), 'utf8'), file).toBe(
        fs.readFileSync(path.join(SANDBOX_DIR, file), 'utf8'),
      );
  });

  it('matches its data dictionary column for column', async () => {
    const manifest = readJson<Manifest>('manifest.json');
    expect(manifest.tables.map((t) => t.table).sort()).toEqual(Object.keys(DICTIONARY).sort());
    for (const { table, rows } of manifest.tables) {
      const columns = await engine.rows(
        `SELECT column_name AS c FROM duckdb_columns() WHERE table_name = '${table}' ORDER BY column_index`,
      );
      expect(
        columns.map((c) => c.c),
        table,
      ).toEqual(Object.keys(DICTIONARY[table]!.columns));
      expect(await engine.rows(`SELECT count(*)::INTEGER AS n FROM ${table}`)).toEqual([
        { n: rows },
      ]);
    }
  });

  it('has the planted cross-category lifts (consumer baskets, last 365 days)', async () => {
    for (const pair of truth.cross_category_pairs) {
      const [row] = await engine.rows(`
        WITH baskets AS (
          SELECT DISTINCT o.consumer_id, i.category_id FROM orders o JOIN order_items i USING (order_id)
          WHERE o.${PAID} AND o.day_idx BETWEEN ${D - 364} AND ${D}),
        n AS (SELECT count(DISTINCT consumer_id)::DOUBLE AS n FROM baskets),
        a AS (SELECT consumer_id FROM baskets WHERE category_id = ${pair.a_category_id}),
        b AS (SELECT consumer_id FROM baskets WHERE category_id = ${pair.b_category_id})
        SELECT (SELECT count(*) FROM a JOIN b USING (consumer_id))::DOUBLE AS nab,
               ((SELECT count(*) FROM a JOIN b USING (consumer_id)) / (SELECT count(*) FROM a))
               / ((SELECT count(*) FROM b) / (SELECT n FROM n)) AS lift`);
      expect(row!.nab as number, `${pair.a}→${pair.b}`).toBeGreaterThanOrEqual(30);
      expect(row!.lift as number, `${pair.a}→${pair.b}`).toBeGreaterThanOrEqual(
        pair.expected_lift[0],
      );
      expect(row!.lift as number, `${pair.a}→${pair.b}`).toBeLessThanOrEqual(pair.expected_lift[1]);
    }
  });

  it('has a rising and an eroding brand (GMV last 365 days vs the 365 before)', async () => {
    const yoy = async (brand: number) => {
      const [row] = await engine.rows(`SELECT
        sum(pay_amount) FILTER (WHERE day_idx > ${D - 365}) / sum(pay_amount) FILTER (WHERE day_idx <= ${D - 365}) AS ratio
        FROM orders WHERE ${PAID} AND brand_id = ${brand}`);
      return row!.ratio as number;
    };
    expect(await yoy(truth.brands.rising.brand_id)).toBeGreaterThan(1.25);
    expect(await yoy(truth.brands.eroding.brand_id)).toBeLessThan(0.8);
  });

  it('labels as hits the top performers of their launch cohorts (90-day GMV ÷ cohort median, top 7%)', async () => {
    const rows = await engine.rows(`
      WITH launched AS (SELECT p.product_id, p.launch_day, c.parent_id AS industry FROM products p JOIN categories c USING (category_id)
                        WHERE p.launch_day BETWEEN 0 AND ${D - 89}),
      sales AS (SELECT l.product_id, l.industry, l.launch_day // 91 AS quarter,
                  coalesce(sum(i.qty * i.unit_price) FILTER (WHERE o.${PAID} AND o.day_idx BETWEEN l.launch_day AND l.launch_day + 89), 0) AS gmv
                FROM launched l LEFT JOIN order_items i USING (product_id) LEFT JOIN orders o USING (order_id) GROUP BY ALL),
      scored AS (SELECT product_id, gmv / greatest(1, median(gmv) OVER (PARTITION BY industry, quarter)) AS score FROM sales)
      SELECT product_id FROM scored ORDER BY score DESC, product_id LIMIT (SELECT ceil(count(*) * 0.07) FROM scored)`);
    expect(rows.map((r) => r.product_id as number).sort((a, b) => a - b)).toEqual(
      truth.hits.product_ids,
    );
    // Latent quality is what makes hits: most planted breakouts become labelled hits.
    const labelled = new Set(truth.hits.product_ids);
    const breakouts = truth.hits.latent_breakouts.filter((id) => labelled.has(id));
    expect(breakouts.length / truth.hits.product_ids.length).toBeGreaterThanOrEqual(0.5);
  });

  it('shows planted crowd affinities as TGI well above 100 (category buyers vs all buyers)', async () => {
    for (const affinity of truth.crowd_affinities.filter((a) => a.factor >= 2.5)) {
      const [row] = await engine.rows(`
        WITH buyers AS (SELECT DISTINCT o.consumer_id, c.name AS leaf, c.industry FROM orders o
                        JOIN order_items i USING (order_id) JOIN categories c USING (category_id)
                        WHERE o.${PAID} AND o.day_idx > ${D - 365}),
        target AS (SELECT DISTINCT consumer_id FROM buyers WHERE leaf = '${affinity.target}' OR industry = '${affinity.target}'),
        base AS (SELECT DISTINCT consumer_id FROM buyers)
        SELECT (SELECT count(*) FROM target JOIN consumers USING (consumer_id) WHERE crowd = '${affinity.crowd}')::DOUBLE AS n,
          100 * ((SELECT count(*) FROM target JOIN consumers USING (consumer_id) WHERE crowd = '${affinity.crowd}') / (SELECT count(*) FROM target))
              / ((SELECT count(*) FROM base JOIN consumers USING (consumer_id) WHERE crowd = '${affinity.crowd}') / (SELECT count(*) FROM base)) AS tgi`);
      expect(row!.n as number, `${affinity.crowd} × ${affinity.target}`).toBeGreaterThanOrEqual(30);
      expect(row!.tgi as number, `${affinity.crowd} × ${affinity.target}`).toBeGreaterThan(150);
    }
  });

  it('peaks on the planted promotion days, with a weekend rhythm and pre-sale cart build-up', async () => {
    for (const promo of truth.promotions) {
      const [row] = await engine.rows(`SELECT arg_max(day_idx, gmv) AS peak FROM (
        SELECT day_idx, sum(pay_amount) AS gmv FROM orders WHERE ${PAID} AND day_idx BETWEEN ${promo.day_idx - 20} AND ${promo.day_idx + 20} GROUP BY day_idx)`);
      expect(row!.peak, promo.name).toBe(promo.day_idx);
    }
    const [week] =
      await engine.rows(`SELECT avg(n) FILTER (WHERE dow IN (0, 6)) / avg(n) FILTER (WHERE dow NOT IN (0, 6)) AS ratio
      FROM (SELECT dayofweek(dt) AS dow, count(*) AS n FROM orders WHERE ${PAID} GROUP BY dt, dow)`);
    expect(week!.ratio as number).toBeGreaterThan(1.1);
    const double11 = truth.promotions.filter((p) => p.name === '双11').at(-1)!.day_idx;
    const [carts] = await engine.rows(`SELECT
      count(*) FILTER (WHERE day_idx BETWEEN ${double11 - 21} AND ${double11 - 1}) / count(*) FILTER (WHERE day_idx BETWEEN ${double11 - 42} AND ${double11 - 22}) AS ratio
      FROM events WHERE event_type = 'cart'`);
    expect(carts!.ratio as number).toBeGreaterThan(1.5);
  });

  it('has AIPL funnel rates in realistic ranges', async () => {
    const [row] =
      await engine.rows(`SELECT count(*) FILTER (WHERE event_type = 'click') / count(*) FILTER (WHERE event_type = 'exposure') AS ctr,
      count(*) FILTER (WHERE event_type = 'cart') / count(*) FILTER (WHERE event_type = 'click') AS cart_rate FROM events`);
    expect(row!.ctr as number).toBeGreaterThanOrEqual(truth.funnel.click_given_exposure[0]);
    expect(row!.ctr as number).toBeLessThanOrEqual(truth.funnel.click_given_exposure[1]);
  });

  it('gives content operated by high-uplift service providers more engagement', async () => {
    const rows = await engine.rows(`SELECT c.sp_id,
        count(*) FILTER (WHERE e.event_type IN ('content_like', 'content_comment', 'content_share'))
        / count(*) FILTER (WHERE e.event_type IN ('content_view', 'live_enter')) AS rate
      FROM events e JOIN content c USING (content_id) GROUP BY c.sp_id ORDER BY rate DESC`);
    const byUplift = [...truth.service_provider_uplift]
      .sort((a, b) => b.uplift - a.uplift)
      .map((s) => s.sp_id);
    expect(rows.map((r) => r.sp_id)).toEqual(byUplift);
  });

  it('gives hits better early signals (click-through in the first 14 days after launch)', async () => {
    const hits = truth.hits.product_ids.join(', ');
    const [row] = await engine.rows(`SELECT
        count(*) FILTER (WHERE event_type = 'click' AND hit) / count(*) FILTER (WHERE event_type = 'exposure' AND hit) AS hit_ctr,
        count(*) FILTER (WHERE event_type = 'click' AND NOT hit) / count(*) FILTER (WHERE event_type = 'exposure' AND NOT hit) AS other_ctr
      FROM (SELECT e.event_type, e.product_id IN (${hits}) AS hit FROM events e JOIN products p USING (product_id)
            WHERE p.launch_day >= ${truth.calendar.event_window[0]} AND e.day_idx <= p.launch_day + 14)`);
    expect(row!.hit_ctr as number).toBeGreaterThan(1.3 * (row!.other_ctr as number));
  });
});
