import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

type Awaitable<T> = T | Promise<T>;

/**
 * The slice of DuckDB-WASM the engine core uses. The blocking builds answer synchronously, the
 * threaded async build (AsyncDuckDB, `coi`) with promises; the core awaits either.
 */
export interface EngineBindings {
  getVersion(): Awaitable<string>;
  /** Open a connection; returns its id. */
  connect(): Awaitable<number>;
  startPendingQuery(
    conn: number,
    sql: string,
    allowStreamResult: boolean,
  ): Awaitable<Uint8Array | null>;
  pollPendingQuery(conn: number): Awaitable<Uint8Array | null>;
  cancelPendingQuery(conn: number): Awaitable<boolean>;
  fetchQueryResults(conn: number): Awaitable<Uint8Array | null>;
  runQuery(conn: number, sql: string): Awaitable<Uint8Array>;
  /** DuckDB's own lexer: where each token starts and its kind (3 = operator, `;` among them). */
  tokenize(text: string): Awaitable<{ offsets: number[]; types: number[] }>;
  insertArrowFromIPCStream(
    conn: number,
    ipc: Uint8Array,
    options: { name: string; create: boolean },
  ): Awaitable<void>;
  registerFileBuffer(path: string, bytes: Uint8Array): Awaitable<void>;
  dropFile(path: string): Awaitable<unknown>;
}

/** Blocking bindings (browser `eh` in the engine worker, Node in tests). */
export function fromBlocking(db: DuckDBBindings): EngineBindings {
  return {
    getVersion: () => db.getVersion(),
    connect: () => db.connect().useUnsafe((_, id) => id),
    startPendingQuery: (c, sql, stream) => db.startPendingQuery(c, sql, stream),
    pollPendingQuery: (c) => db.pollPendingQuery(c),
    cancelPendingQuery: (c) => db.cancelPendingQuery(c),
    fetchQueryResults: (c) => db.fetchQueryResults(c),
    runQuery: (c, sql) => db.runQuery(c, sql),
    tokenize: (text) => db.tokenize(text),
    insertArrowFromIPCStream: (c, ipc, options) => db.insertArrowFromIPCStream(c, ipc, options),
    registerFileBuffer: (path, bytes) => db.registerFileBuffer(path, bytes),
    dropFile: (path) => db.dropFile(path),
  };
}

/**
 * AsyncDuckDB posts bytes to its worker transferring `bytes.buffer`, the *whole* underlying buffer:
 * a view into a larger one (parquet-wasm's memory, a subarray) would be detached or fail with
 * "offset is out of bounds". Hand it bytes that own their buffer.
 */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
    ? bytes
    : bytes.slice();
}

/** The threaded build, running in its own nested worker (only when cross-origin isolated). */
export function fromAsync(db: AsyncDuckDB): EngineBindings {
  return {
    getVersion: () => db.getVersion(),
    connect: () => db.connectInternal(),
    startPendingQuery: (c, sql, stream) => db.startPendingQuery(c, sql, stream),
    pollPendingQuery: (c) => db.pollPendingQuery(c),
    cancelPendingQuery: (c) => db.cancelPendingQuery(c),
    fetchQueryResults: (c) => db.fetchQueryResults(c),
    runQuery: (c, sql) => db.runQuery(c, sql),
    tokenize: (text) => db.tokenize(text),
    insertArrowFromIPCStream: (c, ipc, options) =>
      db.insertArrowFromIPCStream(c, owned(ipc), options),
    registerFileBuffer: (path, bytes) => db.registerFileBuffer(path, owned(bytes)),
    dropFile: (path) => db.dropFile(path),
  };
}
