import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exported, openLab, pngSize, waitForDemo } from './support';

async function checkWholeFigure(page: Page, panel: Locator, title: string, labels: string[]) {
  const chart = panel.getByRole('img').first();
  await chart.waitFor({ timeout: 90_000 });
  const box = (await chart.boundingBox())!;
  const svg = (await exported(page, panel, '导出 SVG')).toString('utf8');
  // One standalone SVG: the title, every legend entry and facet label, and the provenance footer.
  expect(svg.startsWith('<svg')).toBe(true);
  for (const text of [title, ...labels, '生态实验室']) expect(svg).toContain(`>${text}`);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
  expect(height).toBeGreaterThan(box.height);
  const png = pngSize(await exported(page, panel, '导出 PNG'));
  // 2× for decks, and at least the whole chart.
  expect(png.width).toBeGreaterThanOrEqual(2 * Math.floor(box.width));
  expect(png.height).toBeGreaterThan(2 * box.height);
}

describe('chart exports in Chromium', () => {
  it('exports the whole figure: title, legend, every facet and the footer, as SVG and 2× PNG', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page
      .getByRole('combobox', { name: '打开工具' })
      .selectOption({ label: 'AIPL 人群资产与流转' });
    const flows = page.getByRole('article', { name: '流转对比：品牌 vs 竞品' });
    await checkWholeFigure(page, flows, '流转对比：品牌 vs 竞品', [
      '留存',
      '升级',
      '降级',
      '流失',
      '新进',
    ]);

    await page
      .getByRole('combobox', { name: '打开工具' })
      .selectOption({ label: 'FAST 消费者运营健康度' });
    const weekly = page.getByRole('article', { name: 'FAST 周趋势' });
    await checkWholeFigure(page, weekly, 'FAST 周趋势', [
      'F 人群总量',
      'A 周加深率',
      'S 会员数',
      'T 会员活跃率',
    ]);
    expect(lab.errors).toEqual([]);
  });
});
