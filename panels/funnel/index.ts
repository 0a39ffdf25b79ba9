import { tableParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildFunnelPlot } from './plot';
import { buildFunnelQuery } from './query';

const params = {
  table: tableParam('events'),
  stage: {
    type: 'column',
    table: 'table',
    default: 'event_type',
    label: { zh: '阶段字段', en: 'Stage column' },
    affectsQuery: true,
  },
  stages: {
    type: 'string',
    default: 'exposure, click, pdp_view, cart',
    maxLength: 500,
    label: { zh: '阶段（按顺序，逗号分隔）', en: 'Stages, in order (comma-separated)' },
    affectsQuery: true,
  },
  mode: {
    type: 'enum',
    default: 'ordered',
    options: [
      {
        value: 'ordered',
        label: { zh: '逐级（须经过前面各阶段）', en: 'In order (through every earlier stage)' },
      },
      { value: 'independent', label: { zh: '各阶段独立计数', en: 'Each stage on its own' } },
    ],
    label: { zh: '计数方式', en: 'Counting' },
    description: {
      zh: '逐级计数时转化率不会超过 100%',
      en: 'Counted in order, no conversion rate exceeds 100%',
    },
    affectsQuery: true,
  },
  id: {
    type: 'column',
    table: 'table',
    default: 'consumer_id',
    label: { zh: '计数对象（去重）', en: 'Count distinct' },
    affectsQuery: true,
  },
  ...rowConditionParams(),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type FunnelParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'funnel',
  // 2: counted in order by default (a later stage could exceed an earlier one: 114.1 %); links
  // made by version 1 keep counting each stage on its own.
  version: 2,
  migrate: (saved, from) => (from < 2 ? { mode: 'independent', ...saved } : saved),
  title: { zh: '漏斗', en: 'Funnel' },
  description: {
    zh: '各阶段去重人数与阶段转化率。',
    en: 'Distinct counts per stage with stage-to-stage conversion rates.',
  },
  params,
  buildQuery: buildFunnelQuery,
  buildPlot: buildFunnelPlot,
  expectedColumns: () => ['stage', 'step', 'n', 'step_rate', 'overall_rate'],
  examples: [
    {
      name: { zh: '曝光→点击→详情→加购', en: 'Exposure → click → product page → cart' },
      params: {},
    },
    {
      name: { zh: '内容互动漏斗', en: 'Content engagement funnel' },
      params: { stages: 'content_view, content_like, content_comment, content_share' },
    },
    {
      name: { zh: '订单状态（按订单计）', en: 'Order status, by order' },
      params: { table: 'orders', stage: 'status', stages: 'paid, refunded', id: 'order_id' },
    },
  ],
});
