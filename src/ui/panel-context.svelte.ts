import { PANEL_QUERY, type DecodedResult } from '../engine/client';
import type { DerivedTable } from '../panel/context';
import type { Schema } from '../panel/params';
import { createRunner } from '../panel/runner';
import { ident, namesTable } from '../sql/quote';
import { datasets, engine } from './lab.svelte';

/** Results of panel queries, shared and cached by SQL and the versions of the tables it reads. */
export const panelRunner = createRunner<DecodedResult>((sql, signal) =>
  engine.query(sql, { signal, ...PANEL_QUERY }),
);

/**
 * The versions of the lab's tables a query (and the derived tables it reads) names: a result stays
 * valid while they do, so loading or changing another table re-runs nothing. A word that merely
 * looks like a table name only costs a needless re-run.
 */
export function dataSignature(texts: string[]): string {
  const all = texts.join('\n');
  return datasets.items
    .filter((d) => namesTable(all, d.table))
    .map((d) => `${d.table}@${datasets.versionOf(d.table)}`)
    .join(',');
}

/** Derived tables built (or being built), by name, oldest first; not UI state, so not reactive. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const derived = new Map<string, { ready: Promise<void>; signature: string }>();
const DERIVED_CAP = 32;

function dropDerived(names: string[]): void {
  for (const name of names) {
    derived.delete(name);
    void engine.exec(`DROP TABLE IF EXISTS ${ident(name)}`).catch(() => undefined);
  }
}

/**
 * Build the tables a query reads (once per distinct SQL and data, shared by every panel and alert
 * that needs them); a table whose source data changed since is built again. They are lab-authored
 * toolkit SQL over the lab's own tables, so they run as statements. Beyond the cap, the oldest
 * tables no current request needs are dropped.
 *
 * Every statement is sent at once, in order, and the engine runs them first in, first out: a drop
 * runs before the build that replaces it, and a query sent right after this call runs after its
 * tables are built, without waiting a round trip on this (often busy) thread.
 */
export function ensureDerived(tables: readonly DerivedTable[]): Promise<void> {
  // A derived table reading another one reads that one's sources too.
  const reads: string[] = [];
  const builds = tables.map((table, i) => {
    const text = [
      table.sql,
      ...tables
        .slice(0, i)
        .flatMap((t, j) => (table.sql.includes(ident(t.name)) ? [reads[j] ?? ''] : [])),
    ].join('\n');
    reads.push(text);
    const signature = dataSignature([text]);
    const entry = derived.get(table.name);
    if (entry?.signature === signature) return entry.ready;
    if (entry) dropDerived([table.name]);
    const ready = engine.exec(`CREATE TABLE IF NOT EXISTS ${ident(table.name)} AS ${table.sql}`);
    const mine = { ready, signature };
    derived.set(table.name, mine);
    ready.catch(() => derived.get(table.name) === mine && derived.delete(table.name));
    return ready;
  });
  const spare = [...derived.keys()].filter((n) => !tables.some((t) => t.name === n));
  if (derived.size > DERIVED_CAP) dropDerived(spare.slice(0, derived.size - DERIVED_CAP));
  return Promise.all(builds).then(() => undefined);
}

/** Panel queries sent and not answered yet; background work waits until there are none. */
let foreground = 0;
const idle: (() => void)[] = [];

/**
 * Resolves once every panel on screen has its answer: panels mounted in the same update have sent
 * their queries by the next task, and later ones are waited for too.
 */
async function panelsAnswered(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (foreground > 0) await new Promise<void>((resolve) => idle.push(resolve));
}

/**
 * A panel's (or alert's) query: its derived tables first, then the SQL through the shared runner.
 * `background` work (alerts) waits until the panels on screen are answered: the engine runs one
 * statement at a time, and what the user looks at comes first.
 */
export async function runPanelQuery(
  sql: string,
  tables: readonly DerivedTable[],
  signal?: AbortSignal,
  options: { background?: boolean } = {},
): Promise<DecodedResult> {
  if (options.background) {
    await panelsAnswered();
    return runPanelQuery(sql, tables, signal);
  }
  foreground++;
  try {
    return await answer(sql, tables, signal);
  } finally {
    if (--foreground === 0) for (const resolve of idle.splice(0)) resolve();
  }
}

async function answer(
  sql: string,
  tables: readonly DerivedTable[],
  signal?: AbortSignal,
): Promise<DecodedResult> {
  const built = ensureDerived(tables);
  const key = `${sql}\n${dataSignature([sql, ...tables.map((t) => t.sql)])}`;
  const result = panelRunner.run(sql, signal, key);
  result.catch(() => undefined);
  // A table that failed to build explains the failure better than the query that reads it.
  await built;
  return result;
}

/** The lab's tables and columns, for parameter checks and column pickers. */
export function labSchema(): Schema {
  return { tables: Object.fromEntries(datasets.ready.map((d) => [d.table, d.columns])) };
}
