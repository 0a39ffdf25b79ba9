/** The page's handle on the worker that runs heavy panel models (started on first use). */
import * as Comlink from 'comlink';
import type { ComputeWorkerApi } from '../query/compute-worker';
import type { OffThread } from '../query/compute';
import ComputeWorker from '../query/compute-worker?worker';

let remote: Comlink.Remote<ComputeWorkerApi> | undefined;

export const offThread: OffThread = (panel, params, data) => {
  remote ??= Comlink.wrap<ComputeWorkerApi>(new ComputeWorker({ name: 'ecology-lab-models' }));
  return remote.compute(panel, params, data) as Promise<unknown>;
};
