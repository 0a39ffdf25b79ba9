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

/** The query editor's text, shared so the catalog can send a table to it. */
export const editor = $state<{ sql: string; runs: number }>({ sql: '', runs: 0 });
