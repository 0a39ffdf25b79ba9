/**
 * A provider's own export in an empty lab: loaded, mapped by the proposal, applied; two toolkits
 * open on it (one whole, one listing what its panels still need); the link carries the mapping,
 * and after a reload the mapping comes back and applies again to the file given anew.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadedTable, openLab, sharedLink } from './support';

const BRANDS = [
  ['暖颜', '美妆', '千星'],
  ['澄光', '美妆', '蓝星'],
];
const STATUS = ['交易成功', '交易成功', '已退款', '待付款'];

/** 60 days of orders of two brands, one line each, as a back office writes them. */
function ordersCsv(): string {
  const lines = [
    '订单编号,会员ID,品牌,行业,商家层级,下单时间,实付金额（元）,退款金额,订单状态,商品ID,数量,单价',
  ];
  let id = 5000;
  for (let day = 0; day < 60; day++) {
    const date = new Date(Date.UTC(2025, 8, 1 + day));
    const text = `${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}`;
    for (const [b, [brand, industry, tier]] of BRANDS.entries())
      for (let k = 0; k < 3; k++) {
        id++;
        const status = STATUS[(id + b) % STATUS.length]!;
        const amount = 1000 + ((id * 37) % 900) + 0.5;
        const refund = status === '已退款' ? 200 : 0;
        lines.push(
          [
            id,
            100 + ((id * 7) % 40),
            brand,
            industry,
            tier,
            `${text} 10:0${k}:00`,
            `"${amount.toLocaleString('en-US')}"`,
            refund,
            status,
            70 + b * 10 + k,
            1,
            amount,
          ].join(','),
        );
      }
  }
  return `${lines.join('\n')}\n`;
}

const file = () => ({
  name: '订单明细.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(ordersCsv()),
});

describe('your own data', () => {
  it('maps an export onto the contract, opens toolkits on it, and keeps the mapping in the link and over a reload', async () => {
    const { page } = await openLab({ url: `${inject('baseUrl')}?demo=off` });
    await page.getByLabel('添加文件').setInputFiles([file()]);
    await loadedTable(page, '订单明细', 360).waitFor({ timeout: 60_000 });

    await page.getByRole('tab', { name: '我的数据' }).click();
    await page.getByRole('button', { name: '提出映射' }).click();
    const source = (column: string) =>
      page.getByRole('combobox', { name: `${column} 的来源列`, exact: true });
    await expect.poll(() => source('orders.status').inputValue()).toBe('订单状态');
    // The proposal read the export: amounts from text, the time as the date, statuses translated.
    expect(await source('orders.pay_amount').inputValue()).toBe('实付金额（元）');
    expect(await source('orders.dt').inputValue()).toBe('下单时间');
    expect(await source('brands.industry').inputValue()).toBe('行业');
    expect(await page.getByRole('combobox', { name: 'status 的取值 已退款' }).inputValue()).toBe(
      'refunded',
    );
    await page.getByRole('button', { name: '应用映射' }).click();
    await page.getByText('orders ← 订单明细').waitFor();
    await page.getByText('brands ← 订单明细').waitFor();
    const link = await sharedLink(
      page,
      (state) => state.mapping?.tables.orders?.source === '订单明细',
    );
    expect(link).toContain('#');

    await page.getByRole('tab', { name: '实验室' }).click();
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: '生意增长概览' });
    const growth = page.getByRole('region', { name: '生意增长概览' });
    const kpis = growth.getByRole('article', { name: '核心指标' });
    await kpis.locator('svg, table').first().waitFor({ timeout: 60_000 });
    expect(await growth.getByText('此面板还需要').count()).toBe(0);
    expect(await growth.getByRole('alert').count()).toBe(0);

    // GROW reads launch days the export lacks: those panels say so; the others draw.
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ index: 0 });
    const grow = await openGrow(page);
    await grow
      .getByText(/此面板还需要：.*products\.launch_day/)
      .first()
      .waitFor({ timeout: 60_000 });

    // A reload: the mapping comes back with the lab; the file is asked for and mapped again.
    await page.reload();
    await page.getByRole('tab', { name: '我的数据' }).click();
    await page.getByText('orders：等待其数据表加载').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '实验室' }).click();
    const files = page.getByRole('region', { name: '此实验室使用了本地文件' });
    await files.getByLabel('选择 订单明细.csv').setInputFiles([file()]);
    await growth
      .getByRole('article', { name: '核心指标' })
      .locator('svg, table')
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '我的数据' }).click();
    await page.getByText('orders ← 订单明细').waitFor({ timeout: 60_000 });
  });
});

async function openGrow(page: import('playwright-core').Page) {
  const picker = page.getByRole('combobox', { name: '打开工具' });
  const label = await picker.locator('option').filter({ hasText: 'GROW' }).first().textContent();
  await picker.selectOption({ label: label ?? '' });
  return page.getByRole('region', { name: (label ?? '').trim() });
}
