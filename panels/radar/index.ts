import { aggregateParam, tableParam } from '../../src/panel/common-params';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildRadarPlot } from './plot';
import { buildRadarQuery } from './query';

const params = {
  table: tableParam('consumers'),
  series: {
    type: 'column',
    table: 'table',
    default: 'crowd',
    label: { zh: '对比对象', en: 'Series' },
    affectsQuery: true,
  },
  axes: {
    type: 'columns',
    table: 'table',
    kinds: ['numeric'],
    default: ['age', 'income_band', 'taoqi_score', 'is_88vip', 'has_child_u12'],
    max: 12,
    label: { zh: '维度（数值字段）', en: 'Axes (numeric columns)' },
    affectsQuery: true,
  },
  aggregate: aggregateParam('avg'),
  limit: {
    type: 'number',
    default: 4,
    min: 1,
    max: 12,
    integer: true,
    label: { zh: '最多对比数', en: 'At most' },
    affectsQuery: true,
  },
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type RadarParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'radar',
  version: 1,
  title: { zh: '雷达图', en: 'Radar' },
  description: {
    zh: '多个对象在多个维度上的对比（每个维度按最大值缩放）。',
    en: 'Several series compared on several axes, each axis scaled to its largest value.',
  },
  params,
  buildQuery: buildRadarQuery,
  buildPlot: buildRadarPlot,
  expectedColumns: (p) => ['series', ...p.axes],
  examples: [
    { name: { zh: '人群画像对比', en: 'Crowd profiles' }, params: {} },
    {
      name: { zh: '品牌订单画像', en: 'Brand order profiles' },
      params: {
        table: 'orders',
        series: 'brand_id',
        axes: ['pay_amount', 'refund_amount', 'is_presale'],
        limit: 3,
      },
    },
  ],
});
