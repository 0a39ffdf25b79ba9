import { describe, expect, it } from 'vitest';
import {
  dataSignature,
  judgeCached,
  resultKey,
  stableJson,
  tableFingerprint,
  toEvict,
  type CachedResult,
} from '../../../src/query/result-cache';

const SQL = 'SELECT day, sum(gmv) FROM orders GROUP BY day';
const entry: CachedResult = {
  key: 'k',
  sql: SQL,
  data: { orders: tableFingerprint('sha256s:aa', ['day', 'gmv']) },
  params: { brand: 5 },
  ipc: new Uint8Array([1, 2, 3]),
  savedAt: 1,
};

describe('kept panel results', () => {
  it('keys a panel by its state whatever the order of its keys', () => {
    const a = resultKey({
      panel: 'growth-trend',
      params: { a: 1, b: { y: 2, x: 1 } },
      inputs: { brand: 5, days: 30 },
      filters: { brands: [], columns: [] },
      locale: 'zh-CN',
    });
    const b = resultKey({
      locale: 'zh-CN',
      filters: { columns: [], brands: [] },
      inputs: { days: 30, brand: 5 },
      params: { b: { x: 1, y: 2 }, a: 1 },
      panel: 'growth-trend',
    });
    expect(a).toBe(b);
    expect(
      resultKey({
        panel: 'growth-trend',
        params: {},
        inputs: { brand: 6 },
        filters: {},
        locale: 'zh-CN',
      }),
    ).not.toBe(
      resultKey({
        panel: 'growth-trend',
        params: {},
        inputs: { brand: 5 },
        filters: {},
        locale: 'zh-CN',
      }),
    );
    expect(stableJson([{ b: 1, a: 2 }])).toBe('[{"a":2,"b":1}]');
  });

  it('has no data signature until every table it reads is loaded', () => {
    const prints: Record<string, string | null> = { orders: 'o', brands: null };
    expect(dataSignature(['orders'], (t) => prints[t] ?? null)).toEqual({ orders: 'o' });
    expect(dataSignature(['orders', 'brands'], (t) => prints[t] ?? null)).toBeNull();
  });

  it('keeps a result while the lab starts, and while the same SQL runs on the same data', () => {
    expect(judgeCached(entry, { sql: null, data: null, settled: false })).toBe('keep');
    expect(judgeCached(entry, { sql: SQL, data: null, settled: false })).toBe('keep');
    expect(judgeCached(entry, { sql: SQL, data: { ...entry.data }, settled: true })).toBe('keep');
  });

  it('drops a result when the fingerprint of its data changes', () => {
    const reloaded = { orders: tableFingerprint('sha256s:bb', ['day', 'gmv']) };
    expect(judgeCached(entry, { sql: SQL, data: reloaded, settled: false })).toBe('drop');
    const renamed = { orders: tableFingerprint('sha256s:aa', ['day', 'revenue']) };
    expect(judgeCached(entry, { sql: SQL, data: renamed, settled: false })).toBe('drop');
  });

  it('drops a result when the panel asks something else, or cannot ask once the lab has settled', () => {
    expect(judgeCached(entry, { sql: `${SQL} LIMIT 1`, data: null, settled: false })).toBe('drop');
    expect(judgeCached(entry, { sql: null, data: null, settled: true })).toBe('drop');
  });

  it('evicts the oldest results beyond the byte and entry limits', () => {
    const entries = [
      { key: 'old', bytes: 40, savedAt: 1 },
      { key: 'mid', bytes: 40, savedAt: 2 },
      { key: 'new', bytes: 40, savedAt: 3 },
    ];
    expect(toEvict(entries, { maxBytes: 100, maxEntries: 10 })).toEqual(['old']);
    expect(toEvict(entries, { maxBytes: 1000, maxEntries: 1 })).toEqual(['mid', 'old']);
    // One result larger than the whole budget is not kept, and does not push out the others.
    expect(
      toEvict([...entries, { key: 'huge', bytes: 500, savedAt: 4 }], {
        maxBytes: 100,
        maxEntries: 10,
      }),
    ).toEqual(['huge', 'old']);
  });
});
