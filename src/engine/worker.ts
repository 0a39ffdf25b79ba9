/// <reference lib="webworker" />
/**
 * The engine worker: owns DuckDB-WASM and the dataset readers. Everything (wasm, workers) is
 * served by the site itself. Without cross-origin isolation the blocking `eh` build runs right
 * here (no nested worker); with it, the threaded `coi` build runs in a nested worker.
 */
import * as Comlink from 'comlink';
import { BROWSER_RUNTIME, createDuckDB, VoidLogger } from 'duckdb-wasm-browser-blocking';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { ParquetModule } from '../data/readers/parquet';
import { fromBlocking } from './bindings';
import { createWorkerApi } from './worker-api';

async function loadParquet(): Promise<ParquetModule> {
  const [module, wasm] = await Promise.all([
    import('parquet-wasm/esm'),
    import('parquet-wasm/esm/parquet_wasm_bg.wasm?url'),
  ]);
  await module.default({ module_or_path: wasm.default });
  return module as unknown as ParquetModule;
}

// The Parquet reader is compiled while DuckDB starts: the first dataset is nearly always Parquet.
const parquet = loadParquet();
parquet.catch(() => undefined);

Comlink.expose(
  createWorkerApi({
    async open(threads) {
      if (globalThis.crossOriginIsolated && threads > 1) {
        const threaded = await import('./threaded');
        return { bindings: await threaded.openThreaded(threads), bundle: 'coi', threads };
      }
      const bundle = { mainModule: ehWasm, mainWorker: '' };
      const db = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), BROWSER_RUNTIME);
      await db.instantiate(() => {});
      db.open({});
      return { bindings: fromBlocking(db), bundle: 'eh', threads: 1 };
    },
    parquet: () => parquet,
    fetch: (input, init) => fetch(input, init),
  }),
);
