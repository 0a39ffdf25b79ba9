/**
 * growth: every metric on the hand-built world (test/support/toolkit-fixture.ts), as-of day 400. The
 * expected numbers are worked out by hand in the comments, from the fixture's rows.
 */
import { describe, expect, it } from 'vitest';
import { getToolkit } from '../../src/panel/registry';
import { useToolkitFixture, byKey } from '../../test/support/toolkits';

const { run, alert } = useToolkitFixture();

describe('growth overview (metrics.md §1.11, §1.15)', () => {
  it('KPIs of the last 30 days vs the 30 before', async () => {
    // Current (370, 400]: orders 2 (200, refund 50), 6 (300), 7 (100): GMV 600, net 550, buyers
    // c1 (old: first bought on 300) and c7 (new), 3 orders. Previous (340, 370]: order 8 (150, c1).
    const rows = byKey(await run('growth.kpis'), 'metric');
    expect([rows.gmv?.current, rows.gmv?.previous, rows.gmv?.change]).toEqual([600, 150, 3]);
    expect([rows.net_gmv?.current, rows.net_gmv?.previous]).toEqual([550, 150]);
    expect([rows.buyers?.current, rows.buyers?.previous]).toEqual([2, 1]);
    expect([rows.aov?.current, rows.aov?.previous]).toEqual([200, 150]);
    expect([rows.arppu?.current, rows.arppu?.previous]).toEqual([300, 150]);
    expect([rows.new_share?.current, rows.new_share?.previous, rows.new_share?.change]).toEqual([
      0.5,
      0,
      null,
    ]);
  });

  it('a brand with no buyers shows zeros, not errors', async () => {
    const rows = byKey(await run('growth.kpis', { brand: 3 }), 'metric');
    expect([rows.gmv?.current, rows.buyers?.current, rows.aov?.current, rows.gmv?.change]).toEqual([
      0,
      0,
      null,
      null,
    ]);
  });

  it('marks 双11 on the GMV trend', async () => {
    const rows = await run('growth.trend');
    expect(rows).toHaveLength(180);
    const promos = rows.filter((r) => r.promotion !== null);
    expect(promos.map((r) => [(r.day as Date).toISOString().slice(0, 10), r.promotion])).toEqual([
      ['2025-11-11', '双11'],
    ]);
    expect(rows.slice(-2).map((r) => r.gmv)).toEqual([400, 0]); // days 399 and 400
  });

  it('ranks, percentiles and layers within the industry', async () => {
    // Trailing 30 days: 甲 600, 乙 90 (order 11), 丙 0. Layer from rank ÷ n: 1/3 → 3, 2/3 → 2, 1 → 1.
    const rows = await run('growth.rank');
    expect(rows.map((r) => [r.brand, r.gmv, r.rank, r.layer, r.merchant_tier])).toEqual([
      ['甲', 600, 1, 3, '超级旗舰'],
      ['乙', 90, 2, 2, '千星'],
      ['丙', 0, 3, 1, '蓝星'],
    ]);
    expect(rows.map((r) => Math.round(Number(r.percentile) * 100) / 100)).toEqual([
      100, 66.67, 33.33,
    ]);
  });

  it('splits new and old customers', async () => {
    const rows = await run('growth.new-old');
    expect(rows.map((r) => [r.segment, r.period, r.buyers, r.gmv])).toEqual([
      ['new', 'previous', 0, 0],
      ['new', 'current', 1, 400],
      ['old', 'previous', 1, 150],
      ['old', 'current', 1, 200],
    ]);
  });

  it('the week-on-week alert compares the last 7 days with the 7 before', async () => {
    // (393, 400]: c7 400; (386, 393]: c1 200 → +100 %, not fired.
    const toolkit = getToolkit('growth')!;
    const row = await alert('growth', toolkit.alerts[0]!.id);
    expect([row.value, row.fired, row.detail]).toEqual([100, false, 'wow']);
  });
});
