import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openLab } from './support';

const EMPTY = '?demo=off';
const DAMAGED = `${EMPTY}#lab=1.bm90LWRlZmxhdGU`;

async function setTitle(page: Page, title: string): Promise<void> {
  const field = page.getByRole('textbox', { name: '实验室标题' });
  await field.fill(title);
  await field.press('Tab');
}

/** The titles this browser keeps in autosave slots (what 我的实验室 lists). */
function keptTitles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('ecology-lab.autosave.'))
      .map((key) => {
        const record = JSON.parse(localStorage.getItem(key) ?? '{}') as {
          state?: { title?: string };
        };
        return record.state?.title ?? '';
      })
      .sort(),
  );
}

describe('autosave', () => {
  it('keeps the own lab when a damaged or a valid link opens in a new tab, recoverable from 我的实验室', async () => {
    const lab = await openLab({ hash: EMPTY });
    const own = lab.page;
    await setTitle(own, '我的复盘');
    await own.getByRole('combobox', { name: '添加面板' }).selectOption('note');
    await expect.poll(() => keptTitles(own)).toEqual(['我的复盘']);

    // A damaged link in a new tab: an error that looks like one, and nothing saved over the lab.
    const damaged = await lab.context.newPage();
    await damaged.goto(lab.baseUrl + DAMAGED);
    const error = damaged.locator('.flash.error');
    await error.getByText('链接已损坏或不完整', { exact: false }).waitFor();
    await damaged.getByRole('combobox', { name: '添加面板' }).waitFor();
    expect(await keptTitles(damaged)).toEqual(['我的复盘']);

    // A valid link in another tab gets a slot of its own.
    await setTitle(own, '我的复盘');
    const link = own.url();
    const colleague = await lab.context.newPage();
    await colleague.goto(link.replace('我的复盘', ''));
    await setTitle(colleague, '同事的实验室');
    await expect.poll(() => keptTitles(colleague)).toEqual(['同事的实验室', '我的复盘']);

    // A fresh tab opens the own lab; the colleague's is one click away in 我的实验室.
    const fresh = await lab.context.newPage();
    await fresh.goto(lab.baseUrl + EMPTY);
    await expect
      .poll(() => fresh.getByRole('textbox', { name: '实验室标题' }).inputValue())
      .toBe('我的复盘');
    await fresh.getByRole('button', { name: '我的实验室' }).click();
    const mine = fresh.getByRole('dialog', { name: '我的实验室' });
    await mine.getByRole('button', { name: '打开 同事的实验室 (来自链接)' }).click();
    await expect
      .poll(() => fresh.getByRole('textbox', { name: '实验室标题' }).inputValue())
      .toBe('同事的实验室');
    expect(lab.errors).toEqual([]);
  });

  it('says so when storage is full, instead of losing edits silently', async () => {
    const lab = await openLab({ hash: EMPTY });
    await lab.page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('ecology-lab.autosave'))
          throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await setTitle(lab.page, '放不下');
    await lab.page
      .getByRole('alert')
      .getByText('自动保存失败：浏览器存储空间已满', { exact: false })
      .waitFor();
  });

  it('keeps both versions when two tabs change the same lab', async () => {
    const lab = await openLab({ hash: EMPTY });
    const a = lab.page;
    await setTitle(a, 'A 版');
    await expect.poll(() => keptTitles(a)).toEqual(['A 版']);
    const b = await lab.context.newPage();
    await b.goto(lab.baseUrl + EMPTY);
    await expect
      .poll(() => b.getByRole('textbox', { name: '实验室标题' }).inputValue())
      .toBe('A 版');

    await setTitle(a, 'A 版 2');
    await expect.poll(() => keptTitles(a)).toEqual(['A 版 2']);
    await setTitle(b, 'B 版');
    await b.getByText('本标签页', { exact: false }).first().waitFor();
    await expect.poll(() => keptTitles(b)).toEqual(['A 版 2', 'B 版']);
  });

  it('keeps a focused field, an unapplied SQL cell and the query box across a reload', async () => {
    const lab = await openLab({ hash: EMPTY });
    const { page } = lab;
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('sql');
    const cell = page.getByRole('article', { name: 'SQL 单元' });
    await cell.getByRole('button', { name: '设置' }).click();
    await cell.getByRole('textbox', { name: 'SQL' }).fill('SELECT 41 + 1 AS 草稿');
    await page.getByRole('textbox', { name: 'SQL' }).first().fill('SELECT 7 AS 查询框草稿');
    await page.getByRole('textbox', { name: '实验室标题' }).fill('还没离开的标题');

    await page.reload();
    await page
      .getByRole('article', { name: 'SQL 单元' })
      .getByRole('button', { name: '设置' })
      .click();
    await expect
      .poll(() => page.getByRole('textbox', { name: '实验室标题' }).inputValue())
      .toBe('还没离开的标题');
    await page
      .getByRole('article', { name: 'SQL 单元' })
      .getByText('SELECT 41 + 1 AS 草稿')
      .waitFor();
    await page.getByText('SELECT 7 AS 查询框草稿').waitFor();
    expect(lab.errors).toEqual([]);
  });
});
