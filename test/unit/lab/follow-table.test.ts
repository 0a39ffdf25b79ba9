import { describe, expect, it } from 'vitest';
import { followTable } from '../../../src/lab/param-options';
import { parseParams } from '../../../src/panel/params';
import { getPanel } from '../../../src/panel/registry';

const schema = {
  tables: {
    orders: [
      { name: 'brand_id', type: 'INTEGER' },
      { name: 'status', type: 'VARCHAR' },
      { name: 'pay_amount', type: 'DOUBLE' },
      { name: 'dt', type: 'DATE' },
    ],
    consumers: [
      { name: 'consumer_id', type: 'INTEGER' },
      { name: 'age', type: 'INTEGER' },
      { name: 'crowd', type: 'VARCHAR' },
    ],
    flights: [
      { name: 'Flight Date', type: 'DATE' },
      { name: 'origin', type: 'VARCHAR' },
      { name: 'delay', type: 'DOUBLE' },
    ],
  },
};

describe('columns follow a table change', () => {
  it('re-chooses the ranking’s columns on another table so it draws at once', () => {
    const ranking = getPanel('ranking')!;
    const before = parseParams(ranking, {}, schema).params as Record<string, unknown>;
    const changes = followTable(ranking.params, before, 'table', 'consumers', schema);
    // Group by a text column, sum the first number, and no row condition from orders.
    expect(changes).toEqual({
      table: 'consumers',
      category: 'crowd',
      value: 'consumer_id',
      whereColumn: '',
    });
    const after = parseParams(ranking, { ...before, ...changes }, schema);
    expect(after.ok).toBe(true);
  });

  it('keeps what the new table also has, and picks a date column by kind for a trend', () => {
    const trend = getPanel('trend')!;
    const before = parseParams(trend, {}, schema).params as Record<string, unknown>;
    const changes = followTable(trend.params, before, 'table', 'flights', schema);
    expect(changes).toMatchObject({ table: 'flights', date: 'Flight Date', value: 'delay' });
    expect(parseParams(trend, { ...before, ...changes }, schema).ok).toBe(true);
    const same = followTable(trend.params, before, 'table', 'orders', schema);
    expect(same).toEqual({ table: 'orders' });
  });
});
