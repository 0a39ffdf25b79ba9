/**
 * The autosave: every lab a tab works on is kept in this browser (localStorage, synchronous, so it
 * also completes while the page unloads), in a slot of its own, so nothing opened later can
 * destroy it:
 * - `own`: the lab of a plain visit (no link), the user's own work;
 * - `link-…`/`file-…`/`saved-…`: a lab opened from a link, a `.lab.json` or a named lab, one slot
 *   each, the last few kept;
 * - `copy-…`: a tab's version when another tab changed the same slot meanwhile (both are kept).
 * A tab remembers its slot in sessionStorage, so a reload reopens the same lab. Each write carries
 * a revision; a tab that finds a revision it did not write or read knows another tab changed the
 * slot, and moves its own version to a copy instead of overwriting. A failed write (quota, storage
 * blocked) is reported, never swallowed. Records are read back through `parseLabState`.
 */
import { parseLabState, type LabState, type Notice } from './lab-state';
import { compactLabState } from './link';

export type SlotOrigin = 'own' | 'link' | 'file' | 'saved' | 'copy';

/** Text the user typed and had not applied yet, restored after a reload. */
export interface Drafts {
  /** The query box. */
  query?: string;
  /** SQL cells' unapplied text, by panel key. */
  cells?: Record<string, string>;
}

export interface AutosaveEntry {
  slot: string;
  origin: SlotOrigin;
  title: string;
  savedAt: Date;
  panels: number;
}

interface StoredAutosave {
  origin: SlotOrigin;
  fragment: string;
  savedAt: string;
  rev: string;
  state: Record<string, unknown>;
  drafts?: Drafts;
}

const PREFIX = 'ecology-lab.autosave.';
/** The single slot of earlier versions: it held the user's own lab. */
const LEGACY_KEY = 'ecology-lab.autosave';
const TAB_SLOT_KEY = 'ecology-lab.slot';
/** Labs from links, files and copies kept besides the own slot. */
export const KEPT_SLOTS = 8;

export type SaveOutcome =
  { ok: true; slot: string; forked: boolean } | { ok: false; reason: 'quota' | 'blocked' };

export interface AutosaveStore {
  /** This tab's slot (null until the tab has a lab to keep). */
  readonly slot: string | null;
  /** Use `slot` from now on (opening a lab); `rev` is the revision the tab read, if any. */
  use(slot: string | null, rev?: string): void;
  /** A fresh slot for a lab from a link, a file or a copy. */
  fresh(origin: Exclude<SlotOrigin, 'own'>): string;
  read(
    slot: string,
  ): { state: LabState; notices: Notice[]; fragment: string; rev: string; drafts: Drafts } | null;
  /** The slot this tab used before a reload, when the page reopens with the fragment it saved. */
  reopened(hash: string, isLink: boolean): string | null;
  save(state: LabState, fragment: string, drafts: Drafts, empty: boolean): SaveOutcome;
  list(): AutosaveEntry[];
  remove(slot: string): void;
}

const random = () => Math.random().toString(36).slice(2, 10);

/**
 * What a save changes for the user: the lab and the drafts, without the bundled demo tables (they
 * load by themselves in every tab). Equal meanings need no new revision.
 */
function meaning(state: LabState, drafts: Drafts): string {
  const datasets = state.datasets.filter((d) => d.kind !== 'bundled');
  return JSON.stringify([compactLabState({ ...state, datasets }), drafts]);
}

/** The storage key of a slot (a `storage` event for it means another tab wrote it). */
export function autosaveKey(slot: string): string {
  return PREFIX + slot;
}

export function createAutosaveStore(
  local: Storage = globalThis.localStorage,
  session: Storage | null = globalThis.sessionStorage ?? null,
  now: () => Date = () => new Date(),
): AutosaveStore {
  let slot: string | null = null;
  /** The revision this tab last wrote or read in its slot. */
  let seen: string | null = null;
  /** What this tab last wrote: an unchanged lab is not written again (no revision churn). */
  let written: string | null = null;
  const fresh = (origin: Exclude<SlotOrigin, 'own'>) =>
    `${origin}-${now().getTime().toString(36)}-${random()}`;

  function raw(name: string): StoredAutosave | null {
    try {
      const text =
        local.getItem(PREFIX + name) ?? (name === 'own' ? local.getItem(LEGACY_KEY) : null);
      if (!text) return null;
      const value = JSON.parse(text) as Partial<StoredAutosave>;
      if (!value || typeof value !== 'object') return null;
      return {
        origin:
          (['own', 'link', 'file', 'saved', 'copy'] as const).find((o) => o === value.origin) ??
          'own',
        fragment: typeof value.fragment === 'string' ? value.fragment : '',
        savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
        rev: typeof value.rev === 'string' ? value.rev : '',
        state: (value.state ?? {}) as Record<string, unknown>,
        ...(value.drafts && typeof value.drafts === 'object' ? { drafts: value.drafts } : {}),
      };
    } catch {
      return null;
    }
  }

  function slots(): string[] {
    const names: string[] = [];
    try {
      for (let i = 0; i < local.length; i++) {
        const key = local.key(i);
        if (key?.startsWith(PREFIX)) names.push(key.slice(PREFIX.length));
      }
      if (!names.includes('own') && local.getItem(LEGACY_KEY)) names.push('own');
    } catch {
      // Storage blocked: nothing to list.
    }
    return names;
  }

  function prune(): void {
    const others = slots()
      .filter((name) => name !== 'own' && name !== slot)
      .map((name) => ({ name, at: raw(name)?.savedAt ?? '' }))
      .sort((a, b) => b.at.localeCompare(a.at));
    for (const { name } of others.slice(KEPT_SLOTS - 1)) local.removeItem(PREFIX + name);
  }

  function remember(name: string | null): void {
    try {
      if (name) session?.setItem(TAB_SLOT_KEY, name);
      else session?.removeItem(TAB_SLOT_KEY);
    } catch {
      // Without sessionStorage a reload opens the own lab: still nothing is overwritten.
    }
  }

  return {
    get slot() {
      return slot;
    },
    use(name, rev) {
      slot = name;
      const stored = name ? raw(name) : null;
      seen = rev ?? stored?.rev ?? null;
      written = stored ? meaning(parseLabState(stored.state).state, stored.drafts ?? {}) : null;
      remember(name);
    },
    fresh,
    read(name) {
      const stored = raw(name);
      if (!stored) return null;
      return {
        ...parseLabState(stored.state),
        fragment: stored.fragment,
        rev: stored.rev,
        drafts: stored.drafts ?? {},
      };
    },
    reopened(hash, isLink) {
      let name: string | null;
      try {
        name = session?.getItem(TAB_SLOT_KEY) ?? null;
      } catch {
        name = null; // sessionStorage blocked: no tab to reopen
      }
      const stored = name ? raw(name) : null;
      if (!name || !stored) return null;
      // The same tab reloaded: the address still shows the lab it saved (or no link at all).
      return stored.fragment === hash || !isLink ? name : null;
    },
    save(state, fragment, drafts, empty) {
      if (!slot) return { ok: true, slot: '', forked: false };
      const current = raw(slot);
      // An empty lab never replaces a kept one it did not come from (a damaged link's fallback).
      if (empty && !current && slot !== 'own') return { ok: true, slot, forked: false };
      const work = meaning(state, drafts);
      const changed = work !== written;
      let forked = false;
      if (current && current.rev !== seen && current.rev !== '') {
        // Another tab wrote this slot since this tab read it. With nothing of its own to keep,
        // this tab leaves it alone; with changes, it keeps them in a copy: both versions survive.
        if (!changed) return { ok: true, slot, forked: false };
        slot = fresh('copy');
        remember(slot);
        forked = true;
      }
      const origin: SlotOrigin = forked
        ? 'copy'
        : (current?.origin ?? (slot === 'own' ? 'own' : (slot.split('-')[0] as SlotOrigin)));
      // Only the user's changes make a new revision; the address bar and the bundled tables
      // loading do not (another tab open on the same lab must not see them as a conflict).
      const rev = changed || !current ? random() : current.rev;
      const record: StoredAutosave = {
        origin,
        fragment,
        savedAt: changed || !current ? now().toISOString() : current.savedAt,
        rev,
        state: compactLabState(state),
        drafts,
      };
      try {
        local.setItem(PREFIX + slot, JSON.stringify(record));
        if (slot === 'own') local.removeItem(LEGACY_KEY);
      } catch (error) {
        const name = (error as { name?: string } | null)?.name;
        return { ok: false, reason: name === 'QuotaExceededError' ? 'quota' : 'blocked' };
      }
      seen = rev;
      written = work;
      if (slot !== 'own') prune();
      return { ok: true, slot, forked };
    },
    list() {
      return slots()
        .flatMap((name): AutosaveEntry[] => {
          const stored = raw(name);
          if (!stored) return [];
          const { state } = parseLabState(stored.state);
          return [
            {
              slot: name,
              origin: name === 'own' ? 'own' : stored.origin,
              title: state.title,
              savedAt: new Date(stored.savedAt || 0),
              panels: state.panels.length,
            },
          ];
        })
        .sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
    },
    remove(name) {
      try {
        local.removeItem(PREFIX + name);
        if (name === 'own') local.removeItem(LEGACY_KEY);
      } catch {
        // Blocked storage: nothing was kept anyway.
      }
    },
  };
}
