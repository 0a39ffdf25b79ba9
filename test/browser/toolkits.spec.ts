import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOOLKITS as TOOLKIT_REGISTRY } from '../../src/panel/registry';
import { expectSameOrigin, openLab, sharedLink, waitForDemo } from './support';

// Every toolkit of the registry: a new toolkit is tested here without touching this file.
const TOOLKITS = [...TOOLKIT_REGISTRY.values()].map((t) => ({
  id: t.id,
  title: t.title.zh,
  // A toolkit is opened from a brand, or (service-provider evaluation) from a provider.
  subject:
    'provider' in t.inputs
      ? { name: /^服务商/, label: '云帆营销 (3)' }
      : { name: /^品牌/, label: '暖集 (9)' },
}));

/** Every panel's chart, once all of them are drawn (a chart is an image named like its panel). */
async function drawnCharts(section: Locator): Promise<string[]> {
  const articles = await section.getByRole('article').all();
  expect(articles.length).toBeGreaterThan(1);
  const charts: string[] = [];
  for (const article of articles) {
    const title = (await article.getAttribute('aria-label')) ?? '';
    const chart = article.getByRole('img', { name: title, exact: true }).first();
    await chart.waitFor({ timeout: 60_000 });
    charts.push(await chart.innerHTML());
  }
  return charts;
}

/** Wait until every chart differs from what it was (each panel redrew for the new inputs). */
async function expectAllRedrawn(section: Locator, before: string[]): Promise<string[]> {
  const articles = await section.getByRole('article').all();
  const after: string[] = [];
  for (const [i, article] of articles.entries()) {
    const title = (await article.getAttribute('aria-label')) ?? '';
    const chart = article.getByRole('img', { name: title, exact: true }).first();
    await expect
      .poll(async () => ((await chart.count()) ? chart.innerHTML() : before[i]), {
        timeout: 60_000,
      })
      .not.toBe(before[i]);
    after.push(await chart.innerHTML());
  }
  return after;
}

async function openToolkit(page: Page, title: string): Promise<Locator> {
  await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: title });
  return page.getByRole('region', { name: title });
}

describe('toolkits in Chromium', () => {
  it(
    'opens each toolkit on the demo data; every panel redraws for another brand (or provider) and as-of day; definitions open',
    async () => {
      const lab = await openLab();
      const { page } = lab;
      await waitForDemo(page);
      for (const { title, subject } of TOOLKITS) {
        const section = await openToolkit(page, title);
        const first = await drawnCharts(section);
        const inputs = section.getByRole('group', { name: '工具参数' });

        await inputs
          .getByRole('combobox', { name: subject.name })
          .selectOption({ label: subject.label });
        const second = await expectAllRedrawn(section, first);

        await inputs.getByLabel(/^分析日/).fill('2026-10-01');
        await inputs.getByLabel(/^分析日/).press('Tab');
        await expectAllRedrawn(section, second);

        await section.getByRole('button', { name: '指标定义' }).click();
        const sheet = page.getByRole('dialog', { name: `${title} · 指标定义` });
        await sheet.waitFor();
        expect(await sheet.getByRole('row').count()).toBeGreaterThan(1);
        await sheet.getByRole('button', { name: '关闭' }).click();
        await section.getByRole('button', { name: '移除工具' }).click();
        await expect.poll(() => section.count()).toBe(0);
      }
      expect(lab.errors).toEqual([]);
      expectSameOrigin(lab);
      // Each toolkit opens, redraws twice and closes: the budget grows with the registry.
    },
    30_000 * TOOLKITS.length,
  );

  it('lists fired alerts with a way to the panel, and the toolkit survives a shared link', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    const section = await openToolkit(page, 'GROW 增长拆解');
    await section
      .getByRole('group', { name: '工具参数' })
      .getByRole('combobox', { name: /^品牌/ })
      .selectOption({ label: '暖集 (9)' });
    const alerts = page.getByRole('region', { name: '预警' });
    // The alert names its brand.
    await alerts.getByText(/暖集：.*复购力 R 为负/).waitFor({ timeout: 60_000 });
    await alerts.getByRole('button', { name: '查看面板' }).first().click();
    await drawnCharts(section);

    // The address bar carries the toolkit and its inputs: a fresh browser sees the same section.
    const link = await sharedLink(page, (state) =>
      state.sections.some((s) => s.toolkit?.inputs.brand === 9),
    );
    const other = await openLab({ url: link });
    await waitForDemo(other.page);
    const reopened = other.page.getByRole('region', { name: 'GROW 增长拆解' });
    await drawnCharts(reopened);
    await expect
      .poll(() =>
        reopened
          .getByRole('group', { name: '工具参数' })
          .getByRole('combobox', { name: /^品牌/ })
          .inputValue(),
      )
      .toBe('9');
    expect(other.errors).toEqual([]);
  });

  it('keeps a toolkit panel in its section, and says when a panel sets an input for itself', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    const section = await openToolkit(page, '生意增长概览');
    await drawnCharts(section);
    const panel = section.getByRole('article', { name: '核心指标' });
    await panel.getByRole('button', { name: '设置' }).click();
    // Its section is fixed: it runs on this toolkit's inputs.
    expect(await panel.getByRole('combobox', { name: '分组' }).isDisabled()).toBe(true);

    // An input set on the panel alone is shown on the panel, and can be given back.
    const chart = panel.getByRole('img', { name: '核心指标', exact: true }).first();
    const before = await chart.innerHTML();
    await panel.getByRole('spinbutton', { name: '统计周期（天）' }).fill('7');
    await panel.getByRole('spinbutton', { name: '统计周期（天）' }).press('Tab');
    const note = panel.getByRole('note');
    await expect.poll(() => note.textContent()).toMatch(/本面板单独设置：统计周期（天） = 7/);
    await expect.poll(() => chart.innerHTML(), { timeout: 60_000 }).not.toBe(before);
    await note.getByRole('button', { name: '改回工具输入' }).click();
    await expect.poll(() => note.count()).toBe(0);
    await expect.poll(() => chart.innerHTML(), { timeout: 60_000 }).toBe(before);
    expect(lab.errors).toEqual([]);
  });
});
