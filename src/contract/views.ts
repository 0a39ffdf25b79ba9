/**
 * The views a mapping creates: one per mapped contract table, named as the contract names it, over
 * the user's table, with each column cast to the contract's type (dates parsed from text, day and
 * month indexes from dates, codes translated, keys made integers). Every name and value goes
 * through the quoting module. Pure: no engine.
 */
import { ident, literal } from '../sql/quote';
import type { ColumnSource, DataMapping } from './mapping';
import { DATA_CONTRACT, type ContractType } from './schema';

/** The user's columns by name → DuckDB type. */
export type SourceColumns = ReadonlyMap<string, string>;

/** Date spellings of Chinese exports beyond ISO (tried in order). */
export const DATE_FORMATS = [
  '%Y/%m/%d',
  '%Y/%m/%d %H:%M:%S',
  '%Y/%m/%d %H:%M',
  '%Y-%m-%d %H:%M',
  '%Y年%m月%d日',
  '%Y年%m月%d日 %H:%M:%S',
  '%Y%m%d',
  '%Y.%m.%d',
  '%Y-%m',
  '%Y/%m',
  '%Y年%m月',
];

const isNumeric = (type: string) =>
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|REAL|DECIMAL)/i.test(
    type,
  );
const isTemporal = (type: string) => /^(DATE|TIMESTAMP)/i.test(type);

/** A text or temporal value as a DATE (NULL when it reads as no date). */
export function dateSql(value: string, type: string): string {
  if (isTemporal(type)) return `CAST(${value} AS DATE)`;
  const text = `trim(CAST(${value} AS VARCHAR))`;
  return `COALESCE(TRY_CAST(${text} AS DATE), CAST(try_strptime(${text}, [${DATE_FORMATS.map((f) => literal(f)).join(', ')}]) AS DATE))`;
}

/** A number written with thousands separators, currency signs or units read as DOUBLE. */
function numberSql(value: string, type: string): string {
  if (isNumeric(type)) return `CAST(${value} AS DOUBLE)`;
  return `TRY_CAST(regexp_replace(CAST(${value} AS VARCHAR), '[,，¥￥元\\s]', '', 'g') AS DOUBLE)`;
}

/**
 * An integer key: numbers as they are, text of digits as its number, other text (a brand's name,
 * an alphanumeric SKU) as a stable hash, so the same text is the same key in every table and in
 * next month's export.
 */
function idSql(value: string, type: string): string {
  if (isNumeric(type)) return `CAST(${value} AS BIGINT)`;
  const text = `trim(CAST(${value} AS VARCHAR))`;
  return `COALESCE(TRY_CAST(${text} AS BIGINT), CAST(hash(${text}) % 1000000000 AS BIGINT) + 1000000000)`;
}

const FLAG_TRUE = ['1', 'true', 'yes', 'y', '是', '有', 't'];

function castSql(
  type: ContractType,
  value: string,
  sourceType: string,
  origin: string,
  source: ColumnSource,
): string {
  const day0 = literal(new Date(`${origin}T00:00:00Z`));
  switch (type) {
    case 'id':
      return idSql(value, sourceType);
    case 'integer':
      return `CAST(round(${numberSql(value, sourceType)}) AS BIGINT)`;
    case 'number':
      return numberSql(value, sourceType);
    case 'text':
      return `CAST(${value} AS VARCHAR)`;
    case 'date':
      return dateSql(value, sourceType);
    case 'day':
      // A source already holding day indexes keeps them; a date counts days from the origin.
      return isNumeric(sourceType)
        ? `CAST(${value} AS INTEGER)`
        : `CAST(date_diff('day', ${day0}, ${dateSql(value, sourceType)}) AS INTEGER)`;
    case 'month':
      return isNumeric(sourceType)
        ? `CAST(${value} AS INTEGER)`
        : `CAST(date_diff('month', date_trunc('month', ${day0}), date_trunc('month', ${dateSql(value, sourceType)})) AS INTEGER)`;
    case 'flag':
      return isNumeric(sourceType)
        ? `CAST(${value} <> 0 AS INTEGER)`
        : `CAST(lower(trim(CAST(${value} AS VARCHAR))) IN (${FLAG_TRUE.map((v) => literal(v)).join(', ')}) AS INTEGER)`;
    case 'code': {
      const text = `trim(CAST(${value} AS VARCHAR))`;
      const pairs = Object.entries(source.values ?? {});
      if (!pairs.length) return text;
      const whens = pairs.map(([from, to]) => `WHEN ${literal(from)} THEN ${literal(to)}`);
      return `CASE ${text} ${whens.join(' ')} ELSE ${text} END`;
    }
  }
}

/** A constant in the column's contract type. */
function constantSql(type: ContractType, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return 'NULL';
  if (type === 'text' || type === 'code') return `CAST(${literal(String(value))} AS VARCHAR)`;
  if (type === 'date') return literal(new Date(`${String(value)}T00:00:00Z`));
  const n = Number(value);
  return Number.isFinite(n) ? literal(n) : 'NULL';
}

export interface ContractView {
  /** The contract table the view stands for (its name). */
  table: string;
  sql: string;
  /** Contract columns a mapping names but the source lacks (the view leaves them out). */
  broken: string[];
}

/**
 * The view of one contract table, or null when the mapping does not map it. Columns the mapping
 * leaves out are not in the view (a panel needing them says so); a grouped view keeps one row per
 * key (the other columns' smallest value: they are the key's attributes).
 */
export function buildContractView(
  mapping: DataMapping,
  table: string,
  source: SourceColumns | undefined,
): ContractView | null {
  const mapped = mapping.tables[table];
  const contract = DATA_CONTRACT[table];
  if (!mapped || !contract || !source) return null;
  const broken: string[] = [];
  const selects: string[] = [];
  for (const [name, column] of Object.entries(contract.columns)) {
    const from = mapped.columns[name];
    if (!from) continue;
    if (from.column === null) {
      selects.push(`${constantSql(column.type, from.constant)} AS ${ident(name)}`);
      continue;
    }
    const sourceType = source.get(from.column);
    if (sourceType === undefined) {
      broken.push(name);
      continue;
    }
    selects.push(
      `${castSql(column.type, ident(from.column), sourceType, mapping.origin, from)} AS ${ident(name)}`,
    );
  }
  if (!selects.length) return null;
  const key = Object.keys(contract.columns)[0] as string;
  const from = ident(mapped.source);
  const inner = `SELECT ${selects.join(', ')} FROM ${from}`;
  if (!mapped.group || !mapped.columns[key] || broken.includes(key))
    return { table, sql: inner, broken };
  const others = Object.keys(contract.columns).filter(
    (c) => c !== key && mapped.columns[c] && !broken.includes(c),
  );
  const outer = [ident(key), ...others.map((c) => `min(${ident(c)}) AS ${ident(c)}`)];
  return {
    table,
    sql: `SELECT ${outer.join(', ')} FROM (${inner}) GROUP BY ${ident(key)}`,
    broken,
  };
}

/** The SQL that creates (or replaces) a view. */
export function buildCreateViewSql(view: ContractView): string {
  return `CREATE OR REPLACE VIEW ${ident(view.table)} AS ${view.sql}`;
}

/** The earliest date of the mapped orders (the proposal's origin), as text YYYY-MM-DD. */
export function buildOriginSql(mapping: DataMapping, source: SourceColumns): string | null {
  const orders = mapping.tables.orders;
  const dt = orders?.columns.dt?.column;
  if (!orders || !dt) return null;
  const type = source.get(dt);
  if (type === undefined) return null;
  return `SELECT strftime(min(${dateSql(ident(dt), type)}), '%Y-%m-%d') AS origin FROM ${ident(orders.source)}`;
}
