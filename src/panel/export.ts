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
 * first, then the rows, then, after a blank line, the provenance as a one-cell trailing section.
 * (A leading `#` comment line is shown by Excel as a data row and shifts the header.)
 */
export function buildCsv(
  columns: string[],
  rows: readonly RecordRow[],
  provenance: string,
): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  lines.push('', csvCell(provenance.replace(/[\r\n]+/g, ' ')));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Parameters as a short `name=value` list for the provenance line. */
export function describeParams(params: Record<string, unknown>): string {
  return Object.entries(params)
    .filter(([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(
      ([k, v]) =>
        `${k}=${Array.isArray(v) ? v.join('|') : String(v).replace(/\s+/g, ' ').slice(0, 60)}`,
    )
    .join(', ');
}

/** A safe file name: the panel id and the date. */
export function exportFileName(panelId: string, extension: string, date = new Date()): string {
  return `ecology-lab-${panelId}-${date.toISOString().slice(0, 10)}.${extension}`;
}
