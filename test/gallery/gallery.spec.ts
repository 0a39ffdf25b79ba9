/**
 * `npm run gallery`: a screenshot of every panel example and every toolkit panel, in Chinese and
 * English, to gallery/<locale>/ with an index.html, so a person can review them at a glance.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { openShowcase, type ShowcaseLocale } from '../browser/showcase';

const OUT = path.resolve('gallery');
const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

describe('gallery', () => {
  for (const locale of ['zh-CN', 'en'] as ShowcaseLocale[])
    it(`photographs every panel in ${locale}`, async () => {
      const dir = path.join(OUT, locale);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      const lab = await openShowcase(locale, 1600);
      const shots: { file: string; title: string }[] = [];
      for (const [i, article] of (await lab.page.getByRole('article').all()).entries()) {
        const title = (await article.getAttribute('aria-label')) ?? '';
        const file = `${String(i + 1).padStart(2, '0')}.png`;
        await article.scrollIntoViewIfNeeded();
        await article.screenshot({ path: path.join(dir, file) });
        shots.push({ file, title });
      }
      fs.writeFileSync(
        path.join(dir, 'index.html'),
        `<!doctype html><meta charset="utf-8"><title>Gallery ${locale}</title>
<style>body{font:14px system-ui;margin:16px}figure{display:inline-block;margin:8px;vertical-align:top}img{max-width:520px;border:1px solid #ddd}</style>
${shots.map((s) => `<figure><img src="${s.file}" alt="${escape(s.title)}"><figcaption>${escape(s.title)}</figcaption></figure>`).join('\n')}`,
      );
      await lab.close();
    });
});
