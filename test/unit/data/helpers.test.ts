import { describe, expect, it } from 'vitest';
import { detectDelimiter, findRaggedRow } from '../../../src/engine/ingest/readers/csv-shape';
import { decideFormat, sniffFormat } from '../../../src/engine/ingest/format';
import { findStrayQuote } from '../../../src/engine/ingest/readers/csv-shape';
import { deriveTableName } from '../../../src/data/table-name';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('csv shape', () => {
  it('picks the delimiter of the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('a;b;c\n')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('"x,y";z\n')).toBe(';');
    expect(detectDelimiter('name\n')).toBe(',');
  });
  it('finds the first row whose field count differs, counting quoted newlines', () => {
    expect(findRaggedRow('a,b,c\n1,2,3\n4,5\n', ',')).toEqual({ line: 3, fields: 2, expected: 3 });
    expect(findRaggedRow('a,b\n1,"x\ny"\n2,3,4\n', ',')).toEqual({
      line: 4,
      fields: 3,
      expected: 2,
    });
    expect(findRaggedRow('a,b\r\n1,2\r\n\r\n3,4\r\n', ',')).toBeNull();
  });
});

describe('table names', () => {
  it('derives safe, unique names from file names', () => {
    expect(deriveTableName('销售 数据(2024).csv', [])).toBe('销售_数据_2024');
    expect(deriveTableName('2024-orders.parquet', [])).toBe('t_2024_orders');
    expect(deriveTableName('orders.parquet', ['Orders', 'orders_2'])).toBe('orders_3');
    expect(deriveTableName('https://x.example/d/events.csv?token=1', [])).toBe('events');
    expect(deriveTableName('"; DROP TABLE x; --.csv', [])).toBe('DROP_TABLE_x');
    expect(deriveTableName('...csv', [])).toBe('table');
    expect(deriveTableName('__lab_load_1.csv', [])).toBe('lab_load_1'); // never a lab temp name
  });
});

describe('format detection', () => {
  it('trusts the bytes over the name', () => {
    expect(sniffFormat(bytes('PAR1xxxx'))).toBe('parquet');
    expect(sniffFormat(bytes('ARROW1\0\0'))).toBe('arrow');
    expect(sniffFormat(bytes('\uFEFF  [{"a":1}]'))).toBe('json');
    expect(sniffFormat(bytes('a,b\n'))).toBe('text');
    expect(decideFormat('x.parquet', bytes('a,b\n'))).toEqual({
      error: 'mismatch',
      expected: 'parquet',
      actual: 'text',
    });
    expect(decideFormat('x.csv', bytes('{"a":1}'))).toEqual({ format: 'csv' });
    expect(decideFormat('x', bytes('{"a":1}'))).toEqual({ format: 'json' });
    expect(decideFormat('x.json', bytes(''))).toEqual({ error: 'empty', actual: 'empty' });
  });
  it('knows a workbook by its bytes, and says what a ZIP or an .xls named otherwise is', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(sniffFormat(zip)).toBe('zip');
    expect(decideFormat('订单.xlsx', zip)).toEqual({ format: 'excel' });
    expect(decideFormat('report.parquet', zip)).toEqual({
      error: 'mismatch',
      expected: 'parquet',
      actual: 'zip',
    });
    expect(decideFormat('report.csv', zip)).toMatchObject({ actual: 'zip' });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(decideFormat('旧表.xls', ole)).toMatchObject({ error: 'mismatch', actual: 'xls' });
    expect(decideFormat('订单.xlsx', bytes('a,b\n1,2\n'))).toMatchObject({ actual: 'text' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(sniffFormat(png)).toBe('binary');
    expect(sniffFormat(bytes('日期\t访客数\r\n2026-11-11\t12\r\n'))).toBe('text');
  });
});

describe('stray CSV quotes', () => {
  it('finds the first line whose quotes are not a properly quoted field', () => {
    expect(findStrayQuote('a,b\n1,"x, y"\n2,"say ""hi"""\n', ',')).toBeNull();
    expect(findStrayQuote('a,b\n1,2\n3,ab"c\n', ',')).toEqual({ line: 3 });
    expect(findStrayQuote('a,b\n1,"x"y\n', ',')).toEqual({ line: 2 });
    expect(findStrayQuote('a,b\n1,"open\n2,3\n', ',')).toEqual({ line: 2 });
    expect(findStrayQuote('a\tb\n"multi\nline"\t2\n', '\t')).toBeNull();
  });
});
