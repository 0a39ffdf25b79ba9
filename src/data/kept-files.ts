/**
 * Local files kept in this browser (with the user's consent) so a reload needs no file picked
 * again: each file's original bytes in the origin-private file system (OPFS), named by its content
 * hash, and an index of what is kept. Nothing leaves the browser. DuckDB's own OPFS database files
 * are not used: the lab re-reads the original bytes through its ordinary loaders (and the
 * fingerprint check that comes with them).
 */

export interface KeptFile {
  /** The content hash (see engine/ingest/content-hash.ts). */
  hash: string;
  name: string;
  size: number;
  /** ISO time it was kept. */
  kept: string;
}

const FOLDER = 'ecology-lab-files';
const INDEX = 'index.json';
const CONSENT_KEY = 'ecology-lab.keep-files';

/** Whether this browser can keep files (OPFS is missing in some private windows). */
export function canKeep(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}

export function keepConsent(): boolean {
  try {
    return globalThis.localStorage?.getItem(CONSENT_KEY) === 'yes';
  } catch {
    return false;
  }
}

export function setKeepConsent(keep: boolean): void {
  try {
    globalThis.localStorage?.setItem(CONSENT_KEY, keep ? 'yes' : 'no');
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

async function folder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(FOLDER, { create: true });
}

const fileName = (hash: string) => hash.replace(/[^\w-]/g, '_');

export async function listKept(): Promise<KeptFile[]> {
  if (!canKeep()) return [];
  try {
    const handle = await (await folder()).getFileHandle(INDEX);
    const parsed = JSON.parse(await (await handle.getFile()).text()) as unknown;
    return Array.isArray(parsed) ? (parsed as KeptFile[]) : [];
  } catch {
    return [];
  }
}

async function writeIndex(files: readonly KeptFile[]): Promise<void> {
  const handle = await (await folder()).getFileHandle(INDEX, { create: true });
  const writable = await handle.createWritable();
  await writable.write(JSON.stringify(files));
  await writable.close();
}

/**
 * Keep a file's bytes (once per content). A full disk throws the browser's QuotaExceededError;
 * the half-written file is removed first.
 */
export async function keepFile(file: Blob, name: string, hash: string): Promise<KeptFile> {
  const kept = await listKept();
  const known = kept.find((k) => k.hash === hash);
  if (known) return known;
  const dir = await folder();
  const handle = await dir.getFileHandle(fileName(hash), { create: true });
  try {
    const writable = await handle.createWritable();
    await writable.write(file);
    await writable.close();
  } catch (error) {
    await dir.removeEntry(fileName(hash)).catch(() => undefined);
    throw error;
  }
  const entry: KeptFile = { hash, name, size: file.size, kept: new Date().toISOString() };
  await writeIndex([...kept, entry]);
  return entry;
}

/** A kept file's bytes as a File (null when it is not kept or was cleared by the browser). */
export async function readKept(hash: string): Promise<File | null> {
  const entry = (await listKept()).find((k) => k.hash === hash);
  if (!entry) return null;
  try {
    const handle = await (await folder()).getFileHandle(fileName(hash));
    const file = await handle.getFile();
    return new File([file], entry.name, { type: file.type });
  } catch {
    return null;
  }
}

export async function forgetKept(hash?: string): Promise<void> {
  if (!canKeep()) return;
  const kept = await listKept();
  const dir = await folder();
  for (const entry of kept)
    if (hash === undefined || entry.hash === hash)
      await dir.removeEntry(fileName(entry.hash)).catch(() => undefined);
  await writeIndex(hash === undefined ? [] : kept.filter((k) => k.hash !== hash));
}

/** Whether the browser will keep the lab's storage under pressure (asked once, on consent). */
export async function askPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
