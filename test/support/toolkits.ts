/** Running toolkit panels and alerts in Node: derived tables materialized first, as the lab does. */
import { beforeAll, expect } from 'vitest';
import { getPanel, getToolkit } from '../../src/panel/registry';
import type { PanelDefinition, RecordRow } from '../../src/panel/contract';
import { createQueryContext, maskFilters } from '../../src/panel/context';
import { NO_FILTERS, type LabFilters } from '../../src/panel/filters';
import { parseParams, type Schema } from '../../src/panel/params';
import type { AlertRule } from '../../src/panel/toolkit';
import { ident } from '../../src/sql/quote';
import { approximateIntegers, columnKind, toRecords } from '../../src/engine/records';
import { createNodeEngine, type NodeEngine } from './node-engine';
import { toolkitFixtureSql } from './toolkit-fixture';
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
  const table = await engine.table(sql);
  if (rule.judge) {
    const data = {
      rows: approximateIntegers(toRecords(table)),
      columns: table.schema.fields.map((f) => ({ name: f.name, kind: columnKind(f) })),
    };
    return { ...rule.judge(parsed.params as never, data) };
  }
  const rows = toRecords(table);
  if (rows.length !== 1) throw new Error(`alert ${rule.id} returned ${rows.length} rows`);
  return rows[0] as RecordRow;
}

/**
 * A toolkit's exact-metric tests: the hand-built world (toolkit-fixture.ts) plus the toolkit's own
 * slice of rows (its folder's `fixture.ts`, when it needs tables the world lacks), on a real engine.
 * `run(panel, inputs)` runs a panel for brand 1 unless told otherwise.
 */
export function useToolkitFixture(slice = '') {
  let engine: NodeEngine | undefined;
  beforeAll(async () => {
    engine = await createNodeEngine();
    await engine.core.exec(toolkitFixtureSql() + slice);
  });
  const ready = () => {
    if (!engine) throw new Error('the fixture engine is not ready');
    return engine;
  };
  return {
    engine: ready,
    run: (panel: string, inputs: Record<string, unknown> = {}) =>
      runToolkitPanel(ready(), getPanel(panel)!, { brand: 1, ...inputs }),
    alert: (toolkit: string, rule: string, inputs: Record<string, unknown> = {}) => {
      const t = getToolkit(toolkit)!;
      return runAlert(ready(), t.panels[0]!.panel, t.alerts.find((a) => a.id === rule) as never, {
        brand: 1,
        ...inputs,
      });
    },
  };
}

export const byKey = (rows: RecordRow[], key: string) =>
  Object.fromEntries(rows.map((r) => [String(r[key]), r]));
export const close = (value: unknown, expected: number) =>
  expect(value as number).toBeCloseTo(expected, 9);
