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
import { EngineClient, PANEL_QUERY } from '../src/engine/client';
import EngineWorker from '../src/engine/worker?worker';
import { createQueryContext, type DerivedTable } from '../src/panel/context';
import { NO_FILTERS } from '../src/panel/filters';
import { parseParams, type Schema } from '../src/panel/params';
import { TOOLKITS } from '../src/panel/registry';

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
    // Ready to read Parquet, as the lab's engine is once started (its worker loads the reader).
    await parquet.default({ module_or_path: parquetWasm });
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
    // parquet-wasm was started with the engine, as the lab's worker starts its reader.
    const started = now();
    for (const t of tables) {
      const bytes = new Uint8Array(await (await fetch(t.url, { cache: 'no-store' })).arrayBuffer());
      const ipc = parquet.readParquet(bytes).intoIPCStream();
      await raw!.conn.insertArrowFromIPCStream(ipc, { name: t.table, create: true });
    }
    return now() - started;
  },
  /**
   * A file picked in an `<input type=file>` (id `inputId`) the raw way: read, decoded whole by
   * parquet-wasm, inserted by DuckDB-WASM; the table is dropped after, so each run starts alike.
   */
  async loadRawFile(inputId: string): Promise<number> {
    const picked = (document.getElementById(inputId) as HTMLInputElement).files?.[0];
    if (!picked) throw new Error('no file picked');
    const started = now();
    const bytes = new Uint8Array(await picked.arrayBuffer());
    const ipc = parquet.readParquet(bytes).intoIPCStream();
    await raw!.conn.insertArrowFromIPCStream(ipc, { name: 'raw_file', create: true });
    const ms = now() - started;
    await raw!.conn.query('DROP TABLE raw_file');
    return ms;
  },
  /**
   * The same picked file through the lab's engine alone (worker: reader, inserts, count, rename,
   * fingerprint), without the page's catalog: where the file input's time goes.
   */
  async loadLabFile(inputId: string): Promise<number> {
    const picked = (document.getElementById(inputId) as HTMLInputElement).files?.[0];
    if (!picked) throw new Error('no file picked');
    const started = now();
    await lab!.ingest(
      { kind: 'file', file: picked, name: picked.name },
      { table: 'lab_file' },
      () => {},
    );
    const ms = now() - started;
    await lab!.exec('DROP TABLE lab_file');
    return ms;
  },
  /** One query end to end as a panel runs it (through the statement gate), decoded here. */
  async labQuery(sql: string): Promise<{ ms: number; rows: number }> {
    const started = now();
    const { table } = await lab!.query(sql, PANEL_QUERY);
    return { ms: now() - started, rows: table.numRows };
  },
  async rawQuery(sql: string): Promise<{ ms: number; rows: number }> {
    const started = now();
    const table = await raw!.conn.query(sql);
    return { ms: now() - started, rows: table.numRows };
  },
  /**
   * Each toolkit's panel SQL for its first example, with the derived tables it reads, built against
   * the lab's schema (the same SQL the lab runs).
   */
  async toolkitQueries(): Promise<
    { toolkit: string; panel: string; sql: string; derived: DerivedTable[] }[]
  > {
    const columns = await lab!.rows<{ t: string; c: string; type: string }>(
      "SELECT table_name AS t, column_name AS c, data_type AS type FROM duckdb_columns() WHERE schema_name = 'main' AND NOT starts_with(table_name, '__lab')",
    );
    const schema: Schema = { tables: {} };
    for (const r of columns) (schema.tables[r.t] ??= []).push({ name: r.c, type: r.type });
    return [...TOOLKITS.values()].flatMap((toolkit) =>
      toolkit.panels.map(({ panel }) => {
        const ctx = createQueryContext(schema, NO_FILTERS);
        const params = parseParams(panel, toolkit.examples[0]?.inputs ?? {}, schema).params;
        return {
          toolkit: toolkit.id,
          panel: panel.id,
          sql: panel.buildQuery(params, ctx) ?? '',
          derived: ctx.derived,
        };
      }),
    );
  },
  /** A statement, timed (derived tables are built this way in both engines). */
  async labExec(sql: string): Promise<number> {
    const started = now();
    await lab!.exec(sql);
    return now() - started;
  },
  async rawExec(sql: string): Promise<number> {
    const started = now();
    await raw!.conn.query(sql);
    return now() - started;
  },
  memory(): { jsHeapBytes: number | null } {
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return { jsHeapBytes: memory?.usedJSHeapSize ?? null };
  },
};

(globalThis as unknown as { bench: typeof api }).bench = api;
document.title = 'bench ready';
