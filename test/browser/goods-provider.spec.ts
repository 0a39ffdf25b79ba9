import { describe, expect, it } from 'vitest';
import { exported, openLab, pngSize, waitForDemo } from './support';

/** The CSV's table part (before the provenance block) as header and rows. */
function csvTable(buffer: Buffer): { header: string; rows: string[] } {
  const [header, ...rows] = buffer
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n\r\n')[0]!
    .split('\r\n');
  return { header: header!, rows };
}

describe('goods analysis and service-provider evaluation in Chromium', () => {
  it('goods: switches brand, draws the quadrant in Chinese, exports its PNG and the SKU table as CSV', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: '货品分析' });
    const section = page.getByRole('region', { name: '货品分析' });
    const params = section.getByRole('group', { name: '工具参数' });
    await params.getByRole('combobox', { name: /^品牌/ }).selectOption({ label: '暖集 (9)' });

    const quadrant = section.getByRole('article', { name: '流量 × 转化象限' });
    const chart = quadrant.getByRole('img', { name: '流量 × 转化象限', exact: true });
    await chart.getByText('高流量高转化：加推').waitFor({ timeout: 90_000 });
    const box = (await chart.boundingBox())!;
    expect(pngSize(await exported(page, quadrant, '导出 PNG')).width).toBeGreaterThanOrEqual(
      2 * Math.floor(box.width),
    );

    // The SKU table (the chart shows the top 12): one row per SKU of the brand, headers in Chinese.
    const skus = section.getByRole('article', { name: '商品漏斗明细' });
    await skus
      .getByRole('img', { name: '商品漏斗明细', exact: true })
      .getByText(/^GMV 前 12 的商品（共 50 个/)
      .waitFor({ timeout: 90_000 });
    const { header, rows } = csvTable(await exported(page, skus, '导出 CSV'));
    expect(header).toBe(
      '商品,类目,曝光人数,点击率,详情页人数,收加率,买家,转化率,GMV,件数,件均价,复购率,好评率,退款率',
    );
    expect(rows).toHaveLength(50);
    expect(rows.every((line) => line.startsWith('#'))).toBe(true);
    expect(lab.errors).toEqual([]);
  });

  it('provider: opens from a provider, switches it, exports the leaderboard and the managed brands', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: '服务商评价' });
    const section = page.getByRole('region', { name: '服务商评价' });
    const params = section.getByRole('group', { name: '工具参数' });
    // Opened from a provider, not a brand: the first input names the providers.
    await params.getByRole('combobox', { name: /^服务商/ }).selectOption({ label: '云帆营销 (3)' });

    const board = section.getByRole('article', { name: '服务商排行' });
    const chart = board.getByRole('img', { name: '服务商排行', exact: true });
    await chart.getByText('云帆营销').waitFor({ timeout: 90_000 });
    expect(pngSize(await exported(page, board, '导出 PNG')).width).toBeGreaterThan(0);

    const brands = section.getByRole('article', { name: '服务品牌成长指数' });
    await brands
      .getByRole('img', { name: '服务品牌成长指数', exact: true })
      .getByText('暖颜')
      .waitFor({ timeout: 90_000 });
    const { header, rows } = csvTable(await exported(page, brands, '导出 CSV'));
    expect(header).toBe('品牌,行业,GMV,GMV 同比,MGI（GMV 加权）,一年前层级,现在层级');
    // 云帆营销 runs the four beauty brands.
    expect(rows.map((r) => r.split(',')[0]).sort()).toEqual(
      ['岚黛', '暖颜', '澄光', '雾研'].sort(),
    );
    expect(lab.errors).toEqual([]);
  });
});
