/** The cost estimate of a user's SQL, asked of DuckDB's planner (nothing runs). */
import { toRecords } from '../engine/records';
import { estimateFromPlan, type CostEstimate } from '../lab/cost';
import { engine } from './lab.svelte';

/**
 * Planned through the engine's one-SELECT gate (so an estimate never runs a statement, whatever
 * the text holds). Null when there is no such plan (several statements, DDL, a SET…): the query
 * then goes its usual way (the query box runs them; a SQL cell refuses them).
 */
export async function estimateQuery(sql: string): Promise<CostEstimate | null> {
  try {
    const result = await engine.query(sql, { explain: true, maxRows: 10 });
    const plan = toRecords(result.table)[0]?.explain_value;
    return typeof plan === 'string' ? estimateFromPlan(plan) : null;
  } catch {
    return null;
  }
}
