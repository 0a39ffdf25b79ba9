import { EngineError, labError } from '../../errors';
import { VIRTUAL_PREFIX } from '../../lockdown';
import { ident, literal } from '../../../sql/quote';
import type { ReaderContext } from '../types';
import { detectDelimiter, findRaggedRow, findStrayQuote } from './csv-shape';

let counter = 0;

/**
 * CSV (and TSV) through DuckDB's built-in reader (core, no extension): the bytes are registered as a
 * virtual file under the lockdown prefix, read with auto-detection, then dropped. Chinese exports
 * are often GB18030 (Excel's default on Chinese Windows): detected and transcoded to UTF-8.
 */
export async function readCsv(blob: Blob, ctx: ReaderContext): Promise<number> {
  if (blob.size > ctx.limits.maxTextBytes)
    throw labError(
      'too-large',
      'dataset.too-large',
      'The file is too large to load in the browser.',
      {
        size: blob.size,
        limit: ctx.limits.maxTextBytes,
      },
    );
  ctx.progress({ phase: 'read', bytes: 0, totalBytes: blob.size });
  let bytes: Uint8Array = new Uint8Array(await blob.arrayBuffer());
  await ctx.checkpoint();
  if (!isUtf8Prefix(bytes)) {
    bytes = transcodeGb18030(bytes);
    ctx.notice('csv.transcoded', { encoding: 'GB18030' });
  }
  // DuckDB parses the text in one statement: say so rather than sit at 100 % (a 300 MB file
  // takes tens of seconds here).
  ctx.progress({ phase: 'parse', bytes: blob.size });

  const delimiter = detectDelimiter(new TextDecoder().decode(bytes.subarray(0, 1 << 16)));
  const path = `${VIRTUAL_PREFIX}ingest/${Date.now()}-${counter++}.csv`;
  await ctx.target.registerBuffer(path, bytes);
  try {
    // Dialect pinned to the header line and strict: a ragged row is an error, never silently
    // skipped or padded. Types are still auto-detected.
    await ctx.target.exec(
      `CREATE TABLE ${ident(ctx.table)} AS SELECT * FROM read_csv(${literal(path)}, delim = ${literal(delimiter)}, ` +
        'header = true, skip = 0, strict_mode = true, null_padding = false, ignore_errors = false, sample_size = 20480)',
    );
  } catch (error) {
    const ragged = findRaggedRow(new TextDecoder().decode(bytes), delimiter);
    if (ragged)
      throw labError(
        'input',
        'csv.ragged',
        `Row at line ${ragged.line} has ${ragged.fields} fields; the header has ${ragged.expected}.`,
        ragged,
      );
    throw explainCsvError(error);
  } finally {
    await ctx.target.dropFile(path);
  }
  // Loaded, but a stray quote may have been read as data (DuckDB accepts `ab"c` unquoted).
  const stray = findStrayQuote(new TextDecoder().decode(bytes), delimiter);
  if (stray) ctx.notice('csv.stray-quotes', stray);
  return -1; // the caller counts rows
}

/** True when the first megabyte decodes as UTF-8 (a cut multi-byte character at the end is fine). */
export function isUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 1 << 20), { stream: true });
    return true;
  } catch {
    return false;
  }
}

function transcodeGb18030(bytes: Uint8Array): Uint8Array {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw labError('input', 'csv.encoding', 'The file is neither UTF-8 nor GB18030 text.');
  }
  return new TextEncoder().encode(text);
}

function explainCsvError(error: unknown): unknown {
  if (!(error instanceof EngineError) || error.info.kind !== 'sql') return error;
  const message = error.info.message;
  const line = /line (\d+)/i.exec(message)?.[1];
  if (/unicode|UTF-8|UTF8/i.test(message))
    return labError('input', 'csv.encoding', message, line ? { line: Number(line) } : undefined);
  if (/empty|No data|no columns/i.test(message))
    return labError('input', 'dataset.no-rows', message);
  return labError('input', 'csv.invalid', message);
}
