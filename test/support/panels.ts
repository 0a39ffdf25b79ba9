/** Running panels in Node: the schema of a DuckDB, the query context, and SVG rendering for goldens. */
import fs from 'node:fs';
import path from 'node:path';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { PanelDefinition, PlotData } from '../../src/panel/contract';
import { createQueryContext } from '../../src/panel/context';
import { type LabFilters, NO_FILTERS } from '../../src/panel/filters';
import { kindOfType, type Schema } from '../../src/panel/params';
import { columnKind, toRecords } from '../../src/engine/records';
import type { NodeEngine } from './node-engine';

export async function readSchema(engine: NodeEngine): Promise<Schema> {
  const rows = await engine.rows(
    "SELECT table_name AS t, column_name AS c, data_type AS type FROM duckdb_columns() WHERE schema_name = 'main' ORDER BY table_name, column_index",
  );
  const tables: Schema['tables'] = {};
  for (const r of rows)
    (tables[r.t as string] ??= []).push({ name: r.c as string, type: r.type as string });
  return { tables };
}

export function contextFor(schema: Schema, filters: LabFilters = NO_FILTERS) {
  return createQueryContext(schema, filters);
}

export async function plotData(engine: NodeEngine, sql: string): Promise<PlotData> {
  const table = await engine.table(sql);
  return {
    rows: toRecords(table),
    columns: table.schema.fields.map((f) => ({ name: f.name, kind: columnKind(f) })),
    width: 640,
    locale: 'zh-CN',
  };
}

/** Render Plot options to SVG text in jsdom, normalized for stable golden files. */
export function renderSvg(options: Plot.PlotOptions): string {
  const { window } = new JSDOM('<!doctype html><body></body>');
  // Legends of continuous colour scales are drawn on a canvas (none in jsdom); goldens cover the chart.
  const color =
    typeof options.color === 'object' && options.color !== null
      ? { ...options.color, legend: false }
      : options.color;
  const figure = Plot.plot({
    ...options,
    ...(color === undefined ? {} : { color }),
    document: window.document,
  });
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
  const html = (svg ?? figure).outerHTML;
  return normalizeSvg(html);
}

export function normalizeSvg(svg: string): string {
  let n = 0;
  const ids = new Map<string, string>();
  return svg
    .replace(/plot-[a-z0-9]{6,}/g, (id) => ids.get(id) ?? (ids.set(id, `plot-${++n}`), `plot-${n}`))
    .replace(/(\d+\.\d{3,})/g, (x) => String(Math.round(Number(x) * 100) / 100))
    .replace(/></g, '>\n<');
}

/**
 * Compare with the golden file in `test/golden/<folder>/` (`panels`, or `toolkits/<id>`); create it
 * locally when missing, never on CI.
 */
export function expectGolden(name: string, svg: string, folder = 'panels'): void {
  const file = path.resolve(import.meta.dirname, '../golden', folder, `${name}.svg`);
  if (!fs.existsSync(file)) {
    if (process.env.CI)
      throw new Error(`missing golden file ${name}.svg (golden files are never created on CI)`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, svg);
    return;
  }
  const expected = fs.readFileSync(file, 'utf8');
  if (expected !== svg) fs.writeFileSync(file.replace(/\.svg$/, '-changed.svg'), svg);
  expect(svg, `${name}.svg differs (see ${name}-changed.svg)`).toBe(expected);
}

/** Example parameters remapped onto the hostile-identifier copy of `orders`. */
export const HOSTILE_TABLE = '订单 "副本"; --';
export const HOSTILE_COLUMNS: Record<string, string> = {
  pay_amount: "金额 '含税'",
  status: '状态;--',
  consumer_id: '消费者 ID',
  channel: 'Channel "渠道"',
};

export function hostileParams(
  panel: PanelDefinition,
  params: Record<string, unknown>,
): Record<string, unknown> | null {
  const tableKeys = Object.entries(panel.params)
    .filter(([, s]) => s.type === 'table')
    .map(([k]) => k);
  if (!tableKeys.some((k) => params[k] === 'orders')) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    const spec = panel.params[key];
    if (spec?.type === 'table' && value === 'orders') out[key] = HOSTILE_TABLE;
    else if (spec?.type === 'column' && typeof value === 'string')
      out[key] = HOSTILE_COLUMNS[value] ?? value;
    else if (spec?.type === 'columns' && Array.isArray(value))
      out[key] = value.map((v: string) => HOSTILE_COLUMNS[v] ?? v);
    else out[key] = value;
  }
  return out;
}

export function hostileFixtureSql(): string {
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const renamed = Object.entries(HOSTILE_COLUMNS).map(([from, to]) => `${from} AS ${q(to)}`);
  return `CREATE TABLE ${q(HOSTILE_TABLE)} AS SELECT * EXCLUDE (${Object.keys(HOSTILE_COLUMNS).join(', ')}), ${renamed.join(', ')} FROM orders`;
}

export { kindOfType };

/** Result codes that must never reach a Chinese chart's text as they are. */
const CODES =
  /\b(stay|upgrade|downgrade|churn|entry|previous|current|new|old|brand|median|W_extension|W_new_product|vip|non-vip|tier1-3|tier4\+)\b/;
/** An axis tick in SI units (1.4M, 400k), which a Chinese chart writes in 万/亿. */
const SI_TICK = /^\s*[−-]?\d+(\.\d+)?[kMGT]\s*$/;

/** Texts of a Chinese chart that are not in Chinese units and words: codes and SI-unit ticks. */
export function untranslated(svg: string): string[] {
  return [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)</g)]
    .map((m) => m[1] ?? '')
    .filter((t) => CODES.test(t) || SI_TICK.test(t));
}
