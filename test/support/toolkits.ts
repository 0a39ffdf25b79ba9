/** Running toolkit panels and alerts in Node: derived tables materialized first, as the lab does. */
import type { PanelDefinition, RecordRow } from '../../src/panel/contract';
import { createQueryContext, maskFilters } from '../../src/panel/context';
import { NO_FILTERS, type LabFilters } from '../../src/panel/filters';
import { parseParams, type Schema } from '../../src/panel/params';
import type { AlertRule } from '../../src/panel/toolkit';
import { ident } from '../../src/sql/quote';
import { toRecords } from '../../src/engine/records';
import type { NodeEngine } from './node-engine';
import { readSchema } from './panels';

/** The SQL of a toolkit panel (after its derived tables exist in the engine). */
export async function toolkitSql(
  engine: NodeEngine,
  panel: PanelDefinition,
  inputs: Record<string, unknown>,
  filters: LabFilters = NO_FILTERS,
  schema?: Schema,
): Promise<string> {
  const s = schema ?? (await readSchema(engine));
  const parsed = parseParams(panel, inputs, s);
  if (!parsed.ok) throw new Error(`invalid inputs: ${JSON.stringify(parsed.errors)}`);
  const ctx = createQueryContext(s, maskFilters(filters, panel.honours));
  const sql = panel.buildQuery(parsed.params, ctx);
  if (sql === null) throw new Error(`${panel.id} has no query`);
  for (const d of ctx.derived)
    await engine.core.exec(`CREATE TABLE IF NOT EXISTS ${ident(d.name)} AS ${d.sql}`);
  return sql;
}

export async function runToolkitPanel(
  engine: NodeEngine,
  panel: PanelDefinition,
  inputs: Record<string, unknown>,
  filters?: LabFilters,
): Promise<RecordRow[]> {
  return toRecords(await engine.table(await toolkitSql(engine, panel, inputs, filters)));
}

export async function runAlert(
  engine: NodeEngine,
  inputsSchema: PanelDefinition,
  rule: AlertRule<never>,
  inputs: Record<string, unknown>,
): Promise<RecordRow> {
  const schema = await readSchema(engine);
  const parsed = parseParams(inputsSchema, inputs, schema);
  const ctx = createQueryContext(schema, NO_FILTERS);
  const sql = rule.buildQuery(parsed.params as never, ctx);
  for (const d of ctx.derived)
    await engine.core.exec(`CREATE TABLE IF NOT EXISTS ${ident(d.name)} AS ${d.sql}`);
  const rows = toRecords(await engine.table(sql));
  if (rows.length !== 1) throw new Error(`alert ${rule.id} returned ${rows.length} rows`);
  return rows[0] as RecordRow;
}
