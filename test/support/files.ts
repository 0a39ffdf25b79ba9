/** Builders for good and hostile dataset files, generated in tests (nothing binary is committed). */
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import * as parquet from 'parquet-wasm/node';

export function sampleArrowTable(rows = 10) {
  return tableFromArrays({
    id: Int32Array.from({ length: rows }, (_, i) => i + 1),
    city: Array.from({ length: rows }, (_, i) => ['上海', 'Beijing', "O'Hare"][i % 3] ?? ''),
    amount: Float64Array.from({ length: rows }, (_, i) => i * 1.5),
  });
}

export function parquetBytes(rows = 10, rowGroupSize = 4): Uint8Array {
  const ipc = tableToIPC(sampleArrowTable(rows), 'stream');
  const props = new parquet.WriterPropertiesBuilder()
    .setCompression(parquet.Compression.ZSTD)
    .setMaxRowGroupSize(rowGroupSize)
    .build();
  return parquet.writeParquet(parquet.Table.fromIPCStream(ipc), props);
}

export function file(
  bytes: Uint8Array | string,
  name: string,
): { kind: 'file'; file: Blob; name: string } {
  return { kind: 'file', file: new Blob([bytes as BlobPart]), name };
}
