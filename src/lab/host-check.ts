/**
 * The host check (站点自检): what the lab needs from the server it is served from, judged from
 * what the page saw (headers of the engine's wasm, of a range request, of the page itself). Each
 * finding says what happens without it and how a host fixes it (messages `host.<id>.*`). Pure:
 * the UI fetches, this judges.
 */

export interface HostProbe {
  wasm: { status: number; type: string; encoding: string; cacheControl: string } | null;
  /** A range request for the first bytes of a data file. */
  range: { status: number; contentRange: string } | null;
  page: { cacheControl: string; csp: string };
  /** The page carries the lab's policy as a meta element (the build puts it there). */
  metaCsp: boolean;
  isolated: boolean;
  secure: boolean;
  /** The scope of the active service worker that keeps the lab offline, if one is active. */
  offlineScope: string | null;
  /** The page's own address, which that scope must cover. */
  pageUrl: string;
}

export type HostStatus = 'ok' | 'fail' | 'info';

export interface HostFinding {
  id: 'wasm-type' | 'compressed' | 'range' | 'cache' | 'csp' | 'secure' | 'offline' | 'threads';
  status: HostStatus;
  /** What was seen (a header's value), for the message. */
  seen: string;
}

const immutable = (cacheControl: string) =>
  /immutable/i.test(cacheControl) ||
  Number(/max-age=(\d+)/i.exec(cacheControl)?.[1] ?? 0) >= 86_400;

export function judgeHost(probe: HostProbe): HostFinding[] {
  const wasm = probe.wasm;
  const findings: HostFinding[] = [
    {
      id: 'wasm-type',
      status: wasm && /^application\/wasm/i.test(wasm.type) ? 'ok' : 'fail',
      seen: wasm ? wasm.type || '—' : String(null),
    },
    {
      id: 'compressed',
      status: wasm && /\b(br|gzip)\b/i.test(wasm.encoding) ? 'ok' : 'fail',
      seen: wasm?.encoding || '—',
    },
    {
      id: 'range',
      status:
        probe.range?.status === 206 && /^bytes 0-/.test(probe.range.contentRange) ? 'ok' : 'fail',
      seen: probe.range ? String(probe.range.status) : '—',
    },
    {
      // Hashed files may be kept a year; the page itself must be asked for again (a new version).
      id: 'cache',
      status:
        wasm && immutable(wasm.cacheControl) && !/immutable/i.test(probe.page.cacheControl)
          ? 'ok'
          : 'fail',
      seen: `${wasm?.cacheControl || '—'} / ${probe.page.cacheControl || '—'}`,
    },
    {
      id: 'csp',
      status: probe.page.csp ? 'ok' : 'fail',
      seen: probe.page.csp ? 'header' : probe.metaCsp ? 'meta' : '—',
    },
    { id: 'secure', status: probe.secure ? 'ok' : 'fail', seen: probe.secure ? 'yes' : 'no' },
    {
      id: 'offline',
      status: probe.offlineScope && probe.pageUrl.startsWith(probe.offlineScope) ? 'ok' : 'fail',
      seen: probe.offlineScope ?? '—',
    },
    { id: 'threads', status: probe.isolated ? 'ok' : 'info', seen: probe.isolated ? 'yes' : 'no' },
  ];
  return findings;
}
