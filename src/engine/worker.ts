/// <reference lib="webworker" />
/**
 * The engine worker: owns DuckDB-WASM and the dataset readers. Everything (wasm, workers) is
 * served by the site itself. Without cross-origin isolation the blocking `eh` build runs right
 * here (no nested worker); with it, the threaded `coi` build runs in a nested worker.
 */
import * as Comlink from 'comlink';
import { BROWSER_RUNTIME, createDuckDB, VoidLogger } from 'duckdb-wasm-browser-blocking';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { tableFromIPC } from 'apache-arrow';
import { createIngestor } from '../data/ingest';
import type { ParquetModule } from '../data/readers/parquet';
import { ident } from '../sql/quote';
import type { EngineInfo, EngineWorkerApi } from './api';
import { fromBlocking, type EngineBindings } from './bindings';
import { createEngineCore, type EngineCore } from './core';
import { toErrorInfo } from './errors';

let core: EngineCore | null = null;
let ingestor: ReturnType<typeof createIngestor> | null = null;

async function loadParquet(): Promise<ParquetModule> {
  const [module, wasm] = await Promise.all([
    import('parquet-wasm/esm'),
    import('parquet-wasm/esm/parquet_wasm_bg.wasm?url'),
  ]);
  await module.default({ module_or_path: wasm.default });
  return module as unknown as ParquetModule;
}
let parquet: Promise<ParquetModule> | null = null;

async function openBindings(
  threads: number,
): Promise<{ bindings: EngineBindings; bundle: EngineInfo['bundle']; threads: number }> {
  if (globalThis.crossOriginIsolated && threads > 1) {
    const threaded = await import('./threaded');
    return { bindings: await threaded.openThreaded(threads), bundle: 'coi', threads };
  }
  const bundle = { mainModule: ehWasm, mainWorker: '' };
  const db = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), BROWSER_RUNTIME);
  await db.instantiate(() => {});
  db.open({});
  return { bindings: fromBlocking(db), bundle: 'eh', threads: 1 };
}

function requireCore(): EngineCore {
  if (!core) throw new Error('engine not initialized');
  return core;
}

/** Run `work`, rethrowing any failure as a plain, cloneable error object. */
async function guarded<T>(work: () => Promise<T>, sql?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toErrorInfo(error, sql);
  }
}

const api: EngineWorkerApi = {
  init: (options) =>
    guarded(async () => {
      const started = performance.now();
      const opened = await openBindings(options.threads);
      core = await createEngineCore(opened.bindings);
      const engine = core;
      ingestor = createIngestor({
        target: {
          insertArrowIPC: (table, ipc, create) => engine.insertArrowIPC(table, ipc, create),
          exec: (sql) => engine.exec(sql),
          registerBuffer: (path, bytes) => engine.registerBuffer(path, bytes),
          dropFile: (path) => engine.dropFile(path),
          countRows: async (table) =>
            Number(
              tableFromIPC(
                (await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${ident(table)}`)).ipc,
              ).get(0)?.n,
            ),
        },
        parquet: () => (parquet ??= loadParquet()),
        fetch: (input, init) => fetch(input, init),
      });
      return {
        version: core.version,
        bundle: opened.bundle,
        threads: opened.threads,
        instantiateMs: performance.now() - started,
      };
    }),
  query: (sql, options) =>
    guarded(async () => {
      const result = await requireCore().query(sql, options);
      return Comlink.transfer(result, [result.ipc.buffer]);
    }, sql),
  exec: (sql) => guarded(() => requireCore().exec(sql), sql),
  cancel: async (id) => Boolean(core?.cancel(id)) || Boolean(ingestor?.cancel(id)),
  ingest: (source, options, onProgress) =>
    guarded(async () => {
      if (!ingestor) throw new Error('engine not initialized');
      return ingestor.ingest(source, options, (progress) => void onProgress({ ...progress }));
    }),
};

Comlink.expose(api);
