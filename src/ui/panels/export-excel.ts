/**
 * Excel out: a table as an .xlsx workbook (typed cells: numbers stay numbers, dates dates) with the
 * provenance on a second sheet. The writer (write-excel-file) loads only when one is made.
 */
import type { RecordRow } from '../../engine/records';

type Cell = { value: string | number | Date; format?: string; fontWeight?: 'bold' } | null;

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { value, format: 'yyyy-mm-dd' };
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : null;
  if (typeof value === 'bigint') return { value: String(value) };
  if (typeof value === 'boolean') return { value: value ? 1 : 0 };
  return { value: String(value) };
}

/** Sheets of header + rows (each a list of cells) as one workbook. */
export async function workbook(
  sheets: { name: string; header: string[]; rows: readonly (readonly unknown[])[] }[],
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = sheets.map((s) => ({
    sheet: s.name.slice(0, 31),
    data: [
      s.header.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...s.rows.map((row) => row.map(cell)),
    ],
  }));
  return writeXlsxFile(data as never).toBlob();
}

/** A panel's table with its provenance lines on a sheet of their own. */
export function tableWorkbook(
  columns: string[],
  rows: readonly RecordRow[],
  provenance: readonly string[],
  names: { data: string; source: string },
): Promise<Blob> {
  return workbook([
    { name: names.data, header: columns, rows: rows.map((r) => columns.map((c) => r[c])) },
    { name: names.source, header: [names.source], rows: provenance.map((line) => [line]) },
  ]);
}
