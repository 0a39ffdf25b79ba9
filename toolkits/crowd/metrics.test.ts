/**
 * crowd: every metric on the hand-built world (test/support/toolkit-fixture.ts), as-of day 400. The
 * expected numbers are worked out by hand in the comments, from the fixture's rows.
 */
import { describe, expect, it } from 'vitest';
import { useToolkitFixture, byKey, close } from '../../test/support/toolkits';

const { run } = useToolkitFixture();

describe('crowd insight (metrics.md §1.6–1.8)', () => {
  // Window (35, 400]: 甲's buyers c1 (新锐白领, 450), c4 and c7 (精致妈妈, 120 + 400). Platform base
  // (anyone who bought): c1, c4, c5 (新锐白领), c7 → 2 and 2.
  it('share, TGI, penetration, GMV share and ARPPU per crowd; zero-member crowds suppressed', async () => {
    const rows = byKey(await run('crowd.tgi', { minCount: 1 }), 'crowd');
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
    const strict = byKey(await run('crowd.tgi', { minCount: 2 }), 'crowd');
    expect([strict['新锐白领']?.tgi, strict['新锐白领']?.suppressed]).toEqual([null, true]);
  });

  it('against category buyers both crowds are at parity', async () => {
    const rows = byKey(await run('crowd.tgi', { minCount: 1, base: 'category' }), 'crowd');
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
