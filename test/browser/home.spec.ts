/**
 * A newcomer's lab: the first screen, the toolkit gallery, subscriptions, sandbox missions and the
 * monthly report, driven as a user would.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOLKITS } from '../../src/panel/registry';
import { openLab, printed, stubPrint, waitForDemo } from './support';

/** Every article's chart is drawn (an image named like its panel). */
async function expectAllDrawn(page: import('playwright-core').Page, at_least: number) {
  const articles = page.getByRole('article');
  await expect.poll(() => articles.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(at_least);
  for (const article of await articles.all()) {
    const title = (await article.getAttribute('aria-label')) ?? '';
    await article
      .getByRole('img', { name: title, exact: true })
      .first()
      .waitFor({ timeout: 90_000 });
  }
}

describe('the first screen', () => {
  it('greets a new user in Chinese (even in an English browser) with a drawn demo lab', async () => {
    const lab = await openLab({ firstVisit: true, locale: 'en-US' });
    const { page } = lab;
    await expect
      .poll(() => page.getByRole('tab', { name: '首页' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.getByRole('heading', { name: '欢迎来到生态实验室' }).waitFor();
    // The demo lab: the growth overview, crowd insight and GROW of the sample brand, all drawn.
    const sections = page.getByRole('textbox', { name: '分组标题' });
    await expect
      .poll(() =>
        sections.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
      )
      .toEqual(['生意增长概览', '人群洞察', 'GROW 增长拆解']);
    await expectAllDrawn(page, 6);
    // The gallery and the missions are on the first screen; the SQL box one click away.
    await page.getByRole('list', { name: '工具库' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'SQL' }).count()).toBe(0);
    await page.getByRole('button', { name: '写 SQL' }).click();
    await page.getByRole('textbox', { name: 'SQL' }).first().waitFor();
    expect(lab.errors).toEqual([]);
  });

  it('opens straight into the lab with ?demo=off, without the demo lab', async () => {
    const lab = await openLab({ firstVisit: true, hash: '?demo=off' });
    const { page } = lab;
    await page.getByRole('textbox', { name: 'SQL' }).first().waitFor();
    expect(await page.getByRole('tab', { name: '实验室' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.getByRole('article').count()).toBe(0);
  });
});

describe('the gallery', () => {
  it('lists every registered toolkit, filters, and opens one into the lab', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('tab', { name: '工具库' }).click();
    const cards = page.getByRole('list', { name: '工具库' }).getByRole('listitem');
    // Every toolkit of the registry, plus the monthly report template.
    await expect.poll(() => cards.count()).toBe(TOOLKITS.size + 1);
    for (const toolkit of TOOLKITS.values())
      expect(await page.getByRole('listitem', { name: toolkit.title.zh }).count()).toBe(1);
    // Once every demo table is in, the data has everything each toolkit needs.
    await expect
      .poll(() => cards.filter({ hasText: '当前数据满足全部要求' }).count(), { timeout: 60_000 })
      .toBe(TOOLKITS.size);
    await page.getByRole('combobox', { name: '分类' }).selectOption('goods');
    await expect
      .poll(() => cards.count())
      .toBe([...TOOLKITS.values()].filter((t) => t.gallery.category === 'goods').length);
    await page.getByRole('combobox', { name: '分类' }).selectOption('');
    await page.getByRole('searchbox', { name: '搜索工具' }).fill('罗盘');
    await expect.poll(() => cards.count()).toBe(1);
    await cards.getByRole('button', { name: '加入当前实验室' }).click();
    expect(await page.getByRole('tab', { name: '实验室' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await expectAllDrawn(page, 2);
    expect(lab.errors).toEqual([]);
  });
});

describe('subscriptions', () => {
  it('fire on open for the eroding brand and show in the digest after a reload', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('tab', { name: '产品订阅' }).click();
    const form = page.getByRole('form', { name: '新建订阅' });
    await form.getByRole('combobox', { name: '工具' }).selectOption({ label: '生意增长概览' });
    await form.getByRole('combobox', { name: '品牌' }).selectOption({ label: '暖集 (9)' });
    await form.getByRole('button', { name: '订阅' }).click();
    const digest = page.getByRole('list', { name: '新触发的提醒' });
    await digest.getByText(/^⚠ 暖集：GMV 同比/).waitFor({ timeout: 60_000 });
    await page
      .getByRole('list', { name: '提醒记录' })
      .getByText(/暖集：GMV 同比/)
      .waitFor();
    // Next visit: the alert is still firing, and the digest says so, whatever is on screen.
    await page.reload();
    await page
      .getByRole('list', { name: '仍在触发' })
      .getByText(/^⚠ 暖集：GMV 同比/)
      .waitFor({
        timeout: 90_000,
      });
    await page.getByRole('heading', { name: /^自上次访问/ }).waitFor();
    // Exported as a file the Node runner reads.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出订阅' }).click(),
    ]);
    const exported = JSON.parse(fs.readFileSync((await file.path())!, 'utf8'));
    expect(exported).toMatchObject({
      format: 'ecology-lab.subscriptions',
      subscriptions: [{ toolkit: 'growth', inputs: { brand: 9 } }],
    });
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '日历提醒（.ics）' }).click(),
    ]);
    expect(fs.readFileSync((await ics.path())!, 'utf8')).toContain('RRULE:FREQ=WEEKLY');
    expect(lab.errors).toEqual([]);
  });
});

describe('sandbox missions', () => {
  it('refuse a wrong answer and complete with the right one, kept across a reload', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('tab', { name: '新手沙盘' }).click();
    await page.getByRole('button', { name: /找出增长最快的品牌/ }).click();
    const brand = page.getByRole('combobox', { name: '品牌' });
    await expect.poll(() => brand.locator('option').count()).toBeGreaterThan(5);
    await brand.selectOption({ label: '暖集 (9)' });
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByRole('status').filter({ hasText: '还不对' }).waitFor();
    await page.getByRole('button', { name: '看一条提示' }).click();
    await page.getByText(/提示 1/).waitFor();
    await brand.selectOption({ label: '暖颜 (5)' });
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByRole('status').filter({ hasText: '回答正确' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /找出增长最快的品牌.*已完成/ }).waitFor();
    expect(lab.errors).toEqual([]);
  });
});

describe('the monthly report', () => {
  it('opens from the gallery and prints to PDF with a cover and every chart', async () => {
    const lab = await openLab();
    const { page } = lab;
    await stubPrint(page);
    await page.reload();
    await waitForDemo(page);
    await page.getByRole('tab', { name: '工具库' }).click();
    await page.getByRole('button', { name: '打开报告模板' }).click();
    await expectAllDrawn(page, 8);
    const charts = await page.getByRole('article').count();
    await page.getByRole('button', { name: '打印报告' }).click();
    await printed(page);
    await page.emulateMedia({ media: 'print' });
    await page.getByText('月度观星报告', { exact: false }).first().waitFor();
    expect(await page.locator('.cover').innerText()).toContain('暖颜');
    expect(await page.locator('article svg').count()).toBeGreaterThanOrEqual(charts);
    expect(await page.locator('.definitions-print').count()).toBe(4);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(charts / 4);
    expect(lab.errors).toEqual([]);
  });
});
