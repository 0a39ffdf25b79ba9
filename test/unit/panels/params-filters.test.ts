import { describe, expect, it } from 'vitest';
import { parseParams } from '../../../src/panel/params';
import {
  applicableFilters,
  buildFilteredSource,
  filterForClick,
  NO_FILTERS,
} from '../../../src/panel/filters';
import { getPanel } from '../../../src/panel/registry';
import { maskFilters } from '../../../src/panel/context';

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

describe('a brand input left at its default', () => {
  const spec = {
    params: {
      brand: { type: 'brand', default: 1, label: { zh: '品牌', en: 'Brand' }, affectsQuery: true },
    },
  } as const;
  const own = {
    tables: {},
    brands: [
      { id: 1000000007, name: '暖颜' },
      { id: 42, name: '澄光' },
    ],
  };

  it("takes the data's first brand when the data lacks the default (a provider's own ids)", () => {
    expect(parseParams(spec, {}, own).params).toEqual({ brand: 1000000007 });
  });

  it('keeps a brand the user chose, and says when it is not in the data', () => {
    expect(parseParams(spec, { brand: 42 }, own).params).toEqual({ brand: 42 });
    const chosen = parseParams(spec, { brand: 1 }, own);
    expect(chosen.ok ? [] : chosen.errors.map((e) => e.code)).toEqual(['unknown-brand']);
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

  it('turn a click on any categorical mark into a column filter owned by the clicked panel', () => {
    const clicked = filterForClick('brand_id', 7, NO_FILTERS, 'p1');
    expect(clicked).toEqual({
      ...NO_FILTERS,
      columns: [{ column: 'brand_id', values: ['7'], source: 'p1' }],
    });
    // A column no built-in filter knows (before: the click did nothing).
    expect(filterForClick('origin', 'PVG', NO_FILTERS, 'p2')?.columns).toEqual([
      { column: 'origin', values: ['PVG'], source: 'p2' },
    ]);
    // Another value replaces the panel's selection; the same value again clears it.
    const again = filterForClick('brand_id', '9', clicked!, 'p1');
    expect(again?.columns).toEqual([{ column: 'brand_id', values: ['9'], source: 'p1' }]);
    expect(filterForClick('brand_id', '9', again!, 'p1')?.columns).toEqual([]);
    expect(filterForClick('brand_id', null, NO_FILTERS, 'p1')).toBeNull();
  });

  it('apply a column filter to every table with the column, but not to the panel that set it', () => {
    const filters = {
      ...NO_FILTERS,
      columns: [
        { column: 'origin', values: ['PVG', "O'Hare"] },
        { column: 'Flight Date', from: '2026-01-01', to: '2026-01-31' },
        { column: 'delay', from: '5' },
        { column: 'brand_id', values: ['3'], source: 'p1' },
      ],
    };
    expect(buildFilteredSource('flights', ['origin', 'Flight Date', 'delay'], filters)).toBe(
      `(SELECT * FROM "flights" WHERE CAST("origin" AS VARCHAR) IN ('PVG', 'O''Hare') AND ` +
        `CAST("Flight Date" AS DATE) >= DATE '2026-01-01' AND CAST("Flight Date" AS DATE) <= DATE '2026-01-31' AND ` +
        `TRY_CAST("delay" AS DOUBLE) >= 5) AS "src"`,
    );
    expect(buildFilteredSource('orders', ['brand_id'], maskFilters(filters, undefined, 'p1'))).toBe(
      '"orders" AS "src"',
    );
    expect(buildFilteredSource('orders', ['brand_id'], maskFilters(filters, undefined, 'p2'))).toBe(
      `(SELECT * FROM "orders" WHERE CAST("brand_id" AS VARCHAR) IN ('3')) AS "src"`,
    );
    // A toolkit panel names the filters it honours: arbitrary columns do not cut its cohorts.
    expect(maskFilters(filters, ['brand'], 'p2').columns).toEqual([]);
  });
});
