/** A toolkit panel's table view from its word list: headers in the reader's language, rows mapped. */
import type { Localized, PanelTable, PlotData, RecordRow } from '../../src/panel/contract';
import { pick } from '../../src/panel/sql';

/**
 * `keys` maps each column to its word in `words`; `numeric` names the right-aligned columns.
 * Pass a toolkit's own `words` once: `const table = wordsTable(WORDS)`.
 */
export function wordsTable<Words extends Record<string, Localized>>(words: Words) {
  return (
    data: PlotData,
    keys: Record<string, keyof Words>,
    numeric: string[],
    row: (r: RecordRow) => RecordRow,
  ): PanelTable => ({
    columns: Object.entries(keys).map(([name, key]) => ({
      name,
      label: pick(words[key]!, data.locale),
      numeric: numeric.includes(name),
    })),
    rows: data.rows.map(row),
  });
}
