import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openLab, printed, stubPrint, waitForDemo } from './support';

describe('deck-ready output in Chromium', () => {
  it('keeps a panel’s own title and subtitle across a reload and puts them on the export', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('kpi');
    const card = page.getByRole('article', { name: '指标卡' });
    await card.getByRole('button', { name: '设置' }).click();
    await card.getByRole('textbox', { name: '标题', exact: true }).fill('旗舰店 GMV');
    await card.getByRole('textbox', { name: '标题', exact: true }).press('Enter');
    const renamed = page.getByRole('article', { name: '旗舰店 GMV' });
    await renamed.getByRole('textbox', { name: '副标题' }).fill('近 30 天，含退款订单');
    await renamed.getByRole('textbox', { name: '副标题' }).press('Enter');
    await expect.poll(() => renamed.getByText('近 30 天，含退款订单').count()).toBe(1);
    // The title travels with the lab: the reload opens the autosaved lab with it.
    await page.reload();
    const again = page.getByRole('article', { name: '旗舰店 GMV' });
    await again.getByText('近 30 天，含退款订单').waitFor({ timeout: 60_000 });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      again.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const text = fs.readFileSync((await csv.path())!, 'utf8');
    expect(text).toMatch(/生态实验室 · 未命名实验室 · 旗舰店 GMV · /);
    expect(text).toContain('定义：近 30 天，含退款订单');
    expect(lab.errors).toEqual([]);
  });

  it('copies a whole chart to the clipboard as a PNG', async () => {
    const lab = await openLab();
    const { page, context } = lab;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('trend');
    const trend = page.getByRole('article', { name: '趋势' });
    const chart = trend.getByRole('img').first();
    await chart.waitFor({ timeout: 90_000 });
    await trend.getByRole('button', { name: '复制图片' }).click();
    await page.getByRole('status').filter({ hasText: '图表已复制' }).first().waitFor();
    const png = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const view = new DataView(bytes.buffer);
      return { width: view.getUint32(16), height: view.getUint32(20) };
    });
    const box = (await chart.boundingBox())!;
    expect(png.width).toBeGreaterThanOrEqual(2 * Math.floor(box.width));
    expect(png.height).toBeGreaterThan(2 * box.height);
    expect(lab.errors).toEqual([]);
  });

  it('prints a report: every panel with its stamp, none of the lab’s controls', async () => {
    const lab = await openLab();
    const { page } = lab;
    // The browser's print dialog is the user's; the test only records that the lab asked for it.
    await stubPrint(page);
    await page.reload();
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: '生意增长概览' });
    const panels = page.locator('article');
    await expect.poll(() => panels.count(), { timeout: 60_000 }).toBeGreaterThan(2);
    await page.getByRole('button', { name: '打印报告' }).click();
    await printed(page);
    await page.emulateMedia({ media: 'print' });
    const stamps = page.locator('article footer');
    const expected = await panels.count();
    await expect.poll(() => stamps.count(), { timeout: 60_000 }).toBe(expected);
    await expect.poll(() => stamps.first().innerText()).toMatch(/^生态实验室 · /);
    expect(await stamps.first().innerText()).toMatch(/数据：orders/);
    // The controls are not printed: the query box, the catalog, the export buttons.
    expect(await page.getByRole('button', { name: '运行' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '导出 CSV' }).first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(lab.errors).toEqual([]);
  });

  it('refuses a JSON that is not a lab in “open .lab.json” instead of loading it as a table', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    const file = `${fs.mkdtempSync('/tmp/lab-json-')}/flights.json`;
    fs.writeFileSync(file, JSON.stringify([{ origin: 'PVG', delay: 3 }]));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '打开 .lab.json' }).click(),
    ]);
    await chooser.setFiles(file);
    await page.getByRole('alert').filter({ hasText: '不是生态实验室文件' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'flights' }).count()).toBe(0);
    expect(lab.errors).toEqual([]);
  });
});
