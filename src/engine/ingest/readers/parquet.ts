import { labError } from '../../errors';
import type { ReaderContext } from '../types';

/** The parts of parquet-wasm the reader uses (the browser and Node builds share this shape). */
export interface ParquetModule {
  ParquetFile: {
    fromFile(handle: Blob): Promise<ParquetFileLike>;
  };
  /** Decode a whole file held in memory (one call instead of one read per column chunk). */
  readParquet?(bytes: Uint8Array): { intoIPCStream(): Uint8Array };
  /** The reader's own wasm memory (reported as the engine's memory use). */
  wasmMemory?(): WebAssembly.Memory;
}

interface ParquetFileLike {
  metadata(): {
    numRowGroups(): number;
    fileMetadata(): { numRows(): number };
    rowGroup(i: number): { numRows(): number; totalByteSize(): number; compressedSize(): number };
  };
  read(options?: {
    rowGroups?: number[];
    columns?: string[];
  }): Promise<{ intoIPCStream(): Uint8Array }>;
  free(): void;
}

/**
 * Parquet → DuckDB without DuckDB's Parquet extension (it would be downloaded from a CDN):
 * parquet-wasm decodes one row group at a time to Arrow IPC, which is inserted into the table.
 * Reading by row group keeps peak memory to one group and gives progress and cancel points.
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
    let decoded = 0;
    for (let i = 0; i < groups; i++) decoded += meta.rowGroup(i).totalByteSize();
    // A valid footer can declare absurd sizes (a "Parquet bomb"): refuse before allocating.
    if (decoded > ctx.limits.maxDecodedBytes || totalRows > 2 ** 31)
      throw labError(
        'too-large',
        'dataset.too-large',
        'The dataset is too large to load in the browser.',
        {
          size: decoded,
          limit: ctx.limits.maxDecodedBytes,
        },
      );
    ctx.progress({ phase: 'read', totalRows, rows: 0, totalBytes: blob.size });

    let rows = 0;
    if (parquet.readParquet && blob.size <= ctx.limits.maxWholeParquetBytes && groups > 0) {
      await ctx.checkpoint();
      let ipc: Uint8Array;
      try {
        ipc = parquet.readParquet(new Uint8Array(await blob.arrayBuffer())).intoIPCStream();
      } catch (error) {
        throw labError('input', 'parquet.corrupt', `The file cannot be decoded: ${String(error)}`);
      }
      await ctx.target.insertArrowIPC(ctx.table, ipc, true);
      ctx.progress({ phase: 'insert', rows: totalRows });
      return totalRows;
    }
    for (let i = 0; i < groups; i++) {
      await ctx.checkpoint();
      let ipc: Uint8Array;
      try {
        ipc = (await file.read({ rowGroups: [i] })).intoIPCStream();
      } catch (error) {
        throw labError(
          'input',
          'parquet.corrupt',
          `Row group ${i} cannot be decoded: ${String(error)}`,
        );
      }
      await ctx.target.insertArrowIPC(ctx.table, ipc, i === 0);
      rows += meta.rowGroup(i).numRows();
      ctx.progress({ phase: 'insert', rows });
    }
    if (groups === 0)
      throw labError('input', 'dataset.no-rows', 'The file has no columns or rows to load.');
    return rows;
  } finally {
    file.free();
  }
}
