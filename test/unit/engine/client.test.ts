import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import type { EngineWorkerApi } from '../../../src/engine/api';
import { USER_CANCEL, EngineClient, type EngineState } from '../../../src/engine/client';
import { EngineError } from '../../../src/engine/errors';
import { createWorkerApi, type WorkerApiDeps } from '../../../src/engine/worker-api';
import { file, parquetBytes } from '../../support/files';
import { nodeParquet, openNodeBindings } from '../../support/node-engine';

/** A stand-in for the engine's Web Worker: the real worker API, exposed over a MessageChannel. */
class FakeWorker extends EventTarget {
  private readonly port: MessagePort;
  terminated = false;
  constructor(api: EngineWorkerApi) {
    super();
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(api, port2);
    this.port = port1;
    port1.addEventListener('message', (event) =>
      this.dispatchEvent(new MessageEvent('message', { data: event.data })),
    );
    port1.start();
  }
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.port.postMessage(message, transfer);
  }
  terminate(): void {
    this.terminated = true;
    this.port.close();
  }
  /** What the browser does when a worker dies (e.g. out of memory). */
  crash(): void {
    this.dispatchEvent(
      Object.assign(new Event('error', { cancelable: true }), { message: 'out of memory' }),
    );
  }
}

const openNode: WorkerApiDeps['open'] = async () => ({
  ...(await openNodeBindings()),
  bundle: 'eh',
  threads: 1,
});

/**
 * A worker API whose `received` settles when the worker side receives its first query: the query is
 * then in flight (no sleeping to let it get there).
 */
function receiving(make: () => EngineWorkerApi) {
  let receive!: () => void;
  const received = new Promise<void>((resolve) => (receive = resolve));
  const api = (): EngineWorkerApi => {
    const inner = make();
    return {
      ...inner,
      query: (sql, options) => {
        receive();
        return inner.query(sql, options);
      },
    };
  };
  return { api, received };
}

/** The real worker API over Node bindings, DuckDB opened by `open` (by default, at once). */
function realApi(open: WorkerApiDeps['open'] = openNode): EngineWorkerApi {
  return createWorkerApi({ open, parquet: nodeParquet, fetch });
}

function client(
  apis: (() => EngineWorkerApi)[],
  cancelGraceMs = 3000,
  extra: Partial<ConstructorParameters<typeof EngineClient>[0]> = {},
) {
  const workers: FakeWorker[] = [];
  const states: EngineState[] = [];
  let next = 0;
  const engine = new EngineClient({
    spawn: () => {
      const make = apis[Math.min(next++, apis.length - 1)]!;
      const worker = new FakeWorker(make());
      workers.push(worker);
      return worker as unknown as Worker;
    },
    threads: 1,
    cancelGraceMs,
    onState: (state) => states.push(state),
    ...extra,
  });
  return { engine, workers, states };
}

describe('EngineClient', () => {
  it('starts the engine, decodes results and turns worker errors into EngineErrors', async () => {
    const { engine, states } = client([realApi]);
    const info = await engine.start();
    expect(info).toMatchObject({ bundle: 'eh', threads: 1 });
    expect(info.version).toMatch(/^v1\.4/);
    expect(states).toEqual(['starting', 'ready']);
    const { table } = await engine.query("SELECT 7::INTEGER AS n, '淘' AS s");
    expect(table.toArray()[0]?.toJSON()).toEqual({ n: 7, s: '淘' });
    const error = await engine.query('SELECT nope FROM nowhere').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).info).toMatchObject({
      kind: 'sql',
      name: 'Catalog Error',
      sql: 'SELECT nope FROM nowhere',
    });
  });

  it('reads a file sent while DuckDB is still opening, and inserts it once DuckDB is open', async () => {
    let letOpen!: () => void;
    const gate = new Promise<void>((resolve) => (letOpen = resolve));
    const events: string[] = [];
    const api = () =>
      realApi(async (threads) => {
        await gate;
        events.push('opened');
        return openNode(threads);
      });
    const { engine } = client([api]);
    const csv = new File(['region,amount\n华东,10\n华南,20\n'], 'sales.csv');
    const loading = engine.ingest(
      { kind: 'file', file: csv, name: 'sales.csv' },
      { table: 'sales' },
      (p) => events.push(`progress:${p.phase}`),
    );
    await expect.poll(() => events.includes('progress:read')).toBe(true);
    expect(events).not.toContain('opened');
    letOpen();
    expect(await loading).toMatchObject({ table: 'sales', rows: 2 });
    const { table } = await engine.query('SELECT sum(amount)::INTEGER AS total FROM sales');
    expect(table.get(0)?.toJSON()).toEqual({ total: 30 });
  });

  it("reports DuckDB's and the Parquet reader's wasm memory, which grows with the data", async () => {
    const { engine } = client([realApi]);
    await engine.start();
    const before = await engine.memory();
    expect(before.engineBytes).toBeGreaterThan(0);
    expect(before.readerBytes).toBeNull(); // no Parquet read yet: the reader is not even loaded
    await engine.query(
      'CREATE TABLE wide AS SELECT i, repeat(CAST(i AS VARCHAR), 20) AS s FROM range(2000000) t(i)',
    );
    await engine.ingest(file(parquetBytes(50), 'small.parquet'), { table: 'small' }, () => {});
    const after = await engine.memory();
    expect(after.engineBytes).toBeGreaterThan(before.engineBytes! + 50 * 2 ** 20);
    expect(after.readerBytes).toBeGreaterThan(0);
  });

  it('reports what DuckDB uses now, which falls when a table is dropped (wasm memory does not)', async () => {
    const { engine } = client([realApi]);
    await engine.start();
    const before = await engine.memory();
    await engine.query(
      'CREATE TABLE wide AS SELECT i, repeat(CAST(i AS VARCHAR), 20) AS s FROM range(2000000) t(i)',
    );
    const held = await engine.memory();
    expect(held.inUseBytes).toBeGreaterThan(before.inUseBytes! + 50 * 2 ** 20);
    expect(held.inUseBytes).toBeLessThanOrEqual(held.engineBytes!);
    await engine.query('DROP TABLE wide');
    const dropped = await engine.memory();
    expect(dropped.inUseBytes).toBeLessThan(held.inUseBytes! - 50 * 2 ** 20);
    expect(dropped.engineBytes).toBe(held.engineBytes);
  });

  it('fails a load sent before a start that fails, with the error of the start', async () => {
    const broken = () => realApi(() => Promise.reject(new Error('wasm missing')));
    const { engine } = client([broken]);
    const csv = new File(['a\n1\n'], 'a.csv');
    const loading = engine.ingest(
      { kind: 'file', file: csv, name: 'a.csv' },
      { table: 'a' },
      () => {},
    );
    await expect(engine.start()).rejects.toMatchObject({
      info: { message: expect.stringContaining('wasm missing') },
    });
    await expect(loading).rejects.toMatchObject({
      info: { message: expect.stringContaining('wasm missing') },
    });
  });

  it('cancels a query when its signal aborts', async () => {
    const worker = receiving(() => realApi());
    const { engine } = client([worker.api]);
    const controller = new AbortController();
    const pending = engine
      .query('SELECT count(*) FROM range(3000000000) t(i) WHERE i % 7 = 1', {
        signal: controller.signal,
      })
      .catch((e: unknown) => e);
    await worker.received;
    controller.abort();
    expect(((await pending) as EngineError).info.kind).toBe('cancelled');
    expect(engine.state).toBe('ready');
  });

  it('rejects work in flight when the worker crashes, and runs again after a restart', async () => {
    const first = receiving(() => realApi());
    const { engine, workers } = client([first.api, realApi]);
    await engine.start();
    const pending = engine
      .query('SELECT count(*) FROM range(300000000) t(i) WHERE i % 7 = 2')
      .catch((e: unknown) => e);
    await first.received;
    workers[0]!.crash();
    expect(((await pending) as EngineError).info.kind).toBe('crashed');
    expect(engine.state).toBe('crashed');
    await engine.restart();
    expect(workers[0]!.terminated).toBe(true);
    expect(engine.state).toBe('ready');
    const { table } = await engine.query('SELECT 1 + 1 AS two');
    expect(table.get(0)?.two).toBe(2);
  });

  it('says the engine is unresponsive when a cancelled query does not stop', async () => {
    const hung = receiving((): EngineWorkerApi => ({
      ...realApi(),
      query: () => new Promise(() => undefined),
      cancel: async () => false,
    }));
    const { engine } = client([hung.api], 50);
    await engine.start();
    const controller = new AbortController();
    void engine.query('SELECT 1', { signal: controller.signal }).catch(() => undefined);
    await hung.received;
    controller.abort();
    await expect.poll(() => engine.state, { timeout: 2000 }).toBe('unresponsive');
  });

  it('frees the caller of a stopped query at once, and restarts when DuckDB does not stop', async () => {
    const hung = receiving((): EngineWorkerApi => ({
      ...realApi(),
      query: () => new Promise(() => undefined),
      cancel: async () => false,
    }));
    let stuck = 0;
    const activity: number[] = [];
    const { engine } = client([hung.api], 3000, {
      stopGraceMs: 50,
      onStuck: () => stuck++,
      onActivity: (a) => activity.push(a.queries),
    });
    await engine.start();
    const controller = new AbortController();
    const pending = engine
      .query('SELECT 1', { signal: controller.signal })
      .catch((e: unknown) => e);
    await hung.received;
    controller.abort(USER_CANCEL);
    // The panel or query box that asked is free before DuckDB answers.
    expect(((await pending) as EngineError).info.kind).toBe('cancelled');
    await expect.poll(() => stuck, { timeout: 2000 }).toBe(1);
    expect(activity).toEqual([1]);
    // The status line's Stop on the running query does the same.
    void engine.query('SELECT 2').catch(() => undefined);
    await expect.poll(() => activity.at(-1)).toBe(2);
    expect(engine.busiest()).not.toBeNull();
    engine.stop(engine.busiest()!.id);
    await expect.poll(() => stuck, { timeout: 2000 }).toBe(2);
  });
});
