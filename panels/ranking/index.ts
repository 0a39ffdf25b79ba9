import { aggregateParam, tableParam, valueParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildRankingPlot } from './plot';
import { buildRankingQuery } from './query';

const params = {
  table: tableParam('orders'),
  category: {
    type: 'column',
    table: 'table',
    default: 'brand_id',
    label: { zh: '分组字段', en: 'Group by' },
    affectsQuery: true,
  },
  value: valueParam('pay_amount'),
  aggregate: aggregateParam('sum'),
  limit: {
    type: 'number',
    default: 10,
    min: 1,
    max: 100,
    integer: true,
    label: { zh: '显示前 N 名', en: 'Top N' },
    affectsQuery: true,
  },
  names: {
    type: 'boolean',
    default: true,
    label: { zh: '显示名称（来自名称表）', en: 'Show names (from a lookup table)' },
    description: {
      zh: '按 ID 分组时显示名称表中的名称，如 brand_id → brands.name',
      en: 'When grouping by an id, show its name from a lookup table, e.g. brand_id → brands.name',
    },
    affectsQuery: true,
  },
  order: {
    type: 'enum',
    default: 'desc',
    options: [
      { value: 'desc', label: { zh: '从高到低', en: 'Highest first' } },
      { value: 'asc', label: { zh: '从低到高', en: 'Lowest first' } },
    ],
    label: { zh: '排序', en: 'Order' },
    affectsQuery: true,
  },
  ...rowConditionParams({ column: 'status', op: 'ne', value: 'unpaid' }),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type RankingParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'ranking',
  // 2: a row condition, by default paid and refunded orders only (GMV); links made by
  // version 1 keep counting every row.
  version: 2,
  migrate: (saved, from) => (from < 2 ? { whereColumn: '', ...saved } : saved),
  title: { zh: '排行榜', en: 'Ranking' },
  description: {
    zh: '按汇总值排序的前 N 名，点击条形可设为全局筛选。',
    en: 'Top N by an aggregate; click a bar to filter the lab by it.',
  },
  params,
  buildQuery: buildRankingQuery,
  buildPlot: buildRankingPlot,
  click: (p) => ({ column: p.category, field: 'key' }),
  expectedColumns: () => ['label', 'value', 'key'],
  examples: [
    { name: { zh: '品牌 GMV 排行', en: 'Brands by GMV' }, params: {} },
    {
      name: { zh: '人群消费者数', en: 'Consumers by crowd' },
      params: {
        table: 'consumers',
        category: 'crowd',
        value: '',
        aggregate: 'count',
        whereColumn: '',
      },
    },
    {
      name: { zh: '行为类型（最少在前）', en: 'Event types, rarest first' },
      params: {
        table: 'events',
        whereColumn: '',
        category: 'event_type',
        value: '',
        aggregate: 'count',
        order: 'asc',
        limit: 5,
      },
    },
  ],
});
