/**
 * Exact RFM types, cohort cells, repurchase rates and the audience on the hand-built world
 * (test/support/toolkit-fixture.ts), brand 1, as-of day 400, window 365 days (days 36–400):
 *   c1 bought on days 300, 350, 390 (100 + 150 + 200): R 10, F 3, M 450
 *   c4 on day 200 (120): R 200, F 1, M 120;  c7 twice on day 399 (300 + 100): R 1, F 1, M 400
 *   (c2 and c3 bought on days 20 and 10: outside the window.)
 * Means R 70.33, F 1.67, M 323.33 → c1 重要价值, c7 重要发展 (recent, not frequent), c4 一般挽留.
 */
import { describe, expect, it } from 'vitest';
import { byKey, close, useToolkitFixture } from '../../test/support/toolkits';

const { run, alert } = useToolkitFixture(`
ALTER TABLE orders ADD COLUMN month_idx INTEGER;
UPDATE orders SET month_idx = (year(dt) - 2025) * 12 + month(dt) - 1;
CREATE TABLE categories AS SELECT * FROM (VALUES (501, '面霜', 60), (502, '精华', 90), (601, '零食', 30))
  t(category_id, name, repurchase_cycle_days);`);

describe('RFM and cohorts on the hand-built world', () => {
  it('sorts the buyers into the eight types against the means', async () => {
    const rows = byKey(await run('rfm.types'), 'type');
    expect(Object.keys(rows)).toHaveLength(8);
    expect(rows['high-value']).toMatchObject({ consumers: 1, r: 10, f: 3, m: 450 });
    close(rows['high-value']!.gmv_share, 450 / 970);
    expect(rows['high-develop']).toMatchObject({ consumers: 1, r: 1, f: 1, m: 400 });
    expect(rows['low-retain']).toMatchObject({ consumers: 1, r: 200, f: 1, m: 120 });
    for (const empty of ['high-keep', 'high-retain', 'low-value', 'low-develop', 'low-keep'])
      expect(rows[empty]).toMatchObject({ consumers: 0, gmv: 0 });
  });

  it('lists the consumers of the chosen type for export', async () => {
    expect(await run('rfm.audience', { segment: 'high-develop' })).toEqual([
      { consumer_id: 7, crowd: '精致妈妈', r: 1, f: 1, m: 400, type: 'high-develop' },
    ]);
    expect(await run('rfm.audience', { segment: 'low-value' })).toEqual([]);
  });

  it('follows each first-purchase month: retention and revenue retention', async () => {
    // First purchases: c2, c3 in 2025-01 (month 0), c4 in 2025-07, c1 in 2025-10, c7 in 2026-02.
    // The last 12 months (after month 1) keep 2025-07, 2025-10 and 2026-02.
    const rows = await run('rfm.cohorts');
    expect(rows.map((r) => `${String(r.label)}+${String(r.k)}`)).toEqual([
      '2025-07+0',
      '2025-10+0',
      '2025-10+2',
      '2025-10+3',
      '2026-02+0',
    ]);
    const oct = rows.filter((r) => r.label === '2025-10');
    // c1: 100 in October, 150 in December, 200 in January.
    expect(oct.map((r) => [r.size, r.buyers, r.retention])).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(oct.map((r) => r.revenue_retention)).toEqual([1, 1.5, 2]);
  });

  it('compares the brand’s repurchase rate with its category’s and the cycle', async () => {
    const rows = byKey(await run('rfm.repurchase'), 'name');
    // 面霜: brand buyers c1 (3 days), c4, c7 → 1/3; the category adds c1's brand-2 day: still 1/3.
    // c1's gaps 50 and 40 → median 45. 精华: c7 once.
    expect(rows['面霜']).toMatchObject({ buyers: 3, cycle: 60, median_gap: 45 });
    close(rows['面霜']!.brand_rate, 1 / 3);
    close(rows['面霜']!.category_rate, 1 / 3);
    expect(rows['精华']).toMatchObject({
      buyers: 1,
      brand_rate: 0,
      category_rate: 0,
      median_gap: null,
    });
  });

  it('does not raise the keep / win-back alert when nobody is in those types', async () => {
    expect(await alert('rfm', 'keep-retain-growing')).toMatchObject({
      fired: false,
      detail: '0 / 0',
    });
  });
});

describe('the keep / win-back alert', () => {
  // Two big spenders join brand 1: c8 on day 100 (1000) and c6 on day 250 (900). Look back 100 days.
  // Now (days 36–400): R c1 10, c4 200, c7 1, c8 300, c6 150 → mean 132.2; F mean 1.4; M mean 574:
  //   c8 and c6 spend more and are neither recent nor frequent → 重要挽留 ×2.
  // Day 300 (days −64–300): c1 R 0, c4 100, c2 280, c3 290, c8 200, c6 50 → mean 153.3; F mean 1;
  //   M mean 376.7: c8 重要挽留, c6 recent → 重要发展. One then, two now: +100 %.
  const grown = useToolkitFixture(`
ALTER TABLE orders ADD COLUMN month_idx INTEGER;
INSERT INTO orders BY NAME SELECT * FROM (VALUES (101, 8, 100, 1000.0), (102, 6, 250, 900.0))
  t(order_id, consumer_id, day_idx, pay_amount)
  CROSS JOIN (SELECT '其他' AS crowd, 1 AS brand_id, 'paid' AS status, 0.0 AS refund_amount);
UPDATE orders SET dt = DATE '2025-01-01' + day_idx WHERE dt IS NULL;`);

  it('fires when important keep + win back grew past the threshold', async () => {
    expect(await grown.alert('rfm', 'keep-retain-growing', { lookback: 100 })).toMatchObject({
      fired: true,
      value: 100,
      threshold: 10,
      detail: '2 / 1',
    });
  });
});
