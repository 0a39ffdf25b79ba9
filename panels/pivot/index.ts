import { aggregateParam, tableParam, valueParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { GRAIN_OPTIONS } from '../../src/panel/sql';
import { buildPivotQuery } from './query';
import { buildPivotTable } from './table';

const params = {
  table: tableParam('orders'),
  rows: {
    type: 'column',
    table: 'table',
    default: 'brand_id',
    label: { zh: '行', en: 'Rows' },
    affectsQuery: true,
  },
  columns: {
    type: 'column',
    table: 'table',
    default: 'crowd',
    optional: true,
    label: { zh: '列（空 = 只有合计）', en: 'Columns (none = totals only)' },
    affectsQuery: true,
  },
  value: valueParam('pay_amount'),
  aggregate: aggregateParam('sum'),
  grain: {
    type: 'enum',
    default: 'month',
    options: GRAIN_OPTIONS,
    label: { zh: '日期字段按', en: 'Dates by' },
    affectsQuery: true,
  },
  sort: {
    type: 'enum',
    default: 'value',
    options: [
      { value: 'value', label: { zh: '按合计从大到小', en: 'By total, largest first' } },
      { value: 'label', label: { zh: '按名称 / 日期', en: 'By name or date' } },
    ],
    label: { zh: '排序', en: 'Order' },
    affectsQuery: true,
  },
  maxRows: {
    type: 'number',
    default: 30,
    min: 1,
    max: 500,
    integer: true,
    label: { zh: '最多行数（其余合并为“其他”）', en: 'At most rows (the rest as “Other”)' },
    affectsQuery: true,
  },
  maxColumns: {
    type: 'number',
    default: 12,
    min: 1,
    max: 60,
    integer: true,
    label: { zh: '最多列数（其余合并为“其他”）', en: 'At most columns (the rest as “Other”)' },
    affectsQuery: true,
  },
  ...rowConditionParams({ column: 'status', op: 'ne', value: 'unpaid' }),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type PivotParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'pivot',
  version: 1,
  title: { zh: '透视表', en: 'Pivot table' },
  description: {
    zh: '行 × 列 × 汇总值，带行列合计（DuckDB PIVOT）。',
    en: 'Rows × columns × an aggregate, with row and column totals (DuckDB PIVOT).',
  },
  params,
  buildQuery: buildPivotQuery,
  buildPlot: () => null,
  buildTable: buildPivotTable,
  // The value columns are named by the data itself; only the row header is always there.
  expectedColumns: () => ['__row__', '__total_row__', '__total__'],
  examples: [
    { name: { zh: '各品牌 × 人群 GMV', en: 'GMV by brand × crowd' }, params: {} },
    {
      name: { zh: '各月 × 渠道订单数', en: 'Orders by month × channel' },
      params: {
        rows: 'dt',
        columns: 'channel',
        value: '',
        aggregate: 'count',
        sort: 'label',
        whereColumn: '',
      },
    },
    {
      name: { zh: '各类目平均成交单价', en: 'Average unit price by category' },
      params: {
        table: 'order_items',
        rows: 'category_id',
        columns: '',
        value: 'unit_price',
        aggregate: 'avg',
        whereColumn: '',
      },
    },
  ],
});
