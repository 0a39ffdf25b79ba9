import type { DatasetFormat } from './format';

/** Where a dataset comes from. A `File` is passed to the worker as a handle and read lazily. */
export type DatasetSource =
  | {
      kind: 'file';
      file: Blob;
      name: string;
      /** A workbook's sheet (absent: its first). */
      sheet?: string;
    }
  | { kind: 'url'; url: string; name?: string };

export interface IngestProgress {
  /** `parse`: DuckDB reads the whole text (CSV) in one step; no progress is known until it ends. */
  phase: 'download' | 'read' | 'parse' | 'insert' | 'done';
  bytes: number;
  totalBytes?: number;
  rows: number;
  totalRows?: number;
}

export interface IngestResult {
  table: string;
  format: DatasetFormat;
  rows: number;
  bytes: number;
  /** The loaded bytes' content hash (`contentHash`): the dataset's fingerprint in provenance. */
  hash: string;
  ms: number;
  /** Things the user should know (e.g. the file was transcoded from GB18030). Message codes. */
  notices: { code: string; detail?: Record<string, string | number> }[];
  /** A workbook's sheets, in order (one was loaded: the one asked for, or the first). */
  sheets?: string[];
}

/** Memory guards. A file over these limits gets a clear "too large" message instead of a crash. */
export interface IngestLimits {
  /** Largest text file (CSV/JSON) read into memory. */
  maxTextBytes: number;
  /** Largest decoded size (Parquet uncompressed, Arrow) accepted. */
  maxDecodedBytes: number;
  /** JSON arrays are parsed whole: keep them smaller than NDJSON, which is streamed. */
  maxJsonArrayBytes: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxTextBytes: 1024 ** 3,
  maxDecodedBytes: 2.5 * 1024 ** 3,
  maxJsonArrayBytes: 256 * 1024 ** 2,
};

/** What a reader needs from the engine. */
export interface IngestTarget {
  insertArrowIPC(table: string, ipc: Uint8Array, create: boolean): Promise<void>;
  exec(sql: string): Promise<void>;
  registerBuffer(path: string, bytes: Uint8Array): Promise<void>;
  dropFile(path: string): Promise<void>;
}

export interface ReaderContext {
  target: IngestTarget;
  /** The temporary table the reader creates; renamed on success. */
  table: string;
  limits: IngestLimits;
  progress(update: Partial<IngestProgress>): void;
  /** Throws a cancellation error when the user cancelled; readers call it between chunks. */
  checkpoint(): Promise<void>;
  notice(code: string, detail?: Record<string, string | number>): void;
}
