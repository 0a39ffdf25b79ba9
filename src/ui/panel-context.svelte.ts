import type { DecodedResult } from '../engine/client';
import type { DerivedTable } from '../panel/context';
import type { Schema } from '../panel/params';
import { createRunner } from '../panel/runner';
import { ident } from '../sql/quote';
import { datasets, engine } from './lab.svelte';

/** Results of panel queries, shared and cached by SQL; cleared when the data changes. */
export const panelRunner = createRunner<DecodedResult>((sql, signal) =>
  engine.query(sql, { signal, maxRows: 10_000, readOnly: true }),
);

/** Derived tables built (or being built), by name, oldest first; not UI state, so not reactive. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const derived = new Map<string, Promise<void>>();
const DERIVED_CAP = 32;
let dropping: Promise<unknown> = Promise.resolve();

function dropDerived(names: string[]): void {
  for (const name of names) derived.delete(name);
  const drops = names.map((n) =>
    engine.exec(`DROP TABLE IF EXISTS ${ident(n)}`).catch(() => undefined),
  );
  dropping = Promise.all([dropping, ...drops]);
}

/**
 * Build the tables a query reads (once per distinct SQL, shared by every panel and alert that needs
 * them). They are lab-authored toolkit SQL over the lab's own tables, so they run as statements.
 * Beyond the cap, the oldest tables no current request needs are dropped.
 */
export async function ensureDerived(tables: readonly DerivedTable[]): Promise<void> {
  await dropping;
  for (const table of tables) {
    let ready = derived.get(table.name);
    if (!ready) {
      ready = engine.exec(`CREATE TABLE IF NOT EXISTS ${ident(table.name)} AS ${table.sql}`);
      derived.set(table.name, ready);
      ready.catch(() => derived.delete(table.name));
    }
    await ready;
  }
  const spare = [...derived.keys()].filter((n) => !tables.some((t) => t.name === n));
  if (derived.size > DERIVED_CAP) dropDerived(spare.slice(0, derived.size - DERIVED_CAP));
}

/** A panel's (or alert's) query: its derived tables first, then the SQL through the shared runner. */
export async function runPanelQuery(
  sql: string,
  tables: readonly DerivedTable[],
  signal?: AbortSignal,
): Promise<DecodedResult> {
  await ensureDerived(tables);
  return panelRunner.run(sql, signal);
}

let seenVersion = -1;
/** The lab's tables and columns, for parameter checks and column pickers. */
export function labSchema(): Schema {
  if (datasets.version !== seenVersion) {
    seenVersion = datasets.version;
    panelRunner.clear();
    // The same SQL over changed data must build again.
    dropDerived([...derived.keys()]);
  }
  return { tables: Object.fromEntries(datasets.ready.map((d) => [d.table, d.columns])) };
}
