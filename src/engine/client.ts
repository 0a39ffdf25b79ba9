import * as Comlink from 'comlink';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { DatasetSource, IngestProgress, IngestResult } from './ingest/types';
import type { EngineInfo, EngineMemory, EngineWorkerApi } from './api';
import { EngineError, isErrorInfo, labError } from './errors';

export type EngineState = 'starting' | 'ready' | 'unresponsive' | 'crashed';

export interface DecodedResult {
  table: Table;
  truncated: boolean;
  /** Rows in the whole result when it was counted (`countAll`), even past `maxRows`. */
  totalRows?: number;
  ms: number;
}

export interface EngineClientOptions {
  spawn: () => Worker;
  threads: number;
  onState?: (state: EngineState, info: EngineInfo | null) => void;
  /** How long a cancelled query may take to stop before the engine counts as unresponsive. */
  cancelGraceMs?: number;
  /** Called whenever a call to the engine settles (the engine did some work). */
  onSettled?: () => void;
  /**
   * The user stopped a query and DuckDB did not stop within `stopGraceMs` (some operators, e.g. a
   * nested-loop join, run long between checkpoints): the lab restarts the engine, the only way
   * to really stop it. Without this callback the engine is marked unresponsive instead.
   */
  onStuck?: () => void;
  /** How long a query the user stopped may take to stop before `onStuck` (default 1 s). */
  stopGraceMs?: number;
  /** Queries sent and not answered yet changed (for the status line). */
  onActivity?: (activity: EngineActivity) => void;
}

/** Queries the worker has not answered yet: the oldest is the one DuckDB is running. */
export interface EngineActivity {
  queries: number;
  oldest: { id: string; since: number } | null;
}

/** The abort reason of a user's Stop/Cancel: if DuckDB does not stop, the engine is restarted. */
export const USER_CANCEL = 'user-cancel';

/** How panel SQL runs: one read-only statement (the gate), its result capped at 10,000 rows. */
export const PANEL_QUERY = { maxRows: 10_000, readOnly: true } as const;

let nextId = 0;

/** `promise`, or a cancellation as soon as `signal` aborts (whichever comes first). */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  const cancelled = () => labError('cancelled', 'engine.cancelled', 'Cancelled');
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The main thread's handle on the engine worker. It decodes Arrow results, turns worker failures
 * into {@link EngineError}s, notices a crashed or hung worker, and can restart it without a
 * page reload (callers then reload their datasets: see the dataset registry).
 */
export class EngineClient {
  private worker: Worker | null = null;
  private remote: Comlink.Remote<EngineWorkerApi> | null = null;
  private ready: Promise<EngineInfo> | null = null;
  private readonly inflight = new Set<(error: EngineError) => void>();
  /** Queries sent to the worker and not answered, by id, with when they were sent. */
  private readonly pending = new Map<string, number>();
  info: EngineInfo | null = null;
  state: EngineState = 'starting';

  constructor(private readonly options: EngineClientOptions) {}

  /** Start the worker (once); resolves when DuckDB is open and locked down. */
  start(): Promise<EngineInfo> {
    this.ready ??= this.boot();
    return this.ready;
  }

  /** Stop a query as the user asked (the status line's Stop): restart if DuckDB does not stop. */
  stop(id: string): void {
    if (!this.remote || !this.pending.has(id)) return;
    void this.remote.cancel(id);
    this.watchStop(id);
  }

  /** Terminate the worker and start a fresh one. Every table is gone afterwards. */
  async restart(): Promise<EngineInfo> {
    this.pending.clear();
    this.reportActivity();
    this.worker?.terminate();
    this.fail(labError('crashed', 'engine.restarted', 'The engine was restarted.'));
    this.ready = null;
    return this.start();
  }

  async query(
    sql: string,
    options: {
      signal?: AbortSignal;
      maxRows?: number;
      readOnly?: boolean;
      countAll?: boolean;
      explain?: boolean;
    } = {},
  ): Promise<DecodedResult> {
    const id = `q${nextId++}`;
    // A query stopped while the engine is still starting stops at once, and is never sent.
    const remote = await unlessAborted(this.connected(), options.signal);
    const result = await this.track(
      remote.query(sql, {
        id,
        ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
        ...(options.readOnly ? { readOnly: true } : {}),
        ...(options.countAll ? { countAll: true } : {}),
        ...(options.explain ? { explain: true } : {}),
      }),
      id,
      options.signal,
    );
    return {
      table: tableFromIPC(result.ipc),
      truncated: result.truncated,
      ...(result.totalRows !== undefined ? { totalRows: result.totalRows } : {}),
      ms: result.ms,
    };
  }

  /** The engine's WebAssembly memory (its peak so far: wasm memory never shrinks). */
  async memory(): Promise<EngineMemory> {
    return this.track((await this.connected()).memory());
  }

  /** Rows as plain objects (small results: catalog, profiles). */
  async rows<T = Record<string, unknown>>(sql: string, signal?: AbortSignal): Promise<T[]> {
    const { table } = await this.query(sql, signal ? { signal } : {});
    return table.toArray().map((row) => ({ ...row.toJSON() }) as T);
  }

  async exec(sql: string): Promise<void> {
    const remote = await this.connected();
    await this.track(remote.exec(sql));
  }

  async ingest(
    source: DatasetSource,
    options: { table: string; replace?: boolean },
    onProgress: (progress: IngestProgress) => void,
    signal?: AbortSignal,
  ): Promise<IngestResult> {
    const id = `load${nextId++}`;
    // Not `connected()`: the worker downloads and decodes the file while DuckDB is still starting.
    const remote = await this.spawned();
    return this.track(
      remote.ingest(source, { ...options, id }, Comlink.proxy(onProgress)),
      id,
      signal,
    );
  }

  private async connected(): Promise<Comlink.Remote<EngineWorkerApi>> {
    await this.start();
    if (!this.remote) throw labError('crashed', 'engine.crashed', 'The engine is not running.');
    return this.remote;
  }

  /** The worker, started if need be, without waiting for DuckDB to open (a failed start rejects). */
  private async spawned(): Promise<Comlink.Remote<EngineWorkerApi>> {
    const ready = this.start();
    ready.catch(() => undefined); // a failed start is reported by `start()`'s own callers
    if (!this.remote) await ready;
    if (!this.remote) throw labError('crashed', 'engine.crashed', 'The engine is not running.');
    return this.remote;
  }

  private async boot(): Promise<EngineInfo> {
    this.setState('starting');
    const worker = this.options.spawn();
    this.worker = worker;
    this.remote = Comlink.wrap<EngineWorkerApi>(worker);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (this.worker !== worker) return;
      this.fail(
        labError(
          'crashed',
          'engine.crashed',
          `The engine stopped: ${event.message || 'worker error'}`,
        ),
      );
      this.setState('crashed');
    });
    try {
      const info = await this.track(this.remote.init({ threads: this.options.threads }));
      this.info = info;
      this.setState('ready');
      return info;
    } catch (error) {
      this.setState('crashed');
      this.ready = null;
      throw error;
    }
  }

  private readonly watchdogs = new Map<string, ReturnType<typeof setTimeout>>();

  /**
   * A cancelled call the worker has not answered yet: a user's stop that DuckDB does not honour
   * in time restarts the engine (`onStuck`); any other cancel marks the engine unresponsive.
   */
  private watchStop(id: string, byUser = true): void {
    if (this.watchdogs.has(id)) clearTimeout(this.watchdogs.get(id));
    const stuck = byUser && this.options.onStuck;
    this.watchdogs.set(
      id,
      setTimeout(
        () => {
          this.watchdogs.delete(id);
          if (!this.pending.has(id)) return;
          if (stuck) stuck();
          else this.setState('unresponsive');
        },
        stuck ? (this.options.stopGraceMs ?? 1000) : (this.options.cancelGraceMs ?? 3000),
      ),
    );
  }

  /** The query the worker has had longest (the one DuckDB is running), if any. */
  busiest(): EngineActivity['oldest'] {
    let oldest: EngineActivity['oldest'] = null;
    for (const [id, since] of this.pending)
      if (!oldest || since < oldest.since) oldest = { id, since };
    return oldest;
  }

  private reportActivity(): void {
    this.options.onActivity?.({ queries: this.pending.size, oldest: this.busiest() });
  }

  /**
   * Await a worker call: plain error objects become EngineErrors, a crash rejects it, and an abort
   * frees the caller at once and cancels the call in the worker (see `watchStop`).
   */
  private track<T>(call: Promise<T>, id?: string, signal?: AbortSignal): Promise<T> {
    const isQuery = id?.startsWith('q') ?? false;
    if (id && isQuery) {
      this.pending.set(id, performance.now());
      this.reportActivity();
    }
    const answered = () => {
      if (!id) return;
      clearTimeout(this.watchdogs.get(id));
      this.watchdogs.delete(id);
      if (isQuery && this.pending.delete(id)) this.reportActivity();
    };
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const finish = (outcome: () => void) => {
        if (done) return;
        done = true;
        this.inflight.delete(reject);
        signal?.removeEventListener('abort', onAbort);
        outcome();
      };
      const onAbort = () => {
        if (id && this.remote) {
          void this.remote.cancel(id);
          this.watchStop(id, signal?.reason === USER_CANCEL);
        }
        // A query's caller is free at once. A load waits for the worker's answer: the worker
        // drops the half-loaded table first, so "cancelled" means nothing is left behind.
        if (isQuery || !id)
          finish(() => reject(labError('cancelled', 'engine.cancelled', 'Cancelled')));
      };
      this.inflight.add(reject);
      // Aborted while the call was being sent (the Stop button is there at once): the worker
      // has it already, so it is cancelled there like any other.
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort);
      call.then(
        (value) => {
          answered();
          this.options.onSettled?.();
          if (this.state === 'unresponsive') this.setState('ready');
          finish(() => resolve(value));
        },
        (error: unknown) => {
          answered();
          this.options.onSettled?.();
          if (this.state === 'unresponsive') this.setState('ready');
          finish(() => reject(isErrorInfo(error) ? new EngineError(error) : error));
        },
      );
    });
  }

  private fail(error: EngineError): void {
    for (const reject of this.inflight) reject(error);
    this.inflight.clear();
  }

  private setState(state: EngineState): void {
    this.state = state;
    this.options.onState?.(state, this.info);
  }
}
