// @ts-check
/** What the built lab makes a browser download: initial JS/CSS (gzip) and the wasm files. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** @param {string} file */
const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
/** @param {string} file */
const brotliSize = (file) => zlib.brotliCompressSync(fs.readFileSync(file)).length;

/** @param {string} dist */
export function bundleReport(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => /** @type {string} */ (m[1]),
  );
  const initialFiles = initial.map((file) => ({
    file,
    bytes: fs.statSync(path.join(dist, file)).size,
    gzip: gzipSize(path.join(dist, file)),
  }));
  const assets = fs.readdirSync(path.join(dist, 'assets'));
  const wasm = assets
    .filter((f) => f.endsWith('.wasm'))
    .map((file) => {
      const full = path.join(dist, 'assets', file);
      return {
        file,
        bytes: fs.statSync(full).size,
        gzip: gzipSize(full),
        brotli: brotliSize(full),
        precompressed: fs.existsSync(`${full}.br`)
          ? 'br'
          : fs.existsSync(`${full}.gz`)
            ? 'gz'
            : 'no',
      };
    });
  return {
    initialJsCssGzip: initialFiles.reduce((s, f) => s + f.gzip, 0),
    initial: initialFiles,
    wasm,
  };
}
