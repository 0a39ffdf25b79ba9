import { describe, expect, it } from 'vitest';
import { compareFingerprints, contentHash, suggestMapping } from '../../../src/data/fingerprint';

describe('local file fingerprints', () => {
  it('hash the content (size, head and tail)', async () => {
    const a = await contentHash(new Blob(['region,amount\n华东,10\n']));
    expect(a).toMatch(/^sha256s:[0-9a-f]{64}$/);
    expect(await contentHash(new Blob(['region,amount\n华东,10\n']))).toBe(a);
    expect(await contentHash(new Blob(['region,amount\n华东,11\n']))).not.toBe(a);
    // Beyond the sampled head, a change in the tail still shows.
    const big = 'x'.repeat(5 * 1024 * 1024);
    expect(await contentHash(new Blob([big, 'a']))).not.toBe(
      await contentHash(new Blob([big, 'b'])),
    );
  });

  it('tell which columns a provided file lacks and suggest a mapping', () => {
    const expected = { columns: ['region', 'Amount', 'dt'], rows: 2, hash: 'h1' };
    const actual = { columns: ['地区', 'amount', 'dt'], rows: 1, hash: 'h2' };
    const match = compareFingerprints(expected, actual);
    expect(match).toEqual({
      missing: ['region', 'Amount'],
      extra: ['地区', 'amount'],
      sameContent: false,
      rows: { expected: 2, actual: 1 },
    });
    expect(suggestMapping(match.missing, match.extra)).toEqual({ Amount: 'amount' });
    expect(compareFingerprints(expected, expected).sameContent).toBe(true);
  });
});
