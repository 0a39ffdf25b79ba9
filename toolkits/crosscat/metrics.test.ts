/**
 * crosscat: exact values on a hand-built slice (orders, items and categories replaced), as-of day
 * 400, baskets over (35, 400], sequence window 90 days (starters need a first purchase ≤ 310).
 * Categories 1 奶粉 (brand 1, 100 a unit), 2 纸尿裤 (brand 2, 50), 3 零食 (brand 3, 30).
 *   c1: 1 on day 100, 2 on 130   c2: 1 on 200, 2 on 250   c3: 1 on 150   c4: 2 on 100, 1 on 300
 *   c5: 3 on 120                 c6: 3 on 330, 2 on 340   c7: 1 on 390   c8: 3 on 200
 * N = 8; N(1) = 5, N(2) = 4, N(3) = 3; N(1∩2) = 3 (c1, c2, c4), N(2∩3) = 1 (c6), N(1∩3) = 0.
 * Rules and the heatmap show the pairs touching a category the brand sells.
 */
import { describe, expect, it } from 'vitest';
import { byKey, close, useToolkitFixture } from '../../test/support/toolkits';

const buys = [
  [1, 1, 100, 1],
  [1, 2, 130, 2],
  [2, 1, 200, 1],
  [2, 2, 250, 2],
  [3, 1, 150, 1],
  [4, 2, 100, 2],
  [4, 1, 300, 1],
  [5, 3, 120, 3],
  [6, 3, 330, 3],
  [6, 2, 340, 2],
  [7, 1, 390, 1],
  [8, 3, 200, 3],
];
const price = { 1: 100, 2: 50, 3: 30 } as Record<number, number>;

const { run, alert } = useToolkitFixture(`
DROP TABLE orders; DROP TABLE order_items;
CREATE TABLE categories AS SELECT * FROM (VALUES (1, '奶粉'), (2, '纸尿裤'), (3, '零食')) t(category_id, name);
CREATE TABLE orders AS SELECT * FROM (VALUES ${buys
  .map(
    ([c, brand, day], i) =>
      `(${i + 1}, ${c}, 'Z世代', ${brand}, ${day}, DATE '2025-01-01' + ${day}, 'paid')`,
  )
  .join(', ')}) t(order_id, consumer_id, crowd, brand_id, day_idx, dt, status);
CREATE TABLE order_items AS SELECT * FROM (VALUES ${buys
  .map(([, , , category], i) => `(${i + 1}, ${category}, 1, ${price[category!]}.0)`)
  .join(', ')}) t(order_id, category_id, qty, unit_price);`);

const inputs = { brand: 1, minPairs: 1, minLift: 1.1 };

describe('cross-category (metrics.md §1.12)', () => {
  it('support, confidence, lift and the sequential lift both ways', async () => {
    const rules = await run('crosscat.rules', inputs);
    // The rules touching brand 3's 零食: 2 ↔ 3 has lift 1/4 ÷ (3/8) = 2/3, under the bar: none.
    expect(await run('crosscat.rules', { ...inputs, brand: 3 })).toEqual([]);
    // Brand 1 sells 奶粉: only 1 ↔ 2 passes the lift (1 and 3 share no buyer).
    expect(rules.map((r) => `${String(r.name_a)}→${String(r.name_b)}`)).toEqual([
      '奶粉→纸尿裤',
      '纸尿裤→奶粉',
    ]);
    const [ab, ba] = rules;
    close(ab?.support, 3 / 8);
    close(ab?.confidence, 3 / 5);
    close(ab?.lift, 3 / 5 / (4 / 8)); // 1.2
    close(ba?.confidence, 3 / 4);
    close(ba?.lift, 3 / 4 / (5 / 8)); // 1.2: lift is symmetric
    // A → B: starters of 奶粉 (first purchase ≤ 310) c1, c2, c3, c4; c1 and c2 buy 纸尿裤 within 90
    // days (c4 bought it before): 2 / 4. 纸尿裤's base rate: buyers per 90-day block counted back
    // from day 400 (4 blocks): c6 | c2 | — | c1, c4 → 4 / 4 / 8 = 0.125. Sequential lift 0.5 / 0.125 = 4.
    close(ab?.seq_lift, 4);
    // B → A: starters c1, c2, c4; none buys 奶粉 within 90 days after → 0.
    close(ba?.seq_lift, 0);
    close(ab?.seq_lift_back, 0);
    // Audience of 奶粉 → 纸尿裤: 5 − 3 = 2; expected GMV 2 × 0.6 × AOV 50 = 60.
    expect(ab?.audience).toBe(2);
    close(ab?.expected_gmv, 60);
    // 纸尿裤 → 奶粉: 4 − 3 = 1 × 0.75 × 100 = 75.
    close(ba?.expected_gmv, 75);
  });

  it('the heatmap covers every ordered pair of the categories of the brand’s strongest pairs', async () => {
    const cells = byKey(
      (await run('crosscat.heatmap', inputs)).map((r) => ({
        ...r,
        key: `${String(r.name_a)}|${String(r.name_b)}`,
      })),
      'key',
    );
    // Pairs touching brand 1's 奶粉: only 1 ↔ 2 (1 and 3 share no buyer), so 奶粉 and 纸尿裤.
    expect(Object.keys(cells).sort()).toEqual(['奶粉|纸尿裤', '纸尿裤|奶粉']);
    close(cells['奶粉|纸尿裤']?.lift, 3 / 5 / (4 / 8));
    // Brand 3 sells 零食: 2 ↔ 3 (lift 2/3), so 纸尿裤 and 零食.
    const other = await run('crosscat.heatmap', { ...inputs, brand: 3 });
    expect(other.map((r) => `${String(r.name_a)}|${String(r.name_b)}`).sort()).toEqual([
      '纸尿裤|零食',
      '零食|纸尿裤',
    ]);
    close(other[0]?.lift, 1 / 3 / (4 / 8));
  });

  it('where the brand could go: from what it sells, to its buyers who have not bought there', async () => {
    const [enter, ...rest] = await run('crosscat.enter', inputs);
    // Brand 1 sells 奶粉 only; 奶粉 → 纸尿裤 (confidence 0.6). Its buyers c1, c2, c3, c4, c7; c3 and
    // c7 have not bought 纸尿裤 → 2 × 0.6 × 50. No crowd has the 30 buyers a TGI needs.
    expect(rest).toEqual([]);
    expect(enter).toMatchObject({
      name_b: '纸尿裤',
      name_a: '奶粉',
      audience: 2,
      crowd: null,
      tgi: null,
    });
    close(enter?.expected_gmv, 60);
  });

  it('alerts compare with the window ending 90 days earlier', async () => {
    // Then (−55, 310]: N = 6 (c1–c5, c8), N(1) = 4, N(2) = 3, N(1∩2) = 3 → lift 1.5: 奶粉 ↔ 纸尿裤 is
    // not new, and 1.2 now is not a third below 1.5.
    expect(await alert('crosscat', 'new-pair', inputs)).toMatchObject({ fired: false, value: 0 });
    expect(await alert('crosscat', 'decaying-pair', inputs)).toMatchObject({
      fired: false,
      value: 0,
    });
    // With the bar at 1.3 the pair was a rule then (1.5) and is not now (1.2): it fell by a fifth,
    // less than the third that counts as decay, and it is not new either.
    for (const rule of ['decaying-pair', 'new-pair'])
      expect(await alert('crosscat', rule, { ...inputs, minLift: 1.3 })).toMatchObject({
        fired: false,
      });
  });
});
