/**
 * Keeping the user's local files in this browser (OPFS, with consent): the lab keeps each loaded
 * file once, lists them with their size against the browser's quota, says whether the browser
 * made the storage persistent, and a reload loads them again without asking (MissingFiles).
 */
import {
  askPersistence,
  canKeep,
  forgetKept,
  keepConsent,
  keepFile,
  listKept,
  setKeepConsent,
  storageEstimate,
  type KeptFile,
} from '../data/kept-files';
import { t } from '../i18n/i18n.svelte';
import { datasets, notify } from './lab.svelte';

export const kept = $state<{
  available: boolean;
  consent: boolean;
  files: KeptFile[];
  /** Whether the browser granted persistent storage (null: not asked yet). */
  persisted: boolean | null;
  estimate: { usage: number; quota: number } | null;
}>({
  available: canKeep(),
  consent: keepConsent(),
  files: [],
  persisted: null,
  estimate: null,
});

export async function refreshKept(): Promise<void> {
  kept.files = await listKept();
  kept.estimate = await storageEstimate();
}

export async function setConsent(keep: boolean): Promise<void> {
  setKeepConsent(keep);
  kept.consent = keep;
  if (keep) {
    kept.persisted = await askPersistence();
    await keepLoaded();
  }
  await refreshKept();
}

/** Hashes being written now (a second call while one runs must not write the file twice). */
const writing: Record<string, true> = {};

/** Keep every loaded local file not kept yet (when the user agreed to). */
export async function keepLoaded(): Promise<void> {
  if (!kept.consent || !kept.available) return;
  const known = kept.files.map((f) => f.hash);
  for (const d of datasets.ready) {
    if (d.source.kind !== 'file' || !d.hash || known.includes(d.hash) || writing[d.hash]) continue;
    writing[d.hash] = true;
    try {
      await keepFile(d.source.file, d.source.name, d.hash);
    } catch (error) {
      const full = error instanceof DOMException && error.name === 'QuotaExceededError';
      notify(
        full
          ? t('kept.quota', { name: d.source.name })
          : t('kept.failed', { name: d.source.name, message: String(error) }),
        'error',
      );
    } finally {
      delete writing[d.hash];
    }
  }
  await refreshKept();
}

export async function forget(hash?: string): Promise<void> {
  await forgetKept(hash);
  await refreshKept();
}
