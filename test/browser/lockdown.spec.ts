import { describe, expect, it } from 'vitest';
import { emptyLabState } from '../../src/state/lab-state';
import { encodeLabFragment } from '../../src/state/link';
import fs from 'node:fs';
import { expectSameOrigin, openLab, runSql, waitForDemo } from './support';

const ORDERS_ROWS = (
  JSON.parse(fs.readFileSync('public/data/manifest.json', 'utf8')) as {
    tables: { table: string; rows: number }[];
  }
).tables.find((t) => t.table === 'orders')!.rows;

/** SQL an approved lab may carry, each of which the engine lockdown must refuse. */
const PROBES = [
  "SELECT * FROM read_csv('https://example.com/x.csv')",
  "SELECT * FROM read_parquet('http://' || 'example.com' || '/a.parquet')",
  "SELECT * FROM read_json_auto('https://example.com/a.json')",
  "SELECT * FROM 'https://example.com/x.parquet'",
  "SELECT * FROM read_text('/etc/passwd')",
  "SELECT * FROM read_blob('../../etc/hosts')",
  "SELECT * FROM glob('/*')",
  "ATTACH 'stolen.db' AS stolen",
  "COPY orders TO '/tmp/orders.csv'",
  'LOAD httpfs',
  'SET enable_external_access = true',
  'DROP TABLE orders',
  'CREATE OR REPLACE TABLE orders AS SELECT 1 AS x',
  'SELECT 1 AS x; DROP TABLE orders',
];

describe('engine lockdown in Chromium', () => {
  it('refuses every network, file and write probe of an approved lab; nothing leaves the origin', async () => {
    const state = emptyLabState();
    state.panels = [
      ...PROBES.map((sql, i) => ({
        key: `probe${i}`,
        panel: 'sql',
        version: 1,
        params: { sql },
        width: 1 as const,
        section: null,
      })),
      { key: 'gmv', panel: 'kpi', version: 1, params: {}, width: 1, section: null },
    ];
    const lab = await openLab({ hash: `#${await encodeLabFragment(state)}` });
    const { page } = lab;
    await page.getByRole('dialog').getByRole('button', { name: '运行此实验室' }).click();
    await waitForDemo(page);
    const cells = page.getByRole('article', { name: 'SQL 单元' });
    await expect.poll(() => cells.count()).toBe(PROBES.length);
    for (const [i, cell] of (await cells.all()).entries()) {
      const failure = cell.getByRole('alert').filter({ hasText: '该面板出错' });
      await failure.waitFor({ timeout: 30_000 });
      expect(await cell.getByRole('img').count(), PROBES[i]).toBe(0);
    }
    // The lab's own tables are untouched: the KPI draws and orders still has its rows.
    await page.getByRole('article', { name: '指标卡' }).getByRole('img').first().waitFor();
    await runSql(page, 'SELECT count(*) AS n FROM orders');
    // The orders table is whole: its count is the bundled data's (59,368 or 59368).
    const thousands = `${Math.floor(ORDERS_ROWS / 1000)},?${String(ORDERS_ROWS % 1000).padStart(3, '0')}`;
    await page.getByRole('cell', { name: new RegExp(`^${thousands}$`) }).waitFor();
    expectSameOrigin(lab);
    expect(lab.errors).toEqual([]);
  });
});
