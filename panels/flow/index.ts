import { aggregateParam, tableParam } from '../../src/panel/common-params';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildFlowPlot } from './plot';
import { buildFlowQuery } from './query';

const params = {
  table: tableParam('orders'),
  from: {
    type: 'column',
    table: 'table',
    default: 'channel',
    label: { zh: '起点（行）', en: 'From (rows)' },
    affectsQuery: true,
  },
  to: {
    type: 'column',
    table: 'table',
    default: 'status',
    label: { zh: '终点（列）', en: 'To (columns)' },
    affectsQuery: true,
  },
  value: {
    type: 'column',
    table: 'table',
    default: '',
    optional: true,
    label: { zh: '数值字段', en: 'Value' },
    affectsQuery: true,
  },
  aggregate: aggregateParam('count'),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type FlowParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'flow',
  version: 1,
  title: { zh: '流转矩阵', en: 'Flow matrix' },
  description: {
    zh: '起点 × 终点的数量与行内占比（如 AIPL 阶段流转）。',
    en: 'Counts from × to with each row’s shares (e.g. AIPL stage flows).',
  },
  params,
  buildQuery: buildFlowQuery,
  buildPlot: buildFlowPlot,
  expectedColumns: () => ['source', 'target', 'n', 'rate'],
  examples: [
    { name: { zh: '成交渠道 → 订单状态', en: 'Channel → order status' }, params: {} },
    {
      name: { zh: '人群 → 城市线级（消费者数）', en: 'Crowd → city tier, consumers' },
      params: {
        table: 'consumers',
        from: 'crowd',
        to: 'city_tier',
        value: 'consumer_id',
        aggregate: 'count_distinct',
      },
    },
  ],
});
