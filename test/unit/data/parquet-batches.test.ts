import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestProgress } from '../../../src/engine/ingest/types';
import { PARQUET_BATCH_ROWS } from '../../../src/engine/ingest/readers/parquet';
import { createNodeEngine, nodeParquet } from '../../support/node-engine';
import { file } from '../../support/files';
import { flightsSelect } from '../../../scripts/lib/flights.js';

/**
 * A flights-like file written by native DuckDB: 1.5M rows in row groups of 122,880 (DuckDB's
 * default), five columns. Decoded whole it takes about 200 MB of the reader's memory, which wasm
 * never gives back; in batches, about one row group's chunks plus one batch. This file runs alone
 * in its own module context, so the reader's memory is this test's.
 */
const ROWS = 1_500_000;
let bytes: Uint8Array;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-batches-'));
  const target = path.join(dir, 'flights.parquet');
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`COPY (${flightsSelect(ROWS)}) TO '${target}' (FORMAT parquet)`);
  bytes = new Uint8Array(fs.readFileSync(target));
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** An order-independent digest of every row of a table. */
const digest = (table: string) =>
  `SELECT count(*)::INTEGER AS n, sum(hash(day, delay, distance, time, carrier))::VARCHAR AS h FROM ${table}`;

describe('Parquet in batches', () => {
  it('loads the same rows as a whole-file decode, with the reader near one row group', async () => {
    const parquet = await nodeParquet();
    const engine = await createNodeEngine();
    const memory = () => parquet.wasmMemory!().buffer.byteLength;
    const before = memory();
    const progress: IngestProgress[] = [];
    await engine.ingestor.ingest(file(bytes, 'flights.parquet'), { table: 'batched' }, (p) =>
      progress.push({ ...p }),
    );
    const grown = memory() - before;
    // A row group's compressed chunks and one decoded batch; whole, it was ~200 MB.
    expect(grown).toBeLessThan(32 * 1024 ** 2);
    const inserts = progress.filter((p) => p.phase === 'insert').map((p) => p.rows);
    expect(inserts.at(-1)).toBe(ROWS);
    expect(Math.max(...inserts.map((r, i) => r - (inserts[i - 1] ?? 0)))).toBeLessThanOrEqual(
      PARQUET_BATCH_ROWS,
    );

    // The reference: the whole file decoded in one call into another table.
    const whole = (
      parquet as unknown as { readParquet(b: Uint8Array): { intoIPCStream(): Uint8Array } }
    )
      .readParquet(bytes)
      .intoIPCStream();
    expect(memory() - before).toBeGreaterThan(4 * grown);
    await engine.core.insertArrowIPC('whole', whole, true);
    const [batched] = await engine.rows(digest('batched'));
    expect(batched).toEqual((await engine.rows(digest('whole')))[0]);
    expect(batched?.n).toBe(ROWS);
  }, 120_000);
});
