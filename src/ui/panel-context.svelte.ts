/**
 * The lab's view of its data for panels, toolkit sections and alerts: the schema (tables, columns
 * and the brands the data knows), each toolkit section's inputs parsed once per change, and the
 * query service every panel and alert query goes through. Thin: the logic lives in src/lab and
 * src/query.
 */
import { parseAllToolkitInputs } from '../lab/toolkit-inputs';
import type { Schema } from '../panel/params';
import { createQueryService } from '../query/service';
import { labOptions } from './filter-options';
import { datasets, engine } from './lab.svelte';
import { workspace } from './workspace.svelte';
import { i18n } from '../i18n/i18n.svelte';

/** Panel and alert queries: derived tables, results cached by SQL and table versions. */
export const queries = createQueryService(engine, (table) =>
  datasets.items.some((d) => d.table === table) ? datasets.versionOf(table) : undefined,
);

const brandList = $state<{ version: number; list: Schema['brands'] }>({
  version: -1,
  list: undefined,
});
let brandsAsked = '';

/** The lab's tables and columns, and its brands once read, for parameter checks and pickers. */
export function labSchema(): Schema {
  const version = datasets.version;
  const tables = Object.fromEntries(datasets.tables.map((d) => [d.table, d.columns]));
  // Asked again when the data or the language changes (brand names follow the language).
  const asked = `${version} ${i18n.locale}`;
  if (brandsAsked !== asked) {
    brandsAsked = asked;
    void labOptions(version, { tables }).then(
      (options) => {
        brandList.version = version;
        brandList.list = options.brandsComplete
          ? options.brands.map((b) => ({ id: b.id, name: b.name }))
          : undefined;
      },
      () => undefined,
    );
  }
  return brandList.version === version && brandList.list
    ? { tables, brands: brandList.list }
    : { tables };
}

class LabView {
  /** The schema, recomputed when the data changes. */
  readonly schema = $derived.by(() => (datasets.version, labSchema()));
  /** Every toolkit section's inputs, parsed once per change for all its panels and alerts. */
  readonly toolkitInputs = $derived(parseAllToolkitInputs(workspace.sections, this.schema));
}

export const labView = new LabView();
