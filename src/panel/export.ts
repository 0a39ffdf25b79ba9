/** Export helpers that need no DOM: CSV text and the provenance line every export carries. */
import type { RecordRow } from '../engine/records';

/** Cells a spreadsheet would run as a formula (OWASP CSV injection): `= + - @`, tab, CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One value as spreadsheet text (CSV, Excel, clipboard): dates in ISO, numbers without binary
 * float noise (1572.6100000000004 → 1572.61: 15 significant digits, what a double holds
 * reliably), integers of any size exactly, and text that would start a formula neutralised with a
 * leading `'` (Excel and WPS then show it as text and drop the quote mark from view).
 */
export function spreadsheetText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace('T00:00:00.000Z', '');
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : String(value);
  if (typeof value === 'bigint') return String(value);
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: unknown): string {
  const text = spreadsheetText(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV (RFC 4180) that Excel and WPS open cleanly: a UTF-8 BOM (Chinese text), the header row
 * first, then the rows, then, after a blank line, the provenance as a trailing section of one-cell rows.
 * (A leading `#` comment line is shown by Excel as a data row and shifts the header.)
 */
export function buildCsv(
  columns: string[],
  rows: readonly RecordRow[],
  provenance: string | readonly string[],
): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  lines.push('');
  for (const line of typeof provenance === 'string' ? [provenance] : provenance)
    lines.push(csvCell(line.replace(/[\r\n]+/g, ' ')));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A safe file name: the panel id and the date. */
export function exportFileName(panelId: string, extension: string, date = new Date()): string {
  return `ecology-lab-${panelId}-${date.toISOString().slice(0, 10)}.${extension}`;
}
