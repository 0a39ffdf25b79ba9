/**
 * Template files of the contract: per table, a CSV with the columns a provider fills in, headed in
 * Chinese or English, which a proposal maps back by name. Day and month indexes are not asked for:
 * one date column gives them (the table's date, or a date headed as the index's first synonym).
 * Pure.
 */
import { DATA_CONTRACT } from './schema';

const withoutNote = (text: string) => text.replace(/\s*[（(][^)）]*[)）]\s*/g, '').trim();
const isAscii = (text: string) => /^[\x20-\x7e]+$/.test(text);

/** The columns of a table's template with their headers. */
export function templateColumns(
  table: string,
  language: 'zh' | 'en',
): { column: string; header: string }[] {
  const columns = Object.entries(DATA_CONTRACT[table]?.columns ?? {});
  const hasDate = columns.some(([, c]) => c.type === 'date');
  let dated = false;
  const out: { column: string; header: string }[] = [];
  for (const [name, c] of columns) {
    if (c.type === 'day' || c.type === 'month') {
      // Every index of a table comes from its one date column.
      if (hasDate || dated) continue;
      dated = true;
      const synonym = c.synonyms.find((s) => (language === 'en' ? isAscii(s) : !isAscii(s)));
      out.push({ column: name, header: synonym ?? name });
      continue;
    }
    out.push({ column: name, header: withoutNote(c.meaning[language]) });
  }
  return out;
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * A table's template: the header row, with a byte-order mark so spreadsheet programs read the
 * Chinese headers as UTF-8.
 */
export function templateCsv(table: string, language: 'zh' | 'en'): string {
  return `\uFEFF${templateColumns(table, language)
    .map((c) => csvCell(c.header))
    .join(',')}\r\n`;
}
