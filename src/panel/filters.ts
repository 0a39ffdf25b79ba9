/**
 * Lab-wide filters (brand, competitor set, date range, crowd, category). A filter applies to every
 * panel whose table has the matching column; it is applied once, in `buildFilteredSource`, which
 * every panel's query reads its table through (QueryContext.from).
 */
import { ident, literal, literalList } from '../sql/quote';

export interface LabFilters {
  brand: number | null;
  /** Competitors shown beside the brand (a panel then sees brand + competitors). */
  competitors: number[];
  /** ISO dates, both ends included. */
  dateFrom: string | null;
  dateTo: string | null;
  crowd: string | null;
  category: number | null;
  /** Filters the user declared on any column (a flight's origin, `Flight Date`, an amount). */
  columns: ColumnFilter[];
}

/**
 * A lab-wide filter on one column, applied to every table that has a column of that name: any of
 * `values` (compared as text), or a range `from`–`to` (both ends included; numbers, or ISO dates
 * for a date column).
 */
export interface ColumnFilter {
  column: string;
  values?: string[];
  from?: string | null;
  to?: string | null;
  /**
   * The panel whose click set it: that panel is not filtered by it, so its other marks stay to
   * click (Mosaic's crossfilter excludes the source the same way).
   */
  source?: string;
}

export const MAX_COLUMN_FILTERS = 20;

export const NO_FILTERS: LabFilters = {
  brand: null,
  competitors: [],
  dateFrom: null,
  dateTo: null,
  crowd: null,
  category: null,
  columns: [],
};

export type FilterDimension = 'brand' | 'date' | 'crowd' | 'category';

/** Which column names a dimension applies to, in order of preference. */
export const FILTER_COLUMNS: Record<FilterDimension, string[]> = {
  brand: ['brand_id'],
  date: ['dt', 'date'],
  crowd: ['crowd'],
  category: ['category_id'],
};

function columnFor(dimension: FilterDimension, columns: readonly string[]): string | undefined {
  return FILTER_COLUMNS[dimension].find((c) => columns.includes(c));
}

function isActive(dimension: FilterDimension, filters: LabFilters): boolean {
  switch (dimension) {
    case 'brand':
      return filters.brand !== null || filters.competitors.length > 0;
    case 'date':
      return filters.dateFrom !== null || filters.dateTo !== null;
    case 'crowd':
      return filters.crowd !== null;
    case 'category':
      return filters.category !== null;
  }
}

/** The active filters that apply to a table with these columns (shown on the panel). */
export function applicableFilters(
  columns: readonly string[],
  filters: LabFilters,
): FilterDimension[] {
  return (Object.keys(FILTER_COLUMNS) as FilterDimension[]).filter(
    (d) => isActive(d, filters) && columnFor(d, columns) !== undefined,
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const NUMBER = /^-?\d+(\.\d+)?$/;

/** One column filter as a condition (null when it holds nothing to filter by). */
export function columnFilterSql(filter: ColumnFilter): string | null {
  const column = ident(filter.column);
  if (filter.values?.length)
    return `CAST(${column} AS VARCHAR) IN (${literalList(filter.values.slice(0, 500))})`;
  const bound = (value: string | null | undefined, op: '>=' | '<=') => {
    if (!value) return null;
    if (ISO_DATE.test(value))
      return `CAST(${column} AS DATE) ${op} ${literal(new Date(`${value}T00:00:00Z`))}`;
    if (NUMBER.test(value)) return `TRY_CAST(${column} AS DOUBLE) ${op} ${literal(Number(value))}`;
    return `CAST(${column} AS VARCHAR) ${op} ${literal(value)}`;
  };
  const parts = [bound(filter.from, '>='), bound(filter.to, '<=')].filter(Boolean);
  return parts.length ? parts.join(' AND ') : null;
}

/** The column filters that apply to a table with these columns. */
export function applicableColumnFilters(
  columns: readonly string[],
  filters: LabFilters,
): ColumnFilter[] {
  return filters.columns.filter((f) => columns.includes(f.column) && columnFilterSql(f) !== null);
}

/** The WHERE conditions for a table (empty when no filter applies). */
export function buildFilterConditions(columns: readonly string[], filters: LabFilters): string[] {
  const conditions: string[] = applicableColumnFilters(columns, filters).map(
    (f) => columnFilterSql(f) as string,
  );
  for (const dimension of applicableFilters(columns, filters)) {
    const column = ident(columnFor(dimension, columns) as string);
    if (dimension === 'brand') {
      const brands = [...(filters.brand !== null ? [filters.brand] : []), ...filters.competitors];
      conditions.push(`${column} IN (${literalList(brands.filter(Number.isFinite))})`);
    } else if (dimension === 'date') {
      if (filters.dateFrom && ISO_DATE.test(filters.dateFrom))
        conditions.push(
          `CAST(${column} AS DATE) >= ${literal(new Date(`${filters.dateFrom}T00:00:00Z`))}`,
        );
      if (filters.dateTo && ISO_DATE.test(filters.dateTo))
        conditions.push(
          `CAST(${column} AS DATE) <= ${literal(new Date(`${filters.dateTo}T00:00:00Z`))}`,
        );
    } else if (dimension === 'crowd') {
      conditions.push(`${column} = ${literal(filters.crowd)}`);
    } else if (dimension === 'category' && filters.category !== null) {
      conditions.push(`${column} = ${literal(filters.category)}`);
    }
  }
  return conditions;
}

/** `"t" AS "alias"`, or the filtered subquery when filters apply. */
export function buildFilteredSource(
  table: string,
  columns: readonly string[],
  filters: LabFilters,
  alias = 'src',
): string {
  const conditions = buildFilterConditions(columns, filters);
  if (conditions.length === 0) return `${ident(table)} AS ${ident(alias)}`;
  return `(SELECT * FROM ${ident(table)} WHERE ${conditions.join(' AND ')}) AS ${ident(alias)}`;
}

/**
 * The filters after a click on a mark: the clicked value of the source `column` becomes a column
 * filter owned by the clicked panel (`source`), so every other panel whose table has the column is
 * filtered and the clicked one is not. Clicking the selected value again clears it. Ids may arrive
 * as numbers or text (panels cast categories to VARCHAR); they are compared as text.
 */
export function filterForClick(
  column: string,
  value: unknown,
  filters: LabFilters,
  source: string,
): LabFilters | null {
  if (value === null || value === undefined || value === '' || typeof value === 'object')
    return null;
  const text = String(value);
  const others = filters.columns.filter((f) => !(f.source === source && f.column === column));
  const previous = filters.columns.find((f) => f.source === source && f.column === column);
  if (previous?.values?.length === 1 && previous.values[0] === text)
    return { ...filters, columns: others };
  return {
    ...filters,
    columns: [...others, { column, values: [text], source }].slice(-MAX_COLUMN_FILTERS),
  };
}
