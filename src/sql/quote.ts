/**
 * The one quoting module. Every identifier and literal that reaches SQL from a parameter, a file
 * name or a user's input goes through here; nothing else concatenates values into SQL.
 */

/** Quote an identifier (table or column name) for DuckDB: always quoted, `"` doubled. */
export function ident(name: string): string {
  if (name.includes('\u0000')) throw new Error(`invalid identifier: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}

export type SqlValue = string | number | boolean | null | Date;

/** Quote a literal value. Numbers must be finite; strings have `'` doubled; dates become DATE. */
export function literal(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`invalid number literal: ${value}`);
    return String(value);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('invalid date literal');
    return `DATE '${value.toISOString().slice(0, 10)}'`;
  }
  if (value.includes('\u0000')) throw new Error('invalid string literal: contains NUL');
  return `'${value.replaceAll("'", "''")}'`;
}

/** A comma-separated list of literals, for `IN (…)`. An empty list becomes `NULL` (matches nothing). */
export function literalList(values: readonly SqlValue[]): string {
  return values.length === 0 ? 'NULL' : values.map(literal).join(', ');
}
