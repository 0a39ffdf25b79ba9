import type { DatasetSource, IngestProgress, IngestResult } from './ingest/types';
import type { QueryOptions, QueryResult } from './core';

export interface EngineInfo {
  version: string;
  /** Which DuckDB-WASM build runs: `eh` (single thread) or `coi` (threads, cross-origin isolated). */
  bundle: 'eh' | 'coi';
  threads: number;
  instantiateMs: number;
}

/** WebAssembly memory the engine holds, in bytes (null where it cannot be read). */
export interface EngineMemory {
  /** DuckDB's memory: every table, derived table and query's working set. */
  engineBytes: number | null;
  /** The Parquet reader's memory (its largest decode so far). */
  readerBytes: number | null;
  /**
   * What DuckDB holds now (its buffer manager's count: tables, indexes, working sets). Wasm memory
   * never shrinks, so this is the only figure that falls when a table is dropped.
   */
  inUseBytes: number | null;
}

/**
 * The engine worker's API (exposed with Comlink). Failures are thrown as plain
 * {@link EngineErrorInfo} objects; the client turns them back into `EngineError`s.
 */
export interface EngineWorkerApi {
  init(options: { threads: number }): Promise<EngineInfo>;
  query(sql: string, options?: QueryOptions): Promise<QueryResult>;
  exec(sql: string): Promise<void>;
  /** WebAssembly memory (never shrinks: the peak so far) and what DuckDB uses of it now. */
  memory(): Promise<EngineMemory>;
  /** Cancel a query or a dataset load by its id. */
  cancel(id: string): Promise<boolean>;
  ingest(
    source: DatasetSource,
    options: { table: string; id: string; replace?: boolean },
    onProgress: (progress: IngestProgress) => void,
  ): Promise<IngestResult>;
}
