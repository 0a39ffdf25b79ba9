import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANEL_IDS } from './panel-ids';
import { openLab, runSql, waitForDemo } from './support';

async function addPanel(page: import('playwright-core').Page, id: string) {
  await page.getByRole('combobox', { name: '添加面板' }).selectOption(id);
}

describe('panels in Chromium', () => {
  it('adds every panel type and each one draws', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    for (const id of PANEL_IDS) await addPanel(page, id);
    const panels = page.getByRole('article');
    await expect.poll(() => panels.count()).toBe(PANEL_IDS.length);
    // Charted panels draw their figure (labelled with the panel's title); the table panel shows
    // rows; the note shows its text.
    for (const article of await panels.all()) {
      const title = (await article.getAttribute('aria-label')) ?? '';
      if (['数据表格', '笔记', '透视表'].includes(title)) continue;
      await article
        .getByRole('img', { name: title, exact: true })
        .first()
        .waitFor({ timeout: 30_000 });
    }
    await page
      .getByRole('article', { name: '数据表格' })
      .getByRole('button', { name: '按 pay_amount 排序' })
      .waitFor();
    // The pivot: brands × crowds with names, a totals column and a totals row kept last.
    const pivot = page.getByRole('article', { name: '透视表' });
    await pivot.getByRole('button', { name: '按 合计 排序' }).waitFor();
    const firstRow = pivot.getByRole('row').nth(1);
    expect(await firstRow.getByRole('cell').first().textContent()).not.toMatch(/^\d+$/);
    const lastRow = pivot.getByRole('row').last();
    expect(await lastRow.getByRole('cell').first().textContent()).toBe('合计');
    await pivot.getByRole('button', { name: '按 合计 排序' }).click();
    expect(await pivot.getByRole('row').last().getByRole('cell').first().textContent()).toBe(
      '合计',
    );
    await page
      .getByRole('article', { name: '笔记' })
      .getByRole('heading', { name: '说明' })
      .waitFor();
    expect(lab.errors).toEqual([]);
  });

  it('re-queries on a parameter change, applies lab and click filters, and exports PNG and CSV', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await addPanel(page, 'ranking');
    const ranking = page.getByRole('article', { name: '排行榜' });
    await ranking.getByRole('img').waitFor();

    // A parameter change: top 3, seen in the table view.
    await ranking.getByRole('button', { name: '设置' }).click();
    await ranking.getByLabel('显示前 N 名').fill('3');
    await ranking.getByLabel('显示前 N 名').press('Tab');
    await ranking.getByRole('button', { name: '表格', exact: true }).click();
    await expect.poll(() => ranking.getByRole('row').count()).toBe(4); // header + 3

    // A lab-wide filter: one brand; the panel says the filter applies.
    await page.getByRole('combobox', { name: '品牌' }).selectOption({ index: 3 });
    await expect.poll(() => ranking.getByRole('row').count()).toBe(2);
    await ranking.getByText('已应用筛选：品牌').waitFor();
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => ranking.getByRole('row').count()).toBe(4);

    // Click-to-filter: clicking the first bar filters the other panels by that brand; the
    // ranking itself keeps its three bars (it does not filter itself down to one).
    await addPanel(page, 'kpi');
    const card = page.getByRole('article', { name: '指标卡' });
    await ranking.getByRole('button', { name: '图表' }).click();
    const bar = ranking.locator('g[aria-label="bar"] rect').first();
    await bar.click();
    await ranking.getByText(/已选：brand_id = \d+/).waitFor();
    await card.getByText('已应用筛选：brand_id').waitFor();
    expect(await ranking.locator('g[aria-label="bar"] rect').count()).toBe(3);
    expect(await ranking.getByText('已应用筛选：brand_id').count()).toBe(0);
    // It shows what it selected: the clicked bar stays solid, the others fade.
    const opacities = () =>
      ranking
        .locator('g[aria-label="bar"] rect')
        .evaluateAll((bars) => bars.map((b) => b.getAttribute('fill-opacity')));
    await expect.poll(opacities).toEqual(['1', '0.25', '0.25']);
    // The same bar again clears the selection.
    await ranking.locator('g[aria-label="bar"] rect').first().click();
    await expect.poll(() => card.getByText('已应用筛选：brand_id').count()).toBe(0);

    // A lab-wide filter on any column: orders by channel, declared from the filter bar.
    await page.getByRole('combobox', { name: '按字段筛选' }).selectOption('channel');
    await page.getByRole('textbox', { name: 'channel 取值' }).fill('livestream, store');
    await page.getByRole('textbox', { name: 'channel 取值' }).press('Enter');
    await ranking.getByText('已应用筛选：channel').waitFor();
    await page.getByRole('button', { name: '移除 channel 筛选' }).click();
    await expect.poll(() => ranking.getByText('已应用筛选：channel').count()).toBe(0);

    // Exports carry the provenance line.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      ranking.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^ecology-lab-ranking-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync((await csv.path())!, 'utf8');
    // Header first (Excel shows a leading comment as data); the provenance trails the rows after
    // a blank line: lab, panel, version; parameters by label; each table with its fingerprint.
    expect(text.startsWith('\uFEFFlabel,value,key\r\n')).toBe(true);
    const trailer = text.trimEnd().split('\r\n\r\n').at(-1)!.split('\r\n');
    expect(trailer[0]).toMatch(
      /^生态实验室 · 未命名实验室 · 排行榜 · 导出于 \d{4}-\d{2}-\d{2} · 版本 \S+$/,
    );
    expect(trailer.join('\n')).toMatch(/^"?参数：[^=]+=orders；/m);
    expect(trailer.join('\n')).toMatch(/^"?数据：orders \([\d.]+万? 行, sha256 [0-9a-f]{12}\)/m);
    expect(trailer.join('\n')).toMatch(/^"?实验室链接：http/m);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      ranking.getByRole('button', { name: '导出 PNG' }).click(),
    ]);
    const bytes = fs.readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(2000);
  });

  it('keeps drawing the other panels when one panel’s SQL is broken', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await addPanel(page, 'trend');
    await addPanel(page, 'sql');
    await addPanel(page, 'histogram');
    const cell = page.getByRole('article', { name: 'SQL 单元' });
    await cell.getByRole('img').waitFor();
    await cell.getByRole('button', { name: '设置' }).click();
    await cell.getByRole('textbox', { name: 'SQL' }).fill('SELEC nonsense FROM nowhere');
    await cell.getByRole('button', { name: '运行' }).click();
    await cell
      .getByRole('alert')
      .filter({ hasText: '该面板出错' })
      .filter({ hasText: 'Parser Error' })
      .waitFor();
    await page.getByRole('article', { name: '趋势' }).getByRole('img').waitFor();
    await page.getByRole('article', { name: '分布直方图' }).getByRole('img').waitFor();

    // A cell cannot run more than one statement: an injection that would drop a table is refused.
    await cell
      .getByRole('textbox', { name: 'SQL' })
      .fill('SELECT 1) AS x; DROP TABLE orders; SELECT * FROM (SELECT 1');
    await cell.getByRole('button', { name: '运行' }).click();
    await cell.getByRole('alert').filter({ hasText: '只能运行一条 SELECT 语句' }).waitFor();
    await runSql(page, 'SELECT count(*)::INTEGER AS still_there FROM orders');
    await page.getByRole('columnheader', { name: 'still_there' }).waitFor();
    expect(lab.errors).toEqual([]);
  });

  it('renders a note’s markdown without running or fetching anything from it', async () => {
    const lab = await openLab();
    const { page } = lab;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await addPanel(page, 'note');
    const note = page.getByRole('article', { name: '笔记' });
    await note.getByRole('button', { name: '设置' }).click();
    await note
      .getByLabel('内容（Markdown）')
      .fill(
        '# 安全\n\n<img src="https://evil.example/x.png" onerror="alert(1)"><script>alert(2)</script>\n\n[link](javascript:alert(3)) <a href="https://example.org" onclick="alert(4)">ok</a>',
      );
    await note.getByLabel('内容（Markdown）').press('Tab');
    await note.getByRole('heading', { name: '安全' }).waitFor();
    const html = await note.locator('.note').innerHTML();
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
    await note.getByRole('link', { name: 'ok' }).waitFor();
    expect(await note.getByRole('link', { name: 'ok' }).getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
    expect(dialogs).toBe(0);
    expect(lab.requests.some((u) => u.includes('evil.example'))).toBe(false);
  });
});

describe('SQL editor', () => {
  it('highlights SQL and completes table and column names', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    const box = page.getByRole('textbox', { name: 'SQL' });
    await box.fill('');
    await box.pressSequentially('SELECT * FROM ord');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /^orders/ })
      .click();
    await box.pressSequentially(' WHERE orders.pay_am');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /^pay_amount/ })
      .click();
    expect(await box.textContent()).toBe('SELECT * FROM orders WHERE orders.pay_amount');
    // Keywords are highlighted (CodeMirror marks tokens with classes).
    expect(await box.locator('span').filter({ hasText: 'SELECT' }).count()).toBeGreaterThan(0);
  });
});
