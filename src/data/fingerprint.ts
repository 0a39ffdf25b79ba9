/**
 * A local file's fingerprint, kept in links and saved labs instead of the file (which never leaves
 * the browser): its columns, row count and a content hash. The hash is SHA-256 over the size and
 * the first and last 4 MB, so multi-gigabyte files are fingerprinted at once; two different exports
 * of the same size differing only in the middle would collide, which only matters for the
 * "same file?" notice, never for what runs.
 */
const SAMPLE = 4 * 1024 * 1024;

export async function contentHash(file: Blob): Promise<string> {
  const head = file.slice(0, Math.min(SAMPLE, file.size));
  const tail = file.size > SAMPLE ? file.slice(Math.max(SAMPLE, file.size - SAMPLE)) : new Blob();
  const size = new TextEncoder().encode(`${file.size}:`);
  const bytes = await new Blob([size, head, tail]).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256s:${[...digest].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

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
