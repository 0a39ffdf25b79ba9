/**
 * The threaded DuckDB-WASM build (`coi`), used only when the page is cross-origin isolated. It runs
 * in a nested worker with pthread workers; thread count = cores (the default 4 on 2 cores was 3×
 * slower, engine-notes). Loaded lazily so the common single-thread path does not pay for it.
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import coiWasm from '@duckdb/duckdb-wasm/dist/duckdb-coi.wasm?url';
import coiWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.worker.js?url';
import coiPthread from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.pthread.worker.js?url';
import { fromAsync, type EngineBindings } from './bindings';

export async function openThreaded(threads: number): Promise<EngineBindings> {
  const worker = new Worker(coiWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(coiWasm, coiPthread);
  await db.open({ maximumThreads: threads });
  return fromAsync(db);
}
