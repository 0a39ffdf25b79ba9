import { aggregateParam, tableParam, valueParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildBarsPlot } from './plot';
import { buildBarsQuery } from './query';

const params = {
  table: tableParam('orders'),
  x: {
    type: 'column',
    table: 'table',
    default: 'brand_id',
    label: { zh: '横轴分组', en: 'Categories' },
    affectsQuery: true,
  },
  series: {
    type: 'column',
    table: 'table',
    default: 'channel',
    label: { zh: '颜色分组', en: 'Series' },
    affectsQuery: true,
  },
  value: valueParam('pay_amount'),
  aggregate: aggregateParam('sum'),
  limit: {
    type: 'number',
    default: 12,
    min: 1,
    max: 50,
    integer: true,
    label: { zh: '最多分组数', en: 'At most' },
    affectsQuery: true,
  },
  mode: {
    type: 'enum',
    default: 'stacked',
    options: [
      { value: 'stacked', label: { zh: '堆叠', en: 'Stacked' } },
      { value: 'grouped', label: { zh: '分组', en: 'Grouped' } },
      { value: 'normalized', label: { zh: '百分比堆叠', en: '100% stacked' } },
    ],
    label: { zh: '样式', en: 'Mode' },
    affectsQuery: false,
  },
  ...rowConditionParams({ column: 'status', op: 'ne', value: 'unpaid' }),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type BarsParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'bars',
  // 2: a row condition, by default paid and refunded orders only (GMV); links made by
  // version 1 keep counting every row.
  version: 2,
  migrate: (saved, from) => (from < 2 ? { whereColumn: '', ...saved } : saved),
  title: { zh: '堆叠/分组柱图', en: 'Stacked / grouped bars' },
  description: {
    zh: '按两个维度汇总的柱图：堆叠、分组或百分比。',
    en: 'A value by two dimensions: stacked, grouped or as shares.',
  },
  params,
  buildQuery: buildBarsQuery,
  buildPlot: buildBarsPlot,
  click: (p) => ({ column: p.x, field: 'x_key' }),
  expectedColumns: () => ['x', 'series', 'value', 'x_key'],
  examples: [
    { name: { zh: '品牌 × 渠道 GMV', en: 'GMV by brand and channel' }, params: {} },
    {
      name: { zh: '渠道 × 订单状态（分组）', en: 'Orders by channel and status, grouped' },
      params: {
        x: 'channel',
        series: 'status',
        value: '',
        aggregate: 'count',
        mode: 'grouped',
        whereColumn: '',
      },
    },
    {
      name: { zh: '人群 × 城市线级占比', en: 'Crowd by city tier, shares' },
      params: {
        table: 'consumers',
        whereColumn: '',
        x: 'crowd',
        series: 'city_tier',
        value: '',
        aggregate: 'count',
        mode: 'normalized',
      },
    },
  ],
});
