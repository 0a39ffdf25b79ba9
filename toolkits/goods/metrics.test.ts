/**
 * Exact goods metrics on a hand-built slice. As-of day 400, window 30 days: now = 371–400, before =
 * 341–370, the one before that 311–340. Leaf 501: brand 1's SKUs 11, 13, 14 and brand 2's 21, 22;
 * leaf 502: brand 1's SKU 12 (launched day 380, alone in its leaf).
 *   GMV now:    11 = 2×100 + 100 + 100 = 400 (c1 twice, c2), 13 = 50 (c3, refunded), 14 = 0,
 *               21 = 300, 22 = 60, 12 = 150;  before: 11 = 100, 14 = 80, 21 = 100, 22 = 60, 13 = 0;
 *               two windows back: 14 = 80.
 *   Product-page UV now: 11 = 3, 13 = 1, 14 = 2, 21 = 1, 22 = 0 → median 1; conversion 11 = 2/3,
 *   13 = 1, 14 = 0, 21 = 1 (22 has none) → median (2/3 + 1) / 2 = 5/6.
 *   Quadrants: 11 high traffic, low conversion (fix); 13 and 21 low traffic, high conversion
 *   (potential); 14 fix; 22 tail; 12's leaf has no traffic (none).
 *   Grades now (5 SKUs in 501: top 20% = rank 1, bottom 30% = rank ≤ 1.5): 11 A (top, +300%);
 *   13 B (potential); 21 B (potential); 22 C (growth 0, rank 3 from the bottom); 14 D (bottom,
 *   −100%); 12 A (top of its leaf of one, new). Before: 11 and 21 tie at the top (A, new), 14 C
 *   (growth 0), 22 C, 13 D (no sale in either window).
 */
import { describe, expect, it } from 'vitest';
import { byKey, close, useToolkitFixture } from '../../test/support/toolkits';

const rows = (list: (string | number)[][]) =>
  list
    .map((r) => `(${r.map((v) => (typeof v === 'string' ? `'${v}'` : v)).join(', ')})`)
    .join(', ');

const orders = [
  // order, consumer, brand, day, status, product, category, qty, unit price
  [1, 1, 1, 380, 'paid', 11, 501, 2, 100],
  [2, 2, 1, 390, 'paid', 11, 501, 1, 100],
  [3, 1, 1, 395, 'paid', 11, 501, 1, 100],
  [4, 3, 1, 385, 'refunded', 13, 501, 1, 50],
  [5, 4, 1, 350, 'paid', 14, 501, 1, 80],
  [6, 4, 1, 320, 'paid', 14, 501, 1, 80],
  [7, 5, 2, 399, 'paid', 21, 501, 1, 300],
  [8, 5, 2, 360, 'paid', 21, 501, 1, 100],
  [9, 6, 2, 372, 'paid', 22, 501, 1, 60],
  [10, 6, 2, 345, 'paid', 22, 501, 1, 60],
  [11, 7, 1, 400, 'paid', 12, 502, 1, 150],
  [12, 2, 1, 355, 'paid', 11, 501, 1, 100],
  [13, 8, 1, 398, 'unpaid', 11, 501, 1, 999],
];
const events = [
  // consumer, product, day, type
  ...[1, 2, 3, 8].map((c) => [c, 11, 375, 'exposure']),
  [1, 11, 376, 'click'],
  [2, 11, 376, 'click'],
  ...[1, 2, 8].map((c) => [c, 11, 377, 'pdp_view']),
  [1, 11, 378, 'cart'],
  [2, 11, 378, 'favorite'],
  [3, 13, 380, 'exposure'],
  [3, 13, 381, 'pdp_view'],
  [4, 14, 390, 'pdp_view'],
  [5, 14, 391, 'pdp_view'],
  [5, 21, 392, 'pdp_view'],
  [4, 14, 349, 'pdp_view'], // before: 14 converts its one visitor (c4 buys on day 350)
];

const { run, alert } = useToolkitFixture(`
DROP TABLE orders; DROP TABLE order_items; DROP TABLE products; DROP TABLE events; DROP TABLE reviews;
CREATE TABLE orders AS SELECT order_id, consumer_id, brand_id, day_idx, DATE '2025-01-01' + day_idx AS dt,
  status, (qty * price)::DOUBLE AS pay_amount FROM (VALUES ${rows(orders)})
  t(order_id, consumer_id, brand_id, day_idx, status, product_id, category_id, qty, price);
CREATE TABLE order_items AS SELECT order_id, product_id, category_id, qty, price::DOUBLE AS unit_price
  FROM (VALUES ${rows(orders)}) t(order_id, consumer_id, brand_id, day_idx, status, product_id, category_id, qty, price);
CREATE TABLE products AS SELECT * FROM (VALUES (11, 1, 501, 3, 100), (13, 1, 501, 1, 360), (14, 1, 501, 2, 50),
  (12, 1, 502, 5, 380), (21, 2, 501, 3, 200), (22, 2, 501, 1, 300)) t(product_id, brand_id, category_id, price_band, launch_day);
CREATE TABLE events AS SELECT * FROM (VALUES ${rows(events)}) t(consumer_id, product_id, day_idx, event_type);
CREATE TABLE reviews AS SELECT * FROM (VALUES (11, 382, 5), (11, 392, 3), (11, 300, 1)) t(product_id, day_idx, rating);
CREATE TABLE categories AS SELECT * FROM (VALUES (501, '奶粉'), (502, '纸尿裤')) t(category_id, name);`);

describe('goods analysis on the hand-built slice', () => {
  it('funnel, quadrant and grade of every SKU against its leaf category', async () => {
    const g = byKey(await run('goods.quadrant'), 'product_id');
    expect(Object.keys(g).sort()).toEqual(['11', '12', '13', '14']);
    expect(g['11']).toMatchObject({
      exposure_uv: 4,
      click_uv: 2,
      pdp_uv: 3,
      favcart_uv: 2,
      buyers: 2,
    });
    expect(g['11']).toMatchObject({ gmv: 400, units: 4, gmv_before: 100 });
    close(g['11']!.ctr, 0.5);
    close(g['11']!.favcart_rate, 2 / 3);
    close(g['11']!.conversion, 2 / 3);
    close(g['11']!.repurchase_rate, 0.5); // c1 bought on two days, c2 on one
    close(g['11']!.positive_rate, 0.5); // 5 and 3 in the window (the 1 on day 300 is outside)
    close(g['11']!.avg_price, 100);
    close(g['11']!.growth, 3);
    close(g['11']!.traffic_rel, 3);
    close(g['11']!.conversion_rel, 2 / 3 / (5 / 6));
    close(g['13']!.refund_rate, 1);
    const grades = Object.fromEntries(
      Object.values(g).map((r) => [r.product_id, [r.quadrant, r.grade, r.grade_before]]),
    );
    expect(grades).toEqual({
      11: ['fix', 'A', 'A'],
      13: ['potential', 'B', 'D'],
      14: ['fix', 'D', 'C'],
      12: [null, 'A', null],
    });
    expect(g['12']!.growth).toBeNull();
  });

  it('the brand funnel against its categories', async () => {
    const f = byKey(await run('goods.funnel'), 'stage');
    expect(Object.values(f).map((r) => [r.stage, r.brand_uv, r.category_uv])).toEqual([
      ['exposure', 4, 4],
      ['click', 2, 2],
      ['pdp', 6, 6],
      ['favcart', 2, 2],
      ['buy', 3, 4],
    ]);
    expect(f.exposure!.brand_rate).toBeNull();
    expect(f.pdp!.brand_rate).toBeNull();
    close(f.click!.brand_rate, 0.5);
    close(f.favcart!.brand_rate, 2 / 6);
    close(f.buy!.brand_rate, 3 / 6); // c7 bought SKU 12 without opening its page
    close(f.buy!.category_rate, 4 / 6); // c6 neither
  });

  it('price bands: the brand’s GMV shares against the categories’', async () => {
    const b = byKey(await run('goods.prices'), 'band');
    close(b['1']!.brand_share, 50 / 600);
    close(b['3']!.brand_share, 400 / 600);
    close(b['5']!.brand_share, 150 / 600);
    close(b['2']!.brand_share, 0);
    close(b['1']!.category_share, 110 / 960);
    close(b['3']!.category_share, 700 / 960);
    close(b['5']!.category_share, 150 / 960);
  });

  it('new-product curves: cumulative GMV by day since launch, within the data', async () => {
    const rows = await run('goods.launches', { curveDays: '30' });
    // 11, 14, 21 and 22 launched before the first order (day 320): no curve; no launch has 90 days.
    const sku13 = rows.filter((r) => r.product_id === 13);
    const sku12 = rows.filter((r) => r.product_id === 12);
    expect([sku13.length, sku12.length]).toEqual([30, 21]);
    expect(sku13.find((r) => r.t === 24)!.cum_gmv).toBe(0);
    expect(sku13.find((r) => r.t === 25)!.cum_gmv).toBe(50);
    expect(sku12.at(-1)).toMatchObject({ t: 20, cum_gmv: 150, observed: 21 });
    expect(rows.filter((r) => r.series !== 'sku')).toEqual([]);
  });

  it('slow movers: no sale for N days', async () => {
    expect(await run('goods.slow')).toMatchObject([
      { product_id: 14, last_sale: '2025-12-17', idle_days: 50, grade: 'D' },
    ]);
    expect((await run('goods.slow', { slowDays: 10 })).map((r) => r.product_id)).toEqual([14, 13]);
  });

  it('alerts: a SKU moves to D; traffic up while conversion collapses', async () => {
    expect(await alert('goods', 'sku-to-d')).toMatchObject({
      fired: true,
      value: 1,
      detail: '#14',
    });
    // 14: product-page UV 1 → 2 (+100 %), conversion 1 → 0 (−100 %), one buyer before.
    expect(await alert('goods', 'stock-out', { minBuyers: 1 })).toMatchObject({
      fired: true,
      value: 1,
      detail: '#14 +100% / −100%',
    });
    expect(await alert('goods', 'stock-out', { minBuyers: 2 })).toMatchObject({
      fired: false,
      value: 0,
    });
    expect(await alert('goods', 'stock-out', { minBuyers: 1, trafficPct: 101 })).toMatchObject({
      fired: false,
    });
  });
});
