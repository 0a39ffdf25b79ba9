/**
 * A provider's own Excel export in an empty lab: both sheets load (the title merged above the
 * header skipped), the proposal maps them, the mapping applies; two toolkits open on it (growth
 * whole, GROW listing what its panels still need); the link carries the mapping; after a reload
 * the mapping comes back and applies again to the workbook, kept in the browser's private storage.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { exported, loadedTable, openLab, sharedLink } from './support';
import { workbookBytes } from '../support/workbook';

describe('your own data', () => {
  it('maps an Excel export onto the contract, opens toolkits on it, and keeps the mapping in the link and over a reload', async () => {
    const buffer = await workbookBytes(120);
    const file = { name: '导出.xlsx', mimeType: 'application/octet-stream', buffer };
    const { page, errors } = await openLab({ url: `${inject('baseUrl')}?demo=off` });
    // Kept in this browser (with consent), the workbook needs no picking after a reload.
    await page.getByRole('tab', { name: '我的数据' }).click();
    await page.getByRole('checkbox', { name: '在此浏览器中保留我加载的文件' }).check();
    await page.getByRole('tab', { name: '实验室' }).click();
    await page.getByLabel('添加文件').setInputFiles([file]);
    await loadedTable(page, '订单明细', 120).waitFor({ timeout: 60_000 });
    await loadedTable(page, '品牌', 2).waitFor({ timeout: 60_000 });
    await page.getByText('表头上方有 1 行', { exact: false }).first().waitFor();

    await page.getByRole('tab', { name: '我的数据' }).click();
    await page.getByRole('button', { name: '提出映射' }).click();
    const source = (column: string) =>
      page.getByRole('combobox', { name: `${column} 的来源列`, exact: true });
    await expect.poll(() => source('orders.status').inputValue()).toBe('订单状态');
    expect(await source('orders.dt').inputValue()).toBe('下单日期');
    expect(await source('brands.brand_id').inputValue()).toBe('品牌');
    expect(await source('brands.name').inputValue()).toBe('品牌');
    expect(await source('brands.industry').inputValue()).toBe('行业');
    expect(await page.getByRole('combobox', { name: 'status 的取值 已退款' }).inputValue()).toBe(
      'refunded',
    );
    await page.getByRole('button', { name: '应用映射' }).click();
    await page.getByText('orders ← 订单明细').waitFor();
    await page.getByText('brands ← 品牌').waitFor();
    await sharedLink(page, (state) => state.mapping?.tables.brands?.source === '品牌');

    await page.getByRole('tab', { name: '实验室' }).click();
    const picker = page.getByRole('combobox', { name: '打开工具' });
    await picker.selectOption({ label: '生意增长概览' });
    const growth = page.getByRole('region', { name: '生意增长概览' });
    const kpis = () => growth.getByRole('article', { name: '核心指标' }).locator('svg, table');
    await kpis().first().waitFor({ timeout: 60_000 });
    expect(await growth.getByText('此面板还需要').count()).toBe(0);

    // Excel out: the new-vs-old table as a workbook, typed cells, the provenance on its own sheet.
    const newOld = growth.getByRole('article', { name: '新客 / 老客' });
    await newOld.locator('svg, table').first().waitFor({ timeout: 60_000 });
    const csv = (await exported(page, newOld, '导出 CSV')).toString('utf8').replace(/^\uFEFF/, '');
    const sheets = await readXlsxFile(await exported(page, newOld, '导出 Excel'));
    expect(sheets.map((s) => s.sheet)).toEqual(['数据', '来源']);
    const [header, ...cells] = sheets[0]!.data;
    expect(header!.join(',')).toBe(csv.split('\r\n')[0]);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.some((row) => row.some((c) => typeof c === 'number'))).toBe(true);
    expect(String(sheets[1]!.data[1]?.[0] ?? '')).toContain('生态实验室');

    // Someone else opens the link: the mapping came with it, the workbook did not; the toolkit's
    // panels wait for it by name (not "needs orders"), after the review the local files call for.
    const link = await sharedLink(page, (state) =>
      state.sections.some((section) => section.toolkit?.id === 'growth'),
    );
    const recipient = await openLab({ url: link });
    // The review names each sheet it will ask for (two sheets of one workbook once crashed it).
    const review = recipient.page.getByRole('dialog');
    await review.getByText('导出.xlsx · 订单明细').waitFor();
    await review.getByText('导出.xlsx · 品牌').waitFor();
    await recipient.page.getByRole('dialog').getByRole('button', { name: '运行此实验室' }).click();
    await recipient.page
      .getByRole('region', { name: '生意增长概览' })
      .getByRole('article', { name: '核心指标' })
      .getByText('等待文件：导出.xlsx')
      .waitFor({ timeout: 30_000 });
    expect(recipient.errors).toEqual([]);

    // GROW also reads order lines and launch days the export lacks: its panels say so.
    const grow = (await picker
      .locator('option')
      .filter({ hasText: 'GROW' })
      .first()
      .textContent())!;
    await picker.selectOption({ label: grow });
    await page
      .getByRole('region', { name: grow.trim() })
      .getByText(/此面板还需要：.*order_items/)
      .first()
      .waitFor({ timeout: 60_000 });

    // A reload: the mapping comes back with the lab, and the kept workbook loads by itself.
    await page.reload();
    await kpis().first().waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '我的数据' }).click();
    await page.getByText('brands ← 品牌').waitFor({ timeout: 60_000 });
    const meter = page.getByRole('status').filter({ hasText: '已保留' });
    await meter.getByText('已保留 1 个文件', { exact: false }).waitFor();
    await page.getByRole('button', { name: '移除全部保留的文件' }).click();
    await meter.getByText('已保留 0 个文件', { exact: false }).waitFor();
    expect(errors).toEqual([]);
  });

  it('explains a full disk when a file cannot be kept, and the file stays loaded', async () => {
    const { page, context, errors } = await openLab({ url: `${inject('baseUrl')}?demo=off` });
    // The browser's storage for the site is full: every write is refused.
    await context.addInitScript(() => {
      FileSystemFileHandle.prototype.createWritable = () =>
        Promise.reject(new DOMException('quota', 'QuotaExceededError'));
    });
    await page.reload();
    await page.getByRole('tab', { name: '我的数据' }).click();
    await page.getByRole('checkbox', { name: '在此浏览器中保留我加载的文件' }).check();
    await page.getByRole('tab', { name: '实验室' }).click();
    await page.getByLabel('添加文件').setInputFiles([
      {
        name: 'sales.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('region,amount\n华东,10\n'),
      },
    ]);
    await page
      .getByText('无法保留 sales.csv：浏览器给本站的存储空间已满', { exact: false })
      .waitFor();
    await loadedTable(page, 'sales', 1).waitFor();
    expect(errors).toEqual([]);
  });
});
