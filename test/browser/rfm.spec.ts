import { describe, expect, it } from 'vitest';
import { exported, openLab, pngSize, waitForDemo } from './support';

describe('RFM and cohorts in Chromium', () => {
  it('switches brand, draws the type grid and cohorts, exports a chart and an audience as CSV', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: 'RFM 与同期群' });
    const section = page.getByRole('region', { name: 'RFM 与同期群' });
    const params = section.getByRole('group', { name: '工具参数' });
    await params.getByRole('combobox', { name: /^品牌/ }).selectOption({ label: '暖集 (9)' });

    // The type grid names the eight types in Chinese; its PNG is the chart at 2×.
    const types = section.getByRole('article', { name: 'RFM 八类客户' });
    const chart = types.getByRole('img', { name: 'RFM 八类客户', exact: true });
    await chart.getByText(/^重要挽留/).waitFor({ timeout: 90_000 });
    const box = (await chart.boundingBox())!;
    expect(pngSize(await exported(page, types, '导出 PNG')).width).toBeGreaterThanOrEqual(
      2 * Math.floor(box.width),
    );

    // The cohort triangle labels its rows by first-purchase month.
    const cohorts = section.getByRole('article', { name: '首购同期群' });
    await cohorts
      .getByRole('img', { name: '首购同期群', exact: true })
      .getByText('2026-10')
      .waitFor();

    // The audience of one type: its count in the caption, the same number of IDs in the CSV.
    await params.getByRole('combobox', { name: /^导出人群/ }).selectOption({ label: '重要价值' });
    const audience = section.getByRole('article', { name: '人群名单导出' });
    const caption = audience.getByText(/^重要价值：\d+ 人/);
    await caption.waitFor({ timeout: 90_000 });
    const count = Number(/：(\d+) 人/.exec((await caption.textContent()) ?? '')![1]);
    expect(count).toBeGreaterThan(0);
    const csv = (await exported(page, audience, '导出 CSV')).toString('utf8');
    const [header, ...rest] = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n\r\n')[0]!
      .split('\r\n');
    // The table view as shown: headers in the reader's language, one row per consumer.
    expect(header).toBe('消费者 ID,人群,R：距最近购买天数,F：购买天数,M：消费额');
    expect(rest).toHaveLength(count);
    expect(rest.every((line) => /^\d+,[^,]+,\d+,\d+,[\d.]+$/.test(line))).toBe(true);
    expect(lab.errors).toEqual([]);
  });
});
