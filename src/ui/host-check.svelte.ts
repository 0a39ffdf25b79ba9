/** Probing the host the lab is served from (same-origin requests only), then judging it. */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { demoUrl, isDemoManifest } from '../data/demo';
import { judgeHost, type HostFinding, type HostProbe } from '../lab/host-check';

export const hostCheck = $state<{ running: boolean; findings: HostFinding[] }>({
  running: false,
  findings: [],
});

const header = (response: Response | null, name: string) => response?.headers.get(name) ?? '';

/**
 * The offline service worker's scope once it is active (it registers after the engine starts, so
 * a check made right away waits a little for it).
 */
async function offlineScope(): Promise<string | null> {
  if (!('serviceWorker' in navigator)) return null;
  const active = navigator.serviceWorker.ready.then((registration) => registration.scope);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000));
  return Promise.race([active, timeout]);
}

/**
 * A query string the service worker's precache does not know: the request reaches the host, so
 * the check judges the host, not the copy kept in this browser.
 */
const fromHost = (url: string) => `${url}${url.includes('?') ? '&' : '?'}host-check`;

async function probe(): Promise<HostProbe> {
  const wasm = await fetch(ehWasm, { method: 'HEAD', cache: 'no-store' }).catch(() => null);
  const manifest = (await fetch(demoUrl('manifest.json'), { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null)) as unknown;
  const file = isDemoManifest(manifest) ? manifest.tables[0]?.file : undefined;
  const range = file
    ? await fetch(fromHost(demoUrl(file)), {
        headers: { Range: 'bytes=0-15' },
        cache: 'no-store',
      }).catch(() => null)
    : null;
  const page = await fetch(fromHost(location.pathname), { cache: 'no-store' }).catch(() => null);
  return {
    wasm: wasm
      ? {
          status: wasm.status,
          type: header(wasm, 'content-type'),
          encoding: header(wasm, 'content-encoding'),
          cacheControl: header(wasm, 'cache-control'),
        }
      : null,
    range: range ? { status: range.status, contentRange: header(range, 'content-range') } : null,
    page: {
      cacheControl: header(page, 'cache-control'),
      csp: header(page, 'content-security-policy'),
    },
    metaCsp: document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null,
    isolated: globalThis.crossOriginIsolated === true,
    secure: globalThis.isSecureContext === true,
    offlineScope: await offlineScope(),
    pageUrl: location.href,
  };
}

export async function runHostCheck(): Promise<void> {
  hostCheck.running = true;
  try {
    hostCheck.findings = judgeHost(await probe());
  } finally {
    hostCheck.running = false;
  }
}
