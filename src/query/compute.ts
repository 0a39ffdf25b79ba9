/**
 * The compute stage between a panel's query and its plot: `definition.compute(params, data)` run
 * once per distinct query result and parameters and kept with the result, so a resize, a tab
 * switch or a language change only redraws. A `heavy` model runs in a worker when the lab gives
 * one (`offThread`), keeping the page responsive while it fits.
 */
import type { PanelDefinition, ResultData } from '../panel/contract';

export type OffThread = (panel: string, params: unknown, data: ResultData) => Promise<unknown>;

/** Models by result object (results are shared and cached by the query service), then params. */
const models = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * The model of `definition` for this result and parameters: computed at most once per `result`
 * (any object standing for one query result) and parameter set.
 */
export function computeModel(
  definition: Pick<PanelDefinition, 'id' | 'compute' | 'heavy'>,
  params: Record<string, unknown>,
  result: object,
  data: () => ResultData,
  offThread?: OffThread,
): Promise<unknown> {
  const compute = definition.compute;
  if (!compute) return Promise.resolve(undefined);
  let byParams = models.get(result);
  if (!byParams) models.set(result, (byParams = new Map()));
  const key = `${definition.id}\n${JSON.stringify(params)}`;
  let model = byParams.get(key);
  if (!model) {
    model =
      definition.heavy && offThread
        ? offThread(definition.id, params, data())
        : new Promise((resolve) => resolve(compute(params as never, data())));
    byParams.set(key, model);
    // A failed model is not kept: the next draw tries again.
    model.catch(() => byParams.get(key) === model && byParams.delete(key));
  }
  return model;
}
