import { describe, expect, it } from 'vitest';
import { openLab, runSql, waitForDemo } from './support';

describe('the query view in Chromium', () => {
  it('counts a long result exactly and says what its chart is drawn from', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await runSql(page, 'SELECT pay_amount FROM orders', null);
    const status = page.getByRole('status').filter({ hasText: /行，用时/ });
    await status.waitFor();
    // The whole result, exactly, with the part the table holds (before: "1.02万 行").
    const text = await status.innerText();
    const total = Number(/^([\d,]+) 行/.exec(text)?.[1]?.replaceAll(',', ''));
    expect(total).toBeGreaterThan(10_240);
    expect(text).toMatch(/仅显示前 [\d,]+ 行/);
    await page.getByRole('button', { name: '图表', exact: true }).first().click();
    const note = page.getByRole('note').filter({ hasText: '图表只基于前 10,000 行' });
    await note.waitFor();
    expect(await note.innerText()).toContain(`结果共 ${total.toLocaleString('en-US')} 行`);
    expect(lab.errors).toEqual([]);
  });

  it('wraps a long line inside the editor and closes the completion list when it runs', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    const box = page.getByRole('textbox', { name: 'SQL' }).first();
    await box.click();
    await page.keyboard.press('ControlOrMeta+A');
    const columns = Array.from({ length: 60 }, (_, i) => `pay_amount AS amount_${i}`).join(', ');
    await page.keyboard.insertText(`SELECT ${columns} FROM orders ORDER BY `);
    await page.keyboard.type('orders.pay_amoun');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /^pay_amount/ })
      .waitFor();
    await page.keyboard.type('t');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /行，用时/ })
      .waitFor();
    // The list closed: it used to stay open over the result.
    const completions = page
      .getByRole('listbox')
      .filter({ has: page.getByRole('option', { name: /^pay_amount/ }) });
    await expect.poll(() => completions.count()).toBe(0);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    expect(lab.errors).toEqual([]);
  });
});
