/**
 * aipl: every metric on the hand-built world (test/support/toolkit-fixture.ts), as-of day 400. The
 * expected numbers are worked out by hand in the comments, from the fixture's rows.
 */
import { describe, expect, it } from 'vitest';
import { useToolkitFixture, byKey, close } from '../../test/support/toolkits';

const { run } = useToolkitFixture();

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
    close(byKey(rows, 'stage').P?.share, 3 / 7);
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
