/** Export helpers that need no DOM: CSV text and the provenance line every export carries. */
import type { RecordRow } from '../engine/records';

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    value instanceof Date ? value.toISOString().replace('T00:00:00.000Z', '') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV (RFC 4180) with a UTF-8 BOM so Excel opens Chinese text correctly, and the provenance as a
 * first `#` comment line.
 */
export function buildCsv(
  columns: string[],
  rows: readonly RecordRow[],
  provenance: string,
): string {
  const lines = [`# ${provenance.replace(/[\r\n]+/g, ' ')}`, columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
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
