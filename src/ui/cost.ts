/** The cost estimate of a user's SQL, asked of DuckDB's planner (nothing runs). */
import { buildExplainSql, estimateFromPlan, type CostEstimate } from '../lab/cost';
import { engine } from './lab.svelte';

/** Null when the statement has no plan to read (several statements, a SET…): it then just runs. */
export async function estimateQuery(sql: string): Promise<CostEstimate | null> {
  try {
    const rows = await engine.rows<{ explain_value: string }>(buildExplainSql(sql));
    return rows[0] ? estimateFromPlan(rows[0].explain_value) : null;
  } catch {
    return null;
  }
}
