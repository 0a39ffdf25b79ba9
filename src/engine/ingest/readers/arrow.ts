import { RecordBatchReader, RecordBatchStreamWriter } from 'apache-arrow';
import { labError } from '../../errors';
import type { ReaderContext } from '../types';

/** Arrow IPC (file or stream format): re-encoded batch by batch as IPC stream for DuckDB. */
export async function readArrow(blob: Blob, ctx: ReaderContext): Promise<number> {
  if (blob.size > ctx.limits.maxDecodedBytes)
    throw labError(
      'too-large',
      'dataset.too-large',
      'The file is too large to load in the browser.',
      {
        size: blob.size,
        limit: ctx.limits.maxDecodedBytes,
      },
    );
  const bytes = new Uint8Array(await blob.arrayBuffer());
  ctx.progress({ phase: 'read', bytes: blob.size, totalBytes: blob.size });
  let rows = 0;
  let first = true;
  try {
    const reader = RecordBatchReader.from(bytes);
    for (const batch of reader) {
      await ctx.checkpoint();
      const ipc = RecordBatchStreamWriter.writeAll([batch]).toUint8Array(true);
      await ctx.target.insertArrowIPC(ctx.table, ipc, first);
      first = false;
      rows += batch.numRows;
      ctx.progress({ phase: 'insert', rows });
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'LabError') throw error;
    if (error && typeof error === 'object' && 'info' in error) throw error;
    throw labError('input', 'arrow.corrupt', `Cannot read the Arrow file: ${String(error)}`);
  }
  if (first) throw labError('input', 'dataset.no-rows', 'The file has no record batches to load.');
  return rows;
}
