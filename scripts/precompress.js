// @ts-check
/**
 * A Vite build plugin that writes `.br` and `.gz` beside every compressible file of `dist/`, so a
 * static host (nginx `gzip_static`/`brotli_static`, sirv, most CDNs) serves DuckDB's 34 MB wasm as
 * ~6 MB without compressing on each request. Large files use brotli quality 7 (2 s for the wasm,
 * within 2% of quality 11), small ones quality 11.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|wasm|txt|md|csv)$/;

/** @param {string} dir @returns {Generator<string>} */
function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

/** Compress every file of a folder; returns how many were written. @param {string} dir */
export function precompress(dir) {
  let count = 0;
  for (const file of files(dir)) {
    const bytes = fs.readFileSync(file);
    if (bytes.length < 1024) continue;
    const quality = bytes.length > 1_000_000 ? 7 : 11;
    const brotli = zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality },
    });
    const gzip = zlib.gzipSync(bytes, { level: 9 });
    // Keep a variant only when it is really smaller (images and Parquet are compressed already).
    if (brotli.length < bytes.length * 0.9) fs.writeFileSync(`${file}.br`, brotli);
    if (gzip.length < bytes.length * 0.9) fs.writeFileSync(`${file}.gz`, gzip);
    count++;
  }
  return count;
}

/**
 * `vite build --mode serve-here` (what `npm start` runs) skips it: serving on this machine gains nothing
 * from it, and it takes about a minute on a slow laptop. Otherwise it says what it does and how
 * long it took, so a long build is not a silent one.
 * @returns {import('vite').Plugin}
 */
export function precompressPlugin() {
  /** @type {string} */
  let outDir = 'dist';
  let skip = false;
  return {
    name: 'ecology-lab-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      skip = config.mode === 'serve-here';
    },
    closeBundle() {
      if (skip) return;
      const started = Date.now();
      console.log('Writing .br and .gz beside dist/ files for static hosts…');
      const count = precompress(outDir);
      console.log(`…${count} files compressed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    },
  };
}
