import { describe, expect, it } from 'vitest';
import { exported, openLab, pngSize, waitForDemo } from './support';

describe('the hit-product compass in Chromium', () => {
  it('switches brand, trains its model in the browser, exports the calibration plot, shows the model and launches in tables', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: '爆品罗盘' });
    const section = page.getByRole('region', { name: '爆品罗盘' });
    await section
      .getByRole('group', { name: '工具参数' })
      .getByRole('combobox', { name: /^品牌/ })
      .selectOption({ label: '暖集 (9)' });

    // The opportunity map names cells of the brand's industry (食品).
    const opportunity = section.getByRole('article', { name: '新品机会地图' });
    await opportunity
      .getByRole('img', { name: '新品机会地图', exact: true })
      .getByText(/价带$/)
      .first()
      .waitFor({ timeout: 90_000 });

    // The model: its caption says what it learned from and how well it ranks held-out launches.
    const model = section.getByRole('article', { name: '爆品概率模型校准' });
    const caption = model.getByText(/^第 14 天模型：五折交叉验证 AUC 0\.\d\d \[0\.\d\d, 0\.\d\d\]/);
    await caption.waitFor({ timeout: 90_000 });
    expect(await caption.textContent()).toMatch(/学习自 \d{3} 个新品、\d+ 个爆品/);

    // The PNG is the whole figure at 2×, the caption included.
    const chart = model.getByRole('img', { name: '爆品概率模型校准', exact: true });
    const box = (await chart.boundingBox())!;
    const png = pngSize(await exported(page, model, '导出 PNG'));
    expect(png.width).toBeGreaterThanOrEqual(2 * Math.floor(box.width));
    expect(png.height).toBeGreaterThan(2 * box.height);

    // The table view: each day's coefficients with standard errors, AUC and sample.
    await model.getByRole('button', { name: '表格', exact: true }).click();
    await model
      .getByRole('row', { name: /点击率（CTR）/ })
      .first()
      .waitFor();
    const headers = (await model.locator('thead th').allTextContents()).join('|');
    for (const header of [
      '模型',
      '特征',
      '系数（每标准差）',
      '标准误',
      'z 值',
      '留出 AUC',
      '新品 / 爆品',
    ])
      expect(headers).toContain(header);
    expect(await model.getByRole('row').count()).toBe(1 + 2 * 8); // two days × (intercept + 7)

    // The tracker lists the brand's current launches with their light and P(hit).
    const tracker = section.getByRole('article', { name: '新品追踪' });
    await tracker.getByRole('button', { name: '表格', exact: true }).click();
    await tracker.getByRole('row', { name: /^#\d+/ }).first().waitFor();
    expect(await tracker.getByRole('row', { name: /(绿灯|黄灯|红灯)/ }).count()).toBeGreaterThan(0);
    expect(lab.errors).toEqual([]);
  });
});
