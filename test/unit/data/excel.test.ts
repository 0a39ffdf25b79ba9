/**
 * Excel in: a workbook's sheets load as tables with typed columns (dates as DATE, amounts as
 * numbers), a title merged above the header is skipped and reported, the old .xls format and a
 * damaged workbook get clear messages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors';
import { findHeader } from '../../../src/engine/ingest/readers/excel';
import { createNodeEngine, type NodeEngine } from '../../support/node-engine';
import { orderRow, workbookBytes } from '../../support/workbook';

let engine: NodeEngine;
let bytes: Buffer;
beforeAll(async () => {
  engine = await createNodeEngine();
  bytes = await workbookBytes();
});

const source = (data: Uint8Array, name: string, sheet?: string) => ({
  kind: 'file' as const,
  file: new Blob([new Uint8Array(data)]),
  name,
  ...(sheet ? { sheet } : {}),
});

describe('Excel workbooks', () => {
  it('load the first sheet with typed columns, skip the merged title and list every sheet', async () => {
    const result = await engine.ingestor.ingest(source(bytes, '导出.xlsx'), { table: 'first' });
    expect(result).toMatchObject({ format: 'excel', rows: 40, sheets: ['订单明细', '品牌'] });
    expect(result.notices).toEqual([
      { code: 'excel.header-rows', detail: { rows: 1, sheet: '订单明细' } },
    ]);
    const columns = await engine.rows(
      `SELECT column_name AS name, column_type AS type FROM (DESCRIBE first)`,
    );
    expect(columns).toEqual([
      { name: '订单编号', type: 'INTEGER' },
      { name: '会员ID', type: 'INTEGER' },
      { name: '品牌', type: 'VARCHAR' },
      { name: '下单日期', type: 'DATE' },
      { name: '实付金额', type: 'DOUBLE' },
      { name: '退款金额', type: 'INTEGER' },
      { name: '订单状态', type: 'VARCHAR' },
    ]);
    const [row] = await engine.rows(
      `SELECT 订单编号, strftime(下单日期, '%Y-%m-%d') AS day, 实付金额, 订单状态 FROM first WHERE 订单编号 = 9005`,
    );
    const expected = orderRow(5);
    expect(row).toEqual({
      订单编号: 9005,
      day: '2025-09-06',
      实付金额: expected[4],
      订单状态: '已退款',
    });
  });

  it('load a named sheet', async () => {
    const result = await engine.ingestor.ingest(source(bytes, '导出.xlsx', '品牌'), {
      table: 'brands_sheet',
    });
    expect(result).toMatchObject({ rows: 2, notices: [] });
    expect(await engine.rows('SELECT * FROM brands_sheet ORDER BY 品牌')).toEqual([
      { 品牌: '暖颜', 行业: '美妆', 商家层级: '千星' },
      { 品牌: '澄光', 行业: '美妆', 商家层级: '蓝星' },
    ]);
  });

  const failure = async (data: Uint8Array, name: string, sheet?: string) =>
    engine.ingestor.ingest(source(data, name, sheet), { table: 'bad' }).then(
      () => null,
      (e: unknown) => (e instanceof EngineError ? e.info.code : String(e)),
    );

  it('say what is wrong with a missing sheet, an .xls, a damaged workbook or a ZIP', async () => {
    expect(await failure(bytes, '导出.xlsx', '没有')).toBe('excel.no-sheet');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await failure(ole, '旧表.xls')).toBe('excel.legacy');
    const damaged = new Uint8Array(bytes.subarray(0, 200));
    expect(await failure(damaged, '坏.xlsx')).toBe('excel.unreadable');
    expect(await failure(new Uint8Array(bytes), 'archive.csv')).toBe('dataset.mismatch');
    expect(
      await engine.rows(`SELECT count(*)::INT AS n FROM duckdb_tables() WHERE table_name = 'bad'`),
    ).toEqual([{ n: 0 }]);
  });

  it('find the header under a title and under the upper row of a merged two-row header', () => {
    expect(findHeader([['报表'], ['a', 'b', 'c'], [1, 2, 3]])).toBe(1);
    expect(
      findHeader([
        ['订单信息', null, null, '金额', null],
        ['编号', '日期', '状态', '实付', '退款'],
        [1, 2, 3, 4, 5],
      ]),
    ).toBe(1);
    expect(
      findHeader([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe(0);
  });
});
