/**
 * Undo and redo for every change to the lab (panels, parameters, layout, sections, filters, title):
 * the lab is recorded as a snapshot whenever it changes; undo puts the previous one back.
 */
import { workspace } from './workspace.svelte';

const LIMIT = 200;
const past: string[] = [];
const future: string[] = [];
let current = '';

export const history = $state({ canUndo: false, canRedo: false });

/** What is recorded: everything the user edits in the workspace. */
export function workspaceSnapshot(): string {
  // Reading every field (JSON.stringify walks the proxies) is what makes a caller's effect follow them.
  return JSON.stringify(workspace);
}

function sync(): void {
  history.canUndo = past.length > 0;
  history.canRedo = future.length > 0;
}

/** Called whenever the workspace changed; a restored snapshot is not a new change. */
export function record(snapshot: string): void {
  if (snapshot === current) return;
  if (current) {
    past.push(current);
    if (past.length > LIMIT) past.shift();
    future.length = 0;
  }
  current = snapshot;
  sync();
}

function restore(snapshot: string): void {
  current = snapshot;
  Object.assign(workspace, JSON.parse(snapshot));
  sync();
}

export function undo(): void {
  const previous = past.pop();
  if (previous === undefined) return;
  future.push(current);
  restore(previous);
}

export function redo(): void {
  const next = future.pop();
  if (next === undefined) return;
  past.push(current);
  restore(next);
}
