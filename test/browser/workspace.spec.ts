import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openLab, waitForDemo } from './support';

async function addPanelByValue(page: Page, id: string) {
  await page.getByRole('combobox', { name: '添加面板' }).selectOption(id);
}

const panelTitles = (page: Page) =>
  page.getByRole('article').evaluateAll((list) => list.map((a) => a.getAttribute('aria-label')));

describe('the lab workspace in Chromium', () => {
  it('finds the work intact after a reload mid-edit, and undoes and redoes every change', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('textbox', { name: '实验室标题' }).fill('双11 周报');
    await page.getByRole('textbox', { name: '实验室标题' }).press('Tab');
    await addPanelByValue(page, 'kpi');
    await addPanelByValue(page, 'ranking');
    await expect.poll(() => panelTitles(page)).toEqual(['指标卡', '排行榜']);

    // Undo the last panel, redo it; undo works for the title too.
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => panelTitles(page)).toEqual(['指标卡']);
    await page.getByRole('button', { name: '重做' }).click();
    await expect.poll(() => panelTitles(page)).toEqual(['指标卡', '排行榜']);

    // A parameter change, then a reload at once (before the address bar caught up).
    const ranking = page.getByRole('article', { name: '排行榜' });
    await ranking.getByRole('button', { name: '设置' }).click();
    await ranking.getByLabel('显示前 N 名').fill('4');
    await ranking.getByLabel('显示前 N 名').press('Tab');
    await page.reload();
    await waitForDemo(page);
    await expect.poll(() => panelTitles(page)).toEqual(['指标卡', '排行榜']);
    await expect
      .poll(() => page.getByRole('textbox', { name: '实验室标题' }).inputValue())
      .toBe('双11 周报');
    const reloaded = page.getByRole('article', { name: '排行榜' });
    await reloaded.getByRole('button', { name: '表格', exact: true }).click();
    await expect.poll(() => reloaded.getByRole('row').count()).toBe(5); // header + top 4
    expect(lab.errors).toEqual([]);
  });

  it('groups panels in named sections, reorders and duplicates them', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await addPanelByValue(page, 'kpi');
    await addPanelByValue(page, 'trend');
    await page.getByRole('button', { name: '添加分组' }).click();
    const title = page.getByRole('textbox', { name: '分组标题' });
    await title.fill('渠道');
    await title.press('Tab');

    const trend = page.getByRole('article', { name: '趋势' });
    await trend.getByRole('button', { name: '设置' }).click();
    await trend
      .getByRole('combobox', { name: '分组', exact: true })
      .selectOption({ label: '渠道' });
    const section = page.getByRole('region', { name: '渠道' });
    await section.getByRole('article', { name: '趋势' }).waitFor();

    const kpi = page.getByRole('article', { name: '指标卡' });
    await kpi.getByRole('button', { name: '设置' }).click();
    await kpi.getByRole('button', { name: '复制面板' }).click();
    await expect.poll(() => panelTitles(page)).toEqual(['指标卡', '指标卡', '趋势']);
    await kpi.getByRole('combobox', { name: '宽度' }).selectOption({ label: '通栏' });
    await addPanelByValue(page, 'funnel');
    // The first 指标卡 moves two places later, past its copy and the funnel.
    await kpi.getByRole('button', { name: '后移' }).click();
    await kpi.getByRole('button', { name: '后移' }).click();
    await expect.poll(() => panelTitles(page)).toEqual(['指标卡', '漏斗', '指标卡', '趋势']);
    // Dragging the funnel by its handle onto the first panel puts it first (once both have drawn,
    // so the drop target does not move under the pointer).
    await page.getByRole('article', { name: '漏斗' }).getByRole('img').first().waitFor();
    await page.getByRole('article').first().getByRole('img').first().waitFor();
    await page
      .getByRole('article', { name: '漏斗' })
      .getByRole('button', { name: '拖动以排序' })
      .dragTo(page.getByRole('article').first());
    await expect.poll(() => panelTitles(page)).toEqual(['漏斗', '指标卡', '指标卡', '趋势']);
    expect(lab.errors).toEqual([]);
  });

  it('saves, renames and deletes labs in this browser, and moves a lab by .lab.json file', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('textbox', { name: '实验室标题' }).fill('品牌复盘');
    await page.getByRole('textbox', { name: '实验室标题' }).press('Tab');
    await addPanelByValue(page, 'funnel');
    await page.getByRole('button', { name: '保存实验室' }).click();
    await page.getByText('已保存“品牌复盘”').waitFor();

    await page.getByRole('button', { name: '我的实验室' }).click();
    const mine = page.getByRole('dialog', { name: '我的实验室' });
    const name = mine.getByRole('textbox', { name: '重命名 品牌复盘' });
    await name.fill('品牌复盘 v2');
    await name.press('Tab');
    await mine.getByRole('textbox', { name: '重命名 品牌复盘 v2' }).waitFor();
    await expect
      .poll(() => mine.getByRole('table', { name: '已保存的实验室' }).getByRole('row').count())
      .toBe(2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      mine.getByRole('button', { name: '导出', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('品牌复盘-v2.lab.json');
    const text = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      format: 'ecology-lab',
      version: 1,
      title: '品牌复盘',
    });

    await mine.getByRole('button', { name: '删除' }).click();
    await mine.getByText('还没有保存的实验室。').waitFor();
    await mine.getByRole('button', { name: '关闭' }).click();

    // Another browser opens the file through the picker and sees the same lab.
    const other = await openLab();
    await waitForDemo(other.page);
    const [chooser] = await Promise.all([
      other.page.waitForEvent('filechooser'),
      other.page.getByRole('button', { name: '打开 .lab.json' }).click(),
    ]);
    await chooser.setFiles([
      { name: 'x.lab.json', mimeType: 'application/json', buffer: Buffer.from(text) },
    ]);
    await other.page.getByRole('article', { name: '漏斗' }).getByRole('img').waitFor();
    expect(await other.page.getByRole('textbox', { name: '实验室标题' }).inputValue()).toBe(
      '品牌复盘',
    );

    // A damaged file: a notice in Chinese, the lab stays as it was.
    const [again] = await Promise.all([
      other.page.waitForEvent('filechooser'),
      other.page.getByRole('button', { name: '打开 .lab.json' }).click(),
    ]);
    await again.setFiles([
      { name: 'bad.lab.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') },
    ]);
    await other.page.getByText('文件不是有效的 JSON').waitFor();
    await other.page.getByRole('article', { name: '漏斗' }).waitFor();
    expect([...lab.errors, ...other.errors]).toEqual([]);
  });
});
