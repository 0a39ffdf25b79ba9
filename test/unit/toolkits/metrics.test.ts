/**
 * Every toolkit metric on the hand-built fixture (test/support/toolkit-fixture.ts), as-of day 400.
 * The expected numbers are worked out by hand in the comments, from the fixture's rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getPanel, getToolkit } from '../../../src/panel/registry';
import type { RecordRow } from '../../../src/panel/contract';
import { createNodeEngine, type NodeEngine } from '../../support/node-engine';
import { toolkitFixtureSql } from '../../support/toolkit-fixture';
import { runAlert, runToolkitPanel } from '../../support/toolkits';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.core.exec(toolkitFixtureSql());
});

const run = (panel: string, inputs: Record<string, unknown> = {}) =>
  runToolkitPanel(engine, getPanel(panel)!, { brand: 1, ...inputs });
const by = (rows: RecordRow[], key: string) =>
  Object.fromEntries(rows.map((r) => [String(r[key]), r]));
const close = (value: unknown, expected: number) =>
  expect(value as number).toBeCloseTo(expected, 9);

describe('AIPL (metrics.md §1.1)', () => {
  // Day 400 (A/I window [386, 400], P [-329, 400], L: purchase days in [36, 400]):
  // c1 3 purchase days → L; c4 bought and reviewed 4★ on day 210 → L (advocacy); c2, c3 bought
  // (days 20, 10) → P; c7 bought on 399 → P; c5 clicked on 395 → I; c6 exposure on 390 (its click
  // on 380 is out of the window) → A; c8 exposure on 385 → none.
  it('counts stages with L > P > I > A and their mix', async () => {
    const rows = (await run('aipl.stages')).filter((r) => r.brand === '甲');
    expect(rows.map((r) => [r.stage, r.n])).toEqual([
      ['A', 1],
      ['I', 1],
      ['P', 3],
      ['L', 2],
    ]);
    close(by(rows, 'stage').P?.share, 3 / 7);
    // Brand 3 has no buyers and no events: four zero rows, no share.
    const empty = (await run('aipl.stages', { brand: 3, competitors: [3] })).filter(
      (r) => r.brand === '丙',
    );
    expect(empty.map((r) => [r.n, r.share])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
  });

  it('without advocacy, the reviewer stays P', async () => {
    const rows = (await run('aipl.stages', { advocacy: false })).filter((r) => r.brand === '甲');
    expect(rows.map((r) => r.n)).toEqual([1, 1, 4, 1]);
  });

  it('the 30-day trend agrees with the snapshots of day 393 and day 400', async () => {
    const rows = await run('aipl.trend');
    const on = (date: string) =>
      rows.filter((r) => (r.day as Date).toISOString().startsWith(date)).map((r) => [r.stage, r.n]);
    // Day 393 ([379, 393]): c6 clicked on 380 → I; c7, c8 exposures → A; c1, c4 L; c2, c3 P.
    expect(on('2026-01-29')).toEqual([
      ['A', 2],
      ['I', 1],
      ['P', 2],
      ['L', 2],
    ]);
    expect(on('2026-02-05')).toEqual([
      ['A', 1],
      ['I', 1],
      ['P', 3],
      ['L', 2],
    ]);
  });

  it('builds the flow matrix from day 393 to day 400', async () => {
    // c1, c4 L→L; c2, c3 P→P; c6 I→A; c7 A→P; c8 A→∅; c5 ∅→I.
    const rows = await run('aipl.flow');
    expect(rows.map((r) => [r.from_stage, r.to_stage, r.n, r.move])).toEqual([
      ['∅', 'I', 1, 'entry'],
      ['A', '∅', 1, 'churn'],
      ['A', 'P', 1, 'upgrade'],
      ['I', 'A', 1, 'downgrade'],
      ['P', 'P', 2, 'stay'],
      ['L', 'L', 2, 'stay'],
    ]);
    expect(rows.map((r) => r.rate)).toEqual([null, 0.5, 0.5, 1, 1, 1]);
  });

  it('summarizes stay, upgrade, downgrade, churn and entry per brand over the start pool', async () => {
    const rows = await run('aipl.flow-brands');
    const a = rows.filter((r) => r.brand === '甲').map((r) => [r.move, r.n, r.rate]);
    expect(a).toEqual([
      ['stay', 4, 4 / 7],
      ['upgrade', 1, 1 / 7],
      ['downgrade', 1, 1 / 7],
      ['churn', 1, 1 / 7],
      ['entry', 1, 1 / 7],
    ]);
    // Brand 2: c1, c2 stay P; c8 enters I (favourite on 399).
    const b = rows.filter((r) => r.brand === '乙').map((r) => [r.move, r.n]);
    expect(b).toEqual([
      ['stay', 2],
      ['upgrade', 0],
      ['downgrade', 0],
      ['churn', 0],
      ['entry', 1],
    ]);
  });
});

describe('growth overview (metrics.md §1.11, §1.15)', () => {
  it('KPIs of the last 30 days vs the 30 before', async () => {
    // Current (370, 400]: orders 2 (200, refund 50), 6 (300), 7 (100): GMV 600, net 550, buyers
    // c1 (old: first bought on 300) and c7 (new), 3 orders. Previous (340, 370]: order 8 (150, c1).
    const rows = by(await run('growth.kpis'), 'metric');
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
    const rows = by(await run('growth.kpis', { brand: 3 }), 'metric');
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
    const row = await runAlert(engine, getPanel('growth.kpis')!, toolkit.alerts[0] as never, {
      brand: 1,
    });
    expect([row.value, row.fired]).toEqual([100, false]);
  });
});

describe('FAST (metrics.md §1.2)', () => {
  it('F, both deepening rates, S and T with the category benchmarks', async () => {
    // F(400): 甲 7, 乙 3 (c1, c2 P; c8 I), 丙 0 → median 3, P25 1.5, P75 5.
    // A strict: 甲 c7 A→P = 1 / F(393) 7; 乙 0 / 2; 丙 has no pool on 393 (no rate).
    // A with entries: 甲 (c7 + c5) 2/7; 乙 c8 1/2. S(400): 甲 2 members; T: c1 bought in [36, 400],
    // c2 only on day 20 → 1/2.
    const rows = by(await run('fast.cards'), 'metric');
    expect([rows.f?.value, rows.f?.median, rows.f?.p25, rows.f?.p75]).toEqual([7, 3, 1.5, 5]);
    close(rows.f?.index, 700 / 3);
    close(rows.a_strict?.value, 1 / 7);
    close(rows.a_strict?.median, 1 / 14);
    close(rows.a_entry?.value, 2 / 7);
    close(rows.a_entry?.median, (2 / 7 + 1 / 2) / 2);
    expect([rows.s?.value, rows.t?.value]).toEqual([2, 0.5]);
  });

  it('stage conversion over the week', async () => {
    // 甲 on 393: A = c7, c8 (c7 reaches P) → 1/2; I = c6 (falls to A) → 0; P = c2, c3 (stay) → 0.
    const rows = await run('fast.rates');
    expect(rows.map((r) => [r.rate, r.brand])).toEqual([
      ['A→I+', 0.5],
      ['I→P+', 0],
      ['P→L', 0],
    ]);
  });

  it('weekly lines carry the brand and the median', async () => {
    const rows = await run('fast.weekly', { weeks: 2 });
    const f = rows.filter((r) => r.metric === 'f' && r.series === 'brand').map((r) => r.value);
    expect(f).toEqual([7, 7]); // days 393 and 400
  });
});

describe('GROW (metrics.md §1.3)', () => {
  // Period 0 = (-330, 35]: c2 (80, day 20), c3 (60, day 10): 2 buyers, 2 occasions, GMV 140.
  // Period 1 = (35, 400]: c1 on 300, 350, 390 (100 + 150 + 200), c4 (120), c7 on 399 (300 + 100,
  // one occasion): 3 buyers, 5 occasions, GMV 970.
  const lm = (g0: number, g1: number) =>
    g1 === g0 ? g0 : (g1 - g0) / (Math.log(g1) - Math.log(g0));

  it('splits ΔGMV exactly into G, R and O (LMDI), with W beside it', async () => {
    const rows = by(await run('grow.waterfall'), 'step');
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
    const rows = by(await run('grow.waterfall', { brand: 2 }), 'step');
    close(rows.G?.value, 90 * Math.log(1 / 2));
    close(rows.R?.value, 0);
    close(rows.O?.value, 90 * Math.log(2));
  });

  it('a brand with no buyers has no decomposition', async () => {
    const rows = by(await run('grow.waterfall', { brand: 3 }), 'step');
    expect([rows.GMV0?.value, rows.GMV1?.value, rows.G?.value, rows.R?.value]).toEqual([
      0,
      0,
      null,
      null,
    ]);
  });

  it('by crowd and by new/old customer, each segment sums to its own ΔGMV', async () => {
    const crowds = by(await run('grow.segments'), 'segment');
    // 新锐白领 = c1 (period 1 only): no period-0 GMV → no split; Z世代 = c2, c3 (period 0 only).
    expect([crowds['新锐白领']?.g0, crowds['新锐白领']?.g1, crowds['新锐白领']?.g]).toEqual([
      0,
      450,
      null,
    ]);
    expect([crowds['Z世代']?.g0, crowds['Z世代']?.g1]).toEqual([140, 0]);
    const customers = by(await run('grow.segments', { cut: 'customer' }), 'segment');
    // New in period 0: c2, c3 (first purchases in it); in period 1: c1, c4, c7 are all new too.
    expect([customers.new?.g0, customers.new?.g1]).toEqual([140, 970]);
    close(Number(customers.new?.g) + Number(customers.new?.r) + Number(customers.new?.o), 830);
  });
});

describe('brand popularity index (metrics.md §1.5)', () => {
  // H = 90: stages on day 310: 甲 P = c1, c2, c3 (c1 has one purchase day by then), L = c4; GMV in
  // (310, 400]: c1 350 → v_P = 350 / 3, v_L = 0. CA(甲) = 3 P × 350/3 = 350.
  // 乙 on 310: c1, c2 P; c1 spends 90 after → v_P = 45; CA(乙) = 2 × 45 = 90. 丙: 0. Median 90.
  // MS (I window 30 days): 甲 I = c5, c6 (click on 380), L = c1, c4 → 4; 乙 I = c8 → 1 → 0.8, 0.2, 0.
  // WS (365 days): 甲's buyers spend 970 at 甲 and 1060 in X (c1 also 90 at 乙); 乙's buyer c1
  // spends 90 of 540 → 970/1060, 1/6, 0; median 1/6.
  it('combines the three pillars over their medians', async () => {
    const rows = by(await run('popularity.index'), 'brand');
    close(rows['甲']?.ca, 350);
    close(rows['乙']?.ca, 90);
    close(rows['甲']?.ms, 0.8);
    close(rows['甲']?.ws, 970 / 1060);
    close(rows['乙']?.ws, 1 / 6);
    close(rows['乙']?.bpi, 100); // the median brand on all three pillars
    close(rows['甲']?.bpi, 100 * Math.cbrt((350 / 90) * (0.8 / 0.2) * (970 / 1060 / (1 / 6))));
    expect(rows['丙']?.bpi).toBe(0);
    expect([rows['甲']?.rank, rows['乙']?.rank, rows['丙']?.rank]).toEqual([1, 2, 3]);
  });
});

describe('crowd insight (metrics.md §1.6–1.8)', () => {
  // Window (35, 400]: 甲's buyers c1 (新锐白领, 450), c4 and c7 (精致妈妈, 120 + 400). Platform base
  // (anyone who bought): c1, c4, c5 (新锐白领), c7 → 2 and 2.
  it('share, TGI, penetration, GMV share and ARPPU per crowd; zero-member crowds suppressed', async () => {
    const rows = by(await run('crowd.tgi', { minCount: 1 }), 'crowd');
    close(rows['精致妈妈']?.tgi, (100 * (2 / 3)) / (1 / 2));
    close(rows['新锐白领']?.tgi, (100 * (1 / 3)) / (1 / 2));
    expect([rows['精致妈妈']?.penetration, rows['新锐白领']?.penetration]).toEqual([1, 0.5]);
    close(rows['精致妈妈']?.gmv_share, 520 / 970);
    expect([rows['精致妈妈']?.arppu, rows['新锐白领']?.arppu]).toEqual([260, 450]);
    expect([rows['Z世代']?.n, rows['Z世代']?.tgi, rows['Z世代']?.suppressed]).toEqual([
      0,
      null,
      true,
    ]);
    // A minimum sample of 2 hides 新锐白领 (n = 1).
    const strict = by(await run('crowd.tgi', { minCount: 2 }), 'crowd');
    expect([strict['新锐白领']?.tgi, strict['新锐白领']?.suppressed]).toEqual([null, true]);
  });

  it('against category buyers both crowds are at parity', async () => {
    const rows = by(await run('crowd.tgi', { minCount: 1, base: 'category' }), 'crowd');
    close(rows['精致妈妈']?.tgi, 100);
    close(rows['新锐白领']?.tgi, 100);
    // Penetration is over every buyer of the window, whatever the base.
    expect([rows['精致妈妈']?.penetration, rows['新锐白领']?.penetration]).toEqual([1, 0.5]);
  });

  it('profiles an audience: bought 甲, not 乙 (c4, c7), against the platform base', async () => {
    const all = await run('crowd.profile', { minCount: 1, audience: 'not-bought', otherBrand: 2 });
    // Every attribute counts each of the 4 base consumers and the 2 of the audience exactly once.
    const sums = new Map<string, [number, number]>();
    for (const r of all) {
      const [n, base] = sums.get(String(r.attribute)) ?? [0, 0];
      sums.set(String(r.attribute), [n + Number(r.n), base + Number(r.base_n)]);
    }
    expect([...sums].sort()).toEqual(
      ['88vip', 'age', 'city', 'crowd', 'gender'].map((a) => [a, [2, 4]]),
    );
    const rows = all.filter((r) => r.attribute === 'gender');
    // Audience F 2 of 2; base (c1 M, c4 F, c5 M, c7 F) F 2 of 4 → TGI 200; M 0 → suppressed.
    expect(rows.map((r) => [r.value, r.n, r.tgi])).toEqual([
      ['F', 2, 200],
      ['M', 0, null],
    ]);
  });

  it('the AIPL mix within each crowd', async () => {
    const rows = (await run('crowd.stages')).filter((r) => r.crowd === '新锐白领');
    expect(rows.map((r) => [r.stage, r.n, r.share])).toEqual([
      ['I', 1, 0.5],
      ['L', 1, 0.5],
    ]);
  });
});
