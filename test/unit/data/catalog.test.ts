import { beforeAll, describe, expect, it } from 'vitest';
import { buildColumnsSql } from '../../../src/data/catalog';
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
