/**
 * The data mapping in the lab: a proposal read from the user's loaded tables (their columns and a
 * few values of each text column), and the mapping kept in the workspace applied as views over
 * them, again whenever a source table changes (a reload, an engine restart, next month's file).
 */
import type { ColumnInfo } from '../data/catalog';
import type { DataMapping } from '../contract/mapping';
import { proposeMapping, type Proposal, type UserTable } from '../contract/propose';
import { buildSampleValuesSql, isTextType } from '../contract/samples';
import { buildContractView, buildCreateViewSql, buildOriginSql } from '../contract/views';
import { EngineError } from '../engine/errors';
import { describeError } from '../i18n/i18n.svelte';
import { datasets, engine } from './lab.svelte';
import { workspace } from './workspace.svelte';

export const mappingStatus = $state<{
  /** Why the mapping could not be applied (in the reader's language), or null. */
  error: string | null;
  /** Per contract table, the mapped columns its source does not have (a renamed header). */
  broken: Record<string, string[]>;
  /** Contract tables waiting for their source table to load. */
  waiting: string[];
}>({ error: null, broken: {}, waiting: [] });

/** The user's own tables: loaded, not bundled demo tables (those are contract-shaped already). */
export function ownTables(): { table: string; columns: ColumnInfo[] }[] {
  return datasets.ready.filter((d) => !d.demo);
}

/**
 * A proposal for the user's tables, its origin read from the earliest order date, with the values
 * of their text columns it looked at (table → column → values).
 */
export async function proposeForLab(): Promise<
  Proposal & { samples: Record<string, Record<string, string[]>> }
> {
  const tables: UserTable[] = [];
  for (const { table, columns } of ownTables()) {
    const samples: Record<string, string[]> = {};
    for (const c of columns)
      if (isTextType(c.type)) {
        const [row] = await engine.rows<{ values: string[] | null }>(
          buildSampleValuesSql(table, c.name),
        );
        samples[c.name] = [...(row?.values ?? [])].map(String);
      }
    tables.push({ name: table, columns, samples });
  }
  const proposal = proposeMapping(tables);
  proposal.mapping.origin = (await originOf(proposal.mapping)) ?? '2024-01-01';
  return {
    ...proposal,
    samples: Object.fromEntries(
      tables.map((t) => [
        t.name,
        Object.fromEntries(Object.entries(t.samples).map(([c, v]) => [c, [...v]])),
      ]),
    ),
  };
}

/** The earliest order date under a mapping, or null when it maps no order date. */
export async function originOf(mapping: DataMapping): Promise<string | null> {
  const source = sourceColumns(mapping.tables.orders?.source ?? '');
  const sql = source && buildOriginSql(mapping, source);
  if (!sql) return null;
  const [row] = await engine.rows<{ origin: string | null }>(sql);
  return row?.origin ?? null;
}

function sourceColumns(table: string): Map<string, string> | undefined {
  const dataset = datasets.ready.find((d) => d.table === table);
  return dataset && new Map(dataset.columns.map((c) => [c.name, c.type]));
}

let applied = '';
/** Applications run one after another (each replaces the views of the one before). */
let queue: Promise<void> = Promise.resolve();

/**
 * Create the views of the workspace's mapping over the tables ready now. Called (in an effect)
 * whenever the lab's data or the mapping changes: what it reads before its first await is what
 * the effect follows; it does nothing when neither the mapping nor any source table changed.
 */
export function applyMapping(): Promise<void> {
  const mapping = workspace.mapping ? $state.snapshot(workspace.mapping) : null;
  const sources = Object.values(mapping?.tables ?? {})
    .map((t) => t.source)
    .filter((source, i, all) => all.indexOf(source) === i);
  const key = JSON.stringify([
    mapping,
    sources.map((s) => [s, datasets.ready.some((d) => d.table === s), datasets.versionOf(s)]),
  ]);
  if (key === applied) return queue;
  applied = key;
  queue = queue.then(() => createViews(mapping, key));
  return queue;
}

async function createViews(mapping: DataMapping | null, key: string): Promise<void> {
  const views: { table: string; source: string; sql: string }[] = [];
  const broken: Record<string, string[]> = {};
  const waiting: string[] = [];
  for (const [table, mapped] of Object.entries(mapping?.tables ?? {})) {
    const columns = sourceColumns(mapped.source);
    if (!columns) {
      waiting.push(table);
      continue;
    }
    const view = buildContractView(mapping as DataMapping, table, columns);
    if (!view) continue;
    if (view.broken.length) broken[table] = view.broken;
    views.push({ table, source: mapped.source, sql: buildCreateViewSql(view) });
  }
  try {
    await datasets.setViews(views);
    mappingStatus.error = null;
  } catch (error) {
    mappingStatus.error = describeError(
      error instanceof EngineError
        ? error.info
        : { kind: 'internal', name: 'Error', message: String(error) },
    );
    if (applied === key) applied = '';
  }
  mappingStatus.broken = broken;
  mappingStatus.waiting = waiting;
}
