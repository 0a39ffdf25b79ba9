import { FixedSizeBinary, Table, tableFromIPC, vectorFromArray } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { approximateIntegers, toRecords } from '../../../src/engine/records';
import { formatCell } from '../../../src/lab/cells';
import { buildCsv } from '../../../src/panel/export';
import { createNodeEngine, type NodeEngine } from '../../support/node-engine';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

async function records(sql: string) {
  return toRecords(tableFromIPC((await engine.core.query(sql)).ipc));
}

describe('result values as shown and exported', () => {
  it('prints BIGINT and HUGEINT exactly, in tables and CSV', async () => {
    const rows = await records(
      `SELECT 9223372036854775807::BIGINT AS big, -1234567890123456789::BIGINT AS neg,
         170141183460469231731687303715884105727::HUGEINT AS huge, 42::BIGINT AS small`,
    );
    const row = rows[0]!;
    expect(row.small).toBe(42);
    expect(formatCell('en', row.big ?? null)).toBe('9,223,372,036,854,775,807');
    expect(formatCell('zh-CN', row.neg ?? null)).toBe('-1,234,567,890,123,456,789');
    expect(formatCell('en', row.huge ?? null)).toBe(
      '170,141,183,460,469,231,731,687,303,715,884,105,727',
    );
    const csv = buildCsv(['big', 'neg', 'huge'], rows, 'p');
    expect(csv).toContain(
      '9223372036854775807,-1234567890123456789,170141183460469231731687303715884105727',
    );
    // Charts compute with numbers.
    expect(typeof approximateIntegers(rows)[0]?.big).toBe('number');
  });

  it('shows TIME, INTERVAL, BLOB and UUID as text, not byte dumps', async () => {
    const [row] = await records(
      `SELECT TIME '12:34:56' AS t, TIME '01:02:03.250' AS frac,
         INTERVAL 3 DAY AS days, INTERVAL '1 year 2 months 3 days 04:05:06' AS mixed,
         '\\xAA\\xBB'::BLOB AS blob, '6f1b7c1e-0000-4a3b-9c2d-1234567890ab'::UUID AS id`,
    );
    expect(row).toMatchObject({
      t: '12:34:56',
      frac: '01:02:03.25',
      days: '3 days',
      mixed: '1 year 2 months 3 days 04:05:06',
      blob: '\\xAA\\xBB',
      id: '6f1b7c1e-0000-4a3b-9c2d-1234567890ab',
    });
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
    const uuid = new Table({ id: vectorFromArray([bytes], new FixedSizeBinary(16)) });
    expect(toRecords(uuid)[0]?.id).toBe('00112233-4455-6677-8899-aabbccddeeff');
  });
});

describe('out of memory', () => {
  it('says what the user can do, not settings the lockdown forbids', async () => {
    const { toErrorInfo } = await import('../../../src/engine/errors');
    const { describeError } = await import('../../../src/i18n/i18n.svelte');
    const info = toErrorInfo(
      new Error(
        'Out of Memory Error: could not allocate block of size 256.0 KiB (3.9 GiB/3.9 GiB used). You can set PRAGMA memory_limit or SET temp_directory',
      ),
    );
    expect(info).toMatchObject({ kind: 'too-large', code: 'engine.out-of-memory' });
    const text = describeError(info);
    expect(text).not.toMatch(/memory_limit|temp_directory/);
    expect(text).toMatch(/重启引擎|Restart engine/);
  });
});
