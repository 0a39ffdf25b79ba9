import { DataType, type Field, type Table } from 'apache-arrow';

/** A JS value fit for display and Plot: BigInt → number, temporal → Date, decimal → number. */
export type Cell = string | number | boolean | Date | null;
export type RecordRow = Record<string, Cell>;

export type ColumnKind = 'temporal' | 'numeric' | 'boolean' | 'text';

export function columnKind(field: Field): ColumnKind {
  const type = field.type;
  if (DataType.isTimestamp(type) || DataType.isDate(type)) return 'temporal';
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return 'numeric';
  if (DataType.isBool(type)) return 'boolean';
  return 'text';
}

function convert(value: unknown, kind: ColumnKind, scale: number): Cell {
  if (value === null || value === undefined) return null;
  if (kind === 'temporal') return value instanceof Date ? value : new Date(Number(value));
  if (kind === 'numeric') {
    if (typeof value === 'bigint') return Number(value);
    if (typeof value === 'number') return value;
    // Decimal: arrow-js hands back the unscaled integer (as a typed array / BigNum).
    return Number(String(value)) / 10 ** scale;
  }
  if (kind === 'boolean') return Boolean(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'object'
    ? JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))
    : String(value);
}

/** Decode up to `limit` rows into plain records (the Arrow table stays the source of truth). */
export function toRecords(table: Table, limit = Infinity): RecordRow[] {
  const fields = table.schema.fields;
  const kinds = fields.map(columnKind);
  const scales = fields.map((f) => (DataType.isDecimal(f.type) ? f.type.scale : 0));
  const columns = fields.map((_, i) => table.getChildAt(i));
  const count = Math.min(table.numRows, limit);
  const rows: RecordRow[] = new Array(count);
  for (let r = 0; r < count; r++) {
    const row: RecordRow = {};
    for (let c = 0; c < fields.length; c++)
      row[fields[c]!.name] = convert(columns[c]?.get(r), kinds[c]!, scales[c]!);
    rows[r] = row;
  }
  return rows;
}
