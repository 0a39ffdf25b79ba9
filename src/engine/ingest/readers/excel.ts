/**
 * Excel workbooks (.xlsx): one sheet per table. The reader (read-excel-file: kept up to date, no
 * published advisories, ~40 KB with its unzip) is loaded only when an Excel file is opened. Cells
 * keep their types (numbers, text, dates as dates); a title row above the header (often merged
 * across the columns) is skipped and reported, as are the upper rows of a two-row merged header.
 */
import { labError } from '../../errors';
import type { ReaderContext } from '../types';
import { inferColumns, insertRows } from './json';

type Cell = unknown;

const filled = (row: readonly Cell[]) =>
  row.filter((c) => c !== null && c !== undefined && String(c).trim() !== '').length;

/**
 * The header row among the first rows: the first one that fills most columns with text. Rows
 * above it (a report title, the upper row of a merged two-row header) are skipped.
 */
export function findHeader(data: readonly (readonly Cell[])[]): number {
  const head = data.slice(0, 20);
  const widest = Math.max(0, ...head.map(filled));
  const index = head.findIndex(
    (row) =>
      filled(row) >= Math.max(1, widest * 0.6) &&
      row.every((c) => c === null || c === undefined || typeof c === 'string'),
  );
  return index < 0 ? 0 : index;
}

/** Header cells as unique, non-empty column names. */
export function columnNames(header: readonly Cell[], width: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < width; i++) {
    const raw = header[i];
    const base =
      raw === null || raw === undefined || String(raw).trim() === ''
        ? `column_${i + 1}`
        : String(raw).trim();
    let name = base;
    for (let n = 2; names.includes(name); n++) name = `${base}_${n}`;
    names.push(name);
  }
  return names;
}

export const MAX_EXCEL_BYTES = 100 * 1024 ** 2;

/** Load one sheet (the first when none is named); returns its rows and every sheet's name. */
export async function readExcel(
  blob: Blob,
  ctx: ReaderContext,
  sheet: string | undefined,
): Promise<{ rows: number; sheets: string[] }> {
  if (blob.size > MAX_EXCEL_BYTES)
    throw labError(
      'too-large',
      'dataset.too-large',
      'The file is too large to load in the browser.',
      {
        size: blob.size,
        limit: MAX_EXCEL_BYTES,
      },
    );
  ctx.progress({ phase: 'read', bytes: 0, totalBytes: blob.size });
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(blob)) as unknown as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    throw labError('input', 'excel.unreadable', `Cannot read the Excel file: ${String(error)}`);
  }
  await ctx.checkpoint();
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen)
    throw labError('input', 'excel.no-sheet', `The workbook has no sheet named ${sheet ?? ''}.`, {
      sheet: sheet ?? '',
    });
  const headerAt = findHeader(chosen.data);
  if (headerAt > 0) ctx.notice('excel.header-rows', { rows: headerAt, sheet: chosen.sheet });
  const body = chosen.data.slice(headerAt + 1).filter((row) => filled(row) > 0);
  const width = Math.max(0, ...[chosen.data[headerAt] ?? [], ...body].map((r) => r.length));
  const names = columnNames(chosen.data[headerAt] ?? [], width);
  if (names.length === 0 || body.length === 0)
    throw labError('input', 'dataset.no-rows', 'The sheet has no rows to load.');
  const rows = body.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i] ?? null])));
  await insertRows(rows, inferColumns(rows), ctx);
  return { rows: rows.length, sheets: sheets.map((s) => s.sheet) };
}
