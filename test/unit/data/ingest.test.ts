import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors';
import {
  DEFAULT_LIMITS,
  type DatasetSource,
  type IngestProgress,
} from '../../../src/engine/ingest/types';
import { createNodeEngine, type NodeEngine } from '../../support/node-engine';
import { file, parquetBytes, sampleArrowTable } from '../../support/files';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

async function load(
  source: DatasetSource,
  table: string,
  onProgress?: (p: IngestProgress) => void,
) {
  return engine.ingestor.ingest(source, { table }, onProgress);
}

async function failure(source: DatasetSource, table = 'bad'): Promise<EngineError> {
  const error = await load(source, table).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EngineError);
  return error as EngineError;
}

describe('ingest: good files', () => {
  it('loads Parquet row group by row group with progress', async () => {
    const progress: IngestProgress[] = [];
    const result = await load(file(parquetBytes(10, 4), 'orders.parquet'), 'orders_pq', (p) =>
      progress.push({ ...p }),
    );
    expect(result).toMatchObject({ table: 'orders_pq', format: 'parquet', rows: 10 });
    expect(progress.filter((p) => p.phase === 'insert').map((p) => p.rows)).toEqual([4, 8, 10]);
    expect(
      await engine.rows('SELECT count(*)::INTEGER AS n, sum(amount) AS s FROM orders_pq'),
    ).toEqual([{ n: 10, s: 67.5 }]);
    expect(await engine.rows('SELECT city FROM orders_pq WHERE id = 1')).toEqual([
      { city: '上海' },
    ]);
  });

  it('loads CSV with type detection, and TSV', async () => {
    await load(file('id,name,price\n1,茶,9.5\n2,"咖啡, 拿铁",12\n', 'menu.csv'), 'menu');
    expect(
      await engine.rows('SELECT id::INTEGER AS id, name, price FROM menu ORDER BY id'),
    ).toEqual([
      { id: 1, name: '茶', price: 9.5 },
      { id: 2, name: '咖啡, 拿铁', price: 12 },
    ]);
    await load(file('a\tb\n1\t2\n', 'x.tsv'), 'tsv');
    expect(await engine.rows('SELECT a::INTEGER + b::INTEGER AS s FROM tsv')).toEqual([{ s: 3 }]);
  });

  it('transcodes a GB18030 CSV (Excel on Chinese Windows) and says so', async () => {
    // "城市,销量\n上海,3\n" in GB18030
    const gbk = new Uint8Array([
      0xb3, 0xc7, 0xca, 0xd0, 0x2c, 0xcf, 0xfa, 0xc1, 0xbf, 0x0a, 0xc9, 0xcf, 0xba, 0xa3, 0x2c,
      0x33, 0x0a,
    ]);
    const result = await load(file(gbk, 'gbk.csv'), 'gbk');
    expect(result.notices).toEqual([{ code: 'csv.transcoded', detail: { encoding: 'GB18030' } }]);
    expect(await engine.rows('SELECT 城市, 销量::INTEGER AS n FROM gbk')).toEqual([
      { 城市: '上海', n: 3 },
    ]);
  });

  it('loads a JSON array, a wrapped array and NDJSON, inferring types', async () => {
    await load(file('[{"a":1,"b":"x","c":true},{"a":2.5,"b":null,"d":{"k":1}}]', 'a.json'), 'ja');
    expect(await engine.rows('SELECT a, b, c, d FROM ja ORDER BY a')).toEqual([
      { a: 1, b: 'x', c: true, d: null },
      { a: 2.5, b: null, c: null, d: '{"k":1}' },
    ]);
    await load(file('{"data":[{"n":1},{"n":2}],"meta":{}}', 'w.json'), 'jw');
    expect(await engine.rows('SELECT sum(n)::INTEGER AS s FROM jw')).toEqual([{ s: 3 }]);
    await load(file('{"n":1}\n{"n":2}\n\n{"n":3}\n', 'l.ndjson'), 'jl');
    expect(await engine.rows('SELECT count(*)::INTEGER AS c FROM jl')).toEqual([{ c: 3 }]);
  });

  it('loads a CSV with a stray quote, says so with the line, and says when DuckDB parses', async () => {
    const progress: IngestProgress[] = [];
    const result = await load(file('id,name\n1,ok\n2,6"屏\n', 'stray.csv'), 'stray', (p) =>
      progress.push({ ...p }),
    );
    expect(result.notices).toEqual([{ code: 'csv.stray-quotes', detail: { line: 3 } }]);
    expect(progress.some((p) => p.phase === 'parse')).toBe(true);
  });

  it('names the user’s table, never the load’s working table, in errors', async () => {
    const error = await failure(file('a,b\n1,2\n3\n', 'x.csv'), 'client_orders');
    expect(error.info.message).not.toMatch(/__lab_load/);
  });

  it('keeps 19-digit integers exact through JSON and NDJSON', async () => {
    const ids = ['1234567890123456787', '1234567890123456788', '-1234567890123456789'];
    const records = ids.map(
      (id, i) => `{"order_id":${id},"n":${i},"note":"x ${id} \\" 9999999999999999999"}`,
    );
    await load(file(`[${records.join(',')}]`, 'ids.json'), 'ids_json');
    await load(file(records.join('\n'), 'ids.ndjson'), 'ids_ndjson');
    for (const table of ['ids_json', 'ids_ndjson']) {
      expect(
        await engine.rows(
          `SELECT count(DISTINCT order_id)::INTEGER AS distinct_ids, max(order_id)::VARCHAR AS top,
             min(order_id)::VARCHAR AS bottom, any_value(typeof(order_id)) AS type, any_value(note) AS note
           FROM ${table}`,
        ),
      ).toEqual([
        {
          distinct_ids: 3,
          top: '1234567890123456788',
          bottom: '-1234567890123456789',
          type: 'BIGINT',
          note: 'x 1234567890123456787 " 9999999999999999999',
        },
      ]);
    }
  });

  it('loads Arrow IPC in stream and file formats', async () => {
    await load(file(tableToIPC(sampleArrowTable(5), 'stream'), 's.arrow'), 'arrow_s');
    await load(file(tableToIPC(sampleArrowTable(6), 'file'), 'f.arrow'), 'arrow_f');
    expect(
      await engine.rows(
        'SELECT (SELECT count(*) FROM arrow_s)::INTEGER AS s, (SELECT count(*) FROM arrow_f)::INTEGER AS f',
      ),
    ).toEqual([{ s: 5, f: 6 }]);
  });

  it('detects the format from the bytes when the name has no extension', async () => {
    const result = await load(file(parquetBytes(3), 'export'), 'noext');
    expect(result.format).toBe('parquet');
  });
});

describe('ingest: hostile files give a clear error and leave earlier tables intact', () => {
  beforeAll(async () => {
    await load(file('k\n1\n', 'keep.csv'), 'keep');
  });

  const cases: [string, () => DatasetSource, string][] = [
    ['a CSV named .parquet', () => file('a,b\n1,2\n', 'fake.parquet'), 'dataset.mismatch'],
    [
      'a truncated Parquet file',
      () => file(parquetBytes(50).slice(0, 300), 't.parquet'),
      'parquet.truncated',
    ],
    [
      'a Parquet file with a damaged footer',
      () => {
        const bytes = parquetBytes(20);
        bytes.fill(0x41, bytes.length - 60, bytes.length - 8);
        return file(bytes, 'd.parquet');
      },
      'parquet.corrupt',
    ],
    ['an empty file', () => file('', 'empty.csv'), 'dataset.empty'],
    ['a ragged CSV', () => file('a,b,c\n1,2,3\n4,5\n6,7,8,9\n', 'ragged.csv'), 'csv.ragged'],
    [
      'JSON that is not tabular',
      () => file('{"name":"not a table","n":3}', 'x.json'),
      'json.not-tabular',
    ],
    ['a JSON list of numbers', () => file('[1,2,3]', 'n.json'), 'json.not-tabular'],
    ['broken JSON', () => file('[{"a":1},', 'b.json'), 'json.syntax'],
    ['broken NDJSON', () => file('{"a":1}\n{"a":\n', 'b.ndjson'), 'json.syntax-line'],
    [
      'JSON that is not UTF-8',
      () =>
        file(
          new Uint8Array([0x5b, 0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d, 0x5d]),
          'e.json',
        ),
      'json.encoding',
    ],
    [
      'a corrupt Arrow file',
      () => file(new Uint8Array([0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4, 5]), 'x.arrow'),
      'arrow.corrupt',
    ],
    ['a Parquet named .arrow', () => file(parquetBytes(2), 'x.arrow'), 'dataset.mismatch'],
    [
      'an Excel workbook named .csv',
      () => file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]), 'x.csv'),
      'dataset.mismatch',
    ],
  ];
  for (const [label, make, code] of cases) {
    it(label, async () => {
      const error = await failure(make());
      expect(error.info.code).toBe(code);
      expect(await engine.rows('SELECT k::INTEGER AS k FROM keep')).toEqual([{ k: 1 }]);
      expect(
        await engine.rows(
          "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE '__lab_load%' OR table_name = 'bad'",
        ),
      ).toEqual([{ n: 0 }]);
    });
  }

  it('refuses a file over the memory limits before reading it', async () => {
    const small = await createNodeEngine({
      limits: { ...DEFAULT_LIMITS, maxTextBytes: 100, maxDecodedBytes: 100 },
    });
    const csv = await small.ingestor
      .ingest(file('x\n' + '1\n'.repeat(100), 'big.csv'), { table: 'big' })
      .catch((e: unknown) => e);
    expect((csv as EngineError).info).toMatchObject({
      kind: 'too-large',
      code: 'dataset.too-large',
    });
    const pq = await small.ingestor
      .ingest(file(parquetBytes(200), 'big.parquet'), { table: 'big' })
      .catch((e: unknown) => e);
    expect((pq as EngineError).info).toMatchObject({
      kind: 'too-large',
      code: 'dataset.too-large',
    });
  });

  it('reports a failing URL and a URL that cannot be reached', async () => {
    const fake = (status: number | 'throw'): typeof fetch =>
      (async () => {
        if (status === 'throw') throw new TypeError('Failed to fetch');
        return new Response('nope', { status });
      }) as typeof fetch;
    const notFound = await createNodeEngine({ fetch: fake(404) });
    const e404 = await notFound.ingestor
      .ingest({ kind: 'url', url: 'https://data.example/x.parquet' }, { table: 'u' })
      .catch((e: unknown) => e);
    expect((e404 as EngineError).info).toMatchObject({ code: 'url.http', detail: { status: 404 } });
    const offline = await createNodeEngine({ fetch: fake('throw') });
    const eNet = await offline.ingestor
      .ingest({ kind: 'url', url: 'https://data.example/x.parquet' }, { table: 'u' })
      .catch((e: unknown) => e);
    expect((eNet as EngineError).info.code).toBe('url.network');
    const eScheme = await offline.ingestor
      .ingest({ kind: 'url', url: 'file:///etc/passwd' }, { table: 'u' })
      .catch((e: unknown) => e);
    expect((eScheme as EngineError).info.code).toBe('url.invalid');
  });

  it('loads from a URL with byte progress', async () => {
    const bytes = parquetBytes(12, 5);
    const served: typeof fetch = (async () =>
      new Response(bytes as BlobPart, {
        headers: { 'content-length': String(bytes.length) },
      })) as typeof fetch;
    const remote = await createNodeEngine({ fetch: served });
    const progress: IngestProgress[] = [];
    const result = await remote.ingestor.ingest(
      { kind: 'url', url: 'https://data.example/orders.parquet' },
      { table: 'r' },
      (p) => progress.push({ ...p }),
    );
    expect(result.rows).toBe(12);
    expect(
      progress.some(
        (p) => p.phase === 'download' && p.bytes === bytes.length && p.totalBytes === bytes.length,
      ),
    ).toBe(true);
  });

  it('cancels a load and leaves no table behind', async () => {
    const pending = engine.ingestor.ingest(file(parquetBytes(4000, 100), 'slow.parquet'), {
      table: 'slow',
      id: 'job1',
    });
    const settled = pending.catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 0));
    expect(engine.ingestor.cancel('job1')).toBe(true);
    expect(((await settled) as EngineError).info.kind).toBe('cancelled');
    expect(
      await engine.rows(
        "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'slow' OR table_name LIKE '__lab_load%'",
      ),
    ).toEqual([{ n: 0 }]);
  });
});

describe('JSON under the Content-Security-Policy', () => {
  it('builds Arrow columns without evaluating code (no unsafe-eval in the policy)', async () => {
    const { rowsToArrowIpc, inferColumns } =
      await import('../../../src/engine/ingest/readers/json');
    const rows = [
      { k: 'v', n: 1, big: 1234567890123456789n, ok: true, x: 1.5 },
      { k: null, n: null, big: null, ok: null, x: null },
    ];
    const original = globalThis.Function;
    // What the browser does under `script-src 'self' 'wasm-unsafe-eval'`.
    const refuse = () => {
      throw new EvalError('code generation from strings disallowed');
    };
    globalThis.Function = new Proxy(original, { construct: refuse, apply: refuse });
    let ipc: Uint8Array;
    try {
      ipc = rowsToArrowIpc(rows, inferColumns(rows));
    } finally {
      globalThis.Function = original;
    }
    const table = tableFromIPC(ipc);
    expect(table.toArray().map((r) => ({ ...r.toJSON() }))).toEqual([
      { k: 'v', n: 1, big: 1234567890123456789n, ok: true, x: 1.5 },
      { k: null, n: null, big: null, ok: null, x: null },
    ]);
  });
});
