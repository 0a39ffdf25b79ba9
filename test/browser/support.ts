/** Launching Debian's Chromium for browser tests, with a fresh profile and a request log. */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';
import type { LabState } from '../../src/state/lab-state';
import { decodeLabFragment } from '../../src/state/link';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execSync('command -v chromium || command -v chromium-browser', {
    encoding: 'utf8',
  }).trim();
}

export interface Lab {
  context: BrowserContext;
  page: Page;
  /** Every URL the page, its workers and nested workers requested. */
  requests: string[];
  errors: string[];
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Open the lab in a fresh browser profile (or the caller's). By default as a user who has been
 * here before and picks the 实验室 tab (the demo lab of a first visit is not given again); with
 * `firstVisit`, as a newcomer on the first screen. An English `locale` is the user's choice of
 * English in the lab (the lab opens in Chinese whatever the browser's language otherwise).
 */
export async function openLab(
  options: {
    locale?: string;
    hash?: string;
    profile?: string;
    url?: string;
    firstVisit?: boolean;
    /**
     * The lab's offline service worker. Blocked unless a test is about it: its precache would
     * download the whole site beside every test, and requests it answers bypass `page.route`.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Lab> {
  const baseUrl = options.url ?? inject('baseUrl');
  // A profile made here is removed with the browser; one the caller passes is the caller's.
  const ownProfile = options.profile === undefined;
  const profile = options.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lab-profile-'));
  const removeProfile = () => {
    if (ownProfile) fs.rmSync(profile, { recursive: true, force: true });
  };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1280, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  if (!options.firstVisit) {
    const english = (options.locale ?? 'zh-CN').startsWith('en');
    await context.addInitScript((english: boolean) => {
      localStorage.setItem('ecology-lab.welcomed', '1');
      if (english && !localStorage.getItem('ecology-lab.locale'))
        localStorage.setItem('ecology-lab.locale', 'en');
    }, english);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => errors.push(error.message));
  // The browser closes when the test ends; a failing test first leaves a screenshot of what the
  // user saw in test-results/ (gitignored).
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') {
      fs.mkdirSync('test-results', { recursive: true });
      const file = path.join(
        'test-results',
        `${task.name.replace(/[^\w]+/g, '-').slice(0, 80)}.png`,
      );
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    }
    await context.close().catch(() => undefined);
    removeProfile();
  });
  await page.goto(baseUrl + (options.hash ?? ''));
  // A link opens in the lab already (and its review dialog may be up, making the tabs inert).
  if (!options.firstVisit && !`${options.url ?? ''}${options.hash ?? ''}`.includes('#'))
    await page.getByRole('tab', { name: /^(实验室|Lab)$/ }).click();
  return {
    context,
    page,
    requests,
    errors,
    baseUrl,
    close: async () => {
      await context.close();
      removeProfile();
    },
  };
}

/**
 * Inject an inline script into the page as an attacker's markup would: whether it ran, and which
 * directive of the Content-Security-Policy stopped it.
 */
export function injectInlineScript(page: Page): Promise<{ ran: boolean; violated: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve({
            ran: Boolean((window as { injected?: boolean }).injected),
            violated: event.violatedDirective,
          }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.head.append(script);
      }),
  );
}

/** Nothing may leave the page's origin (data: and blob: URLs stay in the browser). */
export function expectSameOrigin(lab: Lab): void {
  const origin = new URL(lab.baseUrl).origin;
  const outside = lab.requests.filter(
    (url) => !url.startsWith(origin) && !/^(data|blob):/.test(url),
  );
  expect(outside).toEqual([]);
}

/** A catalog entry by table name. */
export function tableItem(page: Page, table: string) {
  return page.getByRole('listitem').filter({ has: page.getByText(table, { exact: true }) });
}

/**
 * A table listed as loaded with `rows` rows: "N 行 · M 列". While loading, the item shows the rows
 * read so far ("… · N 行") before the table can be queried, so the row count alone is no signal.
 */
export function loadedTable(page: Page, table: string, rows: number) {
  return tableItem(page, table).filter({ hasText: new RegExp(`(?<![\\d.,])${rows} 行 · \\d+ 列`) });
}

/** Wait until the demo datasets are loaded (the last one in the manifest is listed with its rows). */
export async function waitForDemo(page: Page): Promise<void> {
  await expect
    .poll(
      async () =>
        page
          .getByRole('listitem')
          .filter({ hasText: /行|rows/ })
          .count(),
      { timeout: 60_000 },
    )
    .toBeGreaterThanOrEqual(12);
}

/**
 * Type SQL and run it. With `view: 'table'` (the default) the result is then shown as a table, as
 * a user looking for values would do; pass `null` when the query is expected to fail or to be
 * cancelled (there is then no result to switch).
 */
export async function runSql(
  page: Page,
  sql: string,
  view: 'table' | null = 'table',
): Promise<void> {
  // Select all and type over it, as a keyboard user would (the editor is CodeMirror).
  const box = page.getByRole('textbox', { name: 'SQL' }).first();
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Escape'); // close a completion popup, if any
  await page
    .getByRole('button', { name: /^(运行|Run)$/ })
    .first()
    .click();
  if (view === 'table') {
    await page
      .getByRole('status')
      .filter({ hasText: /行，用时|rows in/ })
      .waitFor();
    await page
      .getByRole('button', { name: /^(表格|Table)$/ })
      .first()
      .click(); // the query view comes first
  }
}

/**
 * The lab's link once it carries what `carries` looks for. The address bar is written debounced,
 * so a link read as soon as it exists may predate the user's last change.
 */
export async function sharedLink(
  page: Page,
  carries: (state: LabState) => boolean,
): Promise<string> {
  const carried = async () => carries((await decodeLabFragment(new URL(page.url()).hash)).state);
  await expect.poll(carried, { timeout: 10_000 }).toBe(true);
  return page.url();
}

/** Click an export button and read what was downloaded. */
export async function exported(page: Page, panel: Locator, button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: button }).click(),
  ]);
  return fs.readFileSync((await download.path()) as string);
}

/** A PNG's pixel size, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Replace the browser's print dialog (the user's, not the test's) with a counter, from the next
 * page load on; `printed(page)` waits until the lab has asked to print `times` times.
 */
export async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
}

export async function printed(page: Page, times = 1): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { printed: number }).printed === n,
    times,
  );
}
