// @ts-check
/**
 * Serves the built lab (`dist/`) as any static host would: real 404s (unlike `vite preview`),
 * precompressed `.br`/`.gz` files when present, range requests. `--isolate` adds COOP/COEP so the
 * page is cross-origin isolated and DuckDB runs threads. Used by `npm start`, the browser tests
 * and the benchmark.
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { HEADER_POLICY } from './csp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ dir?: string, port?: number, host?: string, isolate?: boolean, basePath?: string, dataDir?: string, wasmType?: string }} [options]
 *   `dataDir` serves `data/` from another folder (the benchmark's standard and stress presets);
 *   `wasmType` is the Content-Type of `.wasm` files (a test plays a host that gets it wrong).
 * @returns {Promise<{ url: string, close: () => Promise<void>, server: http.Server }>}
 */
export function startServer(options = {}) {
  const dir = options.dir ?? path.join(root, 'dist');
  const basePath = (options.basePath ?? '/').replace(/\/?$/, '/');
  const serve = sirv(dir, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      if (options.isolate) {
        res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
        res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
      }
      if (pathname.endsWith('.wasm'))
        res.setHeader('Content-Type', options.wasmType ?? 'application/wasm');
      if (pathname.includes('/assets/'))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Every response, workers' scripts included: a worker takes its policy from its own response.
      res.setHeader('Content-Security-Policy', HEADER_POLICY);
      res.setHeader('Referrer-Policy', 'no-referrer');
    },
  });
  const serveData = options.dataDir ? sirv(options.dataDir, { dev: false, etag: true }) : null;
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const notFound = () => {
      res.statusCode = 404;
      res.end('Not found');
    };
    if (!url.startsWith(basePath)) return notFound();
    req.url = '/' + url.slice(basePath.length);
    if (serveData && req.url.startsWith('/data/')) {
      req.url = req.url.slice('/data'.length);
      return serveData(req, res, notFound);
    }
    serve(req, res, notFound);
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://${options.host ?? '127.0.0.1'}:${address.port}${basePath}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (/** @type {string} */ name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const { url } = await startServer({
    port: Number(flag('--port') ?? process.env.PORT ?? 5173),
    host: flag('--host') ?? '127.0.0.1',
    isolate: args.includes('--isolate') || process.env.LAB_ISOLATE === '1',
  });
  console.log(`Ecology Lab is running at ${url}  (Ctrl+C to stop)`);
}
