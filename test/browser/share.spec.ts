import { describe, expect, it } from 'vitest';
import { openLab, sharedLink, waitForDemo } from './support';

describe('share links in Chromium', () => {
  it('reopens the same lab from its link in a fresh browser profile', async () => {
    const first = await openLab();
    const { page } = first;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('ranking');
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('kpi');
    await page.getByRole('combobox', { name: '品牌' }).selectOption({ index: 2 });
    const brand = await page.getByRole('combobox', { name: '品牌' }).inputValue();
    const link = await sharedLink(
      page,
      (state) => state.panels.length === 2 && String(state.filters.brand) === brand,
    );
    await page.getByText(/链接长度：\d+ 个字符/).waitFor();

    const second = await openLab({ url: link });
    const reopened = second.page;
    await reopened.getByRole('article', { name: '排行榜' }).getByRole('img').waitFor();
    await reopened.getByRole('article', { name: '指标卡' }).getByRole('img').first().waitFor();
    await expect
      .poll(() => reopened.getByRole('combobox', { name: '品牌' }).inputValue(), {
        timeout: 10_000,
      })
      .toBe(brand);
    expect(await reopened.getByRole('dialog').count()).toBe(0);
    expect(second.errors).toEqual([]);
  });

  it('shows a link carrying SQL for review first, and runs nothing until approved', async () => {
    const author = await openLab();
    const { page } = author;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('sql');
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('histogram');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/#lab=/);
    const link = page.url();

    const recipient = await openLab({ url: link });
    const dialog = recipient.page.getByRole('dialog', { name: '运行前请审阅此实验室' });
    await dialog.waitFor();
    await dialog.getByText('SELECT crowd, count(*) AS consumers').waitFor();
    expect(await recipient.page.getByRole('article').count()).toBe(0);
    await dialog.getByRole('button', { name: '不运行这些内容，直接打开' }).click();
    await recipient.page.getByRole('article', { name: '分布直方图' }).waitFor();
    expect(await recipient.page.getByRole('article', { name: 'SQL 单元' }).count()).toBe(0);

    const approver = await openLab({ url: link });
    await approver.page.getByRole('dialog').getByRole('button', { name: '运行此实验室' }).click();
    await approver.page
      .getByRole('article', { name: 'SQL 单元' })
      .getByRole('img', { name: 'SQL 单元' })
      .waitFor();
  });

  it('opens a link pasted into a running lab on the data already loaded, through review, undoably', async () => {
    const author = await openLab();
    await waitForDemo(author.page);
    await author.page.getByRole('combobox', { name: '添加面板' }).selectOption('ranking');
    await expect.poll(() => author.page.url(), { timeout: 10_000 }).toMatch(/#lab=/);
    const plainLink = author.page.url();
    await author.page.getByRole('combobox', { name: '添加面板' }).selectOption('sql');
    await expect.poll(() => author.page.url(), { timeout: 10_000 }).not.toBe(plainLink);
    const sqlLink = author.page.url();

    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('kpi');
    await page.getByRole('article', { name: '指标卡' }).getByRole('img').first().waitFor();
    const sameDocument = await page.evaluate(() => performance.timeOrigin);

    // Typed into the address bar of the open lab: only the fragment differs.
    await page.goto(plainLink);
    await page.getByRole('article', { name: '排行榜' }).getByRole('img').waitFor();
    expect(await page.getByRole('article', { name: '指标卡' }).count()).toBe(0);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(sameDocument);

    await page.goto(sqlLink);
    const dialog = page.getByRole('dialog', { name: '运行前请审阅此实验室' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '运行此实验室' }).click();
    await page.getByRole('article', { name: 'SQL 单元' }).getByRole('img').waitFor();

    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('article', { name: 'SQL 单元' }).count()).toBe(0);
    await page.getByRole('article', { name: '排行榜' }).getByRole('img').waitFor();
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(sameDocument);

    // A damaged link pasted into the open lab leaves the lab as it is, and says why.
    await page.goto(`${sqlLink.split('#')[0]}#lab=1.bm90LWRlZmxhdGU`);
    await page
      .getByRole('status')
      .filter({ hasText: '此实验室有部分内容无法使用：链接已损坏或不完整' })
      .waitFor();
    expect(await page.getByRole('article', { name: '排行榜' }).count()).toBe(1);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(sameDocument);
    expect(lab.errors).toEqual([]);
  });

  it('opens a damaged link as an empty lab with a notice, without crashing', async () => {
    const lab = await openLab({ hash: '#lab=1.bm90LWRlZmxhdGU' });
    await lab.page
      .getByRole('status')
      .filter({ hasText: '此实验室有部分内容无法使用：链接已损坏或不完整' })
      .waitFor();
    expect(await lab.page.getByRole('article').count()).toBe(0);
    expect(lab.errors).toEqual([]);
  });
});
