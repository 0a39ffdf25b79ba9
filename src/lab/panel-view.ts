/**
 * Everything about a panel that follows from its parameters, its toolkit section's inputs, the
 * schema and the filters: the SQL, the derived tables, the tables read. Pure.
 */
import type { PanelDefinition } from '../panel/contract';
import { createQueryContext, maskFilters, type DerivedTable } from '../panel/context';
import {
  applicableColumnFilters,
  applicableFilters,
  type FilterDimension,
  type LabFilters,
} from '../panel/filters';
import { parseParams, type ParamError, type Schema } from '../panel/params';
import { getPanel, toolkitOfPanel } from '../panel/registry';
import { panelNeeds } from '../panel/toolkit';
import type { ToolkitInputs } from './toolkit-inputs';

export interface PanelView {
  definition: PanelDefinition;
  params: Record<string, unknown>;
  errors: ParamError[];
  /** Errors of the toolkit section's inputs (shown at the section; the panel says so). */
  inputErrors: ParamError[];
  /** Toolkit inputs this panel sets for itself (it then differs from its section). */
  overrides: string[];
  /** Null when the panel has no query, or while its parameters are invalid. */
  sql: string | null;
  /** Tables to build before the query runs (in order). */
  derived: DerivedTable[];
  /** The lab tables the query reads (through the filters, or through derived tables). */
  tables: string[];
  /** Lab filters that apply to the panel's table(s). */
  filters: FilterDimension[];
  /** Columns of the user's lab-wide column filters that apply to it. */
  columnFilters: string[];
  /** Tables or columns a toolkit panel needs that the lab lacks. */
  missing: string[];
}

/**
 * A panel's view. A toolkit panel runs on its section's parsed inputs (parsed once for
 * the whole section); only a panel that overrides some input parses its own merged set. A toolkit
 * panel without its section's inputs has no view.
 */
export function buildPanelView(
  instance: { panel: string; params: Record<string, unknown>; key?: string },
  sectionInputs: ToolkitInputs | undefined,
  schema: Schema,
  labFilters: LabFilters,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): PanelView | null {
  const definition = getPanel(instance.panel);
  if (!definition) return null;
  const toolkit = toolkitOfPanel(instance.panel);
  // Only a toolkit's own panels run on its inputs; a library panel placed in the section does not.
  const inputs = toolkit ? sectionInputs : undefined;
  if (toolkit && inputs?.toolkit !== toolkit) return null;
  const filters = maskFilters(labFilters, definition.honours, instance.key);
  const overrides = inputs
    ? Object.keys(instance.params).filter((k) => k in inputs.toolkit.inputs)
    : [];
  const parsed =
    inputs && overrides.length === 0
      ? inputs.parsed
      : parseParams(
          definition,
          inputs ? { ...inputs.raw, ...instance.params } : instance.params,
          schema,
        );
  const params = parsed.params as Record<string, unknown>;
  const errors = parsed.ok ? [] : parsed.errors;
  const context = createQueryContext(schema, filters, locale);
  let sql = errors.length === 0 ? buildSql(definition, params, context) : null;
  // Data the toolkit lacks: this panel waits only for what its own query reads.
  const lacking = inputs?.missing ?? [];
  const missing =
    toolkit && lacking.length
      ? sql === null
        ? lacking
        : panelNeeds(
            toolkit,
            context.readsOf(sql),
            [sql, ...context.derived.map((d) => d.sql)].join('\n'),
            schema.tables,
          )
      : [];
  if (missing.length) sql = null;
  const tables = sql === null ? [] : context.readsOf(sql);
  const columns = tables.flatMap((t) => (schema.tables[t] ?? []).map((c) => c.name));
  return {
    definition,
    params,
    errors: inputs && overrides.length === 0 ? [] : errors,
    inputErrors: inputs && !inputs.parsed.ok ? inputs.parsed.errors : [],
    overrides,
    sql,
    derived: context.derived,
    tables,
    filters: applicableFilters(columns, filters),
    columnFilters: [...new Set(applicableColumnFilters(columns, filters).map((f) => f.column))],
    missing,
  };
}

/** A panel's SQL; null when it cannot be built (a toolkit's on data lacking what it reads). */
function buildSql(
  definition: PanelDefinition,
  params: Record<string, unknown>,
  context: ReturnType<typeof createQueryContext>,
): string | null {
  try {
    return definition.buildQuery(params as never, context);
  } catch {
    return null;
  }
}

/**
 * Everything a view's query and chart depend on, as one string (with the signature of the tables
 * it reads): equal keys mean the panel need neither ask again nor redraw.
 */
export function viewKey(view: PanelView, tablesSignature: string): string {
  const { definition, params, errors, inputErrors, overrides, sql, derived, filters } = view;
  return JSON.stringify([
    definition.id,
    params,
    errors,
    inputErrors,
    overrides,
    sql,
    derived,
    filters,
    view.columnFilters,
    view.missing,
    tablesSignature,
  ]);
}
