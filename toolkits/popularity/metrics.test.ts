/**
 * popularity: every metric on the hand-built world (test/support/toolkit-fixture.ts), as-of day 400. The
 * expected numbers are worked out by hand in the comments, from the fixture's rows.
 */
import { describe, expect, it } from 'vitest';
import { useToolkitFixture, byKey, close } from '../../test/support/toolkits';

const { run } = useToolkitFixture();

describe('brand popularity index (metrics.md §1.5)', () => {
  // H = 90: stages on day 310: 甲 P = c1, c2, c3 (c1 has one purchase day by then), L = c4; GMV in
  // (310, 400]: c1 350 → v_P = 350 / 3, v_L = 0. CA(甲) = 3 P × 350/3 = 350.
  // 乙 on 310: c1, c2 P; c1 spends 90 after → v_P = 45; CA(乙) = 2 × 45 = 90. 丙: 0. Median 90.
  // MS (I window 30 days): 甲 I = c5, c6 (click on 380), L = c1, c4 → 4; 乙 I = c8 → 1 → 0.8, 0.2, 0.
  // WS (365 days): 甲's buyers spend 970 at 甲 and 1060 in X (c1 also 90 at 乙); 乙's buyer c1
  // spends 90 of 540 → 970/1060, 1/6, 0; median 1/6.
  it('combines the three pillars over their medians', async () => {
    const rows = byKey(await run('popularity.index'), 'brand');
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
