/**
 * The host check (站点自检) judged against the project's own server (everything right, threads
 * optional) and against a plain static server: .wasm as octet-stream, no range requests, nothing
 * precompressed, no cache or policy headers.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openLab } from './support';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** A server that sends files whole, with a content type for the page's own code only. */
function plainServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(DIST, name.endsWith('/') ? `${name}index.html` : name);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/**
 * Each finding's name → its verdict, as the page says them, once the lab's service worker has
 * kept it for offline use (the user is told).
 */
async function findings(page: Page): Promise<Record<string, string>> {
  await page.getByText('已可离线使用', { exact: false }).waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: '我的数据' }).click();
  await page.getByRole('button', { name: '站点自检' }).click();
  await page.getByRole('button', { name: '检查此站点' }).click();
  const items = page.getByRole('region', { name: /站点自检/ }).getByRole('listitem');
  await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(8);
  const out: Record<string, string> = {};
  for (const item of await items.all())
    out[(await item.locator('strong').textContent()) ?? ''] =
      (await item.locator('.mark').getAttribute('aria-label')) ?? '';
  return out;
}

describe('the host check', () => {
  it("passes the project's own server, threads optional", async () => {
    const { page, errors } = await openLab({
      url: `${inject('baseUrl')}?demo=off`,
      serviceWorkers: 'allow',
    });
    expect(await findings(page)).toEqual({
      'WebAssembly 以 application/wasm 类型提供': '正常',
      提供预压缩文件: '正常',
      '范围请求（Range）': '正常',
      缓存头: '正常',
      '内容安全策略（Content-Security-Policy）响应头': '正常',
      '安全上下文（HTTPS）': '正常',
      '离线使用（Service Worker）': '正常',
      '跨源隔离（多线程）': '可选',
    });
    expect(errors).toEqual([]);
  });

  it('names what a plain server gets wrong, each with its fix', async () => {
    const server = await plainServer();
    try {
      const { page } = await openLab({ url: `${server.url}?demo=off`, serviceWorkers: 'allow' });
      expect(await findings(page)).toEqual({
        'WebAssembly 以 application/wasm 类型提供': '需修正',
        提供预压缩文件: '需修正',
        '范围请求（Range）': '需修正',
        缓存头: '需修正',
        '内容安全策略（Content-Security-Policy）响应头': '需修正',
        '安全上下文（HTTPS）': '正常',
        '离线使用（Service Worker）': '正常',
        '跨源隔离（多线程）': '可选',
      });
      await page.getByText('mime.types', { exact: false }).waitFor();
      await page.getByText('brotli_static on', { exact: false }).waitFor();
    } finally {
      await server.close();
    }
  });
});
