import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildColumnsSql,
  buildDistinctSql,
  buildProfileSql,
  clampDistinct,
  type ColumnProfile,
} from '../../../src/data/catalog';
import { ident } from '../../../src/sql/quote';
import { createNodeEngine, type NodeEngine } from '../../support/node-engine';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

describe('catalog SQL on DuckDB-WASM', () => {
  it('lists a table’s columns in order with DuckDB’s type names, whatever the table is called', async () => {
    for (const table of ['plain', 'my table', 'a"b', "it's", '生态 表', 'x;--', 'dot.ted']) {
      await engine.core.exec(
        `CREATE TABLE ${ident(table)} AS SELECT 1::DECIMAL(18,2) AS amount, [1, 2] AS list,
          {'a': 1} AS rec, TIMESTAMPTZ '2026-01-01 00:00:00+00' AS at, 'x'::ENUM('x', 'y') AS kind,
          DATE '2026-11-11' AS day, 'z' AS "名 称"`,
      );
      expect(await engine.rows(buildColumnsSql(table)), table).toEqual([
        { name: 'amount', type: 'DECIMAL(18,2)' },
        { name: 'list', type: 'INTEGER[]' },
        { name: 'rec', type: 'STRUCT(a INTEGER)' },
        { name: 'at', type: 'TIMESTAMP WITH TIME ZONE' },
        { name: 'kind', type: "ENUM('x', 'y')" },
        { name: 'day', type: 'DATE' },
        { name: '名 称', type: 'VARCHAR' },
      ]);
    }
  });
});

describe('column profile distinct counts', () => {
  it('counts distinct values exactly, and keeps an estimate within what is possible', async () => {
    // day_idx 0…729 repeated, brand_id 1…12: SUMMARIZE's estimate may exceed both.
    await engine.core.exec(`CREATE TABLE visits AS
      SELECT (i % 730)::INTEGER AS day_idx, (1 + i % 12)::INTEGER AS brand_id,
        CASE WHEN i % 10 = 0 THEN NULL ELSE 'c' || (i % 50) END AS crowd
      FROM range(20000) t(i)`);
    const profile = await engine.rows(buildProfileSql('visits'));
    const names = profile.map((c) => String(c.name));
    const [exact] = await engine.rows(buildDistinctSql('visits', names));
    expect(names.map((_, i) => exact?.[`d${i}`])).toEqual([730, 12, 45]);
    for (const c of profile) {
      const clamped = clampDistinct(c as unknown as ColumnProfile);
      if (c.name === 'day_idx') expect(clamped).toBeLessThanOrEqual(730);
      if (c.name === 'brand_id') expect(clamped).toBeLessThanOrEqual(12);
      if (c.name === 'crowd') expect(clamped).toBeLessThanOrEqual(18000);
    }
    // The clamp on its own: an estimate of 840 for integers 0–729 is 730; of 13 for 12 rows, 12.
    const base = { type: 'INTEGER', nullShare: 0, exact: false, rows: 100_000 };
    expect(clampDistinct({ ...base, name: 'd', distinct: 840, min: '0', max: '729' })).toBe(730);
    expect(clampDistinct({ ...base, name: 'b', distinct: 13, min: '1', max: '40', rows: 12 })).toBe(
      12,
    );
    expect(
      clampDistinct({ ...base, name: 't', type: 'VARCHAR', distinct: 9, min: 'a', max: 'z' }),
    ).toBe(9);
  });
});
