/**
 * A mapping of a provider's own tables onto the data contract: per contract table, the user's table
 * it comes from and, per contract column, the user's column (or a constant). It is saved with the
 * lab and travels in links and `.lab.json` (the mapping, never the data). It names columns and
 * values only: no SQL text, so a hostile link can at worst name columns that do not exist.
 * Pure: no engine.
 */
import { DATA_CONTRACT } from './schema';

export interface ColumnSource {
  /** The user's column (null: the `constant`). */
  column: string | null;
  constant?: string | number | null;
  /** For a code column: the user's value (as written) → the contract's value. */
  values?: Record<string, string>;
}

export interface TableMapping {
  /** The user's table the rows come from. */
  source: string;
  /**
   * One row per key: the source holds the table at a finer grain (orders inside an export of
   * order lines, brands derived from the orders), so rows are grouped by the contract's first
   * column.
   */
  group: boolean;
  columns: Record<string, ColumnSource>;
}

export interface DataMapping {
  /** Day 0 of every day index (YYYY-MM-DD): the earliest order date when proposed. */
  origin: string;
  tables: Record<string, TableMapping>;
}

export const MAX_MAPPING_TEXT = 200;
const MAX_VALUES = 200;

const isText = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= MAX_MAPPING_TEXT && !v.includes('\u0000');

/**
 * A mapping from untrusted input (a link, a `.lab.json`), or null when it is not one. Contract
 * tables and columns it does not know are dropped; names are length-checked.
 */
export function parseMapping(input: unknown): DataMapping | null {
  if (!input || typeof input !== 'object') return null;
  const raw = input as Record<string, unknown>;
  if (!isText(raw.origin) || !/^\d{4}-\d{2}-\d{2}$/.test(raw.origin)) return null;
  if (!raw.tables || typeof raw.tables !== 'object') return null;
  const tables: Record<string, TableMapping> = {};
  for (const [name, value] of Object.entries(raw.tables as Record<string, unknown>)) {
    const contract = DATA_CONTRACT[name];
    if (!contract || !value || typeof value !== 'object') continue;
    const t = value as Record<string, unknown>;
    if (!isText(t.source) || !t.columns || typeof t.columns !== 'object') continue;
    const columns: Record<string, ColumnSource> = {};
    for (const [column, source] of Object.entries(t.columns as Record<string, unknown>)) {
      if (!contract.columns[column] || !source || typeof source !== 'object') continue;
      const s = source as Record<string, unknown>;
      const parsed: ColumnSource = { column: isText(s.column) ? s.column : null };
      if (parsed.column === null) {
        const c = s.constant;
        if (!(isText(c) || (typeof c === 'number' && Number.isFinite(c)))) continue;
        parsed.constant = c;
      }
      if (s.values && typeof s.values === 'object') {
        const entries = Object.entries(s.values as Record<string, unknown>)
          .filter((e): e is [string, string] => isText(e[0]) && isText(e[1]))
          .slice(0, MAX_VALUES);
        if (entries.length) parsed.values = Object.fromEntries(entries);
      }
      columns[column] = parsed;
    }
    tables[name] = { source: t.source, group: t.group === true, columns };
  }
  return { origin: raw.origin, tables };
}
