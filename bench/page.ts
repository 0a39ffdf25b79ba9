/**
 * The benchmark page (built beside the lab as bench/index.html): the lab's engine (EngineClient →
 * engine worker) and raw DuckDB-WASM (AsyncDuckDB with its own worker, the way an app without the
 * lab would use it) in one page, fed the same Parquet, so `npm run bench` can time the same SQL
 * through both, interleaved. Raw DuckDB-WASM cannot read Parquet offline either, so it gets the
 * same Arrow batches from parquet-wasm.
 */
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import * as parquet from 'parquet-wasm/esm';
import { EngineClient } from '../src/engine/client';
import EngineWorker from '../src/engine/worker?worker';

let lab: EngineClient | null = null;
let raw: { db: AsyncDuckDB; conn: AsyncDuckDBConnection } | null = null;

const now = () => performance.now();

const api = {
  async startLab(): Promise<number> {
    const started = now();
    lab = new EngineClient({
      spawn: () => new EngineWorker(),
      threads: navigator.hardwareConcurrency || 1,
    });
    await lab.start();
    return now() - started;
  },
  async startRaw(): Promise<number> {
    const started = now();
    const db = new AsyncDuckDB(new VoidLogger(), new Worker(ehWorker));
    await db.instantiate(ehWasm);
    await db.open({});
    const conn = await db.connect();
    await conn.query(
      'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false',
    );
    raw = { db, conn };
    return now() - started;
  },
  /** Load tables into the lab the way the lab does (URL → worker → parquet-wasm → DuckDB). */
  async loadLab(tables: { table: string; url: string }[]): Promise<number> {
    const started = now();
    for (const t of tables)
      await lab!.ingest({ kind: 'url', url: t.url, name: t.url }, { table: t.table }, () => {});
    return now() - started;
  },
  async loadRaw(tables: { table: string; url: string }[]): Promise<number> {
    await parquet.default({ module_or_path: parquetWasm });
    const started = now();
    for (const t of tables) {
      const bytes = new Uint8Array(await (await fetch(t.url, { cache: 'no-store' })).arrayBuffer());
      const ipc = parquet.readParquet(bytes).intoIPCStream();
      await raw!.conn.insertArrowFromIPCStream(ipc, { name: t.table, create: true });
    }
    return now() - started;
  },
  /** One query end to end, result decoded on the main thread. */
  async labQuery(sql: string): Promise<{ ms: number; rows: number }> {
    const started = now();
    const { table } = await lab!.query(sql);
    return { ms: now() - started, rows: table.numRows };
  },
  async rawQuery(sql: string): Promise<{ ms: number; rows: number }> {
    const started = now();
    const table = await raw!.conn.query(sql);
    return { ms: now() - started, rows: table.numRows };
  },
  memory(): { jsHeapBytes: number | null } {
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return { jsHeapBytes: memory?.usedJSHeapSize ?? null };
  },
};

(globalThis as unknown as { bench: typeof api }).bench = api;
document.title = 'bench ready';
