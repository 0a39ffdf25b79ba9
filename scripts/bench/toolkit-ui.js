// @ts-check
/**
 * Toolkit timings in the real lab page (performance.md): a toolkit opened until every panel is
 * drawn, a lab-wide filter change until every panel redrew, and a shared link reopened until every
 * toolkit panel is drawn. The page is driven through its own controls; times are taken in the page.
 */

import fs from 'node:fs';
import path from 'node:path';
import { launch, wasmMemoryAfter } from './chrome.js';
import { interleave, largerPeak, summarize } from './stats.js';

/** @typedef {import('playwright-core').Page} Page */

const TIMEOUT_MS = 180_000;

/**
 * In the page: wait (frame by frame) until every panel of the toolkit sections from `first` on shows
 * the engine's answer: a chart drawn after the figures marked old, or its "no rows" message;
 * returns the time, or NaN on timeout.
 * `count`: how many toolkit sections must be on screen (a link's): without it, the sections of the
 * lab the link replaces counted as drawn, and a link "opened" in 120 ms.
 * @param {Page} page @param {number} first @param {number} since @param {number} [count]
 */
function waitDrawn(page, first, since, count = 1) {
  return page.evaluate(
    async ({ from, t0, timeout, count }) => {
      const drawn = () => {
        const sections = [...document.querySelectorAll('section.toolkit')].slice(from);
        if (sections.length < count) return false;
        return sections.every((s) => {
          const articles = [...s.querySelectorAll('article')];
          // Done: the engine's own answer is on screen, a new chart or "no rows" (not a result
          // kept from an earlier visit, marked refreshing, nor an older chart dimmed while loading).
          return (
            articles.length > 0 &&
            articles.every(
              (a) =>
                !a.querySelector('.refreshing, .busy') &&
                a.querySelector('[role=img]:not([data-bench-old]), .empty'),
            )
          );
        });
      };
      while (!drawn()) {
        if (performance.now() - t0 > timeout) return NaN;
        await new Promise((r) => requestAnimationFrame(r));
      }
      return performance.now() - t0;
    },
    { from: first, t0: since, timeout: TIMEOUT_MS, count },
  );
}

/**
 * The toolkit picker set to `id` as a user would. Found by its accessible name: another select (the
 * field filter's column list) also offers \`crowd\`, and picking that one left the crowd toolkit
 * unopened until the 180 s timeout, on every run.
 * @param {Page} page @param {string} id
 */
function choose(page, id) {
  return page.evaluate((v) => {
    const select = /** @type {HTMLSelectElement | null} */ (
      document.querySelector('select[aria-label="打开工具"], select[aria-label="Open toolkit"]')
    );
    if (!select || ![...select.options].some((o) => o.value === v))
      throw new Error(`the toolkit picker does not offer ${v}`);
    select.value = v;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return performance.now();
  }, id);
}

/** Open one toolkit; ms until every one of its panels is drawn. @param {Page} page @param {string} id */
async function timeToolkitOpen(page, id) {
  const before = await page.evaluate(() => document.querySelectorAll('section.toolkit').length);
  const t0 = await choose(page, id);
  return waitDrawn(page, before, t0);
}

/**
 * Change the lab-wide crowd filter (to `crowd`, or back to none with ''); ms until every toolkit
 * panel redrew. @param {Page} page @param {string} crowd
 */
async function timeFilterChange(page, crowd) {
  await page.evaluate(() =>
    document
      .querySelectorAll('section.toolkit [role=img]')
      .forEach((f) => f.setAttribute('data-bench-old', '')),
  );
  const t0 = await page.evaluate((c) => {
    const select = [...document.querySelectorAll('section.filters select')]
      .map((s) => /** @type {HTMLSelectElement} */ (s))
      .find((s) => [...s.options].some((o) => o.value === 'Z世代'));
    if (!select) throw new Error('no crowd filter');
    select.value = c;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return performance.now();
  }, crowd);
  return waitDrawn(page, 0, t0);
}

/**
 * A page that opened a shared link of `count` toolkits: ms since navigation until every toolkit
 * panel is drawn. @param {Page} page @param {number} count
 */
function timeLinkDrawn(page, count) {
  return waitDrawn(page, 0, 0, count);
}

/**
 * A link opened in the running lab, its data loaded (the address bar's fragment changed, as when a
 * link is pasted into it): ms until every toolkit panel is drawn. @param {Page} page @param {string} link @param {number} count the link's toolkits
 */
async function timeLinkInRunningLab(page, link, count) {
  const t0 = await page.evaluate((href) => {
    const now = performance.now();
    location.href = href;
    return now;
  }, link);
  return waitDrawn(page, 0, t0, count);
}

/** Remove every toolkit from the lab, as a user would. @param {Page} page */
async function removeToolkits(page) {
  for (;;) {
    const remove = page.getByRole('button', { name: '移除工具' });
    if ((await remove.count()) === 0) return;
    await remove.first().click();
  }
}

/**
 * Remove every toolkit, then wait until the address bar and the lab kept in the browser (both
 * debounced) hold the empty lab (no fragment), so the next visit in this profile reopens it.
 * @param {Page} page
 */
async function leaveEmpty(page) {
  // The address bar first holds the lab with its toolkits, so the empty fragment seen below is
  // the state written after the last removal, not the one before any toolkit was added.
  await page.waitForFunction(() => location.hash.startsWith('#lab='));
  await removeToolkits(page);
  // The autosave lives in per-tab slots (`ecology-lab.autosave.<slot>`); the single legacy key
  // this once read is no longer written, so the wait never ended.
  await page.waitForFunction(
    () =>
      location.hash === '' &&
      Object.keys(localStorage).some(
        (k) =>
          k.startsWith('ecology-lab.autosave.') &&
          localStorage.getItem(k)?.includes('"fragment":""'),
      ),
  );
}

/** Since navigation, the first toolkit chart on screen. @param {Page} page */
function timeFirstToolkitChart(page) {
  return page.evaluate(async (timeout) => {
    while (!document.querySelector('section.toolkit [role=img]')) {
      if (performance.now() > timeout) return NaN;
      await new Promise((r) => requestAnimationFrame(r));
    }
    return performance.now();
  }, TIMEOUT_MS);
}

/** A fresh profile with the lab open on its demo data. @param {string} tmp @param {string} url */
function freshLab(tmp, url) {
  // A fresh profile each time: a reused one would reopen the previous run's autosaved lab, whose
  // toolkit tables would then already be built.
  return labIn(fs.mkdtempSync(path.join(tmp, 'toolkits-')), url);
}

/** The lab open on its demo data in the profile `dir`. @param {string} dir @param {string} url */
async function labIn(dir, url) {
  const context = await launch(dir);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('lab:demo-ready').length > 0,
    null,
    {
      timeout: 600_000,
    },
  );
  return { context, page };
}

/**
 * `runs` times in a fresh lab: each toolkit opened alone (every panel drawn), the crowd filter set
 * and cleared (every panel of that toolkit redrawn), then removed; then all six together and the
 * filter change again. Then the six-toolkit link opened in a running lab with its data loaded (on a
 * first visit, and for a returning visitor), and reopened in a cold and a warm profile, interleaved.
 * @param {string} url @param {string} tmp @param {string[]} toolkitIds @param {number} runs
 */
export async function measureToolkitUi(url, tmp, toolkitIds, runs) {
  /** @type {Record<string, number[]>} */
  const open = Object.fromEntries(toolkitIds.map((id) => [id, /** @type {number[]} */ ([])]));
  /** @type {Record<string, number[]>} */
  const filterOne = Object.fromEntries(toolkitIds.map((id) => [id, /** @type {number[]} */ ([])]));
  /** @type {number[]} */
  const filter = [];
  let link = '';
  for (let r = 0; r < runs; r++) {
    const { context, page } = await freshLab(tmp, url);
    for (const id of toolkitIds) {
      // Progress on stderr: a toolkit that never finishes drawing shows here, not as a silent wait.
      process.stderr.write(`toolkit UI run ${r + 1}/${runs}: ${id}\n`);
      open[id]?.push(await timeToolkitOpen(page, id));
      filterOne[id]?.push(await timeFilterChange(page, 'Z世代'));
      filterOne[id]?.push(await timeFilterChange(page, ''));
      await removeToolkits(page);
    }
    process.stderr.write(`toolkit UI run ${r + 1}/${runs}: all ${toolkitIds.length} toolkits\n`);
    for (const id of toolkitIds) await timeToolkitOpen(page, id);
    if (!link) {
      // The address bar follows the lab after a 300 ms debounce; wait for it to hold the lab.
      await page.waitForFunction(() => location.hash.startsWith('#lab=1.'));
      await page.waitForTimeout(1000);
      link = page.url();
    }
    filter.push(await timeFilterChange(page, 'Z世代'));
    filter.push(await timeFilterChange(page, ''));
    await context.close();
  }
  /** @type {Record<string, { first: number[], all: number[] }>} */
  const reopen = { cold: { first: [], all: [] }, warm: { first: [], all: [] } };
  /** @type {number[]} */
  const inLab = [];
  /** @type {number[]} */
  const inLabReturning = [];
  /** @type {ReturnType<typeof largerPeak>} */
  let wasmSixToolkits = null;
  const warmProfile = path.join(tmp, 'toolkits-warm');
  // A returning visitor: the browser holds the lab's files and the code it compiled on an earlier
  // visit that used every toolkit. Each visit ends with the toolkits removed, so the next one
  // reopens an empty lab (the autosave) and the link has everything to build.
  const returning = path.join(tmp, 'toolkits-returning');
  {
    const { context, page } = await labIn(returning, url);
    process.stderr.write(
      `toolkit UI: a returning visitor's profile, ${toolkitIds.length} toolkits\n`,
    );
    for (const id of toolkitIds) await timeToolkitOpen(page, id);
    await leaveEmpty(page);
    await context.close();
  }
  for (const kind of interleave(['in-lab', 'in-lab-returning', 'cold', 'warm'], runs)) {
    process.stderr.write(`toolkit UI: the link, ${kind}\n`);
    if (kind === 'in-lab' || kind === 'in-lab-returning') {
      const returns = kind === 'in-lab-returning';
      const { context, page } = returns ? await labIn(returning, url) : await freshLab(tmp, url);
      (returns ? inLabReturning : inLab).push(
        await timeLinkInRunningLab(page, link, toolkitIds.length),
      );
      const drawnAt = await page.evaluate(() => performance.now());
      wasmSixToolkits = largerPeak(wasmSixToolkits, await wasmMemoryAfter(page, drawnAt - 1));
      if (returns) await leaveEmpty(page);
      await context.close();
      continue;
    }
    const context = await launch(
      kind === 'cold' ? fs.mkdtempSync(path.join(tmp, 'tk-cold-')) : warmProfile,
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(link);
    reopen[kind]?.first.push(await timeFirstToolkitChart(page));
    reopen[kind]?.all.push(await timeLinkDrawn(page, toolkitIds.length));
    await context.close();
  }
  return {
    open: Object.fromEntries(Object.entries(open).map(([id, v]) => [id, summarize(v)])),
    filterChangeOne: Object.fromEntries(
      Object.entries(filterOne).map(([id, v]) => [id, summarize(v)]),
    ),
    filterChange: summarize(filter),
    /** How many toolkits the lab-wide filter change and the link hold (every one). */
    toolkits: toolkitIds.length,
    linkLength: link.length,
    linkInRunningLab: summarize(inLab),
    linkInRunningLabReturning: summarize(inLabReturning),
    wasmSixToolkits,
    reopen: Object.fromEntries(
      Object.entries(reopen).map(([k, v]) => [
        k,
        { firstChart: summarize(v.first), allDrawn: summarize(v.all) },
      ]),
    ),
  };
}
