import { describe, expect, it } from 'vitest';
import { emptyLabState } from '../../../src/state/lab-state';
import { needsReview, reviewItems, withoutReviewed } from '../../../src/state/review';

describe('review before run', () => {
  it('lists SQL, remote URLs and local files a lab would use, and can drop them', () => {
    const state = emptyLabState();
    state.datasets = [
      { table: 'orders', kind: 'bundled', file: 'orders.parquet' },
      { table: 'r', kind: 'url', url: 'https://data.example/r.parquet' },
      {
        table: 'l',
        kind: 'local',
        name: 'client.csv',
        fingerprint: { columns: ['a'], rows: 1, hash: 'h' },
      },
    ];
    state.panels = [
      { key: 'a', panel: 'kpi', version: 1, params: {}, width: 1, section: null },
      { key: 'b', panel: 'sql', version: 1, params: { sql: 'SELECT 1' }, width: 1, section: null },
    ];
    const items = reviewItems(state);
    expect(items).toEqual({
      sql: [{ key: 'b', text: 'SELECT 1' }],
      urls: ['https://data.example/r.parquet'],
      files: ['client.csv'],
      links: [],
    });
    expect(needsReview(items)).toBe(true);
    const safe = withoutReviewed(state);
    expect(safe.panels.map((p) => p.key)).toEqual(['a']);
    expect(safe.datasets.map((d) => d.table)).toEqual(['orders']);
    expect(needsReview(reviewItems(safe))).toBe(false);
  });

  it('names each sheet of a workbook it will ask for (one file, two tables)', () => {
    const state = emptyLabState();
    const fingerprint = { columns: ['a'], rows: 1, hash: 'h' };
    state.datasets = [
      { table: '订单明细', kind: 'local', name: '导出.xlsx', sheet: '订单明细', fingerprint },
      { table: '品牌', kind: 'local', name: '导出.xlsx', sheet: '品牌', fingerprint },
    ];
    expect(reviewItems(state).files).toEqual(['导出.xlsx · 订单明细', '导出.xlsx · 品牌']);
  });

  it('shows the SQL a cell would run even when the link leaves it at its default', () => {
    const state = emptyLabState();
    state.panels = [{ key: 'c', panel: 'sql', version: 1, params: {}, width: 1, section: null }];
    expect(reviewItems(state).sql[0]?.text).toMatch(/^SELECT crowd, count\(\*\) AS consumers/);
  });

  it('lists the remote addresses of notes and turns them into plain text when declined', () => {
    const state = emptyLabState();
    const text = [
      '[deck](https://a.example/x) and <https://b.example/y>, www.c.example too',
      '<video poster="http://d.example/p.png"></video> [ref]: mailto:someone@e.example',
      'again https://a.example/x',
    ].join('\n');
    state.panels = [
      { key: 'n', panel: 'note', version: 1, params: { text }, width: 1, section: null },
    ];
    const items = reviewItems(state);
    expect(items.links).toEqual([
      'https://a.example/x',
      'https://b.example/y',
      'www.c.example',
      'http://d.example/p.png',
      'mailto:someone@e.example',
    ]);
    expect(needsReview(items)).toBe(true);
    const declined = String(withoutReviewed(state).panels[0]?.params.text);
    expect(declined).toContain('[deck](`https://a.example/x`)');
    expect(reviewItems({ ...state, panels: [] }).links).toEqual([]);
    // Declined notes still show the addresses, as code: nothing left to follow.
    expect(declined.match(/`[^`]+`/g)).toHaveLength(6);
  });
});
