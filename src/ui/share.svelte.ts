/**
 * Sharing: the address bar follows the lab (its state in the URL fragment, debounced, nothing for an
 * empty lab), and a lab opened from a link is applied, unless it carries SQL, remote URLs or local
 * files; then it waits in review until the user approves.
 */
import { readsTable, tablesUsed } from '../lab/tables-used';
import { emptyLabState, type DatasetRef, type LabState, type Notice } from '../state/lab-state';
import { decodeLabFile, MAX_LAB_FILE_BYTES } from '../state/lab-file';
import { decodeLabFragment, encodeLabFragment, hasLabFragment } from '../state/link';
import { autosaveKey, createAutosaveStore, type Drafts, type SlotOrigin } from '../state/autosave';
import { needsReview, reviewItems, withoutReviewed, type ReviewItems } from '../state/review';
import { describeNotice, t } from '../i18n/i18n.svelte';
import { DEMO_FIRST_QUERY } from '../data/demo';
import { datasets, editor, notify } from './lab.svelte';
import { drafts } from './drafts.svelte';
import { addToolkit, workspace } from './workspace.svelte';

export const share = $state<{
  /** False until an incoming link is handled, so the empty lab never overwrites it. */
  ready: boolean;
  pending: { state: LabState; items: ReviewItems } | null;
  notices: Notice[];
  link: string;
  /** Local files the lab's panels read that this browser has not been given yet (asked for). */
  missing: LocalRef[];
  /** Local files the lab lists but no panel reads: kept in the lab, not asked for. */
  unasked: LocalRef[];
  /** Why the last autosave failed (cleared by the next one that works). */
  saveProblem: 'quota' | 'blocked' | null;
}>({
  ready: false,
  pending: null,
  notices: [],
  link: '',
  missing: [],
  unasked: [],
  saveProblem: null,
});

/** Where this tab keeps its lab (see `state/autosave.ts`). */
export const autosaves = createAutosaveStore();

export type LocalRef = Extract<DatasetRef, { kind: 'local' }>;

/** The current lab as a state (datasets: the bundled and URL ones; local files are not shared yet). */
export function currentState(): LabState {
  const state = emptyLabState();
  state.title = workspace.title;
  state.description = workspace.description;
  state.filters = $state.snapshot(workspace.filters);
  if (workspace.mapping) state.mapping = $state.snapshot(workspace.mapping);
  state.sections = $state.snapshot(workspace.sections);
  state.panels = workspace.panels.map((p) => ({
    key: p.key,
    panel: p.panel,
    version: p.version,
    params: $state.snapshot(p.params),
    width: p.width,
    section: p.section,
    ...(p.title ? { title: p.title } : {}),
    ...(p.subtitle ? { subtitle: p.subtitle } : {}),
  }));
  state.datasets = datasets.ready.flatMap((d): DatasetRef[] => {
    if (d.source.kind === 'file') {
      const fingerprint = datasets.fingerprint(d.table);
      const { name, sheet } = d.source;
      return fingerprint
        ? [{ table: d.table, kind: 'local', name, ...(sheet ? { sheet } : {}), fingerprint }]
        : [];
    }
    return d.demo
      ? [{ table: d.table, kind: 'bundled', file: d.label }]
      : [{ table: d.table, kind: 'url', url: d.source.url }];
  });
  // Files asked for and not provided yet stay in the lab.
  for (const missing of [...share.missing, ...share.unasked])
    if (!state.datasets.some((d) => d.table === missing.table)) state.datasets.push(missing);
  return state;
}

/** Nothing of the user's in it: no panel, title, mapping, filter, nor a file or URL they loaded. */
function isEmpty(state: LabState): boolean {
  return (
    state.panels.length === 0 &&
    state.datasets.every((d) => d.kind === 'bundled') &&
    state.sections.length === 0 &&
    !state.title &&
    !state.description &&
    !state.mapping &&
    Object.values(state.filters).every((v) => v === null || (Array.isArray(v) && v.length === 0))
  );
}

export function applyState(state: LabState): void {
  workspace.title = state.title;
  workspace.description = state.description;
  workspace.sections = state.sections;
  workspace.panels = state.panels.map((p) => ({ ...p }));
  workspace.filters = state.filters;
  workspace.mapping = state.mapping ?? null;
  void datasets.nameBundled(
    state.datasets.flatMap((d) => (d.kind === 'bundled' ? [{ file: d.file, table: d.table }] : [])),
  );
  for (const d of state.datasets)
    if (d.kind === 'url' && !datasets.find(d.table))
      void datasets.load({ kind: 'url', url: d.url, name: d.url }, { table: d.table });
  // Local files cannot travel: the lab asks the user for each one it does not have.
  const absent = state.datasets.filter(
    (d): d is LocalRef => d.kind === 'local' && !datasets.find(d.table),
  );
  const used = tablesUsed(state.panels);
  const reads = (d: LocalRef) => readsTable(used, state.mapping, d.table);
  share.missing = absent.filter(reads);
  share.unasked = absent.filter((d) => !reads(d));
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
  notify(t('notice.opened', { list: notices.map(describeNotice).join('；') }), 'error');
  return true;
}

/**
 * A lab from someone else (a link or a file): applied, or held for review when it needs it. It is
 * kept in a slot of its own, so the lab it replaces stays in its slot (see 我的实验室).
 */
function receive(state: LabState, notices: Notice[], origin: Exclude<SlotOrigin, 'own'>): void {
  autosaves.use(autosaves.fresh(origin));
  share.notices = notices;
  if (notices.length)
    notify(t('notice.opened', { list: notices.map(describeNotice).join('；') }), 'warning');
  const items = reviewItems(state);
  if (needsReview(items)) {
    share.pending = { state, items };
    share.ready = false;
  } else applyState(state);
}

/** Open an autosaved lab in this tab (a reload, or the user's pick in 我的实验室), drafts and all. */
export function openAutosave(slot: string): boolean {
  const saved = autosaves.read(slot);
  autosaves.use(slot, saved?.rev);
  if (!saved) return false;
  applyState(saved.state);
  restoreDrafts(saved.drafts);
  return true;
}

/**
 * Open the lab the page was opened with: after a reload, the lab this tab had (its autosave is
 * newer than the address bar); else the link in the fragment; else the user's own lab. A damaged
 * link opens an empty lab, says why in the colour of an error, and that empty lab is never saved
 * over anything.
 */
export async function openFromLocation(): Promise<void> {
  try {
    const isLink = hasLabFragment(location.hash);
    const again = autosaves.reopened(location.hash, isLink);
    if (again) openAutosave(again);
    else if (isLink) {
      const { state, notices } = await decodeLabFragment(location.hash);
      if (refused(notices)) autosaves.use(autosaves.fresh('link'));
      else receive(state, notices, 'link');
    } else openAutosave('own');
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
  receive(state, notices, 'link');
  share.ready = !share.pending;
}

/** Open a `.lab.json` file the user picked or dropped. */
export async function openLabFile(file: File): Promise<void> {
  // Refused by its size before it is read; the decoder checks the text's length again.
  if (file.size > MAX_LAB_FILE_BYTES) {
    notify(t('notice.opened', { list: describeNotice({ code: 'file.too-large' }) }), 'error');
    return;
  }
  const { state, notices } = decodeLabFile(await file.text());
  if (!refused(notices)) receive(state, notices, 'file');
}

/** A named lab from 我的实验室: the user's own work, opened without review, in a slot of its own. */
export function openSaved(state: LabState): void {
  autosaves.use(autosaves.fresh('saved'));
  applyState(state);
}

/**
 * A new lab of toolkits (the gallery's "open in a new lab", the report template): the current lab
 * stays in its own autosave slot, reachable from 我的实验室.
 */
export function openNewLab(
  title: string,
  toolkits: readonly { id: string; inputs: Record<string, unknown> }[],
): void {
  autosaves.use(autosaves.fresh('copy'));
  applyState({ ...emptyLabState(), title });
  for (const toolkit of toolkits) addToolkit(toolkit.id, toolkit.inputs);
}

function currentDrafts(): Drafts {
  const cells = Object.fromEntries(
    Object.entries($state.snapshot(drafts.cells)).filter(([key]) =>
      workspace.panels.some((p) => p.key === key),
    ),
  );
  return {
    ...(editor.sql && editor.sql !== DEMO_FIRST_QUERY ? { query: editor.sql } : {}),
    ...(Object.keys(cells).length ? { cells } : {}),
  };
}

function restoreDrafts(saved: Drafts): void {
  // The query box is restored as text and not run: it may be the slow query the user was writing.
  if (saved.query) editor.sql = saved.query;
  drafts.cells = { ...(saved.cells ?? {}) };
}

/**
 * Keep the current lab in this browser (debounced by the caller; flushed when the page hides).
 * A failure stays on screen until a save works again; a copy made because another tab changed
 * the same lab is announced.
 */
export function saveCurrent(): void {
  const state = currentState();
  const outcome = autosaves.save(state, location.hash, currentDrafts(), isEmpty(state));
  if (!outcome.ok) {
    share.saveProblem = outcome.reason;
    return;
  }
  share.saveProblem = null;
  if (outcome.forked) notify(t('autosave.forked'), 'warning');
}

/** Another tab wrote this tab's slot: say so now (the next save keeps this tab's version apart). */
export function otherTabWrote(key: string | null): void {
  if (autosaves.slot && key === autosaveKey(autosaves.slot))
    notify(t('autosave.other-tab'), 'warning');
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
