import { describe, expect, it } from 'vitest';
import { getToolkit, tablesRead } from '../../../src/panel/registry';
import { readsTable, tablesUsed } from '../../../src/lab/tables-used';

describe('tablesRead', () => {
  it('lists the tables a lab reads in its panels’ order: toolkits’ requirements, library panels’ table parameters', () => {
    const aipl = Object.keys(getToolkit('aipl')?.requires ?? {});
    expect(aipl).toContain('events');
    const tables = tablesRead([
      { panel: 'bars', params: { table: 'reviews' } },
      { panel: 'aipl.stages', params: {} },
      { panel: 'aipl.flow', params: {} },
      { panel: 'bars', params: {} },
      { panel: 'no-such-panel', params: { table: 'x' } },
    ]);
    expect(tables[0]).toBe('reviews');
    expect(tables.slice(1, 1 + aipl.length - 1)).toEqual(aipl.filter((t) => t !== 'reviews'));
    expect(tables).toContain('orders');
    expect(new Set(tables).size).toBe(tables.length);
    expect(tables).not.toContain('x');
  });
});

describe('readsTable', () => {
  it("counts a mapped contract table's source as read (a recipient is asked for that file)", () => {
    const mapping = {
      origin: '2025-09-01',
      tables: { orders: { source: '订单明细', group: false, columns: {} } },
    };
    const used = tablesUsed([{ panel: 'growth.kpis', params: {} }]);
    expect(readsTable(used, mapping, '订单明细')).toBe(true);
    expect(readsTable(used, null, '订单明细')).toBe(false);
    expect(readsTable(used, mapping, '品牌')).toBe(false);
    expect(readsTable('all', null, 'anything')).toBe(true);
  });
});
