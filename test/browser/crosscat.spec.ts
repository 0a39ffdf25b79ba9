import { describe, expect, it } from 'vitest';
import { openLab, waitForDemo } from './support';

describe('cross-category opportunities in Chromium', () => {
  it('switches brand and shows the planted pair in its direction, the network and the rules table', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: '跨品类机会' });
    const section = page.getByRole('region', { name: '跨品类机会' });
    await section
      .getByRole('group', { name: '工具参数' })
      .getByRole('combobox', { name: /^品牌/ })
      .selectOption({ label: '暖集 (9)' });

    // The rules chart names the planted pair in its direction.
    const rules = section.getByRole('article', { name: '跨品类规则与方向' });
    await rules
      .getByRole('img', { name: '跨品类规则与方向', exact: true })
      .getByText('咖啡 → 零食')
      .waitFor({ timeout: 90_000 });

    // The network draws the categories by their Chinese names.
    const network = section.getByRole('article', { name: '品类关联网络' });
    await network
      .getByRole('img', { name: '品类关联网络', exact: true })
      .getByText('零食')
      .waitFor();

    // The table: support, confidence, lift and the sequential lift both ways, the planted direction first.
    await rules.getByRole('button', { name: '表格', exact: true }).click();
    const row = rules.getByRole('row', { name: /^咖啡 → 零食/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    const [seq, back] = [Number(cells[5]), Number(cells[6])];
    expect(seq).toBeGreaterThan(1.5 * back);
    const headers = (await rules.locator('thead th').allTextContents()).join('|');
    for (const header of [
      '支持度',
      '置信度',
      '提升度',
      '顺序提升度 A→B',
      '顺序提升度 B→A',
      '预期 GMV',
    ])
      expect(headers).toContain(header);
    expect(lab.errors).toEqual([]);
  });
});
