/**
 * A file's fingerprint, kept in links and saved labs instead of the file (which never leaves the
 * browser): its columns, row count and content hash (computed where the file is read, see
 * `src/engine/ingest/content-hash.ts`).
 */
export { contentHash } from '../engine/ingest/content-hash';

export interface Fingerprint {
  columns: string[];
  rows: number;
  hash: string;
}

/** How a provided file compares with the one a lab was made with. */
export interface FingerprintMatch {
  /** Columns the lab expects that the file lacks (each needs a mapping). */
  missing: string[];
  /** The file's columns the lab does not name (candidates for the mapping). */
  extra: string[];
  sameContent: boolean;
  rows: { expected: number; actual: number };
}

export function compareFingerprints(expected: Fingerprint, actual: Fingerprint): FingerprintMatch {
  return {
    missing: expected.columns.filter((c) => !actual.columns.includes(c)),
    extra: actual.columns.filter((c) => !expected.columns.includes(c)),
    sameContent: expected.hash === actual.hash && expected.rows === actual.rows,
    rows: { expected: expected.rows, actual: actual.rows },
  };
}

/** A default mapping: an expected column to the file's column of the same name ignoring case. */
export function suggestMapping(missing: string[], extra: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const column of missing) {
    const match = extra.find((e) => e.toLowerCase() === column.toLowerCase());
    if (match) mapping[column] = match;
  }
  return mapping;
}
