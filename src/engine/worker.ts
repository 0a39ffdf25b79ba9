/// <reference lib="webworker" />
/**
 * The engine worker: owns DuckDB-WASM and the dataset readers. Everything (wasm, workers) is
 * served by the site itself. Without cross-origin isolation the blocking `eh` build runs right
 * here (no nested worker); with it, the threaded `coi` build runs in a nested worker.
 */
import * as Comlink from 'comlink';
import { BROWSER_RUNTIME, createDuckDB, VoidLogger } from 'duckdb-wasm-browser-blocking';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { ParquetModule } from './ingest/readers/parquet';
import { fromBlocking } from './bindings';
import { instantiateFrom } from './instantiate';
import { createWorkerApi } from './worker-api';

async function loadParquet(): Promise<ParquetModule> {
  const [module, wasm] = await Promise.all([
    import('parquet-wasm/esm'),
    import('parquet-wasm/esm/parquet_wasm_bg.wasm?url'),
  ]);
  await module.default({ module_or_path: wasm.default });
  return module as unknown as ParquetModule;
}

/**
 * Compile DuckDB from the fetched Response itself. duckdb-wasm's own loader pipes the download
 * through a TransformStream to report progress; the Response it builds has no URL, so Chromium
 * cannot keep the compiled code in its code cache and every visit starts DuckDB on freshly
 * baseline-compiled code. Compiled this way, a returning visitor starts on the optimized code
 * Chromium cached (six-toolkit link opened in a running lab, warm profile, median of 4 runs:
 * 1429 → 975 ms). A host that serves .wasm with another Content-Type cannot stream-compile;
 * then the bytes are compiled whole. Failures reject here, where the engine start reports them.
 */
async function compileDuckDB(url: string): Promise<WebAssembly.Module> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`DuckDB's wasm could not be loaded (HTTP ${response.status}).`);
  if (response.headers.get('Content-Type')?.startsWith('application/wasm'))
    return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

// Without cross-origin isolation the single-threaded build is the only choice: its download and
// compile start as the worker does, not a round trip later when the page asks to open DuckDB
// (150 ms of a cold start). The Parquet reader is compiled meanwhile: the first dataset is nearly
// always Parquet.
const singleThreaded = globalThis.crossOriginIsolated ? null : compileDuckDB(ehWasm);
singleThreaded?.catch(() => undefined);
const parquet = loadParquet();
parquet.catch(() => undefined);

Comlink.expose(
  createWorkerApi({
    async open(threads) {
      if (globalThis.crossOriginIsolated && threads > 1) {
        try {
          const threaded = await import('./threaded');
          return { bindings: await threaded.openThreaded(threads), bundle: 'coi', threads };
        } catch {
          // Offline, the threaded build is not there (the service worker keeps only the
          // single-threaded one, see scripts/offline.js): the lab runs on one thread instead.
        }
      }
      const bundle = { mainModule: ehWasm, mainWorker: '' };
      const [db, module] = await Promise.all([
        createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), BROWSER_RUNTIME),
        singleThreaded ?? compileDuckDB(ehWasm),
      ]);
      const memory = await instantiateFrom(db, module, BROWSER_RUNTIME);
      db.open({});
      return { bindings: fromBlocking(db), bundle: 'eh', threads: 1, memory };
    },
    parquet: () => parquet,
    fetch: (input, init) => fetch(input, init),
  }),
);
