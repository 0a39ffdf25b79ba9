/**
 * Every panel × every example on a real DuckDB-WASM with the sandbox data: parameters parse, the
 * SQL binds (EXPLAIN), the result has the columns the plot needs, and the rendered SVG matches its
 * golden file. Each example runs again on a table with hostile identifiers and under lab filters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PANELS } from '../../../src/panel/registry';
import { parseParams, type Schema } from '../../../src/panel/params';
import { NO_FILTERS } from '../../../src/panel/filters';
import type { NodeEngine } from '../../support/node-engine';
import { loadSandbox } from '../../support/sandbox';
import {
  contextFor,
  expectGolden,
  untranslated,
  hostileFixtureSql,
  hostileParams,
  plotData,
  readSchema,
  renderSvg,
} from '../../support/panels';

let engine: NodeEngine;
let schema: Schema;

beforeAll(async () => {
  engine = await loadSandbox();
  await engine.core.exec(hostileFixtureSql());
  schema = await readSchema(engine);
});

const FILTERS = {
  ...NO_FILTERS,
  brand: 3,
  competitors: [4, 5],
  dateFrom: '2026-01-01',
  dateTo: '2026-10-31',
  crowd: 'Z世代',
};

for (const panel of PANELS.values()) {
  describe(`panel ${panel.id}`, () => {
    panel.examples.forEach((example, index) => {
      it(`example ${index + 1}: ${example.name.en}`, async () => {
        const parsed = parseParams(panel, example.params, schema);
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        const sql = panel.buildQuery(parsed.params, contextFor(schema));
        if (sql === null) {
          const svgOptions = panel.buildPlot(parsed.params, {
            rows: [],
            columns: [],
            width: 640,
            locale: 'zh-CN',
          });
          expect(svgOptions).toBeNull();
          return;
        }
        await engine.core.exec(`EXPLAIN ${sql}`);
        const data = await plotData(engine, sql);
        const names = data.columns.map((c) => c.name);
        for (const column of panel.expectedColumns(parsed.params))
          expect(names, `${panel.id} result`).toContain(column);
        // A panel that shapes its table (a pivot) keeps every result row and names every header.
        if (panel.buildTable) {
          const table = panel.buildTable(parsed.params, data);
          expect(table.rows.length + (table.footer ? 1 : 0)).toBe(data.rows.length);
          expect(table.columns.filter((c) => !c.label)).toEqual([]);
        }
        const options = panel.buildPlot(parsed.params, data);
        if (options) {
          const svg = renderSvg(options);
          expect(
            untranslated(svg).filter((t) => !/^[a-z_]+$/.test(t)),
            `${panel.id} text`,
          ).toEqual([]);
          expectGolden(`${panel.id}-${index + 1}`, svg);
        }

        // The same under lab-wide filters: still binds and has the columns.
        const filtered = panel.buildQuery(parsed.params, contextFor(schema, FILTERS)) as string;
        await engine.core.exec(`EXPLAIN ${filtered}`);

        // The same on a table whose name and columns have spaces, quotes, Chinese and `;--`.
        const hostile = hostileParams(panel, { ...parsed.params });
        if (hostile) {
          const hostileParsed = parseParams(panel, hostile, schema);
          expect(hostileParsed.ok ? [] : hostileParsed.errors).toEqual([]);
          const hostileSql = panel.buildQuery(
            hostileParsed.params,
            contextFor(schema, FILTERS),
          ) as string;
          const hostileData = await plotData(engine, hostileSql);
          for (const column of panel.expectedColumns(hostileParsed.params))
            expect(hostileData.columns.map((c) => c.name)).toContain(column);
        }
      });
    });
  });
}
