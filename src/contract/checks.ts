/**
 * The data checks of the self-test (自检) that hold for any data under the contract: column types,
 * keys present and unique, no negative amounts, no refund above its payment, codes from the
 * contract's lists, flags of 0 and 1, one day 0 for every day index, and facts pointing at
 * dimension rows that exist. Each check selects its offending rows: none means it passes. Pure.
 */
import type { Localized } from '../panel/contract';
import { ident, literal } from '../sql/quote';
import { DATA_CONTRACT, type ContractType } from './schema';

export interface DataCheck {
  id: string;
  table: string;
  description: Localized;
  /** The offending rows. */
  sql: string;
}

type Columns = Readonly<Record<string, readonly { name: string; type: string }[]>>;

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|REAL|DECIMAL)/i;
const TYPE_OK: Record<ContractType, (type: string) => boolean> = {
  id: (t) => NUMERIC.test(t),
  integer: (t) => NUMERIC.test(t),
  number: (t) => NUMERIC.test(t),
  day: (t) => NUMERIC.test(t),
  month: (t) => NUMERIC.test(t),
  flag: (t) => NUMERIC.test(t),
  date: (t) => /^(DATE|TIMESTAMP)/i.test(t),
  text: (t) => /^VARCHAR/i.test(t),
  code: (t) => /^VARCHAR/i.test(t),
};

/** Dimension tables: one row per key. */
const UNIQUE_KEYS: Record<string, string> = {
  orders: 'order_id',
  brands: 'brand_id',
  products: 'product_id',
  categories: 'category_id',
  consumers: 'consumer_id',
  content: 'content_id',
  service_providers: 'sp_id',
};

/** Fact columns that point at a dimension's key (checked when both are there). */
const REFERENCES: [string, string, string][] = [
  ['orders', 'brand_id', 'brands'],
  ['order_items', 'order_id', 'orders'],
  ['order_items', 'product_id', 'products'],
  ['products', 'brand_id', 'brands'],
  ['events', 'brand_id', 'brands'],
];

const NON_NEGATIVE: [string, string][] = [
  ['orders', 'pay_amount'],
  ['orders', 'refund_amount'],
  ['order_items', 'qty'],
  ['order_items', 'unit_price'],
  ['products', 'list_price'],
  ['events', 'watch_sec'],
  ['targets', 'gmv_target'],
];

const text = (zh: string, en: string): Localized => ({ zh, en });

export function contractChecks(tables: Columns): DataCheck[] {
  const checks: DataCheck[] = [];
  const has = (table: string, ...columns: string[]) =>
    columns.every((c) => tables[table]?.some((x) => x.name === c));
  for (const [table, contract] of Object.entries(DATA_CONTRACT)) {
    const columns = tables[table];
    if (!columns) continue;
    const t = ident(table);
    // Types: a column of another type than the contract's (the mapping casts; a table loaded as is may not).
    const wrong = Object.entries(contract.columns).flatMap(([name, c]) => {
      const actual = columns.find((x) => x.name === name)?.type;
      return actual !== undefined && !TYPE_OK[c.type](actual) ? [[name, actual, c.type]] : [];
    });
    checks.push({
      id: `${table}.types`,
      table,
      description: text(`${table} 的列类型符合契约`, `${table}: column types as the contract says`),
      sql: wrong.length
        ? `SELECT * FROM (VALUES ${wrong.map((r) => `(${r.map((v) => literal(v)).join(', ')})`).join(', ')}) v("column", "type", expected)`
        : 'SELECT NULL AS "column" WHERE false',
    });
    const key = UNIQUE_KEYS[table];
    if (key && has(table, key))
      checks.push({
        id: `${table}.unique`,
        table,
        description: text(`${table}.${key} 唯一且不为空`, `${table}.${key} is unique and present`),
        sql: `SELECT ${ident(key)}, count(*)::INTEGER AS "rows" FROM ${t} GROUP BY 1 HAVING count(*) > 1 OR ${ident(key)} IS NULL ORDER BY 2 DESC, 1`,
      });
    for (const [tb, column] of NON_NEGATIVE)
      if (tb === table && has(table, column))
        checks.push({
          id: `${table}.${column}.non-negative`,
          table,
          description: text(`${table}.${column} 不为负`, `${table}.${column} is never negative`),
          sql: `SELECT * FROM ${t} WHERE ${ident(column)} < 0`,
        });
    if (table === 'orders' && has(table, 'pay_amount', 'refund_amount'))
      checks.push({
        id: 'orders.refund-within-payment',
        table,
        description: text('退款金额不超过实付金额', 'No refund exceeds its payment'),
        sql: `SELECT * FROM ${t} WHERE refund_amount > pay_amount`,
      });
    for (const [name, c] of Object.entries(contract.columns)) {
      if (!has(table, name)) continue;
      if (c.type === 'code' && c.values)
        checks.push({
          id: `${table}.${name}.codes`,
          table,
          description: text(
            `${table}.${name} 取值为 ${Object.keys(c.values).join(' / ')}`,
            `${table}.${name} is one of ${Object.keys(c.values).join(' / ')}`,
          ),
          sql: `SELECT ${ident(name)}, count(*)::INTEGER AS "rows" FROM ${t} WHERE ${ident(name)} IS NOT NULL AND ${ident(name)} NOT IN (${Object.keys(
            c.values,
          )
            .map((v) => literal(v))
            .join(', ')}) GROUP BY 1 ORDER BY 2 DESC`,
        });
      if (c.type === 'flag')
        checks.push({
          id: `${table}.${name}.flag`,
          table,
          description: text(`${table}.${name} 为 0 或 1`, `${table}.${name} is 0 or 1`),
          sql: `SELECT * FROM ${t} WHERE ${ident(name)} NOT IN (0, 1)`,
        });
    }
    // Every day index counts from one day 0 (the toolkits date a day index by it).
    if (has(table, 'dt', 'day_idx'))
      checks.push({
        id: `${table}.day-zero`,
        table,
        description: text(
          `${table} 的日序号与日期对应同一个第 0 天`,
          `${table}: day indexes and dates share one day 0`,
        ),
        sql: `WITH d AS (SELECT *, CAST(dt AS DATE) - CAST(day_idx AS INTEGER) AS day0 FROM ${t}) SELECT * EXCLUDE (day0) FROM d WHERE day0 <> (SELECT mode(day0) FROM d)`,
      });
  }
  for (const [fact, column, dimension] of REFERENCES) {
    const key = UNIQUE_KEYS[dimension]!;
    if (!has(fact, column) || !has(dimension, key)) continue;
    checks.push({
      id: `${fact}.${column}.reference`,
      table: fact,
      description: text(
        `${fact}.${column} 都能在 ${dimension} 中找到`,
        `Every ${fact}.${column} is in ${dimension}`,
      ),
      sql: `SELECT f.${ident(column)}, count(*)::INTEGER AS "rows" FROM ${ident(fact)} f WHERE f.${ident(column)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${ident(dimension)} d WHERE d.${ident(key)} = f.${ident(column)}) GROUP BY 1 ORDER BY 2 DESC`,
    });
  }
  return checks;
}
