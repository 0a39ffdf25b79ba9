import { spreadsheetText } from '../panel/export';
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
    const numeric = (v: unknown) => typeof v === 'number' || typeof v === 'bigint';
    const order =
      numeric(x) && numeric(y)
        ? (x as number) < (y as number)
          ? -1
          : (x as number) > (y as number)
            ? 1
            : 0
        : String(x).localeCompare(String(y), 'zh-CN');
    return descending ? -order : order;
  });
}

/** Tab-separated text for the clipboard (pastes into Excel and WPS as cells). */
export function toTsv(columns: string[], rows: readonly RecordRow[]): string {
  const cell = (v: unknown) => spreadsheetText(v).replace(/[\t\n\r]+/g, ' ');
  return [columns.join('\t'), ...rows.map((r) => columns.map((c) => cell(r[c])).join('\t'))].join(
    '\n',
  );
}
