/**
 * A first mapping of the user's tables onto the contract, for the user to confirm or correct:
 * tables by name and by how many contract columns their headers match; columns by name in zh and
 * en and synonyms, checked against type and sample values; code values by their usual spellings;
 * a missing dimension (brands, products…) derived from the facts that carry its key. Pure.
 */
import type { ColumnSource, DataMapping, TableMapping } from './mapping';
import { DATA_CONTRACT, type ContractColumn, type ContractType } from './schema';

export interface UserTable {
  name: string;
  columns: readonly { name: string; type: string }[];
  /** A few distinct values per column, as text (they decide dates in text and code values). */
  samples: Readonly<Record<string, readonly string[]>>;
}

/** How sure the proposal is of a column: its name, a synonym inside the name, or derived. */
export type Confidence = 'name' | 'partial' | 'derived';

export interface Proposal {
  mapping: DataMapping;
  confidence: Record<string, Confidence>;
}

/** Lower case without spaces, separators or a trailing unit in brackets: 支付金额（元） → 支付金额. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[（(][^)）]*[)）]/g, '')
    .replace(/[\s_\-·.:：/]/g, '');
}

const DATE_TEXT =
  /^\d{4}([-/.年])\d{1,2}(\1|月)?(\d{1,2}日?)?([ T]\d{1,2}:\d{2}(:\d{2})?)?$|^\d{8}$/;
const NUMBER_TEXT = /^[¥￥]?-?[\d,，]+(\.\d+)?元?$/;

const isNumericType = (t: string) => /INT|DOUBLE|FLOAT|DECIMAL|REAL/i.test(t);
const isTemporalType = (t: string) => /^(DATE|TIMESTAMP)/i.test(t);

/** Whether most samples look like `test` (no samples: no). */
function mostly(samples: readonly string[] | undefined, test: RegExp): boolean {
  const values = (samples ?? []).filter((v) => v.trim() !== '');
  return (
    values.length > 0 && values.filter((v) => test.test(v.trim())).length >= values.length * 0.8
  );
}

/** Whether a user column can hold a contract column of this type. */
function fits(
  type: ContractType,
  column: { name: string; type: string },
  samples: readonly string[] | undefined,
): boolean {
  switch (type) {
    case 'date':
      return isTemporalType(column.type) || mostly(samples, DATE_TEXT);
    case 'day':
    case 'month':
      return (
        isTemporalType(column.type) || mostly(samples, DATE_TEXT) || isNumericType(column.type)
      );
    case 'number':
    case 'integer':
      return isNumericType(column.type) || mostly(samples, NUMBER_TEXT);
    case 'flag':
      return isNumericType(column.type) || mostly(samples, /^(0|1|是|否|true|false|y|n|yes|no)$/i);
    default:
      return !isTemporalType(column.type);
  }
}

/** 3: the header is the column's name or a synonym; 2: it contains a synonym; 0: neither. */
function nameScore(header: string, name: string, column: ContractColumn): number {
  const h = normalizeHeader(header);
  // A template's header is the column's meaning (see templates.ts): matched as its name.
  const names = [name, column.meaning.zh, column.meaning.en, ...column.synonyms].map(
    normalizeHeader,
  );
  if (names.includes(h)) return 3;
  return names.some((n) => n.length >= 2 && h.includes(n)) ? 2 : 0;
}

const DATE_FAMILY: readonly ContractType[] = ['date', 'day', 'month'];

/** A column that tells its table apart: not a key, the crowd or a date every fact carries. */
function isOwnColumn(table: string, column: string): boolean {
  const c = DATA_CONTRACT[table]!.columns[column]!;
  if (c.type === 'id' || column === 'crowd') return false;
  return !(DATE_FAMILY.includes(c.type) && c.synonyms.includes('date'));
}

/** The contract columns of one contract table matched in one user table. */
function matchColumns(
  table: string,
  user: UserTable,
): { columns: Record<string, ColumnSource>; confidence: Record<string, Confidence> } {
  const contract = DATA_CONTRACT[table]!;
  const pairs: { column: string; header: string; score: number }[] = [];
  for (const [name, column] of Object.entries(contract.columns))
    for (const header of user.columns) {
      const score = nameScore(header.name, name, column);
      const samples = user.samples[header.name];
      // A code named only in part (订单状态 for an AIPL stage) must also hold one of its codes.
      const coded = column.type !== 'code' || score === 3 || codeValues(column, samples).values;
      if (score && coded && fits(column.type, header, samples))
        pairs.push({ column: name, header: header.name, score });
    }
  // Best first; a header feeds one contract column, except a date, which feeds the date and the
  // day and month indexes derived from it.
  pairs.sort((a, b) => b.score - a.score);
  const columns: Record<string, ColumnSource> = {};
  const confidence: Record<string, Confidence> = {};
  const used = new Map<string, ContractType>();
  for (const { column, header, score } of pairs) {
    if (columns[column]) continue;
    const type = contract.columns[column]!.type;
    const prior = used.get(header);
    if (prior && !(DATE_FAMILY.includes(prior) && DATE_FAMILY.includes(type))) continue;
    used.set(header, type);
    columns[column] = {
      column: header,
      ...codeValues(contract.columns[column]!, user.samples[header]),
    };
    confidence[`${table}.${column}`] = score === 3 ? 'name' : 'partial';
  }
  return { columns, confidence };
}

/** A code column's values as the user writes them → the contract's (only those that differ). */
function codeValues(
  column: ContractColumn,
  samples: readonly string[] | undefined,
): Partial<ColumnSource> {
  if (column.type !== 'code' || !column.values) return {};
  const values: Record<string, string> = {};
  for (const sample of samples ?? []) {
    const v = sample.trim();
    const low = v.toLowerCase();
    for (const [code, spellings] of Object.entries(column.values))
      if (v !== code && (spellings.includes(low) || code.toLowerCase() === low)) {
        values[v] = code;
        break;
      }
  }
  return Object.keys(values).length ? { values } : {};
}

/** Fact tables before the dimensions their keys point to: a shared source groups the coarser. */
const GRAIN_RANK: Record<string, number> = {
  order_items: 0,
  events: 0,
  reviews: 0,
  launch_daily: 0,
  aipl_monthly: 0,
  memberships: 0,
  targets: 0,
  orders: 1,
  content: 2,
  products: 2,
  consumers: 2,
  brands: 3,
  categories: 3,
  service_providers: 3,
};

/** Dimensions a proposal derives from the facts when no table of the user's holds them. */
const DIMENSIONS = ['brands', 'products', 'categories', 'consumers', 'service_providers'];

export function proposeMapping(tables: readonly UserTable[]): Proposal {
  const mapping: DataMapping = { origin: '', tables: {} };
  const confidence: Record<string, Confidence> = {};
  // Each contract table takes the user table that matches it best.
  for (const [table, contract] of Object.entries(DATA_CONTRACT)) {
    const key = Object.keys(contract.columns)[0]!;
    let best: { score: number; user: UserTable; match: ReturnType<typeof matchColumns> } | null =
      null;
    for (const user of tables) {
      const match = matchColumns(table, user);
      const matched = Object.keys(match.columns).length;
      const share = matched / Object.keys(contract.columns).length;
      const tableName = normalizeHeader(user.name);
      const named = [table, ...contract.synonyms]
        .map(normalizeHeader)
        .some((s) => tableName === s || (s.length >= 2 && tableName.includes(s)));
      // A table counts when it has the key and its name says so, or when most columns match
      // including one of its own (not a key, a date or the crowd every fact table carries).
      const own = Object.keys(match.columns).some((c) => isOwnColumn(table, c));
      if (!(match.columns[key] && (named || (share >= 0.5 && own)))) continue;
      const score = share + (named ? 0.5 : 0);
      if (!best || score > best.score) best = { score, user, match };
    }
    if (!best) continue;
    const columns = best.match.columns;
    // A dimension keyed by its name (品牌 holding 暖颜): the key column is the name too.
    const keyColumn = columns[key]?.column;
    const keyType = best.user.columns.find((c) => c.name === keyColumn)?.type ?? '';
    if (contract.columns.name && !columns.name && keyColumn && !isNumericType(keyType)) {
      columns.name = { column: keyColumn };
      confidence[`${table}.name`] = 'derived';
    }
    mapping.tables[table] = { source: best.user.name, group: false, columns };
    Object.assign(confidence, best.match.confidence);
  }
  // A user table feeding several contract tables holds the finest grain: the coarser group by key.
  for (const [table, mapped] of Object.entries(mapping.tables)) {
    const finer = Object.entries(mapping.tables).some(
      ([other, m]) => m.source === mapped.source && GRAIN_RANK[other]! < GRAIN_RANK[table]!,
    );
    mapped.group = finer;
  }
  for (const dimension of DIMENSIONS) {
    if (mapping.tables[dimension]) continue;
    const derived = deriveDimension(dimension, mapping, tables);
    if (!derived) continue;
    mapping.tables[dimension] = derived;
    for (const column of Object.keys(derived.columns))
      confidence[`${dimension}.${column}`] = 'derived';
  }
  return { mapping, confidence };
}

/**
 * A dimension built from the first mapped fact table that carries its key (brands from the
 * orders): the key, any other of its columns the same user table holds, and a text key as the name.
 */
function deriveDimension(
  dimension: string,
  mapping: DataMapping,
  tables: readonly UserTable[],
): TableMapping | null {
  const contract = DATA_CONTRACT[dimension]!;
  const key = Object.keys(contract.columns)[0]!;
  for (const [, fact] of Object.entries(mapping.tables)) {
    const keySource = fact.columns[key];
    if (!keySource?.column) continue;
    const user = tables.find((t) => t.name === fact.source);
    if (!user) continue;
    const { columns } = matchColumns(dimension, user);
    columns[key] = keySource;
    const keyType = user.columns.find((c) => c.name === keySource.column)?.type ?? '';
    if (contract.columns.name && !columns.name && !isNumericType(keyType))
      columns.name = { column: keySource.column };
    return { source: fact.source, group: true, columns };
  }
  return null;
}
