import { DataType, type Field, type Table } from 'apache-arrow';

/**
 * A JS value fit for display and Plot: temporal → Date, decimal → number, integers → number
 * while exact (|n| ≤ 2^53), else BigInt (ids stay exact in tables and exports), times, intervals,
 * blobs and UUIDs → the text DuckDB would print.
 */
export type Cell = string | number | bigint | boolean | Date | null;
export type RecordRow = Record<string, Cell>;

export type ColumnKind = 'temporal' | 'numeric' | 'boolean' | 'text';

export function columnKind(field: Field): ColumnKind {
  const type = field.type;
  if (DataType.isTimestamp(type) || DataType.isDate(type)) return 'temporal';
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return 'numeric';
  if (DataType.isBool(type)) return 'boolean';
  return 'text';
}

/** An integer as a number while that is exact, else as a BigInt. */
function exactInteger(value: bigint): number | bigint {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
}

const hex = (byte: number) => byte.toString(16).padStart(2, '0');

/** 16 bytes as a UUID (8-4-4-4-12), how DuckDB and Parquet store them. */
function uuidText(bytes: Uint8Array): string {
  const h = [...bytes].map(hex).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A time of day from its count of `unit`s since midnight: 12:34:56 or 12:34:56.789. */
function timeText(value: bigint | number, unit: number): string {
  const perSecond = [1, 1_000, 1_000_000, 1_000_000_000][unit] ?? 1;
  const total = BigInt(value);
  const seconds = Number(total / BigInt(perSecond));
  const fraction = Number(total % BigInt(perSecond));
  const hms = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  if (!fraction) return hms;
  const digits = String(perSecond).length - 1;
  return `${hms}.${String(fraction).padStart(digits, '0').replace(/0+$/, '')}`;
}

/** An interval as DuckDB prints it: "1 year 2 months 3 days 04:05:06". */
function intervalText(parts: Int32Array): string {
  const [months = 0, days = 0, low = 0, high = 0] = parts;
  const nanos = (BigInt(high) << 32n) | BigInt(low >>> 0);
  const out: string[] = [];
  const years = Math.trunc(months / 12);
  const plural = (n: number, unit: string) => `${n} ${unit}${Math.abs(n) === 1 ? '' : 's'}`;
  if (years) out.push(plural(years, 'year'));
  if (months % 12) out.push(plural(months % 12, 'month'));
  if (days) out.push(plural(days, 'day'));
  if (nanos || out.length === 0) {
    const sign = nanos < 0n ? '-' : '';
    out.push(sign + timeText(nanos < 0n ? -nanos : nanos, 3));
  }
  return out.join(' ');
}

function convert(value: unknown, kind: ColumnKind, type: DataType): Cell {
  if (value === null || value === undefined) return null;
  if (kind === 'temporal') return value instanceof Date ? value : new Date(Number(value));
  if (kind === 'numeric') {
    if (typeof value === 'bigint') return exactInteger(value);
    if (typeof value === 'number') return value;
    // Decimal: arrow-js hands back the unscaled integer (as a typed array / BigNum).
    const scale = DataType.isDecimal(type) ? type.scale : 0;
    if (scale === 0) return exactInteger(BigInt(String(value)));
    return Number(String(value)) / 10 ** scale;
  }
  if (kind === 'boolean') return Boolean(value);
  if (typeof value === 'string') return value;
  if (DataType.isTime(type)) return timeText(value as bigint | number, type.unit);
  if (DataType.isInterval(type) && value instanceof Int32Array) return intervalText(value);
  if (value instanceof Uint8Array)
    return DataType.isFixedSizeBinary(type) && type.byteWidth === 16
      ? uuidText(value)
      : [...value].map((b) => `\\x${hex(b).toUpperCase()}`).join('');
  if (typeof value === 'bigint') return exactInteger(value);
  return typeof value === 'object'
    ? JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? exactInteger(v) : v))
    : String(value);
}

/** Decode up to `limit` rows into plain records (the Arrow table stays the source of truth). */
export function toRecords(table: Table, limit = Infinity): RecordRow[] {
  const fields = table.schema.fields;
  const kinds = fields.map(columnKind);
  const columns = fields.map((_, i) => table.getChildAt(i));
  const count = Math.min(table.numRows, limit);
  const rows: RecordRow[] = new Array(count);
  for (let r = 0; r < count; r++) {
    const row: RecordRow = {};
    for (let c = 0; c < fields.length; c++)
      row[fields[c]!.name] = convert(columns[c]?.get(r), kinds[c]!, fields[c]!.type as DataType);
    rows[r] = row;
  }
  return rows;
}

/**
 * Rows for charts and arithmetic: integers beyond 2^53 (kept exact as BigInt for tables and
 * exports) become the nearest number, since Plot and panel code compute with numbers. The same
 * array comes back when there is none, which is nearly always.
 */
export function approximateIntegers(rows: RecordRow[]): RecordRow[] {
  if (!rows.some((row) => Object.values(row).some((v) => typeof v === 'bigint'))) return rows;
  return rows.map((row) => {
    const out: RecordRow = {};
    for (const [key, value] of Object.entries(row))
      out[key] = typeof value === 'bigint' ? Number(value) : value;
    return out;
  });
}
