import type { PanelDefinition } from '../../panel/contract';
import { createQueryContext, maskFilters, type DerivedTable } from '../../panel/context';
import { applicableFilters, type FilterDimension, type LabFilters } from '../../panel/filters';
import { parseParams, type ParamError, type Schema } from '../../panel/params';
import { getPanel, toolkitOfPanel } from '../../panel/registry';
import { missingRequirements } from '../../panel/toolkit';

export interface PanelView {
  definition: PanelDefinition;
  params: Record<string, unknown>;
  errors: ParamError[];
  /** Null when the panel has no query, or while its parameters are invalid. */
  sql: string | null;
  /** Tables to build before the query runs (in order). */
  derived: DerivedTable[];
  /** Lab filters that apply to the panel's table(s). */
  filters: FilterDimension[];
  /** Tables or columns a toolkit panel needs that the lab lacks. */
  missing: string[];
}

/** Everything about a panel that follows from its parameters, the schema and the filters. Pure. */
export function buildPanelView(
  panelId: string,
  raw: Record<string, unknown>,
  schema: Schema,
  labFilters: LabFilters,
): PanelView | null {
  const definition = getPanel(panelId);
  if (!definition) return null;
  const filters = maskFilters(labFilters, definition.honours);
  const toolkit = toolkitOfPanel(panelId);
  const missing = toolkit ? missingRequirements(toolkit, schema.tables) : [];
  const parsed = parseParams(definition, raw, schema);
  const params = parsed.params as Record<string, unknown>;
  const tables = toolkit
    ? Object.keys(toolkit.requires)
    : Object.entries(definition.params)
        .filter(([, spec]) => spec.type === 'table')
        .map(([key]) => params[key])
        .filter((t): t is string => typeof t === 'string');
  const columns = tables.flatMap((t) => (schema.tables[t] ?? []).map((c) => c.name));
  const context = createQueryContext(schema, filters);
  const sql =
    parsed.ok && missing.length === 0 ? definition.buildQuery(parsed.params, context) : null;
  return {
    definition,
    params,
    errors: parsed.ok ? [] : parsed.errors,
    sql,
    derived: context.derived,
    filters: applicableFilters(columns, filters),
    missing,
  };
}
