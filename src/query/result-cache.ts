/**
 * Panel results kept across visits, so a returning visit draws every panel before the engine has
 * started (the engine start is most of the time to a first chart). A result is kept under what
 * decides its SQL without the data (the panel, its parameters, its toolkit section's inputs, the
 * lab filters, the language) together with the SQL it ran and the fingerprints of the tables it
 * read. It is shown marked as refreshing until the engine answers; once the panel's tables are
 * loaded, a different SQL or a different fingerprint drops it at once. Pure: the browser store is
 * `result-store.ts`.
 */

export interface CachedResult {
  key: string;
  sql: string;
  /** Table → its fingerprint (content hash and columns) when the result was computed. */
  data: Record<string, string>;
  /** The panel's parsed parameters (the chart is built from them before the schema is known). */
  params: Record<string, unknown>;
  /** The result as Arrow IPC. */
  ipc: Uint8Array;
  savedAt: number;
}

export interface ResultStore {
  get(key: string): Promise<CachedResult | undefined>;
  put(entry: CachedResult): Promise<void>;
  delete(key: string): Promise<void>;
}

/** JSON with object keys sorted, so the same state always gives the same key. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/** What decides a panel's SQL apart from the data. */
export interface ResultKeyParts {
  panel: string;
  params: Record<string, unknown>;
  /** The raw inputs of the panel's toolkit section (none for a library panel). */
  inputs: Record<string, unknown> | null;
  filters: unknown;
  locale: string;
}

export function resultKey(parts: ResultKeyParts): string {
  return stableJson(parts);
}

/** A table's fingerprint for the cache: its content hash and its columns (a rename changes it). */
export function tableFingerprint(hash: string, columns: readonly string[]): string {
  return `${hash}|${columns.join(',')}`;
}

/**
 * The fingerprints of `tables`, or null while any of them is not loaded (no fingerprint yet).
 */
export function dataSignature(
  tables: readonly string[],
  fingerprintOf: (table: string) => string | null,
): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const fingerprint = fingerprintOf(table);
    if (fingerprint === null) return null;
    out[table] = fingerprint;
  }
  return out;
}

/** What the lab knows now about the panel and its data. */
export interface CurrentState {
  /** The panel's SQL, or null while it cannot be built (its tables are still loading). */
  sql: string | null;
  /** `dataSignature` of the tables the SQL reads, or null while one is not loaded. */
  data: Record<string, string> | null;
  /**
   * The engine is up and no table is loading: a panel that still cannot build its SQL now will
   * not soon (its data was removed), and a result kept for it would only mislead.
   */
  settled: boolean;
}

/**
 * Whether a kept result may still be shown: `keep` it (marked as refreshing) until the engine's
 * answer replaces it, or `drop` it because the panel now asks something else or its data changed.
 */
export function judgeCached(entry: CachedResult, now: CurrentState): 'keep' | 'drop' {
  if (now.sql === null) return now.settled ? 'drop' : 'keep';
  if (now.sql !== entry.sql) return 'drop';
  if (now.data === null) return 'keep';
  return stableJson(now.data) === stableJson(entry.data) ? 'keep' : 'drop';
}

/** Newest first, the entries to delete so the rest fit in `maxBytes` and `maxEntries`. */
export function toEvict(
  entries: readonly { key: string; bytes: number; savedAt: number }[],
  limits: { maxBytes: number; maxEntries: number },
): string[] {
  const newest = [...entries].sort((a, b) => b.savedAt - a.savedAt);
  const out: string[] = [];
  let bytes = 0;
  let kept = 0;
  for (const entry of newest) {
    if (kept >= limits.maxEntries || bytes + entry.bytes > limits.maxBytes) out.push(entry.key);
    else {
      kept++;
      bytes += entry.bytes;
    }
  }
  return out;
}
