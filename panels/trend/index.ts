import { aggregateParam, tableParam, valueParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { GRAIN_OPTIONS } from '../../src/panel/sql';
import { buildTrendPlot } from './plot';
import { buildTrendQuery } from './query';

const params = {
  table: tableParam('orders'),
  date: {
    type: 'column',
    table: 'table',
    kinds: ['temporal'],
    default: 'dt',
    label: { zh: '日期字段', en: 'Date' },
    affectsQuery: true,
  },
  value: valueParam('pay_amount'),
  aggregate: aggregateParam('sum'),
  grain: {
    type: 'enum',
    default: 'week',
    options: GRAIN_OPTIONS,
    label: { zh: '时间粒度', en: 'Grain' },
    affectsQuery: true,
  },
  series: {
    type: 'column',
    table: 'table',
    default: '',
    optional: true,
    label: { zh: '分组（多条线）', en: 'Series' },
    affectsQuery: true,
  },
  style: {
    type: 'enum',
    default: 'line',
    options: [
      { value: 'line', label: { zh: '折线', en: 'Line' } },
      { value: 'area', label: { zh: '面积', en: 'Area' } },
    ],
    label: { zh: '样式', en: 'Style' },
    affectsQuery: false,
  },
  markers: {
    type: 'boolean',
    default: true,
    label: { zh: '标注 618 / 双11', en: 'Mark 618 / Double 11' },
    affectsQuery: false,
  },
  ...rowConditionParams({ column: 'status', op: 'ne', value: 'unpaid' }),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type TrendParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'trend',
  // 2: a row condition, by default paid and refunded orders only (GMV); links made by
  // version 1 keep counting every row.
  version: 2,
  migrate: (saved, from) => (from < 2 ? { whereColumn: '', ...saved } : saved),
  title: { zh: '趋势', en: 'Trend' },
  description: {
    zh: '按日/周/月汇总的时间趋势，可分组并标注大促。',
    en: 'A value over time by day, week or month, by series, with promotion markers.',
  },
  params,
  buildQuery: buildTrendQuery,
  buildPlot: buildTrendPlot,
  click: (p) => (p.series ? { column: p.series, field: 'series_key' } : null),
  expectedColumns: (p) => (p.series ? ['t', 'series', 'value'] : ['t', 'value']),
  examples: [
    { name: { zh: '周 GMV（含大促标注）', en: 'Weekly GMV with promotions' }, params: {} },
    {
      name: { zh: '各状态订单月度趋势', en: 'Monthly orders by status' },
      params: {
        value: '',
        aggregate: 'count',
        grain: 'month',
        series: 'status',
        style: 'area',
        whereColumn: '',
      },
    },
    {
      name: { zh: '每日行为数', en: 'Daily events' },
      params: {
        table: 'events',
        value: '',
        aggregate: 'count',
        grain: 'day',
        markers: false,
        whereColumn: '',
      },
    },
  ],
});
