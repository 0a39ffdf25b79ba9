import type { PanelDefinition, QueryContext } from '../../panel/contract';
import { applicableFilters, type FilterDimension, type LabFilters } from '../../panel/filters';
import { parseParams, type ParamError, type Schema } from '../../panel/params';
import { getPanel } from '../../panel/registry';

export interface PanelView {
  definition: PanelDefinition;
  params: Record<string, unknown>;
  errors: ParamError[];
  /** Null when the panel has no query, or while its parameters are invalid. */
  sql: string | null;
  /** Lab filters that apply to the panel's table(s). */
  filters: FilterDimension[];
}

/** Everything about a panel that follows from its parameters, the schema and the filters. Pure. */
export function buildPanelView(
  panelId: string,
  raw: Record<string, unknown>,
  schema: Schema,
  filters: LabFilters,
  context: QueryContext,
): PanelView | null {
  const definition = getPanel(panelId);
  if (!definition) return null;
  const parsed = parseParams(definition, raw, schema);
  const params = parsed.params as Record<string, unknown>;
  const tables = Object.entries(definition.params)
    .filter(([, spec]) => spec.type === 'table')
    .map(([key]) => params[key])
    .filter((t): t is string => typeof t === 'string');
  const columns = tables.flatMap((t) => (schema.tables[t] ?? []).map((c) => c.name));
  return {
    definition,
    params,
    errors: parsed.ok ? [] : parsed.errors,
    sql: parsed.ok ? definition.buildQuery(parsed.params, context) : null,
    filters: applicableFilters(columns, filters),
  };
}
