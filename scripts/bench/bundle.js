// @ts-check
/** What the built lab makes a browser download: initial JS/CSS (gzip) and the wasm files. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * A compressed size: the build's precompressed twin when there is one (what a host serves), else
 * compressed here (brotli at its default, maximal quality takes minutes for DuckDB's 33 MB wasm).
 * @param {string} file @param {'gz' | 'br'} kind
 */
function compressedSize(file, kind) {
  const twin = `${file}.${kind}`;
  if (fs.existsSync(twin)) return fs.statSync(twin).size;
  const bytes = fs.readFileSync(file);
  return kind === 'gz'
    ? zlib.gzipSync(bytes, { level: 9 }).length
    : zlib.brotliCompressSync(bytes).length;
}
/** @param {string} file */
const gzipSize = (file) => compressedSize(file, 'gz');
/** @param {string} file */
const brotliSize = (file) => compressedSize(file, 'br');

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
