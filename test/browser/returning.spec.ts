import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openLab, waitForDemo } from './support';

const TOOLKIT = '生意增长概览';

/** The chart of every panel of a section, once each is drawn. */
async function charts(section: Locator): Promise<string[]> {
  const out: string[] = [];
  for (const article of await section.getByRole('article').all()) {
    const title = (await article.getAttribute('aria-label')) ?? '';
    const chart = article.getByRole('img', { name: title, exact: true }).first();
    await chart.waitFor({ timeout: 60_000 });
    out.push(await chart.innerHTML());
  }
  return out;
}

describe('a returning visit', () => {
  it('draws every panel from the kept results before the engine is ready, then the fresh ones', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-returning-'));
    onTestFinished(() => fs.rmSync(profile, { recursive: true, force: true }));
    const lab = await openLab({ profile });
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: TOOLKIT });
    const section = page.getByRole('region', { name: TOOLKIT });
    const first = await charts(section);
    const panels = first.length;
    // Every answer is kept once drawn.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('ecology-lab-results');
              open.onsuccess = () => {
                const count = open.result.transaction('results').objectStore('results').count();
                count.onsuccess = () => resolve(count.result);
              };
            }),
        ),
      )
      .toBeGreaterThanOrEqual(panels);

    // The next visit: DuckDB's wasm is held back until every panel has been seen drawn.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/duckdb.*\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    const refreshing = section.getByRole('status').filter({ hasText: '已显示上次的结果' });
    await expect.poll(() => refreshing.count(), { timeout: 30_000 }).toBe(panels);
    expect(await charts(section)).toHaveLength(panels);
    const engineReady = () =>
      page.evaluate(() => performance.getEntriesByName('lab:engine-ready').length);
    expect(await engineReady()).toBe(0);

    release();
    await expect.poll(() => refreshing.count(), { timeout: 60_000 }).toBe(0);
    expect(await engineReady()).toBe(1);
    // The fresh answers over the same data draw the same charts.
    expect(await charts(section)).toEqual(first);
  });

  it('does not download the bundled data again: the browser revalidates what it holds', async () => {
    const lab = await openLab();
    const { page, context } = lab;
    let bytes = 0;
    const sizes: Promise<void>[] = [];
    context.on('response', (response) => {
      if (!response.url().endsWith('.parquet')) return;
      sizes.push(
        response
          .request()
          .sizes()
          // A size asked for as the browser closes is not this test's concern.
          .then(
            (s) => void (bytes += s.responseBodySize),
            () => undefined,
          ),
      );
    });
    // Every table loaded, so every file's response has come (not only the tables listed).
    const demoReady = () =>
      page.waitForFunction(() => performance.getEntriesByName('lab:demo-ready').length > 0, null, {
        timeout: 60_000,
      });
    await demoReady();
    await Promise.all(sizes);
    const firstVisit = bytes;
    expect(firstVisit).toBeGreaterThan(1_000_000);
    bytes = 0;
    await page.reload();
    await demoReady();
    await Promise.all(sizes);
    expect(bytes).toBeLessThan(firstVisit * 0.1);
  });
});
