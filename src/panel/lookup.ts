/**
 * Names for ids: a panel grouped by an id column (`brand_id`) shows the names a dimension table
 * holds for it (`brands.name`), found by the schema (another table with that column and a `name`
 * column), so a deck reads 花西子, not 3. Ids without a name keep their id.
 */
import { ident } from '../sql/quote';
import type { QueryContext } from './contract';

const NAME_COLUMNS = ['name', 'name_zh', 'title'];

/**
 * A dimension row's name in the reader's language, as SQL on `alias`: in English the table's
 * `name_en` (when it has one and the row's is not empty), else `name`.
 */
export function nameSql(
  alias: string,
  columns: readonly string[],
  locale: 'zh-CN' | 'en',
  name = 'name',
): string {
  const own = `${ident(alias)}.${ident(name)}`;
  const english = `${name}_en`;
  return locale === 'en' && columns.includes(english)
    ? `coalesce(nullif(${ident(alias)}.${ident(english)}, ''), ${own})`
    : own;
}

/** The table and column holding names for `column`, or null when the lab has none. */
export function lookupFor(
  column: string,
  fromTable: string,
  ctx: QueryContext,
): { table: string; /** SQL for the name on the table aliased `lookup`. */ name: string } | null {
  if (!/_id$/i.test(column)) return null;
  // The dimension table is named after the id (brand_id → brands) when there is one.
  const stem = column.replace(/_id$/i, '').toLowerCase();
  const tables = [`${stem}s`, `${stem}es`, stem.replace(/y$/, 'ies'), stem];
  for (const table of tables) {
    if (table === fromTable) continue;
    const columns = ctx.columns(table).map((c) => c.name);
    if (!columns.includes(column)) continue;
    const name = NAME_COLUMNS.find((n) => columns.includes(n));
    if (name) return { table, name: nameSql('lookup', columns, ctx.locale, name) };
  }
  return null;
}

/**
 * `grouped` (a subquery with a `key` column) with a `label` column added: the name from the lookup
 * table, else the key as text.
 */
export function withNames(
  grouped: string,
  column: string,
  fromTable: string,
  ctx: QueryContext,
): string {
  const lookup = lookupFor(column, fromTable, ctx);
  if (!lookup) return `SELECT g.*, CAST(g.key AS VARCHAR) AS label FROM (${grouped}) AS g`;
  return `SELECT g.*, COALESCE(CAST(names.label AS VARCHAR), CAST(g.key AS VARCHAR)) AS label
FROM (${grouped}) AS g
LEFT JOIN (SELECT ${ident(column)} AS key, any_value(${lookup.name}) AS label FROM ${ctx.from(lookup.table, 'lookup')} GROUP BY 1) AS names
  ON names.key = g.key`;
}

/**
 * `column` of the rows aliased `alias`, as the text a reader sees: its name from the lookup table
 * when the lab has one (joined as `joinAlias`), else the value as text. For queries that group by
 * the text itself (a pivot's headers).
 */
export function namedText(
  column: string,
  fromTable: string,
  ctx: QueryContext,
  alias: string,
  joinAlias: string,
): { expr: string; join: string } {
  const value = `${ident(alias)}.${ident(column)}`;
  const lookup = lookupFor(column, fromTable, ctx);
  if (!lookup) return { expr: `CAST(${value} AS VARCHAR)`, join: '' };
  const names = ident(joinAlias);
  return {
    expr: `COALESCE(CAST(${names}.label AS VARCHAR), CAST(${value} AS VARCHAR))`,
    join: `LEFT JOIN (SELECT ${ident(column)} AS key, any_value(${lookup.name}) AS label FROM ${ctx.from(lookup.table, 'lookup')} GROUP BY 1) AS ${names} ON ${names}.key = ${value}`,
  };
}
