import * as Comlink from 'comlink';
import { tableFromIPC } from 'apache-arrow';
import { createIngestor } from './ingest/ingest';
import type { IngestLimits } from './ingest/types';
import type { ParquetModule } from './ingest/readers/parquet';
import { ident } from '../sql/quote';
import type { EngineInfo, EngineWorkerApi } from './api';
import type { EngineBindings } from './bindings';
import { createEngineCore, type EngineCore } from './core';
import { toErrorInfo } from './errors';

export interface WorkerApiDeps {
  /** Instantiate and open DuckDB; `threads` > 1 may pick the threaded build. */
  open(threads: number): Promise<{
    bindings: EngineBindings;
    bundle: EngineInfo['bundle'];
    threads: number;
    /** DuckDB's wasm memory, where the build lets it be read. */
    memory?: WebAssembly.Memory | null;
  }>;
  parquet(): Promise<ParquetModule>;
  fetch: typeof fetch;
}

/** Run `work`, rethrowing any failure as a plain, cloneable error object (it crosses postMessage). */
async function guarded<T>(work: () => Promise<T>, sql?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toErrorInfo(error, sql);
  }
}

/**
 * The dataset ingestor wired to an engine core (the one wiring, shared with the Node tests). The
 * core may be a promise: downloading and decoding a file need no engine, so a load sent while
 * DuckDB is still starting does that work meanwhile and waits only to insert.
 */
export function createIngestorFor(
  core: EngineCore | Promise<EngineCore>,
  deps: Pick<WorkerApiDeps, 'parquet' | 'fetch'> & { limits?: IngestLimits },
) {
  let parquet: Promise<ParquetModule> | null = null;
  const engine = () => Promise.resolve(core);
  return createIngestor({
    target: {
      insertArrowIPC: async (table, ipc, create) =>
        (await engine()).insertArrowIPC(table, ipc, create),
      exec: async (sql) => (await engine()).exec(sql),
      registerBuffer: async (path, bytes) => (await engine()).registerBuffer(path, bytes),
      dropFile: async (path) => (await engine()).dropFile(path),
      countRows: async (table) =>
        Number(
          tableFromIPC(
            (await (await engine()).query(`SELECT count(*)::DOUBLE AS n FROM ${ident(table)}`)).ipc,
          ).get(0)?.n,
        ),
    },
    parquet: () => (parquet ??= deps.parquet()),
    fetch: deps.fetch,
    ...(deps.limits ? { limits: deps.limits } : {}),
  });
}

/** DuckDB's own count of the memory it holds now (queued behind the queries before it). */
async function bytesInUse(core: EngineCore): Promise<number | null> {
  try {
    const { ipc } = await core.query(
      'SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE AS bytes FROM duckdb_memory()',
    );
    return Number(tableFromIPC(ipc).get(0)?.bytes ?? 0);
  } catch {
    return null; // an older DuckDB without the function: no figure rather than a wrong one
  }
}

/**
 * The engine worker's API: the engine core plus the dataset ingestor, behind plain-object errors
 * and transferred results. The browser worker exposes it with Comlink; tests expose the same API
 * over a MessageChannel with Node bindings.
 */
export function createWorkerApi(deps: WorkerApiDeps): EngineWorkerApi {
  let core: EngineCore | null = null;
  let engineMemory: WebAssembly.Memory | null = null;
  // Known once a load has started the reader: asking for memory must not start it.
  let readerMemory: (() => WebAssembly.Memory) | null = null;
  const parquet = () => {
    const loading = deps.parquet();
    loading.then((module) => (readerMemory = module.wasmMemory ?? null)).catch(() => undefined);
    return loading;
  };
  // Settled by `init`; a load that arrives before (the demo data, sent at once) waits on it.
  let opened!: { resolve: (core: EngineCore) => void; reject: (error: unknown) => void };
  const opening = new Promise<EngineCore>((resolve, reject) => (opened = { resolve, reject }));
  opening.catch(() => undefined);
  const ingestor = createIngestorFor(opening, { ...deps, parquet });

  function requireCore(): EngineCore {
    if (!core) throw new Error('engine not initialized');
    return core;
  }

  return {
    init: (options) =>
      guarded(async () => {
        const started = performance.now();
        try {
          const bindings = await deps.open(options.threads);
          const engine = await createEngineCore(bindings.bindings);
          core = engine;
          engineMemory = bindings.memory ?? null;
          opened.resolve(engine);
          return {
            version: engine.version,
            bundle: bindings.bundle,
            threads: bindings.threads,
            instantiateMs: performance.now() - started,
          };
        } catch (error) {
          opened.reject(error);
          throw error;
        }
      }),
    query: (sql, options) =>
      guarded(async () => {
        const result = await requireCore().query(sql, options);
        return Comlink.transfer(result, [result.ipc.buffer]);
      }, sql),
    exec: (sql) => guarded(() => requireCore().exec(sql), sql),
    memory: async () => ({
      engineBytes: engineMemory?.buffer.byteLength ?? null,
      readerBytes: readerMemory?.().buffer.byteLength ?? null,
      inUseBytes: core ? await bytesInUse(core) : null,
    }),
    cancel: async (id) => Boolean(core?.cancel(id)) || ingestor.cancel(id),
    ingest: (source, options, onProgress) =>
      guarded(() =>
        ingestor.ingest(source, options, (progress) => void onProgress({ ...progress })),
      ),
  };
}
