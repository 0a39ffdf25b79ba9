/**
 * An Excel export as back offices write them: two sheets, the first under a report title merged
 * across its columns, dates as date cells, amounts as numbers.
 */
import writeXlsxFile from 'write-excel-file/node';

export const ORDER_HEADER = [
  '订单编号',
  '会员ID',
  '品牌',
  '下单日期',
  '实付金额',
  '退款金额',
  '订单状态',
];

/** Row i of the order sheet (every value the test checks is derived from i). */
export function orderRow(i: number) {
  return [
    9000 + i,
    100 + (i % 7),
    i % 2 ? '澄光' : '暖颜',
    new Date(Date.UTC(2025, 8, 1 + (i % 30))),
    1000 + i * 10.5,
    i % 5 === 0 ? 100 : 0,
    i % 5 === 0 ? '已退款' : '交易成功',
  ] as const;
}

export async function workbookBytes(rows = 40): Promise<Buffer> {
  const title = [
    { value: '2025 年 9 月订单导出', columnSpan: ORDER_HEADER.length },
    ...ORDER_HEADER.slice(1).map(() => null),
  ];
  const header = ORDER_HEADER.map((value) => ({ value }));
  const body = Array.from({ length: rows }, (_, i) =>
    orderRow(i).map((value) =>
      value instanceof Date ? { value, format: 'yyyy-mm-dd' } : { value },
    ),
  );
  const brands = [
    [{ value: '品牌' }, { value: '行业' }, { value: '商家层级' }],
    [{ value: '暖颜' }, { value: '美妆' }, { value: '千星' }],
    [{ value: '澄光' }, { value: '美妆' }, { value: '蓝星' }],
  ];
  return writeXlsxFile([
    { data: [title, header, ...body], sheet: '订单明细' },
    { data: brands, sheet: '品牌' },
  ]).toBuffer();
}
