/**
 * fast: every metric on the hand-built world (test/support/toolkit-fixture.ts), as-of day 400. The
 * expected numbers are worked out by hand in the comments, from the fixture's rows.
 */
import { describe, expect, it } from 'vitest';
import { useToolkitFixture, byKey, close } from '../../test/support/toolkits';

const { run } = useToolkitFixture();

describe('FAST (metrics.md §1.2)', () => {
  it('F, both deepening rates, S and T with the category benchmarks', async () => {
    // F(400): 甲 7, 乙 3 (c1, c2 P; c8 I), 丙 0 → median 3, P25 1.5, P75 5.
    // A strict: 甲 c7 A→P = 1 / F(393) 7; 乙 0 / 2; 丙 has no pool on 393 (no rate).
    // A with entries: 甲 (c7 + c5) 2/7; 乙 c8 1/2. S(400): 甲 2 members; T: c1 bought in [36, 400],
    // c2 only on day 20 → 1/2.
    const rows = byKey(await run('fast.cards'), 'metric');
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

  it('weekly lines: F, A, S and T, each as an index on the week’s median with its band', async () => {
    const rows = await run('fast.weekly', { weeks: 2 });
    // Every metric is drawn, S included, in this order.
    expect([...new Set(rows.map((r) => r.metric))]).toEqual(['f', 'a_strict', 's', 't']);
    const f = rows.filter((r) => r.metric === 'f');
    // F on days 393 and 400: 甲 7 both weeks; the median of 甲, 乙, 丙 is 3 on day 400 (above).
    expect(f.map((r) => r.value)).toEqual([7, 7]);
    close(f[1]?.index, 700 / 3);
    close(f[1]?.lo, 150 / 3);
    close(f[1]?.hi, 500 / 3);
    // A (≈0.14) sits on the same readable scale as F (7): its index, not its raw rate.
    const a = rows.filter((r) => r.metric === 'a_strict');
    close(a[1]?.index, (100 * (1 / 7)) / (1 / 14));
    const s = rows.filter((r) => r.metric === 's');
    // S: c1 joined on day 100, c2 on day 395 → 1 member on day 393, 2 on day 400.
    expect(s.map((r) => r.value)).toEqual([1, 2]);
  });
});
