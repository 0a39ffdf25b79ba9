/**
 * Lab state migrations: each step takes the state of one version to the next, so a link made by
 * any earlier version still opens. Version 1 is the first; its migration chain is empty. Panels and
 * toolkits carry versions of their own (migrated in lab-state.ts), so a change to one unit's
 * parameters needs no new state version.
 */
/** The lab state's version: the one constant (links carry it as `#lab=<version>.`). */
export const LAB_STATE_VERSION = 1;
const CURRENT_VERSION = LAB_STATE_VERSION;

type Raw = Record<string, unknown>;
type Step = (state: Raw) => Raw;

/** MIGRATIONS[n] turns a version-n state into version n+1. */
const MIGRATIONS: Record<number, Step> = {};

export function migrateLabState(
  state: Raw,
): { state: Raw } | { error: string; detail?: Record<string, string | number> } {
  let version =
    typeof state.version === 'number' && Number.isInteger(state.version) ? state.version : null;
  if (version === null) return { error: 'state.no-version' };
  if (version > CURRENT_VERSION) return { error: 'state.newer-version', detail: { version } };
  if (version < 1) return { error: 'state.unreadable' };
  let current = state;
  while (version < CURRENT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { error: 'state.unreadable' };
    current = step(current);
    version++;
  }
  return { state: { ...current, version: CURRENT_VERSION } };
}
