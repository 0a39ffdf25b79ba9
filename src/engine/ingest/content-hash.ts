/**
 * A loaded file's content hash (part of its fingerprint, and of every export's provenance). It is SHA-256 over the size and
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
