import { describe, expect, it } from 'vitest';
import { namesTable } from '../../../src/sql/quote';

describe('namesTable', () => {
  it('finds a table named quoted or bare, in any case, and not inside longer words', () => {
    expect(namesTable('SELECT * FROM "orders"', 'orders')).toBe(true);
    expect(namesTable('select crowd from consumers group by 1', 'consumers')).toBe(true);
    expect(namesTable('SELECT * FROM Orders o', 'orders')).toBe(true);
    expect(namesTable('SELECT * FROM order_items', 'orders')).toBe(false);
    expect(namesTable('SELECT * FROM order_items', 'order_items')).toBe(true);
    expect(namesTable('SELECT * FROM my_orders', 'orders')).toBe(false);
    expect(namesTable('SELECT * FROM 销售表2', '销售表')).toBe(false);
    expect(namesTable('SELECT * FROM 销售表 WHERE x', '销售表')).toBe(true);
    expect(namesTable('SELECT * FROM "a.b(c)"', 'a.b(c)')).toBe(true);
    expect(namesTable('SELECT * FROM axb', 'a.b')).toBe(false);
  });
});
