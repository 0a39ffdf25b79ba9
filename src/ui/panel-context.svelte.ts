import type { DecodedResult } from '../engine/client';
import type { DerivedTable } from '../panel/context';
import type { Schema } from '../panel/params';
import { createRunner } from '../panel/runner';
import { ident } from '../sql/quote';
import { datasets, engine } from './lab.svelte';

/** Results of panel queries, shared and cached by SQL and the versions of the tables it reads. */
export const panelRunner = createRunner<DecodedResult>((sql, signal) =>
  engine.query(sql, { signal, maxRows: 10_000, readOnly: true }),
);

/**
 * The versions of the lab's tables a query (and the derived tables it reads) names: a result stays
 * valid while they do, so loading or changing another table re-runs nothing.
 */
function dataSignature(texts: string[]): string {
  const all = texts.join('\n');
  return datasets.items
    .filter((d) => all.includes(ident(d.table)))
    .map((d) => `${d.table}@${datasets.versionOf(d.table)}`)
    .join(',');
}

/** Derived tables built (or being built), by name, oldest first; not UI state, so not reactive. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const derived = new Map<string, { ready: Promise<void>; signature: string }>();
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
 * Build the tables a query reads (once per distinct SQL and data, shared by every panel and alert
 * that needs them); a table whose source data changed since is built again. They are lab-authored
 * toolkit SQL over the lab's own tables, so they run as statements. Beyond the cap, the oldest
 * tables no current request needs are dropped.
 */
export async function ensureDerived(tables: readonly DerivedTable[]): Promise<void> {
  for (const table of tables) {
    const signature = dataSignature([table.sql]);
    let entry = derived.get(table.name);
    if (entry && entry.signature !== signature) {
      dropDerived([table.name]);
      entry = undefined;
    }
    await dropping;
    if (!entry) {
      const ready = engine.exec(`CREATE TABLE IF NOT EXISTS ${ident(table.name)} AS ${table.sql}`);
      entry = { ready, signature };
      derived.set(table.name, entry);
      const mine = entry;
      ready.catch(() => derived.get(table.name) === mine && derived.delete(table.name));
    }
    await entry.ready;
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
  const key = `${sql}\n${dataSignature([sql, ...tables.map((t) => t.sql)])}`;
  return panelRunner.run(sql, signal, key);
}

/** The lab's tables and columns, for parameter checks and column pickers. */
export function labSchema(): Schema {
  return { tables: Object.fromEntries(datasets.ready.map((d) => [d.table, d.columns])) };
}
