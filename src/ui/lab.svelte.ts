import { EngineClient, type EngineActivity, type EngineState } from '../engine/client';
import type { EngineInfo } from '../engine/api';
import { DatasetRegistry } from '../data/datasets.svelte';
import EngineWorker from '../engine/worker?worker';
import { MARKS, mark } from '../engine/marks';
import { t } from '../i18n/i18n.svelte';

/** App-wide state: the engine client, its status, and the dataset registry. */
export const engineStatus = $state<{ state: EngineState; info: EngineInfo | null }>({
  state: 'starting',
  info: null,
});

/**
 * The engine's wasm memory (DuckDB and the Parquet reader), in bytes: `bytes` is its peak so far
 * (wasm memory never shrinks), `inUse` what DuckDB holds now.
 */
export const engineMemory = $state<{ bytes: number | null; inUse: number | null }>({
  bytes: null,
  inUse: null,
});

let memoryTimer: ReturnType<typeof setTimeout> | undefined;
let readingMemory = false;

/** Read the memory once the engine has been quiet for a moment (its own answer does not count). */
function memoryMayHaveGrown(): void {
  if (readingMemory) return;
  clearTimeout(memoryTimer);
  memoryTimer = setTimeout(() => void readMemory(), 300);
}

async function readMemory(): Promise<void> {
  readingMemory = true;
  try {
    const memory = await engine.memory();
    // The threaded build keeps its memory in other workers: no figure rather than a partial one.
    engineMemory.bytes =
      memory.engineBytes === null ? null : memory.engineBytes + (memory.readerBytes ?? 0);
    engineMemory.inUse = engineMemory.bytes === null ? null : memory.inUseBytes;
    mark(MARKS.memory, memory);
  } catch {
    // A crashed or restarting engine: the status line says so already.
  } finally {
    readingMemory = false;
  }
}

/** Queries DuckDB has not answered yet (the status line says when one runs long). */
export const engineActivity = $state<EngineActivity>({ queries: 0, oldest: null });

export const engine = new EngineClient({
  spawn: () => new EngineWorker({ name: 'ecology-lab-engine' }),
  threads: requestedThreads(),
  onSettled: memoryMayHaveGrown,
  onActivity: (activity) => Object.assign(engineActivity, activity),
  // A query the user stopped that DuckDB does not stop: restarting is the only real stop.
  onStuck: () => {
    void restartEngine().then(
      (count) => notify(t('engine.stopped-by-restart', { count }), 'warning'),
      (error: unknown) => notify(String(error), 'error'),
    );
  },
  onState: (state, info) => {
    if (state === 'ready' && engineStatus.state !== 'ready') mark(MARKS.engineReady);
    engineStatus.state = state;
    engineStatus.info = info;
  },
});

export const datasets = new DatasetRegistry(engine);

/**
 * Threads are opt-in (`?threads=on`, and only on a cross-origin-isolated page): DuckDB-WASM 1.32's
 * threaded build copies through a stale heap view after a worker thread grows memory, so any
 * statement can fail with "offset is out of bounds" (duckdb/duckdb-wasm#2256, open upstream).
 * The single-threaded build is the reliable default.
 */
function requestedThreads(): number {
  const wanted = new URLSearchParams(globalThis.location?.search ?? '').get('threads') === 'on';
  return wanted ? globalThis.navigator?.hardwareConcurrency || 1 : 1;
}

/** A short message for the status line (restart results, load results), and how it looks. */
export const flash = $state<{ text: string | null; tone: 'ok' | 'warning' | 'error' }>({
  text: null,
  tone: 'ok',
});

/** Say something on the status line; problems look like problems. */
export function notify(text: string | null, tone: 'ok' | 'warning' | 'error' = 'ok'): void {
  flash.text = text;
  flash.tone = tone;
}

export async function restartEngine(): Promise<number> {
  await engine.restart();
  return datasets.reloadAll();
}

/** The query editor: its text and preferred view, shared so others can send a query to it and run it. */
export const editor = $state<{ sql: string; runs: number; view: 'table' | 'chart' }>({
  sql: '',
  runs: 0,
  view: 'table',
});

/** Put a query in the editor and run it. */
export function runInEditor(sql: string, view: 'table' | 'chart' = 'table'): void {
  editor.sql = sql;
  editor.view = view;
  editor.runs++;
}
