/** Dataset formats the lab reads, detected from the bytes (the file name is only a hint). */
export type DatasetFormat = 'parquet' | 'csv' | 'json' | 'arrow' | 'excel';

const EXTENSIONS: Record<string, DatasetFormat> = {
  parquet: 'parquet',
  parq: 'parquet',
  pq: 'parquet',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  json: 'json',
  ndjson: 'json',
  jsonl: 'json',
  arrow: 'arrow',
  arrows: 'arrow',
  feather: 'arrow',
  ipc: 'arrow',
  xlsx: 'excel',
  xlsm: 'excel',
  xls: 'excel',
};

export function formatFromName(name: string): DatasetFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}

const PAR1 = [0x50, 0x41, 0x52, 0x31];
const ARROW1 = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];
/** A ZIP archive (an .xlsx is one). */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: the Excel 97–2003 .xls format. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/**
 * Bytes no text file has: NUL and the C0 controls other than tab, line feed, form feed and
 * carriage return (an Excel file, an image or a damaged download starts with some).
 */
function looksBinary(head: Uint8Array): boolean {
  return head.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d);
}

/**
 * What the first bytes say the file is: a known binary format, `binary` for any other binary
 * content, else `json` or `text`.
 */
export function sniffFormat(
  head: Uint8Array,
): DatasetFormat | 'text' | 'binary' | 'empty' | 'zip' | 'xls' {
  if (head.length === 0) return 'empty';
  if (startsWith(head, ZIP)) return 'zip';
  if (startsWith(head, OLE)) return 'xls';
  if (startsWith(head, PAR1)) return 'parquet';
  if (startsWith(head, ARROW1)) return 'arrow';
  if (
    head.length >= 4 &&
    head[0] === 0xff &&
    head[1] === 0xff &&
    head[2] === 0xff &&
    head[3] === 0xff
  )
    return 'arrow'; // IPC stream: continuation marker
  if (looksBinary(head)) return 'binary';
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0; // UTF-8 BOM
  while (
    i < head.length &&
    (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)
  )
    i++;
  if (head[i] === 0x5b || head[i] === 0x7b) return 'json'; // [ or {
  return 'text';
}

/**
 * Decide the format: the bytes win. A binary-looking name with text content (or the reverse) is
 * reported as a mismatch so the user learns what the file really is.
 */
export function decideFormat(
  name: string,
  head: Uint8Array,
):
  | { format: DatasetFormat }
  | { error: 'empty' | 'mismatch'; expected?: DatasetFormat; actual: string } {
  const sniffed = sniffFormat(head);
  const hinted = formatFromName(name);
  if (sniffed === 'empty') return { error: 'empty', actual: 'empty' };
  if (sniffed === 'parquet' || sniffed === 'arrow') {
    if (hinted && hinted !== sniffed)
      return { error: 'mismatch', expected: hinted, actual: sniffed };
    return { format: sniffed };
  }
  // A workbook: .xlsx is a ZIP archive; the old .xls cannot be read (saved as .xlsx, it can).
  if (sniffed === 'zip' && hinted === 'excel') return { format: 'excel' };
  if (sniffed === 'xls') return { error: 'mismatch', expected: 'excel', actual: 'xls' };
  if (sniffed === 'zip') return { error: 'mismatch', expected: hinted ?? 'csv', actual: 'zip' };
  if (hinted === 'excel')
    return {
      error: 'mismatch',
      expected: 'excel',
      actual: sniffed === 'binary' ? 'binary' : 'text',
    };
  // Binary content the lab cannot read: say so, whatever the name claims.
  if (sniffed === 'binary')
    return { error: 'mismatch', expected: hinted ?? 'csv', actual: 'binary' };
  // Text: JSON or CSV by content, unless the name claims a binary format.
  if (hinted === 'parquet' || hinted === 'arrow')
    return { error: 'mismatch', expected: hinted, actual: sniffed === 'json' ? 'json' : 'text' };
  if (sniffed === 'json' && hinted !== 'csv') return { format: 'json' };
  return { format: hinted === 'json' ? 'json' : 'csv' };
}
