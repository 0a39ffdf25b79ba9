import type { Schema } from '../panel/params';
import { ident } from '../sql/quote';
import { engine } from './lab.svelte';

export interface FilterOptions {
  /** `name` is the brand's own name, `label` adds its id; `complete` when read from `brands`. */
  brands: { id: number; label: string; name: string }[];
  brandsComplete: boolean;
  crowds: string[];
  categories: { id: number; label: string }[];
}

const has = (schema: Schema, table: string, ...columns: string[]) =>
  columns.every((c) => (schema.tables[table] ?? []).some((x) => x.name === c));

/** A table with this column, to read distinct values from when no dimension table exists. */
const anyWith = (schema: Schema, column: string) =>
  Object.keys(schema.tables).find((t) => has(schema, t, column));

/** Choices for the filter bar, from dimension tables when present (names), else distinct values. */
export async function loadFilterOptions(schema: Schema): Promise<FilterOptions> {
  const brandSql = has(schema, 'brands', 'brand_id', 'name')
    ? `SELECT brand_id::INTEGER AS id, name || ' (' || brand_id || ')' AS label, name FROM brands ORDER BY brand_id`
    : anyWith(schema, 'brand_id')
      ? `SELECT DISTINCT brand_id::INTEGER AS id, CAST(brand_id AS VARCHAR) AS label, CAST(brand_id AS VARCHAR) AS name FROM ${ident(anyWith(schema, 'brand_id') as string)} ORDER BY 1 LIMIT 500`
      : null;
  const crowdTable = has(schema, 'consumers', 'crowd') ? 'consumers' : anyWith(schema, 'crowd');
  const crowdSql = crowdTable
    ? `SELECT DISTINCT crowd AS value FROM ${ident(crowdTable)} WHERE crowd IS NOT NULL ORDER BY 1 LIMIT 100`
    : null;
  const categorySql = has(schema, 'categories', 'category_id', 'name')
    ? `SELECT category_id::INTEGER AS id, name AS label FROM categories ORDER BY category_id`
    : null;
  const [brands, crowds, categories] = await Promise.all([
    brandSql ? engine.rows<{ id: number; label: string; name: string }>(brandSql) : [],
    crowdSql ? engine.rows<{ value: string }>(crowdSql) : [],
    categorySql ? engine.rows<{ id: number; label: string }>(categorySql) : [],
  ]);
  return {
    brands,
    brandsComplete: has(schema, 'brands', 'brand_id', 'name'),
    crowds: crowds.map((c) => c.value),
    categories,
  };
}

let cached: { version: number; options: Promise<FilterOptions> } | null = null;

/** The filter choices for the lab's current data, loaded once per data version. */
export function labOptions(version: number, schema: Schema): Promise<FilterOptions> {
  if (cached?.version !== version) cached = { version, options: loadFilterOptions(schema) };
  return cached.options;
}
