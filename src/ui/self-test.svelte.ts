/**
 * Running the self-test (自检) in the lab: each item's offending rows (the first few, and how many),
 * one query after another through the lab's query service (derived tables built first).
 */
import { toRecords, type RecordRow } from '../engine/records';
import { EngineError } from '../engine/errors';
import { describeError, i18n } from '../i18n/i18n.svelte';
import { buildSelfTest, type SelfTestItem } from '../lab/self-test';
import { labView, queries } from './panel-context.svelte';
import { workspace } from './workspace.svelte';

export interface SelfTestOutcome {
  item: SelfTestItem;
  status: 'pass' | 'fail' | 'error' | 'skipped';
  /** Offending rows in all, and the first few of them. */
  count: number;
  rows: RecordRow[];
  message: string | null;
}

export const selfTest = $state<{ running: boolean; outcomes: SelfTestOutcome[] }>({
  running: false,
  outcomes: [],
});

const SHOWN = 5;

export async function runSelfTest(): Promise<void> {
  if (selfTest.running) return;
  selfTest.running = true;
  selfTest.outcomes = [];
  try {
    const items = buildSelfTest(labView.schema, workspace.sections, i18n.locale);
    for (const item of items) selfTest.outcomes.push(await runItem(item));
  } finally {
    selfTest.running = false;
  }
}

async function runItem(item: SelfTestItem): Promise<SelfTestOutcome> {
  if (item.sql === null)
    return { item, status: 'skipped', count: 0, rows: [], message: item.needs.join(', ') };
  try {
    const result = await queries.run({
      sql: `SELECT *, count(*) OVER ()::DOUBLE AS "__offending" FROM (${item.sql}) LIMIT ${SHOWN}`,
      derived: item.derived,
      tables: item.tables,
    });
    const rows = toRecords(result.table);
    const count = Number(rows[0]?.__offending ?? 0);
    for (const row of rows) delete row.__offending;
    return { item, status: count ? 'fail' : 'pass', count, rows, message: null };
  } catch (error) {
    const message = error instanceof EngineError ? describeError(error.info) : String(error);
    return { item, status: 'error', count: 0, rows: [], message };
  }
}
