import { spreadsheetText } from '../panel/export';
import type { RecordRow } from '../engine/records';
import type { PanelTable, PlotData } from '../panel/contract';

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

/**
 * A panel table as plain header → value rows, footer last (for CSV and the clipboard): headers are
 * what the reader saw; a header repeated gets a number so no column is lost.
 */
export function labelledRows(table: PanelTable): { columns: string[]; rows: RecordRow[] } {
  const seen = new Map<string, number>();
  const headers = table.columns.map((c) => {
    const n = (seen.get(c.label) ?? 0) + 1;
    seen.set(c.label, n);
    return n === 1 ? c.label : `${c.label} (${n})`;
  });
  const all = table.footer ? [...table.rows, table.footer] : table.rows;
  const rows = all.map((row) =>
    Object.fromEntries(table.columns.map((c, i) => [headers[i], row[c.name] ?? null])),
  );
  return { columns: headers, rows };
}

/**
 * How a panel's result reads as a table: the panel's own shape (a pivot) when it has one and the
 * result fits it, else column for column.
 */
export function panelTable(
  shape: ((data: PlotData) => PanelTable) | undefined,
  data: PlotData,
): PanelTable {
  if (shape)
    try {
      return shape(data);
    } catch {
      // A result that does not fit the shape (an old link's columns) is still shown as it is.
    }
  return {
    columns: data.columns.map((c) => ({
      name: c.name,
      label: c.name,
      numeric: c.kind === 'numeric',
    })),
    rows: data.rows,
  };
}
