/**
 * Tiny quote-aware CSV structure helpers. DuckDB does the real parsing; these only choose the
 * delimiter from the header line (DuckDB's sniffer may otherwise skip leading rows or fall back
 * to one column to make a ragged file look consistent, silently losing data) and, when DuckDB
 * refuses a file, find the first row whose field count differs from the header's.
 */
const CANDIDATES = [',', '\t', ';', '|'] as const;

function splitFields(line: string, delimiter: string): number {
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) fields++;
  }
  return fields;
}

/** The delimiter that occurs most often (outside quotes) in the header line; `,` when none does. */
export function detectDelimiter(headText: string): string {
  const header = headText.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  let best: string = ',';
  let bestCount = 1;
  for (const candidate of CANDIDATES) {
    const count = splitFields(header, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** First record (1-based line number of where it starts) whose field count differs from the header's. */
export function findRaggedRow(
  text: string,
  delimiter: string,
): { line: number; fields: number; expected: number } | null {
  let expected = -1;
  let fields = 1;
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let empty = true;
  const finish = (): { line: number; fields: number; expected: number } | null => {
    if (empty) return null;
    if (expected < 0) expected = fields;
    else if (fields !== expected) return { line: recordLine, fields, expected };
    return null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\n') line++;
    if (quoted) {
      empty = false;
      continue;
    }
    if (ch === delimiter) {
      fields++;
      empty = false;
    } else if (ch === '\n') {
      const bad = finish();
      if (bad) return bad;
      fields = 1;
      empty = true;
      recordLine = line;
    } else if (ch !== '\r') empty = false;
  }
  return finish();
}

/**
 * The first line with a quote that does not belong to a properly quoted field: a `"` inside an
 * unquoted field (`ab"c`), text after a closing quote, or a quote never closed. RFC 4180 state
 * machine; `""` inside a quoted field is an escaped quote. Null when every quote is balanced.
 */
export function findStrayQuote(text: string, delimiter: string): { line: number } | null {
  if (!text.includes('"')) return null;
  let line = 1;
  let openedAt = 0;
  let state: 'start' | 'plain' | 'quoted' | 'closed' = 'start';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (state === 'quoted') {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else state = 'closed';
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === delimiter) state = 'start';
    else if (ch === '\n') {
      line++;
      state = 'start';
    } else if (ch === '\r') continue;
    else if (ch === '"') {
      if (state !== 'start') return { line };
      state = 'quoted';
      openedAt = line;
    } else if (state === 'closed') return { line };
    else state = 'plain';
  }
  return state === 'quoted' ? { line: openedAt } : null;
}
