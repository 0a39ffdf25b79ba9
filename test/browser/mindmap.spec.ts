import { describe, expect, it } from 'vitest';
import { exported, openLab, pngSize, waitForDemo } from './support';

describe('the brand mind map in Chromium', () => {
  it('switches brand, folds and unfolds a pillar by mouse and keyboard, exports the whole map, shows its numbers', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: '品牌心智地图' });
    const section = page.getByRole('region', { name: '品牌心智地图' });
    await section
      .getByRole('group', { name: '工具参数' })
      .getByRole('combobox', { name: /^品牌/ })
      .selectOption({ label: '暖颜 (5)' });
    const map = section.getByRole('article', { name: '品牌心智地图' });
    const chart = map.getByRole('img', { name: '品牌心智地图', exact: true });
    await chart.getByText(/^暖颜 \d+$/).waitFor({ timeout: 90_000 });
    await chart.getByText(/^新品 GMV 占比 /).waitFor();

    // Mouse: a click on the innovation pillar folds its four sub-metrics away.
    await chart.getByText(/^创新 \d+$/).click();
    // Four sub-metrics and the pillar's driving crowd.
    await chart.getByText(/^创新 \d+ \(\+5\)$/).waitFor();
    expect(await chart.getByText(/^新品 GMV 占比 /).count()).toBe(0);
    const innovation = map.getByRole('button', { name: /创新/ });
    expect(await innovation.getAttribute('aria-expanded')).toBe('false');

    // Keyboard: the pillar's button unfolds it again.
    await innovation.focus();
    await page.keyboard.press('Enter');
    await chart.getByText(/^新品 GMV 占比 /).waitFor();
    expect(await innovation.getAttribute('aria-expanded')).toBe('true');
    await map.getByRole('button', { name: /价值/ }).press('Space');
    await chart.getByText(/^价值 \d+ \(\+6\)$/).waitFor();

    // The PNG is the whole figure at 2×, as shown (value folded).
    const box = (await chart.boundingBox())!;
    const png = pngSize(await exported(page, map, '导出 PNG'));
    expect(png.width).toBeGreaterThanOrEqual(2 * Math.floor(box.width));
    expect(png.height).toBeGreaterThan(2 * box.height);

    // The table view: every sub-metric with its value, percentile and the category median.
    await map.getByRole('button', { name: '表格', exact: true }).click();
    await map.getByRole('row', { name: /心智份额/ }).waitFor();
    const headers = (await map.locator('thead th').allTextContents()).join('|');
    for (const header of [
      '支柱',
      '子指标',
      '数值',
      '行业百分位',
      '行业中位',
      '行业 P25',
      '支柱得分',
      '定义（示意）',
    ])
      expect(headers).toContain(header);
    // Header, 14 sub-metrics, a driving crowd per pillar and the driving content type.
    expect(await map.getByRole('row').count()).toBe(19);
    await map
      .getByRole('row', { name: /驱动人群：/ })
      .first()
      .waitFor();

    // The crowd × pillar heatmap names crowds and pillars in Chinese.
    const crowds = section.getByRole('article', { name: '人群 × 支柱' });
    await crowds.getByRole('img', { name: '人群 × 支柱', exact: true }).getByText('沟通').waitFor();
    expect(lab.errors).toEqual([]);
  });
});
