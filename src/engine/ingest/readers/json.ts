import {
  Bool,
  DateDay,
  Float64,
  Int32,
  Int64,
  Table,
  TimestampMillisecond,
  Utf8,
  makeBuilder,
  tableToIPC,
  type DataType,
} from 'apache-arrow';
import { labError } from '../../errors';
import type { ReaderContext } from '../types';

/**
 * JSON and NDJSON, parsed in JS (DuckDB's JSON reader is an extension that cannot load offline).
 * Tabular shapes: an array of objects, an object holding one (`{"data": [...]}`), or one object per
 * line. Column types are inferred over every row first, so every batch inserts with one schema.
 * Integers stay exact: beyond 2^53 `JSON.parse` would round them (three distinct 19-digit order ids
 * became one), so they are read as BigInt and loaded as BIGINT.
 */
export async function readJson(blob: Blob, ctx: ReaderContext): Promise<number> {
  if (blob.size > ctx.limits.maxTextBytes)
    throw labError(
      'too-large',
      'dataset.too-large',
      'The file is too large to load in the browser.',
      {
        size: blob.size,
        limit: ctx.limits.maxTextBytes,
      },
    );
  ctx.progress({ phase: 'read', bytes: 0, totalBytes: blob.size });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await blob.arrayBuffer());
  } catch {
    throw labError('input', 'json.encoding', 'The JSON file is not valid UTF-8 text.');
  }
  const rows = parseTabularJson(text, blob.size <= ctx.limits.maxJsonArrayBytes);
  await ctx.checkpoint();
  const columns = inferColumns(rows);
  if (columns.length === 0)
    throw labError('input', 'json.not-tabular', 'The JSON objects have no fields.');
  await insertRows(rows, columns, ctx);
  return rows.length;
}

/** Rows (objects) into the load's table, 50,000 at a time as Arrow, with progress and cancel. */
export async function insertRows(
  rows: readonly Row[],
  columns: readonly Column[],
  ctx: ReaderContext,
): Promise<void> {
  const batchSize = 50_000;
  for (let start = 0; start < rows.length; start += batchSize) {
    await ctx.checkpoint();
    const slice = rows.slice(start, start + batchSize);
    await ctx.target.insertArrowIPC(ctx.table, rowsToArrowIpc(slice, columns), start === 0);
    ctx.progress({ phase: 'insert', rows: start + slice.length, totalRows: rows.length });
  }
}

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What an integer too long for a double is carried as through `JSON.parse` (see below). */
const BIG_INTEGER_TAG = '\u0000int:';

/**
 * The text with every integer literal of 16 or more digits (outside strings) turned into a tagged
 * string, which `revive` turns into a BigInt: `JSON.parse` alone rounds them to the nearest double.
 * (A reviver's access to the source text would do it natively, but Node 20 lacks it.) The tag
 * starts with U+0000, written as an escape, which no ordinary string value begins with.
 */
export function protectBigIntegers(text: string): string {
  if (!/\d{16}/.test(text)) return text;
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
      continue;
    }
    if (ch === 34) {
      inString = true;
      continue;
    }
    const isMinus = ch === 45;
    if (!isMinus && (ch < 48 || ch > 57)) continue;
    const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) continue;
    const token = match[0];
    if (!match[1] && !match[2] && token.replace('-', '').length >= 16) {
      out += `${text.slice(from, i)}"\\u0000int:${token}"`;
      from = i + token.length;
    }
    i += token.length - 1;
  }
  return out + text.slice(from);
}

function revive(_key: string, value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith(BIG_INTEGER_TAG)) return value;
  const big = BigInt(value.slice(BIG_INTEGER_TAG.length));
  return Number.isSafeInteger(Number(big)) ? Number(big) : big;
}

/** Parse JSON/NDJSON text into rows, or throw a clear "not tabular" / syntax error. */
export function parseTabularJson(text: string, allowWholeDocument: boolean): Row[] {
  const trimmed = protectBigIntegers(text.replace(/^\uFEFF/, '').trim());
  if (trimmed === '') throw labError('input', 'dataset.no-rows', 'The file is empty.');
  if (trimmed.startsWith('[') || !looksLikeNdjson(trimmed)) {
    if (!allowWholeDocument)
      throw labError(
        'too-large',
        'json.array-too-large',
        'This JSON document is too large; use NDJSON or Parquet.',
      );
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed, revive);
    } catch (error) {
      throw labError('input', 'json.syntax', `Invalid JSON: ${(error as Error).message}`);
    }
    return rowsOf(doc);
  }
  const rows: Row[] = [];
  let lineNo = 0;
  for (const line of trimmed.split(/\r?\n/)) {
    lineNo++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line, revive);
    } catch {
      throw labError('input', 'json.syntax-line', `Invalid JSON on line ${lineNo}.`, {
        line: lineNo,
      });
    }
    if (!isRow(value))
      throw labError('input', 'json.not-tabular', `Line ${lineNo} is not a JSON object.`, {
        line: lineNo,
      });
    rows.push(value);
  }
  return rows;
}

function looksLikeNdjson(text: string): boolean {
  const firstBreak = text.indexOf('\n');
  return (
    text.startsWith('{') && firstBreak > 0 && text.slice(firstBreak).trimStart().startsWith('{')
  );
}

function rowsOf(doc: unknown): Row[] {
  const candidate = Array.isArray(doc)
    ? doc
    : isRow(doc)
      ? Object.values(doc).find((v) => Array.isArray(v) && v.length > 0 && v.every(isRow))
      : undefined;
  if (!Array.isArray(candidate) || candidate.length === 0 || !candidate.every(isRow))
    throw labError('input', 'json.not-tabular', 'The JSON is not a list of records (objects).');
  return candidate;
}

/** `date` and `timestamp`: JS dates (a spreadsheet's date cells), at midnight UTC or not. */
type ColumnKind = 'bool' | 'int' | 'bigint' | 'float' | 'date' | 'timestamp' | 'string';
export interface Column {
  name: string;
  kind: ColumnKind;
}

function kindOf(value: unknown): ColumnKind | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'bigint') return 'bigint';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? null
      : value.getTime() % 86_400_000 === 0
        ? 'date'
        : 'timestamp';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'float';
    return Math.abs(value) <= 2_147_483_647 ? 'int' : 'bigint';
  }
  return 'string';
}

function widen(a: ColumnKind | null, b: ColumnKind | null): ColumnKind | null {
  if (a === null) return b;
  if (b === null || a === b) return a;
  const numeric = ['int', 'bigint', 'float'];
  const temporal = ['date', 'timestamp'];
  if (temporal.includes(a) && temporal.includes(b)) return 'timestamp';
  if (numeric.includes(a) && numeric.includes(b)) {
    if (a === 'float' || b === 'float') return 'float';
    return 'bigint';
  }
  return 'string';
}

export function inferColumns(rows: readonly Row[]): Column[] {
  const kinds = new Map<string, ColumnKind | null>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row))
      kinds.set(key, widen(kinds.get(key) ?? null, kindOf(value)));
  return [...kinds].map(([name, kind]) => ({ name, kind: kind ?? 'string' }));
}

const ARROW_TYPES: Record<ColumnKind, () => DataType> = {
  bool: () => new Bool(),
  int: () => new Int32(),
  bigint: () => new Int64(),
  float: () => new Float64(),
  date: () => new DateDay(),
  timestamp: () => new TimestampMillisecond(),
  string: () => new Utf8(),
};

function cell(value: unknown, kind: ColumnKind): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'bigint') return BigInt(value as number | bigint);
  if (kind === 'float') return Number(value);
  if (kind === 'date' || kind === 'timestamp')
    return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
  if (kind !== 'string') return value;
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object'
    ? JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))
    : String(value);
}

/**
 * One Arrow column. Arrow's builders compile their default null test with `new Function`, which
 * the lab's Content-Security-Policy forbids (no `'unsafe-eval'`): the builder is made with no null
 * values and given a plain null test instead.
 */
function arrowColumn(values: unknown[], type: DataType) {
  const builder = makeBuilder({ type, nullValues: [] });
  builder.isValid = (value: unknown) => value !== null && value !== undefined;
  for (const value of values) builder.append(value);
  return builder.finish().toVector();
}

/** Rows as one Arrow IPC stream, built without evaluating code (see `arrowColumn`). */
export function rowsToArrowIpc(rows: readonly Row[], columns: readonly Column[]): Uint8Array {
  const vectors = Object.fromEntries(
    columns.map((c) => [
      c.name,
      arrowColumn(
        rows.map((r) => cell(r[c.name], c.kind)),
        ARROW_TYPES[c.kind](),
      ),
    ]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}
