// @ts-check
/**
 * The lab's Content-Security-Policy, one source for the `<meta>` the build writes into
 * `index.html` and the header `scripts/serve.js` sends (README gives it for other hosts).
 *
 * - `'wasm-unsafe-eval'`: DuckDB and the Parquet reader compile WebAssembly; no JS `eval`.
 * - `style-src 'unsafe-inline'`: Observable Plot writes an inline `<style>` into every chart.
 *   CSS cannot run script, and images or fonts it names are held to `img-src`/`font-src`.
 * - `img-src`/`media-src`: only the site, `data:` and `blob:` (chart exports): a note or any other
 *   shared text that slipped an `<img>`, `<video poster>` or `background` past the sanitizer still
 *   cannot make the browser call its author's server.
 * - `connect-src https:`: datasets by URL, which the user approves in review first (the engine's
 *   own SQL cannot reach the network at all: see the lockdown).
 * - `worker-src blob:`: DuckDB-WASM may start its worker from a blob URL.
 * The header adds `frame-ancestors 'none'` (a `<meta>` policy cannot carry it).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self'",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
];

/** For `<meta http-equiv="Content-Security-Policy">`. */
export const META_POLICY = DIRECTIVES.join('; ');

/** For the `Content-Security-Policy` response header. */
export const HEADER_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * Vite plugin: the built `index.html` carries the policy as its first `<head>` element (the dev
 * server does not: its hot reload needs inline script).
 * @returns {import('vite').Plugin}
 */
export function contentSecurityPolicyPlugin() {
  return {
    name: 'ecology-lab-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
