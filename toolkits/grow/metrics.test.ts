/**
 * grow: every metric on the hand-built world (test/support/toolkit-fixture.ts), as-of day 400. The
 * expected numbers are worked out by hand in the comments, from the fixture's rows.
 */
import { describe, expect, it } from 'vitest';
import { useToolkitFixture, byKey, close } from '../../test/support/toolkits';

const { run } = useToolkitFixture();

describe('GROW (metrics.md §1.3)', () => {
  // Period 0 = (-330, 35]: c2 (80, day 20), c3 (60, day 10): 2 buyers, 2 occasions, GMV 140.
  // Period 1 = (35, 400]: c1 on 300, 350, 390 (100 + 150 + 200), c4 (120), c7 on 399 (300 + 100,
  // one occasion): 3 buyers, 5 occasions, GMV 970.
  const lm = (g0: number, g1: number) =>
    g1 === g0 ? g0 : (g1 - g0) / (Math.log(g1) - Math.log(g0));

  it('splits ΔGMV exactly into G, R and O (LMDI), with W beside it', async () => {
    const rows = byKey(await run('grow.waterfall'), 'step');
    const l = lm(140, 970);
    expect([rows.GMV0?.value, rows.GMV1?.value]).toEqual([140, 970]);
    close(rows.G?.value, l * Math.log(3 / 2));
    close(rows.R?.value, l * Math.log(5 / 3 / 1));
    close(rows.O?.value, l * Math.log(970 / 5 / 70));
    close(Number(rows.G?.value) + Number(rows.R?.value) + Number(rows.O?.value), 830);
    close(rows.O?.y2, 970); // the waterfall lands on GMV1
    // W: category 502 was not sold in period 0 (order 6: 2 × 150); product 12 launched on day 380.
    expect([rows.W_extension?.value, rows.W_new_product?.value]).toEqual([300, 300]);
  });

  it('equal GMV in both periods: components still sum to zero', async () => {
    // 乙: period 0 c1 50 + c2 40 (2 buyers); period 1 c1 90 (1 buyer): G = 90 ln ½, R = 0, O = 90 ln 2.
    const rows = byKey(await run('grow.waterfall', { brand: 2 }), 'step');
    close(rows.G?.value, 90 * Math.log(1 / 2));
    close(rows.R?.value, 0);
    close(rows.O?.value, 90 * Math.log(2));
  });

  it('a brand with no buyers has no decomposition', async () => {
    const rows = byKey(await run('grow.waterfall', { brand: 3 }), 'step');
    expect([rows.GMV0?.value, rows.GMV1?.value, rows.G?.value, rows.R?.value]).toEqual([
      0,
      0,
      null,
      null,
    ]);
  });

  it('by crowd and by new/old customer, each segment sums to its own ΔGMV', async () => {
    const crowds = byKey(await run('grow.segments'), 'segment');
    // 新锐白领 = c1 (period 1 only): no period-0 GMV → no split; Z世代 = c2, c3 (period 0 only).
    expect([crowds['新锐白领']?.g0, crowds['新锐白领']?.g1, crowds['新锐白领']?.g]).toEqual([
      0,
      450,
      null,
    ]);
    expect([crowds['Z世代']?.g0, crowds['Z世代']?.g1]).toEqual([140, 0]);
    const customers = byKey(await run('grow.segments', { cut: 'customer' }), 'segment');
    // New in period 0: c2, c3 (first purchases in it); in period 1: c1, c4, c7 are all new too.
    expect([customers.new?.g0, customers.new?.g1]).toEqual([140, 970]);
    close(Number(customers.new?.g) + Number(customers.new?.r) + Number(customers.new?.o), 830);
    // Period 0 starts on day -329, before the data (day 10): no history to judge it by, and said.
    expect([customers.new?.history_days, customers.new?.lookback]).toEqual([0, 365]);
  });

  it('judges new and old customers against each period’s own history', async () => {
    // 30-day periods: period 0 = [341, 370], period 1 = [371, 400]; 300-day look-back.
    // Period 0: c1 (day 350, 150) bought on day 300 → old. Period 1: c1 (day 390, 200) bought in
    // [71, 370] → old; c7 (day 399, 300 + 100) never before → new.
    const rows = byKey(
      await run('grow.segments', { cut: 'customer', periodDays: 30, newLookbackDays: 300 }),
      'segment',
    );
    expect([rows.old?.g0, rows.old?.g1, rows.new?.g0, rows.new?.g1]).toEqual([150, 200, 0, 400]);
    // 341 − 10 = 331 days of data precede period 0: enough for a 300-day look-back.
    expect(rows.old?.history_days).toBe(331);
  });
});
