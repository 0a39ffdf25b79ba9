import * as Comlink from 'comlink';
import { tableFromIPC } from 'apache-arrow';
import { createIngestor } from '../data/ingest';
import type { IngestLimits } from '../data/ingest-types';
import type { ParquetModule } from '../data/readers/parquet';
import { ident } from '../sql/quote';
import type { EngineInfo, EngineWorkerApi } from './api';
import type { EngineBindings } from './bindings';
import { createEngineCore, type EngineCore } from './core';
import { toErrorInfo } from './errors';

export interface WorkerApiDeps {
  /** Instantiate and open DuckDB; `threads` > 1 may pick the threaded build. */
  open(
    threads: number,
  ): Promise<{ bindings: EngineBindings; bundle: EngineInfo['bundle']; threads: number }>;
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

/** The dataset ingestor wired to an engine core (the one wiring, shared with the Node tests). */
export function createIngestorFor(
  engine: EngineCore,
  deps: Pick<WorkerApiDeps, 'parquet' | 'fetch'> & { limits?: IngestLimits },
) {
  let parquet: Promise<ParquetModule> | null = null;
  return createIngestor({
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
    parquet: () => (parquet ??= deps.parquet()),
    fetch: deps.fetch,
    ...(deps.limits ? { limits: deps.limits } : {}),
  });
}

/**
 * The engine worker's API: the engine core plus the dataset ingestor, behind plain-object errors
 * and transferred results. The browser worker exposes it with Comlink; tests expose the same API
 * over a MessageChannel with Node bindings.
 */
export function createWorkerApi(deps: WorkerApiDeps): EngineWorkerApi {
  let core: EngineCore | null = null;
  let ingestor: ReturnType<typeof createIngestor> | null = null;

  function requireCore(): EngineCore {
    if (!core) throw new Error('engine not initialized');
    return core;
  }

  return {
    init: (options) =>
      guarded(async () => {
        const started = performance.now();
        const opened = await deps.open(options.threads);
        const engine = await createEngineCore(opened.bindings);
        core = engine;
        ingestor = createIngestorFor(engine, deps);
        return {
          version: engine.version,
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
}
