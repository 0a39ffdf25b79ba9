/**
 * The query context a panel's SQL is built in: tables read through the lab-wide filters the panel
 * honours, and derived tables collected by name so the lab (or a test) materializes them first.
 * Every table a query reads passes through `from()`, so the context records them: that one record
 * decides what a result's cache key depends on, what an export's provenance names and which
 * tables a panel is missing. Pure: no engine.
 */
import { ident } from '../sql/quote';
import type { QueryContext } from './contract';
import { buildFilteredSource, type FilterDimension, type LabFilters } from './filters';
import type { Schema } from './params';

/** A table to create (once) from one SELECT before a query that reads it runs. */
export interface DerivedTable {
  name: string;
  sql: string;
  /** The lab tables its SQL reads (directly or through derived tables it reads). */
  reads: string[];
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
  /** The panel being filtered: the column filters its own clicks set do not apply to it. */
  panel?: string,
): LabFilters {
  const columns = filters.columns.filter((f) => panel === undefined || f.source !== panel);
  if (!honours)
    return columns.length === filters.columns.length ? filters : { ...filters, columns };
  const keep = new Set(honours);
  return {
    brand: keep.has('brand') ? filters.brand : null,
    competitors: keep.has('brand') ? filters.competitors : [],
    dateFrom: keep.has('date') ? filters.dateFrom : null,
    dateTo: keep.has('date') ? filters.dateTo : null,
    crowd: keep.has('crowd') ? filters.crowd : null,
    category: keep.has('category') ? filters.category : null,
    // A panel that names the filters it honours (a toolkit's) is not cut by arbitrary columns.
    columns: [],
  };
}

export interface RecordingContext extends QueryContext {
  /** Derived tables in build order. */
  derived: DerivedTable[];
  /** Every lab table `from()` was asked for, in first-use order. */
  tables: string[];
  /** The lab tables a SQL text built in this context reads (through `from()` or derived tables). */
  readsOf(sql: string): string[];
}

export function createQueryContext(
  schema: Schema,
  filters: LabFilters,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): RecordingContext {
  const derived: DerivedTable[] = [];
  const tables: string[] = [];
  // The exact source text each table was read through: a SQL text reads a table when it holds it.
  const sources = new Map<string, string>();
  let everyTable = false;
  const readsOf = (sql: string): string[] => {
    if (everyTable) return Object.keys(schema.tables);
    const reads = new Set<string>();
    for (const [source, table] of sources) if (sql.includes(source)) reads.add(table);
    for (const d of derived) if (sql.includes(ident(d.name))) for (const t of d.reads) reads.add(t);
    return tables.filter((t) => reads.has(t));
  };
  return {
    derived,
    tables,
    readsOf,
    from(table, alias) {
      const source = buildFilteredSource(
        table,
        (schema.tables[table] ?? []).map((c) => c.name),
        filters,
        alias,
      );
      if (!tables.includes(table)) tables.push(table);
      sources.set(source, table);
      return source;
    },
    columns: (table) => schema.tables[table] ?? [],
    locale,
    userSql(sql) {
      everyTable = true;
      return sql;
    },
    derive(sql) {
      const name = `${DERIVED_PREFIX}${hashText(sql)}`;
      if (!derived.some((d) => d.name === name)) derived.push({ name, sql, reads: readsOf(sql) });
      return ident(name);
    },
  };
}
