/**
 * The lab offline: after a first visit its service worker keeps the site, so with the network cut
 * (the browser offline and the server gone) a reload opens the lab under its security policy, the
 * demo toolkit draws and a kept local file is back. A new deployment is announced and taken only
 * when the user reloads. Each test serves its own copy of the built site, which it can stop and
 * change as a host would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startServer } from '../../scripts/serve.js';
import { injectInlineScript, loadedTable, openLab, waitForDemo } from './support';

const DIST = path.resolve(import.meta.dirname, '../../dist');
let site = '';

beforeAll(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-site-'));
  // The precompressed twins are left out: the copy is what any plain host serves.
  fs.cpSync(DIST, site, { recursive: true, filter: (file) => !/\.(br|gz)$/.test(file) });
});
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

type Server = Awaited<ReturnType<typeof startServer>>;

async function serve(port?: number): Promise<Server> {
  const server = await startServer({ dir: site, basePath: '/lab/', port });
  onTestFinished(() => stop(server));
  return server;
}

/** The host goes away, keep-alive connections included. */
async function stop(server: Server): Promise<void> {
  server.server.closeAllConnections();
  await server.close();
}

/** The first visit's worker has kept the lab (the user is told). */
async function keptForOffline(page: Page): Promise<void> {
  await page.getByText('已可离线使用', { exact: false }).waitFor({ timeout: 60_000 });
}

describe('the lab offline', () => {
  it('precaches the single-threaded engine, the Parquet reader and the demo, not the threaded build or the twins', () => {
    const worker = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const urls = [...worker.matchAll(/url:"([^"]+)",revision:/g)].map((m) => m[1] ?? '');
    const has = (pattern: RegExp) => urls.some((url) => pattern.test(url));
    expect(has(/^index\.html$/)).toBe(true);
    expect(has(/^assets\/duckdb-eh-.+\.wasm$/)).toBe(true);
    expect(has(/^assets\/parquet_wasm_bg-.+\.wasm$/)).toBe(true);
    for (const file of fs.readdirSync(path.join(DIST, 'data')).filter((f) => !/\.(br|gz)$/.test(f)))
      expect(urls).toContain(`data/${file}`);
    expect(urls.filter((url) => /coi|threaded-|bench|\.(br|gz)$/.test(url))).toEqual([]);
    // The 34 MB wasm is in because the limit was set for it, not by Workbox's default.
    expect(
      fs.statSync(
        path.join(
          DIST,
          urls.find((u) => /duckdb-eh-.+\.wasm$/.test(u))!,
        ),
      ).size,
    ).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('reopens without a network: the demo toolkit draws and a kept local file is back', async () => {
    const server = await serve();
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-offline-'));
    onTestFinished(() => fs.rmSync(profile, { recursive: true, force: true }));
    const lab = await openLab({ url: server.url, profile, serviceWorkers: 'allow' });
    const { page, context } = lab;
    await waitForDemo(page);
    await page.getByRole('tab', { name: '我的数据' }).click();
    await page.getByRole('checkbox', { name: '在此浏览器中保留我加载的文件' }).check();
    await page.getByRole('tab', { name: '实验室' }).click();
    await page.getByLabel('添加文件').setInputFiles([
      {
        name: 'store_targets.parquet',
        mimeType: 'application/octet-stream',
        buffer: fs.readFileSync(path.join(DIST, 'data/targets.parquet')),
      },
    ]);
    await loadedTable(page, 'store_targets', 328).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '我的数据' }).click();
    await page.getByText('已保留 1 个文件', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: '实验室' }).click();
    await keptForOffline(page);
    // Installable as an app: the browser finds nothing missing in its manifest, icons or worker.
    const devtools = await context.newCDPSession(page);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    // The network is cut: the browser is offline and the host is gone.
    await context.setOffline(true);
    await stop(server);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await injectInlineScript(page)).toEqual({ ran: false, violated: 'script-src-elem' });

    await waitForDemo(page);
    await loadedTable(page, 'store_targets', 328).waitFor({ timeout: 60_000 });
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: '生意增长概览' });
    await page
      .getByRole('region', { name: '生意增长概览' })
      .getByRole('article', { name: '核心指标' })
      .locator('svg, table')
      .first()
      .waitFor({ timeout: 60_000 });
    expect(lab.errors).toEqual([]);
  });

  it('announces a new deployment and takes it only when the user reloads', async () => {
    const first = await serve();
    const { page } = await openLab({ url: first.url, serviceWorkers: 'allow' });
    await keptForOffline(page);

    // A new deployment: another page, so the service worker's precache list changes with it.
    await stop(first);
    const page_ = path.join(site, 'index.html');
    fs.writeFileSync(
      page_,
      fs
        .readFileSync(page_, 'utf8')
        .replace('<head>', '<head>\n    <meta name="lab-build" content="next" />'),
    );
    const worker = path.join(site, 'sw.js');
    const before = fs.readFileSync(worker, 'utf8');
    const after = before.replace(/(url:"index\.html",revision:")[^"]+/, '$1next');
    expect(after).not.toBe(before);
    fs.writeFileSync(worker, after);
    await serve(Number(new URL(first.url).port));

    // The next visit still runs the version it was given, and says a new one is ready.
    await page.reload();
    await page.evaluate(() => ((window as { session?: string }).session = 'open'));
    const notice = page.getByRole('status').filter({ hasText: '实验室有新版本' });
    await notice.waitFor({ timeout: 60_000 });
    expect(await page.locator('meta[name="lab-build"]').count()).toBe(0);
    // Nothing reloads under the user: the page is the same one.
    expect(await page.evaluate(() => (window as { session?: string }).session)).toBe('open');

    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: '重新加载' }).click(),
    ]);
    await page.locator('meta[name="lab-build"][content="next"]').waitFor({ state: 'attached' });
    expect(await notice.count()).toBe(0);
  });
});
