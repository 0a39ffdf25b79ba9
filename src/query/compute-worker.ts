/**
 * The worker heavy panel models run in: it has the same panel registry as the page and runs
 * `compute` of the panel asked for, so a model that takes seconds never blocks the page.
 */
import * as Comlink from 'comlink';
import type { ResultData } from '../panel/contract';
import { getPanel } from '../panel/registry';

const api = {
  compute(panel: string, params: unknown, data: ResultData): unknown {
    const definition = getPanel(panel);
    if (!definition?.compute) throw new Error(`panel ${panel} has no model`);
    return definition.compute(params as never, data);
  },
};

export type ComputeWorkerApi = typeof api;

Comlink.expose(api);
