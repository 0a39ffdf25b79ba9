import type { Schema } from '../panel/params';
import { ident } from '../sql/quote';
import { engine } from './lab.svelte';
import { i18n } from '../i18n/i18n.svelte';
import { nameSql } from '../panel/lookup';

export interface FilterOptions {
  /** `name` is the brand's own name, `label` adds its id; `complete` when read from `brands`. */
  brands: { id: number; label: string; name: string }[];
  brandsComplete: boolean;
  crowds: string[];
  categories: { id: number; label: string }[];
  /** Service providers (for toolkits opened from a provider), with their ids. */
  providers: { id: number; label: string }[];
}

const has = (schema: Schema, table: string, ...columns: string[]) =>
  columns.every((c) => (schema.tables[table] ?? []).some((x) => x.name === c));

/** A table with this column, to read distinct values from when no dimension table exists. */
const anyWith = (schema: Schema, column: string) =>
  Object.keys(schema.tables).find((t) => has(schema, t, column));

/** Choices for the filter bar, from dimension tables when present (names), else distinct values. */
export async function loadFilterOptions(
  schema: Schema,
  locale: 'zh-CN' | 'en',
): Promise<FilterOptions> {
  // Names in the reader's language (name_en in English when the table has one).
  const named = (table: string) =>
    nameSql(
      table,
      (schema.tables[table] ?? []).map((c) => c.name),
      locale,
    );
  const brandSql = has(schema, 'brands', 'brand_id', 'name')
    ? `SELECT brand_id::INTEGER AS id, ${named('brands')} || ' (' || brand_id || ')' AS label, ${named('brands')} AS name FROM brands ORDER BY brand_id`
    : anyWith(schema, 'brand_id')
      ? `SELECT DISTINCT brand_id::INTEGER AS id, CAST(brand_id AS VARCHAR) AS label, CAST(brand_id AS VARCHAR) AS name FROM ${ident(anyWith(schema, 'brand_id') as string)} ORDER BY 1 LIMIT 500`
      : null;
  const crowdTable = has(schema, 'consumers', 'crowd') ? 'consumers' : anyWith(schema, 'crowd');
  const crowdSql = crowdTable
    ? `SELECT DISTINCT crowd AS value FROM ${ident(crowdTable)} WHERE crowd IS NOT NULL ORDER BY 1 LIMIT 100`
    : null;
  const categorySql = has(schema, 'categories', 'category_id', 'name')
    ? `SELECT category_id::INTEGER AS id, ${named('categories')} AS label FROM categories ORDER BY category_id`
    : null;
  const providerSql = has(schema, 'service_providers', 'sp_id', 'name')
    ? `SELECT sp_id::INTEGER AS id, ${named('service_providers')} || ' (' || sp_id || ')' AS label FROM service_providers ORDER BY sp_id`
    : null;
  const [brands, crowds, categories, providers] = await Promise.all([
    brandSql ? engine.rows<{ id: number; label: string; name: string }>(brandSql) : [],
    crowdSql ? engine.rows<{ value: string }>(crowdSql) : [],
    categorySql ? engine.rows<{ id: number; label: string }>(categorySql) : [],
    providerSql ? engine.rows<{ id: number; label: string }>(providerSql) : [],
  ]);
  return {
    brands,
    brandsComplete: has(schema, 'brands', 'brand_id', 'name'),
    crowds: crowds.map((c) => c.value),
    categories,
    providers,
  };
}

let cached: { key: string; options: Promise<FilterOptions> } | null = null;

/** The filter choices for the lab's current data, loaded once per data version and language. */
export function labOptions(version: number, schema: Schema): Promise<FilterOptions> {
  const locale = i18n.locale;
  const key = `${version} ${locale}`;
  if (cached?.key !== key) cached = { key, options: loadFilterOptions(schema, locale) };
  return cached.options;
}
