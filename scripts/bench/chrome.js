// @ts-check
/** Chromium for the benchmark: Debian's binary, a profile folder, and memory sampling from /proc. */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../ensure-chromium.js';
import { peakWasmMemory } from './stats.js';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
];

/** @param {string} profile */
export async function launch(profile) {
  return chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    // The offline service worker would precache the site beside every timed visit (and fetch a
    // preset's data files): the benchmark times the lab and the engine, not that download.
    serviceWorkers: 'block',
  });
}

/** Resident memory (bytes) of the Chromium started on this profile and all its descendants. @param {string} profile */
export function profileRss(profile) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {number[]} */
  const roots = [];
  const rss = new Map();
  for (const entry of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const pid = Number(entry);
      const ppid = Number(
        fs
          .readFileSync(`/proc/${pid}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ')[1],
      );
      (children.get(ppid) ?? children.set(ppid, []).get(ppid))?.push(pid);
      rss.set(
        pid,
        Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) *
          1024,
      );
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`))
        roots.push(pid);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const pid = /** @type {number} */ (stack.pop());
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Sample the profile's memory every 200 ms until stopped; returns the peak. @param {string} profile */
export function samplePeak(profile) {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, profileRss(profile))), 200);
  return () => {
    clearInterval(timer);
    return Math.max(peak, profileRss(profile));
  };
}

/**
 * The lab's wasm memory once it has read it after `since` (ms since navigation): it reads it when
 * the engine has been quiet for a moment after some work. Every reading so far counts.
 * @param {import('playwright-core').Page} page @param {number} since
 */
export async function wasmMemoryAfter(page, since) {
  await page.waitForFunction(
    (t) => performance.getEntriesByName('lab:memory').some((m) => m.startTime > t),
    since,
    { timeout: 60_000 },
  );
  return peakWasmMemory(
    await page.evaluate(() =>
      performance
        .getEntriesByName('lab:memory')
        .map((m) => ({ name: m.name, detail: /** @type {PerformanceMark} */ (m).detail })),
    ),
  );
}
