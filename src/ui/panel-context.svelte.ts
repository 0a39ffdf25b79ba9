import type { DecodedResult } from '../engine/client';
import type { QueryContext } from '../panel/contract';
import { buildFilteredSource, type LabFilters } from '../panel/filters';
import type { Schema } from '../panel/params';
import { createRunner } from '../panel/runner';
import { datasets, engine } from './lab.svelte';

/** Results of panel queries, shared and cached by SQL; cleared when the data changes. */
export const panelRunner = createRunner<DecodedResult>((sql, signal) =>
  engine.query(sql, { signal, maxRows: 10_000, readOnly: true }),
);

let seenVersion = -1;
/** The lab's tables and columns, for parameter checks and column pickers. */
export function labSchema(): Schema {
  if (datasets.version !== seenVersion) {
    seenVersion = datasets.version;
    panelRunner.clear();
  }
  return { tables: Object.fromEntries(datasets.ready.map((d) => [d.table, d.columns])) };
}

export function queryContext(schema: Schema, filters: LabFilters): QueryContext {
  return {
    from: (table, alias) =>
      buildFilteredSource(
        table,
        (schema.tables[table] ?? []).map((c) => c.name),
        filters,
        alias,
      ),
    columns: (table) => schema.tables[table] ?? [],
  };
}
