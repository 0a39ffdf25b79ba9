/**
 * The engine on DuckDB-WASM's Node blocking build: the very same core and ingestor the browser
 * worker runs, so unit tests exercise the lab's real engine code on the real DuckDB-WASM.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { tableFromIPC, type Table } from 'apache-arrow';
import { fromBlocking } from '../../src/engine/bindings';
import { createEngineCore, type EngineCore } from '../../src/engine/core';
import { instantiateFrom } from '../../src/engine/instantiate';
import { createIngestorFor } from '../../src/engine/worker-api';
import type { createIngestor } from '../../src/engine/ingest/ingest';
import type { IngestLimits } from '../../src/engine/ingest/types';
import type { ParquetModule } from '../../src/engine/ingest/readers/parquet';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

export interface NodeEngine {
  core: EngineCore;
  ingestor: ReturnType<typeof createIngestor>;
  /** Run SQL and decode the Arrow result. */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  table(sql: string): Promise<Table>;
}

let compiled: Promise<WebAssembly.Module> | undefined;
/** DuckDB's wasm, compiled once per test file. */
export function compiledDuckDB(): Promise<WebAssembly.Module> {
  compiled ??= fs.promises
    .readFile(path.join(dist, 'duckdb-eh.wasm'))
    .then((bytes) => WebAssembly.compile(bytes));
  return compiled;
}

/** DuckDB-WASM's Node blocking build, instantiated and opened. */
export async function openNodeBindings() {
  const bundle = { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' };
  const [bindings, module] = await Promise.all([
    createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), NODE_RUNTIME),
    compiledDuckDB(),
  ]);
  // The browser worker's own start: the tests run on the instance the lab runs.
  const memory = await instantiateFrom(bindings, module, NODE_RUNTIME);
  bindings.open({});
  return { bindings: fromBlocking(bindings), memory };
}

export const nodeParquet = async () =>
  (await import('parquet-wasm/node')) as unknown as ParquetModule;

export async function createNodeEngine(
  options: {
    limits?: IngestLimits;
    fetch?: typeof fetch;
    /** Another Parquet module (a test wraps the reader to count its calls). */
    parquet?: () => Promise<ParquetModule>;
  } = {},
): Promise<NodeEngine> {
  const core = await createEngineCore((await openNodeBindings()).bindings);
  const table = async (sql: string) => tableFromIPC((await core.query(sql)).ipc);
  const ingestor = createIngestorFor(core, {
    parquet: options.parquet ?? nodeParquet,
    fetch: options.fetch ?? fetch,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return {
    core,
    ingestor,
    table,
    rows: async (sql) => (await table(sql)).toArray().map((row) => ({ ...row.toJSON() })),
  };
}

/**
 * The query service's engine calls over the Node engine (the lab passes its worker client):
 * results decoded as the client decodes them, and every statement counted.
 */
export function queryEngineOf(engine: NodeEngine) {
  const seen = { queries: [] as string[], execs: [] as string[] };
  return {
    seen,
    async query(sql: string, options: { maxRows: number; readOnly: boolean }) {
      seen.queries.push(sql);
      const started = performance.now();
      const result = await engine.core.query(sql, options);
      return {
        table: tableFromIPC(result.ipc),
        truncated: result.truncated,
        ms: performance.now() - started,
      };
    },
    async exec(sql: string) {
      seen.execs.push(sql);
      await engine.core.exec(sql);
    },
  };
}
