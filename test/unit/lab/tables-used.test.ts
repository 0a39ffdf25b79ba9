import { describe, expect, it } from 'vitest';
import { tablesUsed } from '../../../src/lab/tables-used';

describe('the tables a lab’s panels read', () => {
  it('are the library panels’ tables and the toolkits’ declared ones, known before any query', () => {
    const used = tablesUsed([
      { panel: 'ranking', params: { table: '销售' } },
      { panel: 'kpi', params: {} }, // its default table
      { panel: 'growth.kpis', params: {} },
      { panel: 'note', params: {} },
    ]);
    expect(used).not.toBe('all');
    expect([...(used as Set<string>)]).toEqual(expect.arrayContaining(['销售', 'orders']));
    // A file no panel reads is not asked for.
    expect((used as Set<string>).has('flights')).toBe(false);
  });

  it('are every table once a panel runs the user’s own SQL', () => {
    expect(tablesUsed([{ panel: 'sql', params: { sql: 'SELECT 1' } }])).toBe('all');
  });
});
