import type { EngineBindings } from './bindings';
import { EngineError, labError, toErrorInfo } from './errors';
import { LOCKDOWN_SQL } from './lockdown';
import { yieldToEventLoop } from './yield';

export interface QueryOptions {
  /** Lets the caller cancel this query with {@link EngineCore.cancel}. */
  id?: string;
  /** Stop reading the result after about this many rows (the result says it was truncated). */
  maxRows?: number;
  /**
   * Only one read-only statement may run (panel SQL, SQL from links): what runs is
   * `SELECT * FROM (<sql>)`, once DuckDB's lexer has found no `;` in it. See `gatedSql`.
   */
  readOnly?: boolean;
  /**
   * Plan instead of run: `EXPLAIN (FORMAT JSON)` of the gated statement (`readOnly`'s one
   * SELECT), so what a cost estimate reads can never run anything itself.
   */
  explain?: boolean;
  /**
   * With `maxRows`: keep reading past it, without keeping the rows, to count the whole result
   * (the query box says "60,506 rows, first 10,240 shown" instead of a rounded guess).
   */
  countAll?: boolean;
}

export interface QueryResult {
  /** Arrow IPC stream bytes (schema + record batches). */
  ipc: Uint8Array;
  truncated: boolean;
  /** Rows in the whole result, when it was counted (`countAll`). */
  totalRows?: number;
  /** Time DuckDB spent, queueing excluded. */
  ms: number;
}

/**
 * The engine: one DuckDB connection behind a FIFO queue. Queries run as pending queries polled in
 * slices, yielding to the event loop between slices, so a cancel can interrupt them. The same
 * core runs in the browser worker (browser blocking build) and in Node tests (node blocking build).
 */
export interface EngineCore {
  readonly version: string;
  query(sql: string, options?: QueryOptions): Promise<QueryResult>;
  /** Run statements for their effect (several `;`-separated statements are allowed here). */
  exec(sql: string): Promise<void>;
  /** Cancel a queued or running query; true when something was cancelled. */
  cancel(id: string): boolean;
  /** Append (or create with `create`) a table from Arrow IPC stream bytes. */
  insertArrowIPC(table: string, ipc: Uint8Array, create: boolean): Promise<void>;
  /** Make bytes readable by SQL under a virtual path (the path must be under the lockdown prefix). */
  registerBuffer(path: string, bytes: Uint8Array): Promise<void>;
  dropFile(path: string): Promise<void>;
}

/** DuckDB's token kind for operators (`TokenType.OPERATOR`), `;` among them. */
const OPERATOR_TOKEN = 3;
const GATE_PREFIX = 'SELECT * FROM (\n';
const ONLY_SEMICOLONS_AND_COMMENTS = /^(?:\s|;|--[^\n]*(?:\n|$)|\/\*(?:(?!\/\*)[\s\S])*?\*\/)*$/;

interface Job {
  id: string | undefined;
  cancelled: boolean;
}

export async function createEngineCore(bindings: EngineBindings): Promise<EngineCore> {
  const connId = await bindings.connect();
  for (const statement of LOCKDOWN_SQL) await bindings.runQuery(connId, statement);
  const version = await bindings.getVersion();

  let tail: Promise<unknown> = Promise.resolve();
  const jobs = new Map<string, Job>();
  let running: Job | null = null;

  function enqueue<T>(id: string | undefined, work: (job: Job) => Promise<T> | T): Promise<T> {
    const job: Job = { id, cancelled: false };
    if (id) jobs.set(id, job);
    const result = tail.then(async () => {
      if (job.cancelled) throw cancelledError();
      running = job;
      try {
        return await work(job);
      } finally {
        running = null;
        if (id) jobs.delete(id);
      }
    });
    tail = result.catch(() => undefined);
    return result;
  }

  /** Run `text` (what DuckDB executes; errors name `sql`, what the caller wrote). */
  async function runPending(
    sql: string,
    job: Job,
    maxRows: number | undefined,
    text = sql,
    countAll = false,
  ): Promise<QueryResult> {
    const started = performance.now();
    try {
      // A pending query hands back the schema header; record batches are always fetched after it.
      let header = await bindings.startPendingQuery(connId, text, true);
      while (header === null) {
        await yieldToEventLoop();
        if (job.cancelled) {
          await bindings.cancelPendingQuery(connId);
          throw cancelledError(sql);
        }
        header = await bindings.pollPendingQuery(connId);
      }
      return {
        ...(await readStream(header, maxRows ?? Infinity, countAll ? job : null)),
        ms: performance.now() - started,
      };
    } catch (error) {
      if (error instanceof EngineError) throw error;
      const info = toErrorInfo(error, sql);
      // Positions count from the start of what ran; the caller wrote what follows the gate's prefix.
      if (info.position !== undefined && text !== sql)
        info.position = Math.min(sql.length, Math.max(0, info.position - GATE_PREFIX.length));
      throw new EngineError(info);
    }
  }

  /**
   * The statement gate (security.md). A pending query runs every `;`-separated statement it is
   * given, so the text must be one statement: DuckDB's own lexer (the one its parser reads) must
   * find no `;` token in it. A `;` inside a string, quoted name or comment is part of another
   * token, and a text the lexer cannot finish cannot be parsed either, so none of it runs. That
   * one statement starts `SELECT * FROM (`, so it can only read. Lexing takes well under a
   * millisecond; preparing the text first, as before, planned every panel query twice.
   */
  async function gatedSql(sql: string): Promise<string> {
    const text = `${GATE_PREFIX}${await withoutFinalSemicolons(sql)}\n) AS lab_gate`;
    const { offsets, types } = await bindings.tokenize(text);
    if (offsets.some((at, i) => types[i] === OPERATOR_TOKEN && text[at] === ';')) {
      throw new EngineError({
        kind: 'sql',
        name: 'LabError',
        code: 'sql.not-single-select',
        message: 'Only one SELECT statement may run here.',
        sql,
      });
    }
    return text;
  }

  /**
   * `SELECT 1;` is one statement: `;`s that end the text (with only blanks and comments after
   * them) are cut off before the gate looks. Anything else after them stays, and is refused.
   */
  async function withoutFinalSemicolons(sql: string): Promise<string> {
    const { offsets, types } = await bindings.tokenize(sql);
    const semicolon = (i: number) => types[i] === OPERATOR_TOKEN && sql[offsets[i] ?? -1] === ';';
    let first = offsets.length;
    while (first > 0 && semicolon(first - 1)) first--;
    const cut = offsets[first];
    if (cut === undefined || !ONLY_SEMICOLONS_AND_COMMENTS.test(sql.slice(cut))) return sql;
    return sql.slice(0, cut);
  }

  /**
   * Concatenate a streamed result's messages until about maxRows rows (counted per batch). A null
   * message means "not ready yet, ask again"; an empty one ends the stream. A truncated stream is
   * cancelled so the connection is clean for the next statement.
   */
  async function readStream(
    header: Uint8Array,
    maxRows: number,
    /** The job, when the rows past `maxRows` are to be counted (it may be cancelled meanwhile). */
    counting: Job | null,
  ): Promise<{ ipc: Uint8Array; truncated: boolean; totalRows?: number }> {
    const parts = [header];
    let rows = 0;
    let kept = -1;
    for (;;) {
      const message = await bindings.fetchQueryResults(connId);
      if (message === null) continue;
      if (message.length === 0)
        return kept < 0
          ? { ipc: concatBytes(parts), truncated: false }
          : { ipc: concatBytes(parts), truncated: true, totalRows: rows };
      if (rows >= maxRows && kept < 0) {
        if (!counting) {
          await bindings.cancelPendingQuery(connId);
          return { ipc: concatBytes(parts), truncated: true };
        }
        kept = rows;
      }
      if (kept < 0) parts.push(message);
      else if (counting?.cancelled) {
        await bindings.cancelPendingQuery(connId);
        throw cancelledError('');
      }
      rows += batchRowCount(message);
    }
  }

  return {
    version,
    query(sql, options = {}) {
      return enqueue(options.id, async (job) => {
        const gated = options.readOnly || options.explain ? await gatedSql(sql) : sql;
        const text = options.explain ? `EXPLAIN (FORMAT JSON) ${gated}` : gated;
        return runPending(sql, job, options.maxRows, text, options.countAll);
      });
    },
    async exec(sql) {
      await enqueue(undefined, (job) => runPending(sql, job, undefined));
    },
    cancel(id) {
      const job = jobs.get(id);
      if (!job) return false;
      job.cancelled = true;
      if (running === job) void bindings.cancelPendingQuery(connId);
      return true;
    },
    insertArrowIPC(table, ipc, create) {
      return enqueue(undefined, async () => {
        try {
          await bindings.insertArrowFromIPCStream(connId, ipc, { name: table, create });
        } catch (error) {
          throw new EngineError(toErrorInfo(error));
        }
      });
    },
    async registerBuffer(path, bytes) {
      await bindings.registerFileBuffer(path, bytes);
    },
    async dropFile(path) {
      await bindings.dropFile(path);
    },
  };
}

function cancelledError(sql?: string): EngineError {
  const error = labError('cancelled', 'engine.cancelled', 'Query cancelled');
  return sql ? new EngineError({ ...error.info, sql }) : error;
}

/**
 * Row count of one Arrow IPC record-batch message, read from its flatbuffer header without
 * decoding the body (so truncation costs nothing). Layout: [0xFFFFFFFF][int32 len][Message].
 */
export function batchRowCount(message: Uint8Array): number {
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  let pos = 0;
  if (view.getInt32(0, true) === -1) pos = 4;
  const start = pos + 4; // flatbuffer root of Message
  const table = start + view.getUint32(start, true);
  const vtable = table - view.getInt32(table, true);
  const field = (index: number): number => {
    const vtableSize = view.getUint16(vtable, true);
    const offset = 4 + index * 2;
    return offset < vtableSize ? view.getUint16(vtable + offset, true) : 0;
  };
  // Message: version(0) header_type(1) header(2) bodyLength(3)
  const headerType = view.getUint8(table + field(1));
  if (headerType !== 3) return 0; // not a RecordBatch
  const headerRef = table + field(2);
  const batch = headerRef + view.getUint32(headerRef, true);
  const batchVtable = batch - view.getInt32(batch, true);
  const lengthOffset = view.getUint16(batchVtable + 4, true); // RecordBatch.length (int64)
  return lengthOffset ? Number(view.getBigInt64(batch + lengthOffset, true)) : 0;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
