/**
 * The query context a panel's SQL is built in: tables read through the lab-wide filters the panel
 * honours, and derived tables collected by name so the lab (or a test) materializes them first.
 * Pure: no engine.
 */
import { ident } from '../sql/quote';
import type { QueryContext } from './contract';
import { buildFilteredSource, type FilterDimension, type LabFilters } from './filters';
import type { Schema } from './params';

/** A table to create (once) from one SELECT before a query that reads it runs. */
export interface DerivedTable {
  name: string;
  sql: string;
}

export const DERIVED_PREFIX = '__lab_derived_';

/** FNV-1a over UTF-16 code units in two 32-bit lanes: a short, stable name for a SQL text. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 15), 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Only the dimensions a panel honours stay active. */
export function maskFilters(
  filters: LabFilters,
  honours: readonly FilterDimension[] | undefined,
): LabFilters {
  if (!honours) return filters;
  const keep = new Set(honours);
  return {
    brand: keep.has('brand') ? filters.brand : null,
    competitors: keep.has('brand') ? filters.competitors : [],
    dateFrom: keep.has('date') ? filters.dateFrom : null,
    dateTo: keep.has('date') ? filters.dateTo : null,
    crowd: keep.has('crowd') ? filters.crowd : null,
    category: keep.has('category') ? filters.category : null,
  };
}

export function createQueryContext(
  schema: Schema,
  filters: LabFilters,
): QueryContext & { derived: DerivedTable[] } {
  const derived: DerivedTable[] = [];
  return {
    derived,
    from: (table, alias) =>
      buildFilteredSource(
        table,
        (schema.tables[table] ?? []).map((c) => c.name),
        filters,
        alias,
      ),
    columns: (table) => schema.tables[table] ?? [],
    derive(sql) {
      const name = `${DERIVED_PREFIX}${hashText(sql)}`;
      if (!derived.some((d) => d.name === name)) derived.push({ name, sql });
      return ident(name);
    },
  };
}
