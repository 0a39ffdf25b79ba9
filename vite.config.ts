import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { precompressPlugin } from './scripts/precompress.js';
import { contentSecurityPolicyPlugin } from './scripts/csp.js';
import { offlinePlugin } from './scripts/offline.js';
import { defineConfig } from 'vitest/config';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The lab version every export's provenance names: package version + commit when built from git. */
function labVersion(): string {
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: 'pipe' });
    return `${version}+${commit.toString().trim()}`;
  } catch {
    return String(version);
  }
}

/** COOP/COEP make the page cross-origin isolated, which lets DuckDB use threads (opt-in). */
const isolationHeaders =
  process.env.LAB_ISOLATE === '1'
    ? {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      }
    : {};

export default defineConfig({
  // Relative base: the built lab works from any sub-folder of any static host.
  base: './',
  define: { __LAB_VERSION__: JSON.stringify(labVersion()) },
  plugins: [svelte(), contentSecurityPolicyPlugin(), offlinePlugin(), precompressPlugin()],
  resolve: {
    alias: {
      // The package exports its browser blocking build only under conditions Rolldown does not pick
      // for workers; the engine worker imports it by this name (Node tests use the package's own).
      'duckdb-wasm-browser-blocking': fileURLToPath(
        new URL(
          './node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs',
          import.meta.url,
        ),
      ),
    },
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  build: {
    target: 'es2022',
    rolldownOptions: {
      // DuckDB-WASM's Emscripten glue contains direct `eval` in fallbacks the lab never reaches.
      // It is safe to silence: the lab's Content-Security-Policy has no 'unsafe-eval', so such a
      // path could only fail loudly, never run code (see scripts/csp.js).
      // The precompression plugin runs after the bundle on purpose; its time is reported by itself.
      checks: { pluginTimings: false },
      onLog(level, log, handler) {
        if (log.code === 'EVAL' && log.id?.includes('@duckdb/duckdb-wasm')) return;
        handler(level, log);
      },
      // The lab, and the benchmark page that times its engine against raw DuckDB-WASM.
      input: { main: 'index.html', bench: 'bench/index.html' },
    },
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  test: {
    include: [
      'src/**/*.test.ts',
      'panels/**/*.test.ts',
      'toolkits/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'scripts/**/*.test.js',
    ],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
