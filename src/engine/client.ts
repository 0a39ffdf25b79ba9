import * as Comlink from 'comlink';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { DatasetSource, IngestProgress, IngestResult } from './ingest/types';
import type { EngineInfo, EngineMemory, EngineWorkerApi } from './api';
import { EngineError, isErrorInfo, labError } from './errors';

export type EngineState = 'starting' | 'ready' | 'unresponsive' | 'crashed';

export interface DecodedResult {
  table: Table;
  truncated: boolean;
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
}

/** How panel SQL runs: one read-only statement (the gate), its result capped at 10,000 rows. */
export const PANEL_QUERY = { maxRows: 10_000, readOnly: true } as const;

let nextId = 0;

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
  info: EngineInfo | null = null;
  state: EngineState = 'starting';

  constructor(private readonly options: EngineClientOptions) {}

  /** Start the worker (once); resolves when DuckDB is open and locked down. */
  start(): Promise<EngineInfo> {
    this.ready ??= this.boot();
    return this.ready;
  }

  /** Terminate the worker and start a fresh one. Every table is gone afterwards. */
  async restart(): Promise<EngineInfo> {
    this.worker?.terminate();
    this.fail(labError('crashed', 'engine.restarted', 'The engine was restarted.'));
    this.ready = null;
    return this.start();
  }

  async query(
    sql: string,
    options: { signal?: AbortSignal; maxRows?: number; readOnly?: boolean } = {},
  ): Promise<DecodedResult> {
    const id = `q${nextId++}`;
    const remote = await this.connected();
    const result = await this.track(
      remote.query(sql, {
        id,
        ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
        ...(options.readOnly ? { readOnly: true } : {}),
      }),
      id,
      options.signal,
    );
    return { table: tableFromIPC(result.ipc), truncated: result.truncated, ms: result.ms };
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

  /**
   * Await a worker call: plain error objects become EngineErrors, a crash rejects it, and an abort
   * cancels it in the worker. A cancel that is not honoured in time marks the engine unresponsive.
   */
  private track<T>(call: Promise<T>, id?: string, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        this.options.onSettled?.();
        this.inflight.delete(reject);
        signal?.removeEventListener('abort', onAbort);
        if (watchdog) clearTimeout(watchdog);
        if (this.state === 'unresponsive') this.setState('ready');
      };
      const onAbort = () => {
        if (!id || !this.remote) return;
        void this.remote.cancel(id);
        watchdog = setTimeout(
          () => this.setState('unresponsive'),
          this.options.cancelGraceMs ?? 3000,
        );
      };
      if (signal?.aborted) {
        reject(labError('cancelled', 'engine.cancelled', 'Cancelled'));
        return;
      }
      signal?.addEventListener('abort', onAbort);
      this.inflight.add(reject);
      call.then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(isErrorInfo(error) ? new EngineError(error) : error);
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
