/**
 * Sharing: the address bar follows the lab (its state in the URL fragment, debounced, nothing for an
 * empty lab), and a lab opened from a link is applied, unless it carries SQL, remote URLs or local
 * files; then it waits in review until the user approves.
 */
import { emptyLabState, type DatasetRef, type LabState, type Notice } from '../state/lab-state';
import { decodeLabFile, MAX_LAB_FILE_BYTES } from '../state/lab-file';
import { decodeLabFragment, encodeLabFragment, hasLabFragment } from '../state/link';
import { autosave, loadAutosave } from '../state/saved-labs';
import { needsReview, reviewItems, withoutReviewed, type ReviewItems } from '../state/review';
import { describeNotice, t } from '../i18n/i18n.svelte';
import { datasets, flash } from './lab.svelte';
import { workspace } from './workspace.svelte';

export const share = $state<{
  /** False until an incoming link is handled, so the empty lab never overwrites it. */
  ready: boolean;
  pending: { state: LabState; items: ReviewItems } | null;
  notices: Notice[];
  link: string;
  /** Local files the lab refers to that this browser has not been given yet. */
  missing: LocalRef[];
}>({ ready: false, pending: null, notices: [], link: '', missing: [] });

export type LocalRef = Extract<DatasetRef, { kind: 'local' }>;

/** The current lab as a state (datasets: the bundled and URL ones; local files are not shared yet). */
export function currentState(): LabState {
  const state = emptyLabState();
  state.title = workspace.title;
  state.description = workspace.description;
  state.filters = $state.snapshot(workspace.filters);
  state.sections = $state.snapshot(workspace.sections);
  state.panels = workspace.panels.map((p) => ({
    key: p.key,
    panel: p.panel,
    version: p.version,
    params: $state.snapshot(p.params),
    width: p.width,
    section: p.section,
  }));
  state.datasets = datasets.items.flatMap((d): DatasetRef[] => {
    if (d.status !== 'ready') return [];
    if (d.source.kind === 'file') {
      const fingerprint = datasets.fingerprint(d.table);
      return fingerprint ? [{ table: d.table, kind: 'local', name: d.label, fingerprint }] : [];
    }
    return d.demo
      ? [{ table: d.table, kind: 'bundled', file: d.label }]
      : [{ table: d.table, kind: 'url', url: d.source.url }];
  });
  // Files asked for and not provided yet stay in the lab.
  for (const missing of share.missing)
    if (!state.datasets.some((d) => d.table === missing.table)) state.datasets.push(missing);
  return state;
}

function isEmpty(state: LabState): boolean {
  return (
    state.panels.length === 0 &&
    state.sections.length === 0 &&
    !state.title &&
    !state.description &&
    Object.values(state.filters).every((v) => v === null || (Array.isArray(v) && v.length === 0))
  );
}

export function applyState(state: LabState): void {
  workspace.title = state.title;
  workspace.description = state.description;
  workspace.sections = state.sections;
  workspace.panels = state.panels.map((p) => ({ ...p }));
  workspace.filters = state.filters;
  for (const d of state.datasets)
    if (d.kind === 'url' && !datasets.find(d.table))
      void datasets.load({ kind: 'url', url: d.url, name: d.url }, { table: d.table });
  // Local files cannot travel: the lab asks the user for each one it does not have.
  share.missing = state.datasets.filter(
    (d): d is LocalRef => d.kind === 'local' && !datasets.find(d.table),
  );
}

/** Notices meaning nothing of the lab could be read. */
const FATAL_NOTICES = new Set([
  'file.too-large',
  'file.damaged',
  'file.not-a-lab',
  'state.unreadable',
  'state.no-version',
  'state.newer-version',
  'link.too-long',
  'link.malformed',
  'link.too-large',
  'link.damaged',
]);

/**
 * Nothing of an incoming lab could be read: the lab already open stays as it is, and the user is
 * told why (a page opened on a damaged link has no lab yet, and opens empty instead).
 */
function refused(notices: Notice[]): boolean {
  if (!notices.some((n) => FATAL_NOTICES.has(n.code))) return false;
  share.notices = notices;
  flash.text = t('notice.opened', { list: notices.map(describeNotice).join('；') });
  return true;
}

/** A lab from someone else (a link or a file): applied, or held for review when it needs it. */
function receive(state: LabState, notices: Notice[]): void {
  share.notices = notices;
  if (notices.length)
    flash.text = t('notice.opened', { list: notices.map(describeNotice).join('；') });
  const items = reviewItems(state);
  if (needsReview(items)) {
    share.pending = { state, items };
    share.ready = false;
  } else applyState(state);
}

/**
 * Open the lab the page was opened with: the link in the fragment, else the autosaved lab (the
 * user's own work before a reload or a crash).
 */
export async function openFromLocation(): Promise<void> {
  try {
    const saved = loadAutosave();
    const own =
      saved !== null && (saved.fragment === location.hash || !hasLabFragment(location.hash));
    if (own) applyState(saved.state);
    else if (hasLabFragment(location.hash)) {
      const { state, notices } = await decodeLabFragment(location.hash);
      receive(state, notices);
    }
  } finally {
    share.ready = !share.pending;
  }
}

/**
 * A link opened in the running lab (pasted into the address bar or followed: only the fragment
 * changed, so the page stays and so do its loaded tables). It replaces the lab like a link opened
 * afresh, through the same review, and can be undone. The lab's own address updates replace the
 * history entry and fire no `hashchange`.
 */
export async function openFromHashChange(): Promise<void> {
  if (!hasLabFragment(location.hash)) return;
  const { state, notices } = await decodeLabFragment(location.hash);
  if (refused(notices)) return;
  receive(state, notices);
  share.ready = !share.pending;
}

/** Open a `.lab.json` file the user picked or dropped. */
export async function openLabFile(file: File): Promise<void> {
  // Refused by its size before it is read; the decoder checks the text's length again.
  if (file.size > MAX_LAB_FILE_BYTES) {
    flash.text = t('notice.opened', { list: describeNotice({ code: 'file.too-large' }) });
    return;
  }
  const { state, notices } = decodeLabFile(await file.text());
  if (!refused(notices)) receive(state, notices);
}

/** Keep the current lab in this browser (debounced by the caller; flushed when the page hides). */
export function saveCurrent(): void {
  autosave(currentState(), location.hash);
}

/** The user decided on a lab in review: run all of it, or only the parts that need no approval. */
export function decide(approve: boolean): void {
  if (!share.pending) return;
  applyState(approve ? share.pending.state : withoutReviewed(share.pending.state));
  share.pending = null;
  share.ready = true;
}

/** Write the lab into the address bar (called debounced when the lab changes). */
export async function writeLocation(): Promise<void> {
  const state = currentState();
  const base = `${location.pathname}${location.search}`;
  const url = isEmpty(state) ? base : `${base}#${await encodeLabFragment(state)}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`)
    history.replaceState(null, '', url);
  share.link = isEmpty(state) ? '' : location.href;
}
