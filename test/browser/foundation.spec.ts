import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parquetBytes } from '../support/files';
import {
  expectSameOrigin,
  loadedTable,
  openLab,
  runSql,
  tableItem,
  waitForDemo,
  type Lab,
} from './support';

const truth = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../public/data/ground_truth.json'), 'utf8'),
) as {
  brands: { rising: { name: string } };
};

let lab: Lab;

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

describe('lab foundation in Chromium', () => {
  it('opens on the demo data, previews a table with its column descriptions, and requests nothing outside its origin', async () => {
    lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page
      .getByRole('status')
      .filter({ hasText: /DuckDB v1\.4/ })
      .waitFor();
    const brands = tableItem(page, 'brands');
    await brands.getByText('brands', { exact: true }).click();
    await brands.getByText('品牌名称（虚构）').waitFor();
    await brands.getByRole('button', { name: '预览' }).click();
    await brands.getByRole('cell', { name: truth.brands.rising.name }).waitFor();
    await brands.getByRole('button', { name: '字段概况' }).click();
    await brands.getByRole('cell', { name: 'merchant_tier' }).waitFor();
    // The first screen also ran a query on the demo data and drew its chart.
    await page
      .getByRole('status')
      .filter({ hasText: /行，用时/ })
      .waitFor();
    await page.getByRole('img', { name: '图表' }).waitFor();
    // The engine's memory, read after the loads: DuckDB holds the demo's 674k rows.
    const memory = page.getByRole('status').getByTitle(/WebAssembly 内存/);
    await expect.poll(() => memory.textContent()).toMatch(/内存 [\d.,]+ (MB|GB)/);
    const [, size, unit] = /内存 ([\d.,]+) (MB|GB)/.exec((await memory.textContent()) ?? '') ?? [];
    expect(Number(size?.replace(/,/g, '')) * (unit === 'GB' ? 1024 : 1)).toBeGreaterThan(32);
    // Beside the peak, what DuckDB holds now: the tables, less than the peak, more than nothing.
    await expect.poll(() => memory.textContent()).toMatch(/在用 [\d.,]+ (MB|GB)）/);
    const [, inUse, inUseUnit] =
      /在用 ([\d.,]+) (MB|GB)/.exec((await memory.textContent()) ?? '') ?? [];
    const inUseMb = Number(inUse?.replace(/,/g, '')) * (inUseUnit === 'GB' ? 1024 : 1);
    expect(inUseMb).toBeGreaterThan(8);
    expect(inUseMb).toBeLessThan(Number(size?.replace(/,/g, '')) * (unit === 'GB' ? 1024 : 1));
    expect(lab.errors).toEqual([]);
    expectSameOrigin(lab);
  });

  it('loads a Parquet and a CSV through the file picker and queries them together', async () => {
    lab = await openLab();
    const { page } = lab;
    await page.getByLabel('添加文件').setInputFiles([
      {
        name: '销售.parquet',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(parquetBytes(10, 4)),
      },
      csv('cities.csv', 'id,城市\n1,上海\n2,北京\n'),
    ]);
    await loadedTable(page, '销售', 10).waitFor();
    await loadedTable(page, 'cities', 2).waitFor();
    await runSql(page, 'SELECT c.城市, s.amount FROM 销售 s JOIN cities c USING (id) ORDER BY id');
    await page.getByRole('cell', { name: '北京' }).waitFor();
    await page.getByRole('cell', { name: '1.5' }).waitFor();
    expectSameOrigin(lab);
  });

  it('loads files dropped on the page', async () => {
    lab = await openLab();
    const { page } = lab;
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['a,b\n1,2\n3,4\n'], 'dropped one.csv', { type: 'text/csv' }));
      data.items.add(new File(['[{"k":"v"}]'], 'dropped.json', { type: 'application/json' }));
      return data;
    });
    await page.getByRole('main').dispatchEvent('dragenter', { dataTransfer: transfer });
    await page.getByRole('main').dispatchEvent('drop', { dataTransfer: transfer });
    await loadedTable(page, 'dropped_one', 2).waitFor();
    await loadedTable(page, 'dropped', 1).waitFor();
  });

  it('explains bad files in Chinese while earlier tables keep answering', async () => {
    lab = await openLab();
    const { page } = lab;
    await page.getByLabel('添加文件').setInputFiles([csv('keep.csv', 'k\n42\n')]);
    await loadedTable(page, 'keep', 1).waitFor();
    const bad: [Parameters<typeof csv>[0], Buffer, RegExp][] = [
      ['fake.parquet', Buffer.from('a,b\n1,2\n'), /文件扩展名是 \.parquet，但内容是文本/],
      ['cut.parquet', Buffer.from(parquetBytes(100).slice(0, 400)), /缺少文件尾/],
      ['ragged.csv', Buffer.from('a,b,c\n1,2,3\n4,5\n'), /第 3 行有 2 个字段，但表头有 3 个/],
      ['empty.csv', Buffer.alloc(0), /文件是空的/],
      ['object.json', Buffer.from('{"name":"x"}'), /该 JSON 不是表格/],
    ];
    for (const [name, buffer, message] of bad) {
      await page
        .getByLabel('添加文件')
        .setInputFiles([{ name, mimeType: 'application/octet-stream', buffer }]);
      await page
        .getByRole('alert')
        .filter({ hasText: `无法加载 ${name}` })
        .filter({ hasText: message })
        .waitFor();
    }
    await runSql(page, 'SELECT k * 2 AS doubled FROM keep');
    await page.getByRole('cell', { name: '84' }).waitFor();
    expect(lab.errors).toEqual([]);
  });

  it('shows a bad query with its SQL, can cancel a long one, and keeps working', async () => {
    lab = await openLab();
    const { page } = lab;
    await runSql(page, 'SELEC 1', null);
    const alert = page.getByRole('alert').filter({ hasText: '查询失败' });
    await alert.filter({ hasText: 'Parser Error' }).waitFor();
    await alert.getByText('执行的 SQL').click();
    await alert.locator('pre').filter({ hasText: 'SELEC 1' }).waitFor();

    await runSql(page, 'SELECT count(*) FROM range(5000000000) t(i) WHERE i % 7 = 3', null);
    // Five billion rows: the lab asks first; run anyway, then cancel.
    await page.getByRole('button', { name: '仍然运行' }).click();
    await page.getByRole('button', { name: '取消查询' }).click();
    await page.getByRole('alert').filter({ hasText: '已取消' }).waitFor();
    await runSql(page, 'SELECT 6 * 7 AS answer');
    await page.getByRole('cell', { name: '42' }).waitFor();
  });

  it('loads a dataset by URL and explains URLs that fail', async () => {
    lab = await openLab();
    const { page, baseUrl } = lab;
    const load = async (url: string) => {
      await page.getByRole('textbox', { name: '数据集网址' }).fill(url);
      await page.getByRole('button', { name: '加载网址' }).click();
    };
    await load(`${baseUrl}data/categories.parquet`);
    await loadedTable(page, 'categories_2', 15).waitFor();
    await load(`${baseUrl}data/missing.parquet`);
    await page.getByRole('alert').filter({ hasText: 'HTTP 404' }).waitFor();

    // Another origin that sends no CORS headers: the browser refuses to hand over the body.
    const other = http.createServer((_, res) => res.end('a,b\n1,2\n'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as { port: number }).port;
    try {
      await load(`http://127.0.0.1:${port}/remote.csv`);
      await page
        .getByRole('alert')
        .filter({ hasText: /无法访问 .*CORS/ })
        .waitFor();
    } finally {
      other.close();
    }
    await runSql(page, 'SELECT count(*)::INTEGER AS n FROM categories_2');
    await page.getByRole('cell', { name: '15' }).waitFor();
  });

  it('switches to English and formats numbers for the locale', async () => {
    lab = await openLab({ locale: 'zh-CN' });
    const { page } = lab;
    await waitForDemo(page);
    await tableItem(page, 'events').filter({ hasText: /万 行/ }).waitFor();
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: 'Datasets' }).waitFor();
    await tableItem(page, 'events')
      .filter({ hasText: /K rows/ })
      .waitFor();
  });
});

describe('catalog actions and engine modes', () => {
  it('renames and removes a table', async () => {
    lab = await openLab();
    const { page } = lab;
    await waitForDemo(page); // the catalog stops moving once the demo tables are in
    await page.getByLabel('添加文件').setInputFiles([csv('keep.csv', 'k\n1\n2\n')]);
    const item = tableItem(page, 'keep');
    await loadedTable(page, 'keep', 2).waitFor();
    await item.getByText('keep', { exact: true }).click();
    await item.getByRole('button', { name: '重命名' }).click();
    await page.getByRole('textbox', { name: 'keep 的新名称' }).fill('保留 表');
    await page.getByRole('button', { name: 'OK' }).click();
    const renamed = tableItem(page, '保留_表');
    await renamed.waitFor();
    await runSql(page, 'SELECT sum(k)::INTEGER AS total FROM 保留_表');
    await page.getByRole('cell', { name: '3' }).waitFor();
    await renamed.getByRole('button', { name: '移除' }).click();
    await page
      .getByRole('alertdialog', { name: '确定移除数据表 保留_表？' })
      .getByRole('button', { name: '移除' })
      .click();
    await renamed.waitFor({ state: 'detached' });
    await runSql(page, 'SELECT * FROM 保留_表', null);
    await page.getByRole('alert').filter({ hasText: 'Catalog Error' }).waitFor();
  });

  it('keeps a bundled table’s new name, its descriptions and the panels reading it across a reload', async () => {
    lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('table');
    const table = page.getByRole('article', { name: '数据表格' });
    await table.getByRole('button', { name: '设置' }).click();
    await table.getByRole('combobox', { name: '数据表' }).selectOption('brands');
    const item = tableItem(page, 'brands');
    await item.getByText('brands', { exact: true }).click();
    await item.getByRole('button', { name: '重命名' }).click();
    await page.getByRole('textbox', { name: 'brands 的新名称' }).fill('brand_list');
    await page.getByRole('button', { name: 'OK' }).click();
    await tableItem(page, 'brand_list').getByText('品牌名称（虚构）').waitFor();
    // The panel follows the rename (no "fix the settings").
    await expect
      .poll(() => table.getByRole('combobox', { name: '数据表' }).inputValue())
      .toBe('brand_list');

    await page.reload();
    await waitForDemo(page);
    const renamed = tableItem(page, 'brand_list');
    await renamed.getByText('brand_list', { exact: true }).click();
    await renamed.getByText('品牌名称（虚构）').waitFor();
    expect(await tableItem(page, 'brands').count()).toBe(0);
    await page
      .getByRole('article', { name: '数据表格' })
      .getByRole('button', { name: '按 name 排序' })
      .waitFor();
    expect(lab.errors).toEqual([]);
  });

  it('shows progress for a big load and cancels it, leaving the lab usable', async () => {
    lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByLabel('添加文件').setInputFiles([
      {
        name: 'big.parquet',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(parquetBytes(3_000_000, 30_000)),
      },
    ]);
    await page.getByRole('progressbar', { name: '正在加载 big.parquet' }).waitFor();
    await page.getByRole('button', { name: '取消加载 big.parquet' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: '无法加载 big.parquet' })
      .filter({ hasText: '已取消' })
      .waitFor();
    await runSql(
      page,
      "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'big' OR starts_with(table_name, '__lab')",
    );
    await page.getByRole('cell', { name: '0', exact: true }).waitFor();
  });

  it('starts on a host that serves .wasm files with a generic content type', async () => {
    // Such a host cannot stream-compile DuckDB (Chromium refuses it); the lab compiles the bytes.
    const { startServer } = await import('../../scripts/serve.js');
    const server = await startServer({
      dir: path.resolve(import.meta.dirname, '../../dist'),
      basePath: '/plain/',
      wasmType: 'application/octet-stream',
    });
    try {
      lab = await openLab({ url: `${server.url}?demo=off` });
      const { page } = lab;
      await runSql(page, 'SELECT 6 * 7 AS answer');
      await page.getByRole('cell', { name: '42', exact: true }).waitFor();
      expect(lab.errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('runs the threaded engine on request when the host sends cross-origin isolation headers', async () => {
    const { startServer } = await import('../../scripts/serve.js');
    const server = await startServer({
      dir: path.resolve(import.meta.dirname, '../../dist'),
      basePath: '/iso/',
      isolate: true,
    });
    try {
      // Opt-in only: the threaded build has an open upstream bug (duckdb/duckdb-wasm#2256) that can
      // fail statements after memory growth, so this test does not rely on the demo data loading.
      lab = await openLab({ url: `${server.url}?threads=on&demo=off` });
      const { page } = lab;
      await page
        .getByRole('status')
        .filter({ hasText: /coi · \d+ 线程/ })
        .waitFor();
      await page.getByRole('status').filter({ hasText: '多线程为实验功能' }).waitFor();
      await runSql(page, 'SELECT sum(i)::BIGINT AS total FROM range(1000001) t(i)');
      await page.getByRole('cell', { name: '500,000,500,000' }).waitFor();
      expectSameOrigin(lab);
    } finally {
      await server.close();
    }
  });
});
