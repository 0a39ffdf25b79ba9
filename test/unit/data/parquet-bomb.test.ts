import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineError } from '../../../src/engine/errors';
import { DEFAULT_LIMITS } from '../../../src/engine/ingest/types';
import { createNodeEngine, nodeParquet } from '../../support/node-engine';
import { file } from '../../support/files';

/**
 * Parquet bombs, written by native DuckDB: under a megabyte on disk, declaring or expanding to far
 * more than the limit. The dictionary case lowers the limit to 64 MB so its file stays quick to
 * make; the arithmetic is the same at the real 2.5 GB.
 */
const LIMIT = 64 * 1024 ** 2;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-bomb-'));
let constantInts: Uint8Array;
let repeatedText: Uint8Array;
let honest: Uint8Array;

beforeAll(async () => {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const write = async (name: string, select: string) => {
    const target = path.join(dir, name);
    await db.run(`COPY (${select}) TO '${target}' (FORMAT parquet, COMPRESSION zstd)`);
    return new Uint8Array(fs.readFileSync(target));
  };
  // 32 columns of 12 million identical BIGINTs: 650 kB on disk, a footer declaring 3.07 GB decoded.
  const columns = Array.from({ length: 32 }, (_, i) => `7::BIGINT AS c${i}`).join(', ');
  constantInts = await write('ints.parquet', `SELECT ${columns} FROM range(12000000)`);
  // 200,000 copies of one 1,000-character string: under 1 kB on disk, 600 MB decoded.
  repeatedText = await write('text.parquet', "SELECT repeat('爆', 1000) AS s FROM range(200000)");
  honest = await write('ok.parquet', 'SELECT range AS id, range % 7 AS k FROM range(50000)');
}, 120_000);

async function withSpies(maxDecodedBytes = LIMIT) {
  const parquet = await nodeParquet();
  // Counts the files whose data the reader started decoding (a footer alone is not decoding).
  const calls = { decoded: 0 };
  const spied = {
    ...parquet,
    ParquetFile: {
      fromFile: async (blob: Blob) => {
        const opened = await parquet.ParquetFile.fromFile(blob);
        const stream = opened.stream.bind(opened);
        opened.stream = (options) => {
          calls.decoded++;
          return stream(options);
        };
        return opened;
      },
    },
  };
  const engine = await createNodeEngine({
    limits: { ...DEFAULT_LIMITS, maxDecodedBytes },
    parquet: async () => spied,
  });
  return { engine, calls, memory: () => parquet.wasmMemory?.().buffer.byteLength ?? 0 };
}

describe('the Parquet bomb guard', () => {
  it('refuses a footer declaring 3 GB decoded (the real 2.5 GB limit), before decoding anything', async () => {
    expect(constantInts.byteLength).toBeLessThan(1_000_000);
    const { engine, calls, memory } = await withSpies(DEFAULT_LIMITS.maxDecodedBytes);
    const before = memory();
    const error = (await engine.ingestor
      .ingest(file(constantInts, 'ints.parquet'), { table: 'ints' })
      .catch((e: unknown) => e)) as EngineError;
    expect(error.info).toMatchObject({ kind: 'too-large', code: 'dataset.too-large' });
    expect(Number(error.info.detail?.size)).toBeGreaterThan(3e9);
    expect(calls.decoded).toBe(0);
    expect(memory() - before).toBeLessThan(16 * 1024 ** 2);
  });

  it('refuses a dictionary of long strings that would expand past the limit, before decoding', async () => {
    expect(repeatedText.byteLength).toBeLessThan(200_000);
    const { engine, calls, memory } = await withSpies();
    const before = memory();
    const error = (await engine.ingestor
      .ingest(file(repeatedText, 'text.parquet'), { table: 'text' })
      .catch((e: unknown) => e)) as EngineError;
    expect(error.info).toMatchObject({ kind: 'too-large', code: 'dataset.too-large' });
    expect(calls.decoded).toBe(0);
    // Nothing was decoded: the reader's memory did not grow (wasm memory would never shrink back).
    expect(memory() - before).toBeLessThan(16 * 1024 ** 2);
    expect(
      await engine.rows(
        "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'text'",
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('still loads an honest file', async () => {
    const { engine, calls } = await withSpies();
    await engine.ingestor.ingest(file(honest, 'ok.parquet'), { table: 'ok' });
    expect(
      await engine.rows('SELECT count(*)::INTEGER AS n, sum(k)::INTEGER AS k FROM ok'),
    ).toEqual([{ n: 50000, k: 149997 }]);
    expect(calls.decoded).toBe(1);
  });
});
