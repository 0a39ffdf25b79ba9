/**
 * Every panel example and every toolkit panel, in Chinese and in English, at the widths a panel
 * takes (one of three columns at 1600 px, one of two at 1280 px, the only one at 800 px; toolkit
 * panels at their own widths): no two labels overlap, none is cut off, no English in a Chinese
 * chart; and each chart's SVG export carries its title and its PNG is at least the chart at 2×.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openShowcase, resizeShowcase, type ShowcaseLocale } from './showcase';
import { findTextProblems } from './text-layout';

const WIDTHS = [1600, 1280, 800];
const SLACK = 2;

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('charts fit for a deck', () => {
  for (const locale of ['zh-CN', 'en'] as ShowcaseLocale[])
    it(`lays out every chart cleanly in ${locale} at every width`, async () => {
      const lab = await openShowcase(locale, WIDTHS[0]!);
      const problems: string[] = [];
      for (const [i, width] of WIDTHS.entries()) {
        if (i > 0) await resizeShowcase(lab.page, width);
        const found = await lab.page.evaluate(findTextProblems, { locale, slack: SLACK });
        problems.push(...found.map((p) => `${width}px ${p.panel}: ${p.kind} ${p.text}`));
      }
      expect([...new Set(problems)]).toEqual([]);
      expect(lab.errors).toEqual([]);
    }, 600_000);

  it('exports each chart whole: the SVG carries its title, the PNG is the chart at 2×', async () => {
    const lab = await openShowcase('zh-CN', 1280);
    const { page } = lab;
    const small: string[] = [];
    for (const article of await page.getByRole('article').all()) {
      const title = (await article.getAttribute('aria-label')) ?? '';
      const chart = article.locator('.chart');
      if (!(await chart.count())) continue;
      const box = (await chart.boundingBox())!;
      const download = async (button: string, attempt = 1): Promise<Buffer | null> => {
        const [file] = await Promise.all([
          page.waitForEvent('download', { timeout: 10_000 }).catch(() => null),
          article.getByRole('button', { name: button }).click(),
        ]);
        if (file) return fs.readFileSync((await file.path()) as string);
        // Headless Chromium now and then drops one of many downloads in a row (its limit on
        // multiple downloads); a second click is what a user would do.
        return attempt < 2 ? download(button, attempt + 1) : null;
      };
      const svgFile = await download('导出 SVG');
      if (!svgFile) {
        small.push(`${title}: no SVG downloaded`);
        continue;
      }
      const svg = svgFile.toString('utf8');
      if (!svg.includes(`>${title.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}<`))
        small.push(`${title}: no title in the SVG`);
      const pngFile = await download('导出 PNG');
      if (!pngFile) {
        small.push(`${title}: no PNG downloaded`);
        continue;
      }
      const png = pngSize(pngFile);
      if (png.width < 2 * Math.floor(box.width) || png.height < 2 * Math.floor(box.height))
        small.push(
          `${title}: PNG ${png.width}×${png.height} for a ${box.width}×${box.height} chart`,
        );
    }
    expect(small).toEqual([]);
    expect(lab.errors).toEqual([]);
  }, 600_000);
});
