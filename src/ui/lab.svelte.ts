import { EngineClient, type EngineState } from '../engine/client';
import type { EngineInfo } from '../engine/api';
import { DatasetRegistry } from '../data/datasets.svelte';
import EngineWorker from '../engine/worker?worker';

/** App-wide state: the engine client, its status, and the dataset registry. */
export const engineStatus = $state<{ state: EngineState; info: EngineInfo | null }>({
  state: 'starting',
  info: null,
});

export const engine = new EngineClient({
  spawn: () => new EngineWorker({ name: 'ecology-lab-engine' }),
  threads: globalThis.navigator?.hardwareConcurrency || 1,
  onState: (state, info) => {
    engineStatus.state = state;
    engineStatus.info = info;
  },
});

export const datasets = new DatasetRegistry(engine);

/** A short message for the status line (restart results, load results). */
export const flash = $state<{ text: string | null }>({ text: null });

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
