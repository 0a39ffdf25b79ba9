/** The host check's judgement of what the page saw, on a good host and on a plain one. */
import { describe, expect, it } from 'vitest';
import { judgeHost, type HostProbe } from '../../../src/lab/host-check';

const good: HostProbe = {
  wasm: {
    status: 200,
    type: 'application/wasm',
    encoding: 'br',
    cacheControl: 'public, max-age=31536000, immutable',
  },
  range: { status: 206, contentRange: 'bytes 0-15/251655' },
  page: { cacheControl: '', csp: "default-src 'self'" },
  metaCsp: true,
  isolated: false,
  secure: true,
  offlineScope: 'https://lab.example/tools/',
  pageUrl: 'https://lab.example/tools/?demo=off',
};

const status = (probe: HostProbe) =>
  Object.fromEntries(judgeHost(probe).map((f) => [f.id, f.status]));

describe('the host check', () => {
  it('passes a host that serves the lab as it should (threads optional)', () => {
    expect(status(good)).toEqual({
      'wasm-type': 'ok',
      compressed: 'ok',
      range: 'ok',
      cache: 'ok',
      csp: 'ok',
      secure: 'ok',
      offline: 'ok',
      threads: 'info',
    });
  });

  it('names what a plain server gets wrong', () => {
    const plain: HostProbe = {
      ...good,
      wasm: { status: 200, type: 'application/octet-stream', encoding: '', cacheControl: '' },
      range: { status: 200, contentRange: '' },
      page: { cacheControl: 'max-age=31536000, immutable', csp: '' },
      secure: false,
      isolated: true,
      offlineScope: null,
    };
    expect(status(plain)).toEqual({
      'wasm-type': 'fail',
      compressed: 'fail',
      range: 'fail',
      cache: 'fail',
      csp: 'fail',
      secure: 'fail',
      offline: 'fail',
      threads: 'ok',
    });
    expect(judgeHost(plain).find((f) => f.id === 'csp')?.seen).toBe('meta');
  });

  it('does not count a service worker whose scope leaves the page out', () => {
    const elsewhere = { ...good, offlineScope: 'https://lab.example/other/' };
    expect(status(elsewhere).offline).toBe('fail');
  });
});
