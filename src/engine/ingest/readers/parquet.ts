import { DataType, tableFromIPC, type Field } from 'apache-arrow';
import { labError } from '../../errors';
import type { ReaderContext } from '../types';

/** The parts of parquet-wasm the reader uses (the browser and Node builds share this shape). */
export interface ParquetModule {
  ParquetFile: {
    fromFile(handle: Blob): Promise<ParquetFileLike>;
  };
  /** The reader's own wasm memory (reported as the engine's memory use). */
  wasmMemory?(): WebAssembly.Memory;
}

interface RowGroupLike {
  numRows(): number;
  totalByteSize(): number;
  compressedSize(): number;
  columns(): { numValues(): number; uncompressedSize(): number }[];
}

interface ParquetFileLike {
  metadata(): {
    numRowGroups(): number;
    fileMetadata(): { numRows(): number };
    rowGroup(i: number): RowGroupLike;
  };
  schema(): { intoIPCStream(): Uint8Array };
  /** Record batches of at most `batchSize` rows (never across row groups), read lazily. */
  stream(options?: { batchSize?: number; columns?: string[] }): Promise<ReadableStream>;
  free(): void;
}

/**
 * Bytes one value of `field` takes once decoded into Arrow, or null when it has no fixed width
 * (strings, binary) or is nested. Validity bitmaps are counted separately.
 */
function fixedWidth(field: Field): number | null {
  const type = field.type as DataType;
  if (DataType.isBool(type)) return 1 / 8;
  if (DataType.isInt(type)) return type.bitWidth / 8;
  if (DataType.isFloat(type)) return [2, 4, 8][type.precision] ?? 8;
  if (DataType.isDecimal(type)) return type.bitWidth / 8;
  if (DataType.isDate(type)) return type.unit === 0 ? 4 : 8;
  if (DataType.isTime(type)) return type.bitWidth / 8;
  if (DataType.isTimestamp(type) || DataType.isDuration(type)) return 8;
  if (DataType.isInterval(type)) return 16;
  if (DataType.isFixedSizeBinary(type)) return type.byteWidth;
  if (DataType.isDictionary(type)) return type.indices.bitWidth / 8;
  return null;
}

/**
 * What the file will take once decoded, from its footer alone: every column chunk's declared
 * values times the width of its Arrow type (a run-length encoded column of 400 million identical
 * BIGINTs is a few kB on disk and 3.2 GB decoded), offsets and the declared uncompressed bytes for
 * strings. How far a dictionary of long strings expands is not declared: each value is at most
 * the chunk's uncompressed size long, which `pessimistic` assumes (for files with far more rows
 * than bytes, where that bound is small for honest files and catches a bomb's 467 bytes that
 * expand to 600 MB). The reader decodes a whole row group at once, so this must be known before.
 */
export function declaredDecodedBytes(file: ParquetFileLike, pessimistic = false): number {
  const meta = file.metadata();
  let fields: Field[] = [];
  try {
    fields = tableFromIPC(file.schema().intoIPCStream()).schema.fields;
  } catch {
    // An Arrow schema the JS side cannot read: estimate every column as 8 bytes a value.
  }
  let total = 0;
  for (let g = 0; g < meta.numRowGroups(); g++) {
    const chunks = meta.rowGroup(g).columns();
    // Flat schemas have one column chunk per field; nested ones are estimated generously.
    const flat = chunks.length === fields.length;
    chunks.forEach((chunk, i) => {
      const values = chunk.numValues();
      const width = flat ? fixedWidth(fields[i]!) : 8;
      const validity = values / 8;
      const bytes = chunk.uncompressedSize();
      if (width !== null) total += Math.max(values * width, bytes) + validity;
      else total += (pessimistic ? values * (4 + bytes) : values * 4 + bytes) + validity;
    });
  }
  return total;
}

/**
 * Rows per decoded batch (a batch never spans row groups): about 10 MB of Arrow for a typical
 * table, whatever the row groups' size. Each batch is one insert into DuckDB, and each insert has
 * a fixed cost: a 3M-row file in Chromium loaded in 2.3 s with 65,536-row batches, 1.96 s with
 * 262,144 (one per 122,880-row group) and 2.0 s with 1M.
 */
export const PARQUET_BATCH_ROWS = 262_144;

/**
 * Parquet → DuckDB without DuckDB's Parquet extension (it would be downloaded from a CDN):
 * parquet-wasm reads the file lazily from the Blob (the footer, then one row group's column chunks
 * at a time) and decodes it in batches of `PARQUET_BATCH_ROWS` rows, each inserted into the table
 * as Arrow IPC. The reader's memory stays near one row group's compressed chunks plus one batch,
 * whatever the file's size (wasm memory never shrinks: a whole 3M-row file decoded at once kept
 * ~400 MB), and each batch is a progress and cancel point. Measured in Node on a 3M-row, 8.7 MB
 * file: 1735 ms and 396 MiB decoded whole, 317 ms and 11 MiB streamed in batches.
 */
export async function readParquet(
  parquet: ParquetModule,
  blob: Blob,
  ctx: ReaderContext,
): Promise<number> {
  const tail = new Uint8Array(await blob.slice(Math.max(0, blob.size - 4)).arrayBuffer());
  if (blob.size < 12 || String.fromCharCode(...tail) !== 'PAR1')
    throw labError(
      'input',
      'parquet.truncated',
      'The Parquet file is truncated or damaged (no footer).',
    );

  let file: ParquetFileLike;
  try {
    file = await parquet.ParquetFile.fromFile(blob);
  } catch (error) {
    throw labError('input', 'parquet.corrupt', `Cannot read the Parquet footer: ${String(error)}`);
  }
  try {
    const meta = file.metadata();
    const groups = meta.numRowGroups();
    const totalRows = meta.fileMetadata().numRows();
    const tooLarge = (size: number) =>
      labError(
        'too-large',
        'dataset.too-large',
        'The dataset is too large to load in the browser.',
        {
          size,
          limit: ctx.limits.maxDecodedBytes,
        },
      );
    // A valid footer can declare absurd sizes (a "Parquet bomb"): refuse before allocating. Far
    // more rows than bytes is how a bomb looks: those files are measured pessimistically, and
    // every batch adds to a running total (the last line of defence).
    const suspicious = totalRows > blob.size * 8;
    const declared = declaredDecodedBytes(file, suspicious);
    if (declared > ctx.limits.maxDecodedBytes || totalRows > 2 ** 31) throw tooLarge(declared);
    if (groups === 0)
      throw labError('input', 'dataset.no-rows', 'The file has no columns or rows to load.');
    ctx.progress({ phase: 'read', totalRows, rows: 0, totalBytes: blob.size });

    let rows = 0;
    let decoded = 0;
    let created = false;
    const batches = (await file.stream({ batchSize: PARQUET_BATCH_ROWS })).getReader();
    try {
      for (;;) {
        await ctx.checkpoint();
        let next: ReadableStreamReadResult<{ numRows: number; intoIPCStream(): Uint8Array }>;
        try {
          next = await batches.read();
        } catch (error) {
          throw labError(
            'input',
            'parquet.corrupt',
            `The file cannot be decoded after row ${rows}: ${String(error)}`,
          );
        }
        if (next.done) break;
        const batchRows = next.value.numRows;
        const ipc = next.value.intoIPCStream();
        decoded += ipc.byteLength;
        if (decoded > ctx.limits.maxDecodedBytes) throw tooLarge(decoded);
        await ctx.target.insertArrowIPC(ctx.table, ipc, !created);
        created = true;
        rows += batchRows;
        ctx.progress({ phase: 'insert', rows });
      }
    } finally {
      await batches.cancel().catch(() => undefined);
    }
    return rows;
  } finally {
    file.free();
  }
}
