import { tableParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildScatterPlot } from './plot';
import { buildScatterQuery } from './query';

const params = {
  table: tableParam('orders'),
  group: {
    type: 'column',
    table: 'table',
    default: 'brand_id',
    label: { zh: '点（分组）', en: 'Points (group by)' },
    affectsQuery: true,
  },
  x: {
    type: 'column',
    table: 'table',
    kinds: ['numeric'],
    default: 'consumer_id',
    optional: true,
    label: { zh: '横轴字段', en: 'X value' },
    affectsQuery: true,
  },
  xAggregate: {
    type: 'aggregate',
    default: 'count_distinct',
    label: { zh: '横轴汇总', en: 'X aggregate' },
    affectsQuery: true,
  },
  y: {
    type: 'column',
    table: 'table',
    kinds: ['numeric'],
    default: 'pay_amount',
    optional: true,
    label: { zh: '纵轴字段', en: 'Y value' },
    affectsQuery: true,
  },
  yAggregate: {
    type: 'aggregate',
    default: 'avg',
    label: { zh: '纵轴汇总', en: 'Y aggregate' },
    affectsQuery: true,
  },
  limit: {
    type: 'number',
    default: 50,
    min: 1,
    max: 500,
    integer: true,
    label: { zh: '最多点数', en: 'At most' },
    affectsQuery: true,
  },
  medians: {
    type: 'boolean',
    default: true,
    label: { zh: '中位线（四象限）', en: 'Median lines (quadrants)' },
    affectsQuery: false,
  },
  labels: {
    type: 'boolean',
    default: true,
    label: { zh: '显示标签', en: 'Labels' },
    affectsQuery: false,
  },
  ...rowConditionParams(),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type ScatterParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'scatter',
  version: 1,
  title: { zh: '散点 / 四象限', en: 'Scatter / quadrant' },
  description: {
    zh: '每个分组一个点，中位线分出四个象限。',
    en: 'One point per group; median lines split the plane into quadrants.',
  },
  params,
  buildQuery: buildScatterQuery,
  buildPlot: buildScatterPlot,
  click: (p) => ({ column: p.group, field: 'key' }),
  expectedColumns: () => ['label', 'x', 'y', 'size', 'key'],
  examples: [
    {
      name: { zh: '品牌：买家数 × 客单价', en: 'Brands: buyers × average order value' },
      params: {},
    },
    {
      name: { zh: '商品：标价 × 价格带', en: 'Products: list price × price band' },
      params: {
        table: 'products',
        group: 'product_id',
        x: 'list_price',
        xAggregate: 'avg',
        y: 'price_band',
        yAggregate: 'avg',
        limit: 200,
        labels: false,
      },
    },
  ],
});
