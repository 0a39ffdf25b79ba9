/**
 * Named labs the user saves in this browser (IndexedDB). Stored as the same compact state a link
 * carries; read back through `parseLabState`, like anything untrusted. The autosave lives in
 * `autosave.ts`.
 */
import { parseLabState, type LabState, type Notice } from './lab-state';
import { compactLabState } from './link';

const DB_NAME = 'ecology-lab';
const STORE = 'labs';

interface StoredLab {
  id: string;
  name: string;
  savedAt: string;
  size: number;
  state: Record<string, unknown>;
}

export interface SavedLab {
  id: string;
  name: string;
  savedAt: Date;
  /** Bytes of its JSON. */
  size: number;
}

let opening: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB unavailable'));
    };
  });
  return opening;
}

async function run<T>(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const store = (await db()).transaction(STORE, mode).objectStore(STORE);
  return new Promise((resolve, reject) => {
    const request = body(store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function toRecord(id: string, name: string, state: LabState): StoredLab {
  const compact = compactLabState(state);
  return {
    id,
    name,
    savedAt: new Date().toISOString(),
    size: new TextEncoder().encode(JSON.stringify(compact)).byteLength,
    state: compact,
  };
}

/** Named labs, newest first (the autosave is not listed). */
export async function listLabs(): Promise<SavedLab[]> {
  const all = await run<StoredLab[]>('readonly', (s) => s.getAll());
  return all
    .map((r) => ({ id: r.id, name: r.name, savedAt: new Date(r.savedAt), size: r.size }))
    .sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
}

/** Save under a new id, or over an existing one. */
export async function saveLab(
  name: string,
  state: LabState,
  id = `lab-${Date.now().toString(36)}`,
): Promise<string> {
  await run('readwrite', (s) => s.put(toRecord(id, name, state)));
  return id;
}

export async function openLab(
  id: string,
): Promise<{ name: string; state: LabState; notices: Notice[] } | null> {
  const record = await run<StoredLab | undefined>('readonly', (s) => s.get(id));
  return record ? { name: record.name, ...parseLabState(record.state) } : null;
}

export async function renameLab(id: string, name: string): Promise<void> {
  const record = await run<StoredLab | undefined>('readonly', (s) => s.get(id));
  if (record) await run('readwrite', (s) => s.put({ ...record, name }));
}

export async function deleteLab(id: string): Promise<void> {
  await run('readwrite', (s) => s.delete(id));
}
