/**
 * Exact exchange rates, Markov fit, a three-month roll-forward and the back-solve on a hand-built
 * slice. Brand 1, snapshots on days 30, 60, 90, 120, 150 (months 0–4); a brand-2 order on day 150
 * makes that the as-of day. Stages by hand (P from orders outranks the pack's A for consumer 6):
 *   m0: c6 P · c1 A, c2 A · c3 I, c4 I          m1: c3 P, c6 P · c1 I · c2 A, c5 A
 *   m2: c1 P, c3 P, c6 P, c8 P · c2 A          m3, m4: c6 L (days 20 and 100) · c1, c3, c8 P · c9 A
 * Spend by month: m0 c6 50 · m1 c3 100 · m2 c1 200, c8 30 · m3 c6 80.
 */
import { describe, expect, it } from 'vitest';
import { byKey, close, useToolkitFixture } from '../../test/support/toolkits';
import { planCrowds } from './card';
import { backtest, fitMarkov, readHistories, rollForward, type BrandHistory } from './model';

const orders = [
  // order, consumer, brand, day, month, amount
  [1, 6, 1, 20, 0, 50],
  [2, 3, 1, 45, 1, 100],
  [3, 1, 1, 75, 2, 200],
  [4, 8, 1, 80, 2, 30],
  [5, 6, 1, 100, 3, 80],
  [6, 7, 2, 150, 4, 10],
];
const packs = [
  // month, day, consumer, crowd, stage
  [0, 30, 1, '新锐白领', 'A'],
  [0, 30, 2, 'Z世代', 'A'],
  [0, 30, 3, 'Z世代', 'I'],
  [0, 30, 4, 'Z世代', 'I'],
  [0, 30, 6, 'Z世代', 'A'],
  [1, 60, 1, '新锐白领', 'I'],
  [1, 60, 2, 'Z世代', 'A'],
  [1, 60, 5, 'Z世代', 'A'],
  [2, 90, 2, 'Z世代', 'A'],
  [3, 120, 9, 'Z世代', 'A'],
  [4, 150, 9, 'Z世代', 'A'],
];
const sql = (rows: (string | number)[][]) =>
  rows
    .map((r) => `(${r.map((v) => (typeof v === 'string' ? `'${v}'` : v)).join(', ')})`)
    .join(', ');

const { run } = useToolkitFixture(`
DROP TABLE orders;
CREATE TABLE orders AS SELECT order_id, consumer_id, 'Z世代' AS crowd, brand_id, day_idx,
  DATE '2025-01-01' + day_idx AS dt, month_idx, amount::DOUBLE AS pay_amount, 'paid' AS status
  FROM (VALUES ${sql(orders)}) t(order_id, consumer_id, brand_id, day_idx, month_idx, amount);
CREATE TABLE aipl_monthly AS SELECT 1 AS brand_id, month_idx, day_idx, DATE '2025-01-01' + day_idx AS dt,
  consumer_id, crowd, stage FROM (VALUES ${sql(packs)}) t(month_idx, day_idx, consumer_id, crowd, stage);
CREATE TABLE targets AS SELECT * FROM (VALUES (1, 5, DATE '2025-06-01', 100.0)) t(brand_id, month_idx, month, gmv_target);`);

describe('AIPL exchange-rate card on the hand-built slice', () => {
  it('exchange rates: conversion and GMV per head over the horizon, mean and spread over snapshots', async () => {
    const rows = await run('ratecard.rates', { snapshots: 12 });
    const at = byKey(
      rows.map((r) => ({ ...r, key: `${String(r.stage)}${String(r.horizon)}` })),
      'key',
    );
    // A, 3 months: m0 {c1, c2} → c1 pays 200 in month 2 (conv ½, 100 a head); m1 {c2, c5} → nothing.
    close(at.A3!.conv, 0.25);
    close(at.A3!.conv_sd, Math.SQRT1_2 / 2);
    close(at.A3!.gmv_head, 50);
    close(at.A3!.gmv_head_sd, 100 * Math.SQRT1_2);
    expect(at.A3!.snapshots).toBe(2);
    // I, 1 month: m0 {c3, c4} → c3 pays 100 (½, 50 a head); m1 {c1} → c1 pays 200 (1, 200).
    close(at.I1!.conv, 0.75);
    close(at.I1!.gmv_head, 125);
    // P, 1 month: m0 {c6}, m1 {c3, c6}, m3 {c1, c3, c8} nothing; m2 {c1, c3, c6, c8} → c6 pays 80.
    close(at.P1!.conv, 0.0625);
    close(at.P1!.gmv_head, 5);
    expect(at.P1!.snapshots).toBe(4);
    // L: one snapshot (m3 {c6}), no spread.
    close(at.L1!.gmv_head, 0);
    expect(at.L1!.conv_sd).toBeNull();
  });

  it('pools the monthly flows into a matrix and rolls three months forward', async () => {
    const { histories } = readHistories(await run('ratecard.forecast'));
    const h = histories.get(1)!;
    expect(h.heads.get(4)).toEqual([0, 1, 0, 3, 1]);
    expect([...h.actual.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 100],
      [2, 230],
      [3, 80],
      [4, 0],
    ]);
    const fit = fitMarkov(h, [0, 1, 2, 3]);
    // A: c1 A→I, c2 A→A twice, c9 A→A, c5 and c2 A→none: 6 moves. I: c3 and c1 → P, c4 → none.
    // P: nine stays (c6, c3, c6, c1, c3, c8, c1, c3, c8) and c6 → L. L: c6 stays.
    fit.P[1]!.forEach((v, j) => close(v, [1 / 3, 1 / 2, 1 / 6, 0, 0][j]!));
    fit.P[2]!.forEach((v, j) => close(v, [1 / 3, 0, 0, 2 / 3, 0][j]!));
    expect(fit.P[3]).toEqual([0, 0, 0, 0.9, 0.1]);
    expect(fit.P[4]).toEqual([0, 0, 0, 0, 1]);
    // Newcomers: c5 into A (m0→m1), c8 into P (m1→m2), c9 into A (m2→m3), over four months.
    expect(fit.inflow).toEqual([0, 0.5, 0, 0.25, 0]);
    // Next-month GMV per head: A 0 / 6 heads, I 300 / 3, P 80 / 10; c8's 30 was paid from no stage.
    expect(fit.gmvPerHead).toEqual([0, 0, 100, 8, 0]);
    close(fit.noStageGmv, 7.5);
    // From m4 (A 1, P 3, L 1): 3·8 + 7.5; then A 1, I 1/6, P 2.95, L 1.3: (1/6)·100 + 2.95·8 + 7.5;
    // then A 1, I 1/6, P (1/6)(2/3) + 2.95·.9 + .25, L 1.595: (1/6)·100 + 8·P + 7.5.
    const path = rollForward(h.heads.get(4)!, fit, 3);
    const p3 = (1 / 6) * (2 / 3) + 2.95 * 0.9 + 0.25;
    [31.5, 100 / 6 + 23.6 + 7.5, 100 / 6 + 8 * p3 + 7.5].forEach((v, i) => close(path[i], v));
  });

  it('back-solves the consumers to add from each crowd’s own exchange rate', async () => {
    const rows = await run('ratecard.plan', { horizon: 1 });
    // Under six months of flows there is no forecast, but the crowd rows are there.
    const crowds = planCrowds(
      rows.filter((r) => r.kind === 'crowd'),
      1000,
      1,
      12,
    );
    const by = byKey(crowds as never, 'crowd');
    // 新锐白领 I: m1 {c1} pays 200 → 200 a head → 5 to close 1000. Z世代 I: m0 {c3, c4} → 50 → 20.
    expect(by['新锐白领']).toMatchObject({ rateI: 200, needI: 5, rateA: 0, needA: null });
    expect(by['Z世代']).toMatchObject({ rateI: 50, needI: 20 });
    expect(crowds[0]!.crowd).toBe('新锐白领');
  });

  it('backtests against what happened: a steady brand is forecast exactly, like its naive baselines', () => {
    const months = Array.from({ length: 14 }, (_, m) => m);
    const h: BrandHistory = {
      brand: 1,
      months,
      heads: new Map(months.map((m) => [m, [0, 10, 0, 0, 0]])),
      // Ten A consumers each month; half leave, half stay, five newcomers; each pays 2 next month.
      gmv: new Map(months.flatMap((m) => [`${m}|1|1`, `${m}|0|1`].map((k, i) => [k, i ? 0 : 20]))),
      flows: new Map(
        months.map((m) => [
          m,
          [
            [0, 5, 0, 0, 0],
            [5, 5, 0, 0, 0],
            [0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0],
          ],
        ]),
      ),
      actual: new Map(months.map((m) => [m + 1, 20])),
      targets: new Map(),
    };
    const rows = backtest(h, false);
    const markov = rows.find((r) => r.horizon === 1 && r.method === 'markov')!;
    expect(markov).toMatchObject({ mape: 0, bias: 0 });
    expect(markov.origins).toBe(7); // origins 6 to 12 (six months of flows; the last, 13, has no month after)
    expect(rows.find((r) => r.horizon === 3 && r.method === 'lastMonth')).toMatchObject({
      mape: 0,
    });
  });
});
