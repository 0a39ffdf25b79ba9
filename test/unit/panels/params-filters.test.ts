import { describe, expect, it } from 'vitest';
import { parseParams } from '../../../src/panel/params';
import {
  applicableFilters,
  buildFilteredSource,
  filterForClick,
  NO_FILTERS,
} from '../../../src/panel/filters';
import { getPanel } from '../../../src/panel/registry';

const schema = {
  tables: {
    orders: [
      { name: 'brand_id', type: 'INTEGER' },
      { name: 'pay_amount', type: 'DOUBLE' },
      { name: 'dt', type: 'DATE' },
      { name: 'status', type: 'VARCHAR' },
    ],
  },
};
const ranking = getPanel('ranking')!;

describe('parameter parsing', () => {
  it('fills defaults and keeps valid values', () => {
    const parsed = parseParams(ranking, { limit: '5', order: 'asc' }, schema);
    expect(parsed).toEqual({
      ok: true,
      params: {
        table: 'orders',
        category: 'brand_id',
        value: 'pay_amount',
        aggregate: 'sum',
        limit: 5,
        names: true,
        order: 'asc',
        // GMV counts paid and refunded orders (metrics.md §1.11), not unpaid ones.
        whereColumn: 'status',
        whereOp: 'ne',
        whereValue: 'unpaid',
      },
    });
  });

  it('reports each bad value with a code, without building SQL from it', () => {
    const parsed = parseParams(
      ranking,
      { table: 'nope', limit: 1000, order: 'sideways', aggregate: 'drop' },
      schema,
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => [e.param, e.code])).toEqual([
      ['table', 'unknown-table'],
      ['aggregate', 'not-an-option'],
      ['limit', 'out-of-range'],
      ['order', 'not-an-option'],
    ]);
  });

  it('checks columns against their table and their kind', () => {
    const wrongKind = parseParams(ranking, { value: 'status' }, schema);
    expect(!wrongKind.ok && wrongKind.errors).toEqual([
      { param: 'value', code: 'wrong-kind', value: 'status' },
    ]);
    const missing = parseParams(ranking, { category: 'nope' }, schema);
    expect(!missing.ok && missing.errors).toEqual([
      { param: 'category', code: 'unknown-column', value: 'nope' },
    ]);
  });

  it('ignores keys outside the schema, __proto__ included', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "limit": 3, "extra": "x"}');
    const parsed = parseParams(ranking, raw, schema);
    expect(parsed.ok && parsed.params.limit).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed.params)).not.toContain('extra');
  });

  it('treats non-objects as empty input', () => {
    expect(parseParams(ranking, 'garbage', schema).ok).toBe(true);
    expect(parseParams(ranking, [1, 2], schema).ok).toBe(true);
  });
});

describe('lab-wide filters', () => {
  const filters = {
    ...NO_FILTERS,
    brand: 3,
    competitors: [4],
    dateFrom: '2026-01-01',
    crowd: 'Z世代',
  };

  it('apply only where the table has the column', () => {
    expect(applicableFilters(['brand_id', 'dt', 'x'], filters)).toEqual(['brand', 'date']);
    expect(applicableFilters(['x'], filters)).toEqual([]);
    expect(applicableFilters(['brand_id'], NO_FILTERS)).toEqual([]);
  });

  it('build one filtered source, quoting everything', () => {
    expect(buildFilteredSource('orders', ['brand_id', 'dt', 'crowd'], filters)).toBe(
      `(SELECT * FROM "orders" WHERE "brand_id" IN (3, 4) AND CAST("dt" AS DATE) >= DATE '2026-01-01' AND "crowd" = 'Z世代') AS "src"`,
    );
    expect(buildFilteredSource('orders', ['x'], filters)).toBe('"orders" AS "src"');
    expect(buildFilteredSource('t', ['crowd'], { ...NO_FILTERS, crowd: "x' OR '1'='1" })).toBe(
      `(SELECT * FROM "t" WHERE "crowd" = 'x'' OR ''1''=''1') AS "src"`,
    );
  });

  it('ignore malformed dates', () => {
    expect(
      buildFilteredSource('t', ['dt'], { ...NO_FILTERS, dateFrom: "2026-01-01' OR 1=1" }),
    ).toBe('"t" AS "src"');
  });

  it('turn a click on an id or a crowd into a filter', () => {
    expect(filterForClick('brand_id', '7', NO_FILTERS)).toEqual({ ...NO_FILTERS, brand: 7 });
    expect(filterForClick('crowd', '都市银发', NO_FILTERS)).toEqual({
      ...NO_FILTERS,
      crowd: '都市银发',
    });
    expect(filterForClick('status', 'paid', NO_FILTERS)).toBeNull();
    expect(filterForClick('brand_id', 'x', NO_FILTERS)).toBeNull();
  });
});
