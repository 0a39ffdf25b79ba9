import { aggregateParam, tableParam, valueParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildKpiPlot } from './plot';
import { buildKpiQuery } from './query';

const params = {
  table: tableParam('orders'),
  value: valueParam('pay_amount'),
  aggregate: aggregateParam('sum'),
  date: {
    type: 'column',
    table: 'table',
    kinds: ['temporal'],
    default: 'dt',
    label: { zh: '日期字段', en: 'Date' },
    affectsQuery: true,
  },
  days: {
    type: 'number',
    default: 30,
    min: 1,
    max: 366,
    integer: true,
    label: { zh: '统计周期（天）', en: 'Period (days)' },
    affectsQuery: true,
  },
  ...rowConditionParams({ column: 'status', op: 'ne', value: 'unpaid' }),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type KpiParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'kpi',
  // 2: a row condition, by default paid and refunded orders only (GMV); links made by
  // version 1 keep counting every row.
  version: 2,
  migrate: (saved, from) => (from < 2 ? { whereColumn: '', ...saved } : saved),
  title: { zh: '指标卡', en: 'KPI card' },
  description: {
    zh: '最近 N 天的汇总值、较上一周期的变化和走势。',
    en: 'The value over the last N days, its change vs the N days before, and a sparkline.',
  },
  params,
  buildQuery: buildKpiQuery,
  buildPlot: buildKpiPlot,
  expectedColumns: () => ['period', 'day', 'value'],
  examples: [
    { name: { zh: '近 30 天 GMV', en: 'GMV, last 30 days' }, params: {} },
    {
      name: { zh: '近 7 天下单人数', en: 'Buyers, last 7 days' },
      params: { value: 'consumer_id', aggregate: 'count_distinct', days: 7 },
    },
    {
      name: { zh: '近 14 天行为数', en: 'Events, last 14 days' },
      params: { table: 'events', value: '', aggregate: 'count', days: 14, whereColumn: '' },
    },
  ],
});
