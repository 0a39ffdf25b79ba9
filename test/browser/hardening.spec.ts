import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyLabState } from '../../src/state/lab-state';
import { encodeLabFile } from '../../src/state/lab-file';
import { encodeLabFragment } from '../../src/state/link';
import { injectInlineScript, openLab, tableItem, waitForDemo } from './support';

/** A second origin that records every request it receives, as the probe's attacker server did. */
let recorder: http.Server;
let recorded: string[] = [];
let attacker = '';

beforeAll(async () => {
  recorder = http.createServer((req, res) => {
    recorded.push(req.url ?? '');
    res.end('');
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  attacker = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => recorder.close(() => resolve())));

/** A note with every tag the probe found fetching on open, each at its own recorder path. */
function hostileLab() {
  const state = emptyLabState();
  const text = [
    '# 备注',
    `<video poster="${attacker}/video-poster" src="${attacker}/video-src"></video>`,
    `<audio src="${attacker}/audio"></audio>`,
    `<video><source src="${attacker}/source"></video>`,
    `<input type="image" src="${attacker}/input-image">`,
    `<table background="${attacker}/table"><tr><td background="${attacker}/td">单元格</td></tr></table>`,
    `<img src="${attacker}/img"> ![x](${attacker}/markdown-image)`,
    '',
    '结尾文字',
  ].join('\n');
  state.panels = [
    { key: 'n', panel: 'note', version: 1, params: { text }, width: 2, section: null },
  ];
  return state;
}

/** Requests that left the lab's origin (the page, its workers, anything they started). */
function offOrigin(requests: string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return requests.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
}

describe('nothing leaves the page before review', () => {
  it('opens a link whose note carries media and background tags without a single outside request', async () => {
    recorded = [];
    const lab = await openLab({ hash: `#${await encodeLabFragment(hostileLab())}` });
    const { page } = lab;
    const dialog = page.getByRole('dialog', { name: '运行前请审阅此实验室' });
    await dialog.getByText(`${attacker}/video-poster`).waitFor();
    expect(recorded).toEqual([]);
    expect(offOrigin(lab.requests, lab.baseUrl)).toEqual([]);

    // Approved, the note shows its text, and still nothing is requested from the recorder.
    await dialog.getByRole('button', { name: '运行此实验室' }).click();
    await page.getByRole('article', { name: '笔记' }).getByText('结尾文字').waitFor();
    await page.waitForLoadState('networkidle');
    expect(recorded).toEqual([]);
    expect(offOrigin(lab.requests, lab.baseUrl)).toEqual([]);
  });

  it('opens the same note from a .lab.json file without an outside request, and declined addresses are plain text', async () => {
    recorded = [];
    const lab = await openLab({ hash: '' });
    const { page } = lab;
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '打开 .lab.json' }).click(),
    ]);
    await chooser.setFiles([
      {
        name: 'hostile.lab.json',
        mimeType: 'application/json',
        buffer: Buffer.from(encodeLabFile(hostileLab())),
      },
    ]);
    const dialog = page.getByRole('dialog', { name: '运行前请审阅此实验室' });
    await dialog.getByText(`${attacker}/audio`).waitFor();
    await dialog.getByRole('button', { name: '不运行这些内容，直接打开' }).click();
    const note = page.getByRole('article', { name: '笔记' });
    await note.getByText('结尾文字').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await note.getByRole('link').count()).toBe(0);
    expect(recorded).toEqual([]);
    expect(offOrigin(lab.requests, lab.baseUrl)).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  it('is sent as a header and a meta element, and blocks an injected inline script', async () => {
    const lab = await openLab({ hash: '' });
    const response = await fetch(lab.baseUrl);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("default-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
    const meta = await lab.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toContain("img-src 'self' data: blob:");

    const outcome = await injectInlineScript(lab.page);
    expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
    expect(lab.errors).toEqual([]);
  });
});

describe('stopping a query', () => {
  it('stops a cross join from its panel at once, restarts the engine to really stop it, and the demo tables load', async () => {
    const state = emptyLabState();
    const crossJoin =
      'SELECT count(*) AS n FROM range(100000) a, range(100000) b WHERE a.range + b.range = 7';
    state.panels = [
      { key: 'x', panel: 'sql', version: 1, params: { sql: crossJoin }, width: 1, section: null },
      { key: 'r', panel: 'ranking', version: 1, params: {}, width: 1, section: null },
    ];
    const lab = await openLab({ hash: `#${await encodeLabFragment(state)}` });
    const { page } = lab;
    await page.getByRole('dialog').getByRole('button', { name: '运行此实验室' }).click();
    const cell = page.getByRole('article', { name: 'SQL 单元' });
    // Ten billion row pairs: the cell asks first (nothing runs until the user says so).
    await cell.getByRole('alert').getByText('预计这条查询', { exact: false }).waitFor();
    await cell.getByRole('button', { name: '仍然运行' }).click();
    // The status line says a query runs long (and what waits behind it).
    await page
      .getByRole('status')
      .getByText(/一个查询已运行 \d+ 秒/)
      .waitFor({ timeout: 30_000 });
    await cell.getByRole('button', { name: '停止' }).click();
    // The panel is free at once, whatever DuckDB does.
    await cell.getByText('已停止此面板的查询。').waitFor({ timeout: 2_000 });
    // It stays stopped while the tables load (until the user runs it again).
    // DuckDB does not stop a nested-loop join between checkpoints: the engine is restarted.
    await page.getByText('已重启引擎来停止它', { exact: false }).waitFor({ timeout: 30_000 });
    await waitForDemo(page);
    await page
      .getByRole('article', { name: '排行榜' })
      .getByRole('img')
      .waitFor({ timeout: 30_000 });
    expect(lab.errors).toEqual([]);
  });

  it('stops a query box query from its Cancel button', async () => {
    const lab = await openLab({ hash: '?demo=off' });
    const { page } = lab;
    await page
      .getByRole('status')
      .getByText(/DuckDB v/)
      .waitFor();
    const box = page.getByRole('textbox', { name: 'SQL' }).first();
    await box.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(
      'SELECT count(*) FROM range(100000) a, range(100000) b WHERE a.range + b.range = 7',
    );
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '运行', exact: true }).first().click();
    await page.getByRole('button', { name: '仍然运行' }).click();
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByText('已取消', { exact: false }).first().waitFor({ timeout: 2_000 });
    // DuckDB cannot interrupt this nested-loop join: the engine is restarted, then answers again.
    await page.getByText('已重启引擎来停止它', { exact: false }).waitFor({ timeout: 30_000 });
    await box.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('SELECT 42 AS answer');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '运行', exact: true }).first().click();
    await page.getByRole('cell', { name: '42' }).waitFor({ timeout: 30_000 });
    expect(lab.errors).toEqual([]);
  });
});

describe('heavy queries', () => {
  it('asks before a cross join of the events with themselves, and the lab answers meanwhile', async () => {
    const lab = await openLab({ hash: '?demo=off' });
    const { page } = lab;
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i},${i % 12}`);
    await page.getByLabel('添加文件').setInputFiles([
      {
        name: 'events.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`consumer_id,brand_id\n${rows.join('\n')}\n`),
      },
    ]);
    // Listed with its rows in 万 (3万 行).
    await tableItem(page, 'events').filter({ hasText: '3万 行' }).waitFor({ timeout: 30_000 });
    const box = page.getByRole('textbox', { name: 'SQL' }).first();
    const runSql = async (sql: string) => {
      await box.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(sql);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: '运行', exact: true }).first().click();
    };
    await runSql('SELECT count(*) FROM events a, events b');
    // 9 亿 pairs: asked, with what to do instead; nothing runs.
    const prompt = page.getByRole('alert').filter({ hasText: '预计这条查询' });
    await prompt.getByText('9亿', { exact: false }).waitFor();
    await prompt.getByText('USING SAMPLE', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: '取消' }).count()).toBe(1);
    await prompt.getByRole('button', { name: '取消' }).click();
    // The engine is free: the next query answers at once.
    await runSql('SELECT 42 AS answer');
    await page.getByRole('cell', { name: '42' }).waitFor({ timeout: 10_000 });
    expect(lab.errors).toEqual([]);
  });
});

describe('smaller promises', () => {
  it('says a note is too long instead of showing other text, and explains odd files', async () => {
    const state = emptyLabState();
    state.panels = [
      {
        key: 'n',
        panel: 'note',
        version: 1,
        params: { text: '长'.repeat(60_000) },
        width: 1,
        section: null,
      },
    ];
    const lab = await openLab({ hash: `?demo=off#${await encodeLabFragment(state)}` });
    const { page } = lab;
    await page
      .getByRole('article', { name: '笔记' })
      .getByRole('alert')
      .getByText('笔记超过 50,000 个字符', { exact: false })
      .waitFor();

    await page.getByLabel('添加文件').setInputFiles([
      { name: 'stray.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name\n1,ok\n2,6"屏\n') },
      {
        name: 'workbook.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]),
      },
      {
        name: '损坏.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]),
      },
      {
        name: '旧表.xls',
        mimeType: 'application/vnd.ms-excel',
        buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      },
    ]);
    await page.getByText('第 3 行有不成对的引号', { exact: false }).waitFor();
    await page.getByText('一个 ZIP 压缩包（不是 Excel .xlsx 工作簿', { exact: false }).waitFor();
    await page.getByText('无法读取这个 Excel 文件', { exact: false }).waitFor();
    await page.getByText('旧版 Excel 97–2003 格式（.xls）', { exact: false }).waitFor();
    expect(lab.errors).toEqual([]);
  });
});
