import type { RecordRow } from '../engine/records';

/** Rows sorted by one column; nulls last either way. */
export function sortRows(
  rows: readonly RecordRow[],
  column: string,
  descending: boolean,
): RecordRow[] {
  const key = (v: unknown) => (v instanceof Date ? v.getTime() : v);
  return [...rows].sort((a, b) => {
    const x = key(a[column]);
    const y = key(b[column]);
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'zh-CN');
    return descending ? -order : order;
  });
}

/** Tab-separated text for the clipboard (pastes into Excel and WPS as cells). */
export function toTsv(columns: string[], rows: readonly RecordRow[]): string {
  const cell = (v: unknown) =>
    v === null || v === undefined
      ? ''
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : String(v).replace(/[\t\n\r]+/g, ' ');
  return [columns.join('\t'), ...rows.map((r) => columns.map((c) => cell(r[c])).join('\t'))].join(
    '\n',
  );
}
