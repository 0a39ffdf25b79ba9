/**
 * Labs kept in this browser: named labs the user saves (IndexedDB), and the autosaved current lab
 * (localStorage) so a reload or a crash loses nothing. Stored as the same compact state a link carries; read back
 * through `parseLabState`, like anything untrusted.
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

const AUTOSAVE_KEY = 'ecology-lab.autosave';

/**
 * Keep the current lab, with the fragment the address bar showed at that moment. Synchronous
 * (localStorage), so it also completes while the page is being unloaded, when IndexedDB writes may not.
 */
export function autosave(state: LabState, fragment: string): void {
  try {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify({ fragment, state: compactLabState(state) }));
  } catch {
    // Storage off or full: the lab still lives in the address bar.
  }
}

/**
 * The autosaved lab and the fragment it was saved under: when the page reopens with that same
 * fragment (a reload), the autosave is the newer copy of the same lab (the address bar is updated
 * after a debounce, the autosave also when the page hides).
 */
export function loadAutosave(): { state: LabState; notices: Notice[]; fragment: string } | null {
  try {
    const raw = localStorage.getItem(AUTOSAVE_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as { fragment?: unknown; state?: unknown };
    return {
      ...parseLabState(saved.state),
      fragment: typeof saved.fragment === 'string' ? saved.fragment : '',
    };
  } catch {
    return null;
  }
}
