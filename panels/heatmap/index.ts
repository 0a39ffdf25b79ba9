import { aggregateParam, tableParam, valueParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildHeatmapPlot } from './plot';
import { buildHeatmapQuery } from './query';

const params = {
  table: tableParam('orders'),
  x: {
    type: 'column',
    table: 'table',
    default: 'brand_id',
    label: { zh: '列（目标群体）', en: 'Columns (target group)' },
    affectsQuery: true,
  },
  y: {
    type: 'column',
    table: 'table',
    default: 'channel',
    label: { zh: '行（特征）', en: 'Rows (feature)' },
    affectsQuery: true,
  },
  measure: {
    type: 'enum',
    default: 'value',
    options: [
      { value: 'value', label: { zh: '汇总值', en: 'Aggregate' } },
      { value: 'tgi', label: { zh: 'TGI（目标群体指数）', en: 'TGI (index vs all)' } },
    ],
    label: { zh: '度量', en: 'Measure' },
    affectsQuery: true,
  },
  value: valueParam('pay_amount'),
  aggregate: aggregateParam('sum'),
  id: {
    type: 'column',
    table: 'table',
    default: 'consumer_id',
    label: { zh: 'TGI 计数对象（去重）', en: 'TGI counts distinct' },
    affectsQuery: true,
  },
  minCount: {
    type: 'number',
    default: 30,
    min: 0,
    max: 100000,
    integer: true,
    label: { zh: '小样本隐藏阈值', en: 'Hide cells with n below' },
    affectsQuery: true,
  },
  ...rowConditionParams(),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type HeatmapParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'heatmap',
  version: 1,
  title: { zh: '热力图', en: 'Heatmap' },
  description: {
    zh: '两个维度交叉的汇总值或 TGI（100 为持平，样本量不足的格子置灰）。',
    en: 'A value or TGI across two dimensions (100 = parity; cells with too few members are greyed).',
  },
  params,
  buildQuery: buildHeatmapQuery,
  buildPlot: buildHeatmapPlot,
  click: (p) => ({ column: p.x, field: 'x_key' }),
  expectedColumns: () => ['x', 'y', 'n', 'value', 'suppressed', 'x_key'],
  examples: [
    { name: { zh: '品牌 × 渠道 GMV', en: 'GMV by brand and channel' }, params: {} },
    {
      name: { zh: '品牌买家的人群 TGI', en: 'Crowd TGI of brand buyers' },
      params: { x: 'brand_id', y: 'crowd', measure: 'tgi', id: 'consumer_id' },
    },
    {
      name: { zh: '人群 × 城市线级人数', en: 'Consumers by crowd and city tier' },
      params: {
        table: 'consumers',
        x: 'city_tier',
        y: 'crowd',
        value: '',
        aggregate: 'count',
        minCount: 50,
      },
    },
  ],
});
