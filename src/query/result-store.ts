/**
 * The browser's store of kept panel results (IndexedDB, a database of its own so the saved labs'
 * schema is untouched). Results are a brand's data: they stay in this browser like the autosave,
 * bounded in size (oldest dropped first), and cleared with the site's data. Every failure
 * (private mode, quota, a blocked database) makes the cache a no-op: it only ever saves time.
 */
import { toEvict, type CachedResult, type ResultStore } from './result-cache';

const DB_NAME = 'ecology-lab-results';
const RESULTS = 'results';
/** Sizes and ages alone, read to decide evictions without loading every result. */
const INDEX = 'sizes';
export const RESULT_LIMITS = { maxBytes: 48 * 1024 ** 2, maxEntries: 400 };

let opening: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(RESULTS, { keyPath: 'key' });
      request.result.createObjectStore(INDEX, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB unavailable'));
    };
  });
  return opening;
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB aborted'));
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function evict(): Promise<void> {
  const database = await db();
  const read = database.transaction(INDEX, 'readonly');
  const sizes = await request(
    read.objectStore(INDEX).getAll() as IDBRequest<
      { key: string; bytes: number; savedAt: number }[]
    >,
  );
  const gone = toEvict(sizes, RESULT_LIMITS);
  if (gone.length === 0) return;
  const write = database.transaction([RESULTS, INDEX], 'readwrite');
  for (const key of gone) {
    write.objectStore(RESULTS).delete(key);
    write.objectStore(INDEX).delete(key);
  }
  await done(write);
}

/**
 * Open the database as soon as the page starts (opening takes hundreds of milliseconds while the
 * engine starts beside it), so the panels' reads find it open.
 */
export function openResultStore(): void {
  if (typeof indexedDB !== 'undefined') db().catch(() => undefined);
}

export const browserResultStore: ResultStore = {
  async get(key) {
    try {
      const database = await db();
      return (await request(database.transaction(RESULTS).objectStore(RESULTS).get(key))) as
        CachedResult | undefined;
    } catch {
      return undefined;
    }
  },
  async put(entry) {
    try {
      const database = await db();
      const write = database.transaction([RESULTS, INDEX], 'readwrite');
      write.objectStore(RESULTS).put(entry);
      write
        .objectStore(INDEX)
        .put({ key: entry.key, bytes: entry.ipc.byteLength, savedAt: entry.savedAt });
      await done(write);
      await evict();
    } catch {
      // Quota or a closed database: the next visit simply computes the panel.
    }
  },
  async delete(key) {
    try {
      const database = await db();
      const write = database.transaction([RESULTS, INDEX], 'readwrite');
      write.objectStore(RESULTS).delete(key);
      write.objectStore(INDEX).delete(key);
      await done(write);
    } catch {
      // Nothing to undo.
    }
  },
};
