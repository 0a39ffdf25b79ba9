/**
 * Catalog queries: pure SQL builders for the table list, columns, preview and column profile, run
 * through the same query path as everything else. Counts are cast to DOUBLE at the SQL edge so no
 * BigInt reaches the UI.
 */
import { ident } from '../sql/quote';

export interface ColumnInfo {
  name: string;
  type: string;
}

/** Exact row counts (estimated_size is only an estimate). */
export function buildRowCountSql(table: string): string {
  return `SELECT count(*)::DOUBLE AS rows FROM ${ident(table)}`;
}

/**
 * A table's columns in order, with DuckDB's type names. DESCRIBE, not `duckdb_columns()`: the same
 * rows, but the first call after DuckDB starts costs about a tenth (10 against 40–110 ms in Node),
 * and every table is described as it loads, while the first charts wait.
 */
export function buildColumnsSql(table: string): string {
  return `SELECT column_name AS name, column_type AS type FROM (DESCRIBE ${ident(table)})`;
}

export function buildDropViewSql(table: string): string {
  return `DROP VIEW IF EXISTS ${ident(table)}`;
}

/** First rows, with timestamps cast so the preview shows them as dates (see engine-notes). */
export function buildPreviewSql(table: string, limit = 50): string {
  return `SELECT * FROM ${ident(table)} LIMIT ${Math.max(1, Math.floor(limit))}`;
}

export interface ColumnProfile {
  name: string;
  type: string;
  nullShare: number;
  distinct: number;
  /** False when `distinct` is SUMMARIZE's estimate (a large table), clamped to what is possible. */
  exact: boolean;
  min: string | null;
  max: string | null;
  /** Rows in the table. */
  rows: number;
}

/** Up to this many rows, distinct counts are counted exactly; above, estimated (and said so). */
export const EXACT_DISTINCT_ROWS = 2_000_000;

/**
 * Per-column profile via SUMMARIZE (core DuckDB): null share, distinct count (an estimate, made
 * exact or clamped by `settleDistinct`), min and max.
 */
export function buildProfileSql(table: string): string {
  return `SELECT column_name AS name, column_type AS type, null_percentage::DOUBLE / 100 AS "nullShare",
approx_unique::DOUBLE AS distinct, false AS exact, min::VARCHAR AS min, max::VARCHAR AS max, count::DOUBLE AS rows
FROM (SUMMARIZE ${ident(table)})`;
}

/** Exact distinct counts of the columns, one row with one value per column (in order). */
export function buildDistinctSql(table: string, columns: readonly string[]): string {
  const counts = columns.map((c, i) => `count(DISTINCT ${ident(c)})::DOUBLE AS "d${i}"`);
  return `SELECT ${counts.join(', ')} FROM ${ident(table)}`;
}

/**
 * An estimated distinct count made possible: never more than the non-empty rows, nor, for an
 * integer column, than the integers between its minimum and maximum (SUMMARIZE said "≈840" for
 * day_idx in 0–729, and 13 brands of 12).
 */
export function clampDistinct(c: ColumnProfile): number {
  let bound = Math.round(c.rows * (1 - c.nullShare));
  const lo = Number(c.min);
  const hi = Number(c.max);
  if (/INT/i.test(c.type) && c.min !== null && c.max !== null && Number.isFinite(lo + hi))
    bound = Math.min(bound, hi - lo + 1);
  return Math.max(0, Math.min(c.distinct, bound));
}

/** Most frequent values of one column. */
export function buildTopValuesSql(table: string, column: string, limit = 5): string {
  return `SELECT ${ident(column)}::VARCHAR AS value, count(*)::DOUBLE AS n FROM ${ident(table)}
GROUP BY 1 ORDER BY n DESC, value NULLS LAST LIMIT ${Math.max(1, Math.floor(limit))}`;
}

export function buildDropTableSql(table: string): string {
  return `DROP TABLE IF EXISTS ${ident(table)}`;
}

export function buildRenameTableSql(from: string, to: string): string {
  return `ALTER TABLE ${ident(from)} RENAME TO ${ident(to)}`;
}

/** Numeric-ish DuckDB types (for charts and profiles). */
export function isNumericType(type: string): boolean {
  return /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/i.test(
    type,
  );
}

export function isTemporalType(type: string): boolean {
  return /^(DATE|TIMESTAMP|TIME)/i.test(type);
}

/** Rename a column (used to map a provided file's columns onto those a lab expects). */
export function buildRenameColumnSql(table: string, from: string, to: string): string {
  return `ALTER TABLE ${ident(table)} RENAME COLUMN ${ident(from)} TO ${ident(to)}`;
}
