import { tableParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildTableQuery } from './query';

const params = {
  table: tableParam('orders'),
  columns: {
    type: 'columns',
    table: 'table',
    default: [],
    optional: true,
    max: 50,
    label: { zh: '字段（空 = 全部）', en: 'Columns (none = all)' },
    affectsQuery: true,
  },
  orderBy: {
    type: 'column',
    table: 'table',
    default: '',
    optional: true,
    label: { zh: '排序字段', en: 'Order by' },
    affectsQuery: true,
  },
  descending: {
    type: 'boolean',
    default: true,
    label: { zh: '降序', en: 'Descending' },
    affectsQuery: true,
  },
  limit: {
    type: 'number',
    default: 1000,
    min: 1,
    max: 10000,
    integer: true,
    label: { zh: '最多行数', en: 'At most rows' },
    affectsQuery: true,
  },
  ...rowConditionParams(),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type TableParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'table',
  version: 1,
  title: { zh: '数据表格', en: 'Data table' },
  description: {
    zh: '可排序、分页、复制的明细表。',
    en: 'Rows you can sort, page through and copy.',
  },
  params,
  buildQuery: buildTableQuery,
  buildPlot: () => null,
  expectedColumns: (p) => p.columns,
  examples: [
    {
      name: { zh: '最新订单', en: 'Latest orders' },
      params: {
        columns: ['order_id', 'dt', 'brand_id', 'crowd', 'pay_amount', 'status'],
        orderBy: 'day_idx',
      },
    },
    {
      name: { zh: '品牌列表', en: 'Brands' },
      params: { table: 'brands', orderBy: 'brand_id', descending: false },
    },
  ],
});
