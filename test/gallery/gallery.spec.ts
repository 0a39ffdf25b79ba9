/**
 * `npm run gallery`: a screenshot of every panel example and every toolkit panel, in Chinese and
 * English, to gallery/<locale>/ with an index.html, so a person can review them at a glance.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { TOOLKITS } from '../../src/panel/registry';
import { openShowcase, type ShowcaseLocale } from '../browser/showcase';

/** The gallery's thumbnails: committed, served beside the app (public/thumbnails/). */
const THUMBNAILS = path.resolve('public/thumbnails');

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
      // Each toolkit's card thumbnail: its first chart (past a row of KPI cards) on the sandbox.
      fs.mkdirSync(THUMBNAILS, { recursive: true });
      for (const toolkit of TOOLKITS.values()) {
        const hero = /\.(kpis|cards)$/.test(toolkit.panels[0]?.panel.id ?? '') ? 1 : 0;
        const article = lab.page.locator(`#panel-s${toolkit.id.replace(/[^\w]/g, '')}p${hero}`);
        await article.scrollIntoViewIfNeeded();
        await article
          .locator('.chart')
          .first()
          .screenshot({
            path: path.join(THUMBNAILS, `${toolkit.id}.${locale}.jpg`),
            type: 'jpeg',
            quality: 70,
          });
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
