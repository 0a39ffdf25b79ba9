/**
 * compass: exact values on a hand-built slice (tables replaced below), as-of day 400, hit share
 * 0.4. Industry X: brand 1 (甲) launches p11 (day 100), p12 (200), p13 (380), p14 (392); brand 2 (乙)
 * p21 (150), p22 (250); industry Y: p41 (day 0, when the data begins). DAY0 = 2025-01-01. Numbers are worked out in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { RecordRow } from '../../src/panel/contract';
import { byKey, close, useToolkitFixture } from '../../test/support/toolkits';
import { pHitDrop } from './index';
import { computeCompass, quantile, stratifiedFolds } from './model';

const SLICE = `
DROP TABLE products; DROP TABLE orders; DROP TABLE order_items; DROP TABLE events;
CREATE TABLE categories AS SELECT * FROM (VALUES (501, '面霜'), (502, '精华'), (601, '零食')) t(category_id, name);
CREATE TABLE products AS SELECT * FROM (VALUES
  (11, 1, 501, 100.0, 1, 100), (12, 1, 501, 300.0, 2, 200), (13, 1, 502, 400.0, 2, 380),
  (14, 1, 501, 100.0, 1, 392), (21, 2, 501, 200.0, 1, 150), (22, 2, 502, 100.0, 1, 250),
  (41, 4, 601, 50.0, 1, 0)) t(product_id, brand_id, category_id, list_price, price_band, launch_day);
CREATE TABLE orders AS SELECT order_id, consumer_id, crowd, brand_id, day_idx, DATE '2025-01-01' + day_idx AS dt, status, amount AS pay_amount
FROM (VALUES (1, 1, 'Z世代', 1, 110, 'paid', 100.0), (2, 2, '精致妈妈', 2, 160, 'paid', 300.0),
  (3, 2, '精致妈妈', 2, 300, 'paid', 100.0), (4, 1, 'Z世代', 1, 210, 'refunded', 300.0),
  (5, 3, 'Z世代', 1, 220, 'unpaid', 300.0), (6, 2, '精致妈妈', 2, 260, 'paid', 100.0),
  (7, 1, 'Z世代', 1, 400, 'paid', 800.0), (8, 1, 'Z世代', 1, 350, 'paid', 100.0),
  (9, 4, 'Z世代', 4, 0, 'paid', 50.0))
  t(order_id, consumer_id, crowd, brand_id, day_idx, status, amount);
CREATE TABLE order_items AS SELECT * FROM (VALUES (1, 11, 1, 100.0), (2, 21, 3, 100.0), (3, 21, 1, 100.0),
  (4, 12, 1, 300.0), (5, 12, 1, 300.0), (6, 22, 1, 100.0), (7, 13, 2, 400.0), (8, 11, 1, 100.0), (9, 41, 1, 50.0))
  t(order_id, product_id, qty, unit_price);
CREATE TABLE events AS SELECT * FROM (VALUES
  (1, 'Z世代', 11, 350, 'click'), (1, 'Z世代', 11, 350, 'category_search'), (2, '精致妈妈', 11, 360, 'cart'),
  (3, 'Z世代', 11, 360, 'exposure'), (4, 'Z世代', 11, 250, 'category_search'),
  (5, '精致妈妈', 12, 390, 'pdp_view'), (5, '精致妈妈', 12, 200, 'category_search'))
  t(consumer_id, crowd, product_id, day_idx, event_type);
CREATE TABLE launch_daily AS SELECT * FROM (VALUES
  (11, 100, 0, 100, 10, 2, 1, 1, 0, 20, 2), (11, 108, 8, 100, 30, 3, 3, 1, 3, 10, 1), (11, 120, 20, 50, 10, 1, 5, 2, 1, 0, 0),
  (12, 200, 0, 80, 8, 2, 2, 1, 1, 10, 3), (21, 150, 0, 90, 9, 3, 6, 2, 2, 10, 1), (22, 250, 0, 50, 5, 1, 1, 0, 0, 10, 0),
  (41, 0, 0, 40, 4, 1, 1, 1, 0, 10, 1),
  (13, 380, 0, 100, 10, 1, 1, 1, 0, 10, 1), (13, 395, 15, 100, 10, 1, 2, 1, 0, 10, 1), (13, 405, 25, 100, 10, 1, 9, 1, 0, 10, 1),
  (14, 393, 1, 100, 20, 4, 5, 2, 2, 10, 2))
  t(product_id, day_idx, age_day, exposure_uv, visitor_uv, fav_cart_uv, buyers, new_buyers, target_crowd_buyers, content_views, content_engagements);
`;

const { run, alert } = useToolkitFixture(SLICE);
const inputs = { brand: 1, hitShare: 0.4 };

describe('hit-product compass (metrics.md §2.2, §1.10)', () => {
  it('labels launches by cohort and reads their day-7/14 KPIs', async () => {
    const rows = byKey(await run('compass.model', inputs), 'product_id');
    // Cohorts of industry X: quarter 1 p11 (first-90-day GMV 100), p21 (300) → median 200, ratios
    // 0.5 and 1.5; quarter 2 p12 (300: order 5 is unpaid) and p22 (100) → 1.5 and 0.5. Percent ranks
    // 0, 0, 2/3, 2/3: with a 40% share (≥ 0.6) p21 and p12 are hits. p41 is alone in Y (rank 0).
    expect(['11', '12', '21', '22', '41'].map((id) => rows[id]?.hit)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect([rows['13']?.role, rows['14']?.role, rows['11']?.role]).toEqual([
      'current',
      'current',
      'train',
    ]);
    // Ages on day 400: p13 380 → 21 days, p14 392 → 9.
    expect([rows['13']?.age, rows['14']?.age]).toEqual([21, 9]);
    // p11 by day 7 (age 0 only): 10 / 100 visitors, 2 / 10 fav+cart, 1 / 10 buyers, 0 / 1 target,
    // 2 / 20 engaged, 1 / 1 new; by day 14 (ages 0 and 8): 40 / 200, 5 / 40, 4 / 40, 3 / 4, 3 / 30, 2 / 4.
    const p11 = rows['11']!;
    const day7 = [
      'ctr_7',
      'fav_cart_7',
      'conversion_7',
      'target_share_7',
      'engagement_7',
      'new_share_7',
    ];
    const day14 = day7.map((c) => c.replace('_7', '_14'));
    day7.forEach((c, i) => close(p11[c], [0.1, 0.2, 0.1, 0, 0.1, 1][i]!));
    day14.forEach((c, i) => close(p11[c], [0.2, 0.125, 0.1, 0.75, 0.1, 0.5][i]!));
    expect([p11.buyers_7, p11.buyers_14, p11.buyers_30]).toEqual([1, 4, 9]);
    // Price against the category: 501's list prices 100, 300, 100, 200 → median 150.
    close(p11.price_vs_category, Math.log(100 / 150));
    close(rows['22']?.price_vs_category, Math.log(100 / 250));
    // p13 (21 days): day 14 from age 0 only (age 15 is past it; day 405 is after the as-of day);
    // no day 30 yet. p14 (9 days): no day-14 figures at all.
    expect([rows['13']?.buyers_14, rows['13']?.buyers_30]).toEqual([1, null]);
    expect([rows['14']?.ctr_14, rows['14']?.buyers_14]).toEqual([null, null]);
    close(rows['14']?.ctr_7, 0.2);
  });

  it('success rates by quarter, price band, crowd focus and brand, against the industry', async () => {
    const rows = await run('compass.success', inputs);
    const get = (dimension: string, key: string) =>
      rows.find((r) => r.dimension === dimension && r.key === key);
    // 2025 Q2 (days 90–180): p11 (甲, no hit), p21 (乙, hit); Q3: p12 (甲, hit), p22 (乙, no).
    expect(get('quarter', '2025 Q2')).toMatchObject({
      launches: 1,
      hits: 0,
      rate: 0,
      category_rate: 0.5,
    });
    expect(get('quarter', '2025 Q3')).toMatchObject({
      launches: 1,
      hits: 1,
      rate: 1,
      category_rate: 0.5,
    });
    // Band 1 in X: p11, p21 (hit), p22 → 1/3; band 2: p12 (hit).
    expect(get('band', '1')).toMatchObject({ launches: 1, hits: 0 });
    close(get('band', '1')?.category_rate, 1 / 3);
    expect(get('band', '2')).toMatchObject({ launches: 1, hits: 1, category_rate: 1 });
    // Crowd focus = most first-90-day buyers: p11, p12 Z世代; p21, p22 精致妈妈 (甲 has none: no row).
    expect(get('crowd', 'Z世代')).toMatchObject({
      launches: 2,
      hits: 1,
      rate: 0.5,
      category_rate: 0.5,
    });
    expect(get('crowd', '精致妈妈')).toBeUndefined();
    expect(get('brand', '甲')).toMatchObject({
      launches: 2,
      hits: 1,
      is_focus: true,
      category_rate: 0.5,
    });
    expect(get('brand', '乙')).toMatchObject({ launches: 2, hits: 1, is_focus: false });
  });

  it('the opportunity map: demand, search growth, supply, gap and the top-TGI crowd', async () => {
    const rows = await run('compass.opportunity', inputs);
    const cell = (category: number, band: number) =>
      rows.find((r) => r.category_id === category && r.price_band === band);
    // 面霜 band 1 in the last 90 days (310, 400]: I-stage c1 (click), c2 (cart); c3 only saw it.
    // Category search: c1 now, c4 in the 90 days before → growth 0. Sold: p11 (order 8) → 1 SKU,
    // GMV 100, gap 2. Industry I-stage UV: Z世代 1 of 3, 精致妈妈 2 of 3; the cell's 1 of 2 each →
    // TGI 150 and 75: Z世代 tops.
    expect(cell(501, 1)).toMatchObject({ category: '面霜', demand: 2, supply: 1, crowd: 'Z世代' });
    close(cell(501, 1)?.demand_growth, 0);
    close(cell(501, 1)?.gap, 2);
    close(cell(501, 1)?.gmv, 100);
    close(cell(501, 1)?.tgi, 150);
    // 面霜 band 2: c5 (精致妈妈) viewed p12; its search on day 200 is outside the 180 days; no sale.
    expect(cell(501, 2)).toMatchObject({
      demand: 1,
      supply: null,
      gap: null,
      demand_growth: null,
      crowd: '精致妈妈',
    });
    close(cell(501, 2)?.tgi, 150);
  });

  it('the tracker: past hits’ trajectory, lights, and the day-14 alert', async () => {
    const data = await run('compass.tracker', inputs);
    const model = computeCompass({ rows: data, columns: [] });
    // Past hits p12 (2 buyers, its only row) and p21 (6): P25 = 2 + 0.25 × 4 = 3, P50 4, P80 5.2.
    expect(model.trajectory[0]).toEqual({ day: 7, p25: 3, p50: 4, p80: 5.2 });
    const byId = Object.fromEntries(model.launches.map((l) => [l.product_id, l]));
    // p13 has 1 buyer by day 14 (< P25 3): red; p14 has 5 by day 7 (≥ P50 4): green.
    expect([byId[13]?.light, byId[14]?.light]).toEqual(['red', 'green']);
    expect(byId[13]?.buyers).toEqual([1, 1, null]);
    // Two hits and three non-hits are too few to trust.
    expect(model.tooFew).toBe(true);
    expect(await alert('compass', 'below-trajectory', inputs)).toMatchObject({
      fired: true,
      value: 1,
      threshold: 3,
      detail: '13',
    });
  });
});

describe('compass model helpers', () => {
  it('quantiles interpolate as DuckDB’s quantile_cont', () => {
    expect(quantile([2, 6], 0.25)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.8)).toBeCloseTo(3.4, 12);
  });

  it('folds keep hits spread: each class dealt round the five folds in row order', () => {
    expect(stratifiedFolds([1, 0, 0, 1, 0, 1, 0, 0])).toEqual([0, 0, 1, 1, 2, 2, 3, 4]);
  });

  it('the P(hit) drop fires on the launch that fell most, from day 7 to day 14', () => {
    const launch = (id: number, p7: number | null, p14: number | null) => ({
      product_id: id,
      age: 20,
      buyers: [1, 2, null],
      p7,
      p14,
      light: 'amber' as const,
    });
    const model = { models: [], trajectory: [], tooFew: false };
    expect(
      pHitDrop(
        { ...model, launches: [launch(1, 0.5, 0.4), launch(2, 0.6, 0.35), launch(3, 0.2, null)] },
        20,
      ),
    ).toEqual({ fired: true, value: 25, threshold: 20, detail: '2' });
    expect(pHitDrop({ ...model, launches: [launch(1, 0.5, 0.4)] }, 20)).toMatchObject({
      fired: false,
      value: 10,
    });
    expect(pHitDrop({ ...model, launches: [] }, 20)).toEqual({
      fired: false,
      value: null,
      threshold: 20,
      detail: null,
    });
  });

  it('fits both days on enough launches and scores current ones on the training scale', () => {
    // 40 launches: the hit ones have a higher CTR (with overlap), everything else flat.
    const rows: RecordRow[] = Array.from({ length: 40 }, (_, i) => {
      const hit = i % 5 === 0;
      const ctr = 0.02 + (hit ? 0.02 : 0) + ((i * 7) % 10) / 400;
      const day = (k: number) => ({
        [`ctr_${k}`]: ctr,
        [`fav_cart_${k}`]: 0.1 + (i % 3) / 100,
        [`conversion_${k}`]: 0.05 + (i % 4) / 100,
        [`target_share_${k}`]: 0.3 + (i % 2) / 10,
        [`engagement_${k}`]: 0.1 + (i % 5) / 100,
        [`new_share_${k}`]: 0.5 + (i % 7) / 100,
      });
      return {
        role: 'train',
        product_id: i + 1,
        hit,
        age: 200,
        price_vs_category: ((i % 6) - 3) / 10,
        ...day(7),
        ...day(14),
        buyers_7: 10,
        buyers_14: 20,
        buyers_30: 40,
      };
    });
    const model = computeCompass({ rows, columns: [] });
    expect(model.models.map((m) => [m.day, m.launches, m.hits])).toEqual([
      [7, 40, 8],
      [14, 40, 8],
    ]);
    const m14 = model.models[1]!;
    expect(m14.coefficients.map((c) => c.term)).toEqual([
      'intercept',
      'ctr',
      'fav_cart',
      'conversion',
      'target_share',
      'price_vs_category',
      'engagement',
      'new_share',
    ]);
    // CTR carries the signal: the largest positive coefficient, and the held-out AUC is high.
    const ctr = m14.coefficients[1]!;
    expect(ctr.estimate).toBeGreaterThan(0);
    expect(ctr.estimate).toBe(Math.max(...m14.coefficients.slice(1).map((c) => c.estimate)));
    expect(m14.auc).toBeGreaterThan(0.7);
    expect(m14.bins.reduce((s, b) => s + b.n, 0)).toBe(40);
    expect(model.tooFew).toBe(true); // 40 < 150
    // Without the bootstrap (the alert's fit) the model is the same, only the interval is left out.
    const quick = computeCompass({ rows, columns: [] }, 0);
    expect(quick.models[1]?.coefficients).toEqual(m14.coefficients);
    expect(quick.models[1]?.auc).toBe(m14.auc);
    expect(quick.models[1]?.interval.low).toBeNaN();
  });
});
