import { beforeAll, describe, expect, it } from 'vitest';
import { createQueryContext } from '../../../src/panel/context';
import { NO_FILTERS } from '../../../src/panel/filters';
import { panelRows, rowConditionSql } from '../../../src/panel/row-condition';
import { createNodeEngine, type NodeEngine } from '../../support/node-engine';

const schema = {
  tables: {
    orders: [
      { name: 'order_id', type: 'INTEGER' },
      { name: 'status', type: 'VARCHAR' },
      { name: 'pay_amount', type: 'DOUBLE' },
      { name: 'dt', type: 'DATE' },
    ],
  },
};
const ctx = () => createQueryContext(schema, NO_FILTERS);
const where = (whereColumn: string, whereOp: string, whereValue: string) =>
  rowConditionSql({ table: 'orders', whereColumn, whereOp, whereValue }, ctx());

describe('a panel’s row condition', () => {
  it('types the value by the column and quotes everything', () => {
    expect(where('status', 'ne', 'unpaid')).toBe(`CAST("status" AS VARCHAR) <> 'unpaid'`);
    expect(where('pay_amount', 'ge', '100')).toBe(`"pay_amount" >= 100`);
    expect(where('dt', 'lt', '2026-11-11')).toBe(`CAST("dt" AS DATE) < DATE '2026-11-11'`);
    expect(where('status', 'in', 'paid，refunded')).toBe(
      `CAST("status" AS VARCHAR) IN ('paid', 'refunded')`,
    );
    expect(where('order_id', 'not_in', '1, 2')).toBe(`"order_id" NOT IN (1, 2)`);
    expect(where('status', 'contains', "x'); DROP TABLE orders; --")).toBe(
      `contains(CAST("status" AS VARCHAR), 'x''); DROP TABLE orders; --')`,
    );
    expect(where('status', 'empty', '')).toBe(`"status" IS NULL`);
    // A word for a number compares as text instead of failing.
    expect(where('pay_amount', 'eq', 'abc')).toBe(`CAST("pay_amount" AS VARCHAR) = 'abc'`);
  });

  it('is no condition without a column, with an unknown column, or with an empty list to exclude', () => {
    expect(where('', 'eq', 'x')).toBeNull();
    expect(where('nope', 'eq', 'x')).toBeNull();
    expect(where('status', 'not_in', ' , ')).toBeNull();
    expect(where('status', 'in', '')).toBe('FALSE');
    expect(
      panelRows({ table: 'orders', whereColumn: '', whereOp: 'eq', whereValue: '' }, ctx()),
    ).toBe('"orders" AS "src"');
  });

  describe('on DuckDB', () => {
    let engine: NodeEngine;
    beforeAll(async () => {
      engine = await createNodeEngine();
      await engine.core.exec(`CREATE TABLE orders AS SELECT * FROM (VALUES
        (1, 'paid', 100.0, DATE '2026-11-10'),
        (2, 'unpaid', 50.0, DATE '2026-11-11'),
        (3, 'refunded', 30.0, DATE '2026-11-12'),
        (4, NULL, 7.0, DATE '2026-11-12')) t(order_id, status, pay_amount, dt)`);
    }, 60_000);

    const sum = async (whereColumn: string, whereOp: string, whereValue: string) => {
      const from = panelRows({ table: 'orders', whereColumn, whereOp, whereValue }, ctx());
      const [row] = await engine.rows(`SELECT sum(pay_amount)::DOUBLE AS v FROM ${from}`);
      return row?.v;
    };

    it('counts only the rows that meet it (GMV: paid and refunded, not unpaid)', async () => {
      expect(await sum('', 'eq', '')).toBe(187);
      // `<>` drops NULL statuses too, as SQL does: 100 + 30.
      expect(await sum('status', 'ne', 'unpaid')).toBe(130);
      expect(await sum('status', 'in', 'paid,refunded')).toBe(130);
      expect(await sum('pay_amount', 'gt', '40')).toBe(150);
      expect(await sum('dt', 'ge', '2026-11-11')).toBe(87);
      expect(await sum('status', 'empty', '')).toBe(7);
      expect(await sum('status', 'eq', "paid' OR '1'='1")).toBeNull();
    });
  });
});
