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
}

export const NO_FILTERS: LabFilters = {
  brand: null,
  competitors: [],
  dateFrom: null,
  dateTo: null,
  crowd: null,
  category: null,
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

/** The WHERE conditions for a table (empty when no filter applies). */
export function buildFilterConditions(columns: readonly string[], filters: LabFilters): string[] {
  const conditions: string[] = [];
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
 * The filters after a click on a value of a source column, or null when that column is no filter
 * dimension. Ids may arrive as text (panels cast categories to VARCHAR).
 */
export function filterForClick(
  column: string,
  value: unknown,
  filters: LabFilters,
): LabFilters | null {
  const id =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^-?\d+$/.test(value)
        ? Number(value)
        : null;
  if (FILTER_COLUMNS.brand.includes(column) && id !== null) return { ...filters, brand: id };
  if (FILTER_COLUMNS.category.includes(column) && id !== null) return { ...filters, category: id };
  if (FILTER_COLUMNS.crowd.includes(column) && typeof value === 'string' && value !== '')
    return { ...filters, crowd: value };
  return null;
}
