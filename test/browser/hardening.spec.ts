import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyLabState } from '../../src/state/lab-state';
import { encodeLabFile } from '../../src/state/lab-file';
import { encodeLabFragment } from '../../src/state/link';
import { openLab } from './support';

/** A second origin that records every request it receives, as the probe's attacker server did. */
let recorder: http.Server;
let recorded: string[] = [];
let attacker = '';

beforeAll(async () => {
  recorder = http.createServer((req, res) => {
    recorded.push(req.url ?? '');
    res.end('');
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  attacker = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => recorder.close(() => resolve())));

/** A note with every tag the probe found fetching on open, each at its own recorder path. */
function hostileLab() {
  const state = emptyLabState();
  const text = [
    '# 备注',
    `<video poster="${attacker}/video-poster" src="${attacker}/video-src"></video>`,
    `<audio src="${attacker}/audio"></audio>`,
    `<video><source src="${attacker}/source"></video>`,
    `<input type="image" src="${attacker}/input-image">`,
    `<table background="${attacker}/table"><tr><td background="${attacker}/td">单元格</td></tr></table>`,
    `<img src="${attacker}/img"> ![x](${attacker}/markdown-image)`,
    '',
    '结尾文字',
  ].join('\n');
  state.panels = [
    { key: 'n', panel: 'note', version: 1, params: { text }, width: 2, section: null },
  ];
  return state;
}

/** Requests that left the lab's origin (the page, its workers, anything they started). */
function offOrigin(requests: string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return requests.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
}

describe('nothing leaves the page before review', () => {
  it('opens a link whose note carries media and background tags without a single outside request', async () => {
    recorded = [];
    const lab = await openLab({ hash: `#${await encodeLabFragment(hostileLab())}` });
    const { page } = lab;
    const dialog = page.getByRole('dialog', { name: '运行前请审阅此实验室' });
    await dialog.getByText(`${attacker}/video-poster`).waitFor();
    expect(recorded).toEqual([]);
    expect(offOrigin(lab.requests, lab.baseUrl)).toEqual([]);

    // Approved, the note shows its text, and still nothing is requested from the recorder.
    await dialog.getByRole('button', { name: '运行此实验室' }).click();
    await page.getByRole('article', { name: '笔记' }).getByText('结尾文字').waitFor();
    await page.waitForLoadState('networkidle');
    expect(recorded).toEqual([]);
    expect(offOrigin(lab.requests, lab.baseUrl)).toEqual([]);
  });

  it('opens the same note from a .lab.json file without an outside request, and declined addresses are plain text', async () => {
    recorded = [];
    const lab = await openLab({ hash: '' });
    const { page } = lab;
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '打开 .lab.json' }).click(),
    ]);
    await chooser.setFiles([
      {
        name: 'hostile.lab.json',
        mimeType: 'application/json',
        buffer: Buffer.from(encodeLabFile(hostileLab())),
      },
    ]);
    const dialog = page.getByRole('dialog', { name: '运行前请审阅此实验室' });
    await dialog.getByText(`${attacker}/audio`).waitFor();
    await dialog.getByRole('button', { name: '不运行这些内容，直接打开' }).click();
    const note = page.getByRole('article', { name: '笔记' });
    await note.getByText('结尾文字').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await note.getByRole('link').count()).toBe(0);
    expect(recorded).toEqual([]);
    expect(offOrigin(lab.requests, lab.baseUrl)).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  it('is sent as a header and a meta element, and blocks an injected inline script', async () => {
    const lab = await openLab({ hash: '' });
    const response = await fetch(lab.baseUrl);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("default-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
    const meta = await lab.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toContain("img-src 'self' data: blob:");

    const outcome = await lab.page.evaluate(
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
    expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
    expect(lab.errors).toEqual([]);
  });
});
