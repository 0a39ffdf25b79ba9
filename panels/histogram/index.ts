import { tableParam } from '../../src/panel/common-params';
import { rowConditionParams } from '../../src/panel/row-condition';
import { definePanel, type ParamsOf } from '../../src/panel/contract';
import { buildHistogramPlot } from './plot';
import { buildHistogramQuery } from './query';

const params = {
  table: tableParam('orders'),
  column: {
    type: 'column',
    table: 'table',
    kinds: ['numeric'],
    default: 'pay_amount',
    label: { zh: '数值字段', en: 'Column' },
    affectsQuery: true,
  },
  bins: {
    type: 'number',
    default: 30,
    min: 2,
    max: 200,
    integer: true,
    label: { zh: '分箱数', en: 'Bins' },
    affectsQuery: true,
  },
  ...rowConditionParams(),
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type HistogramParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'histogram',
  version: 1,
  title: { zh: '分布直方图', en: 'Histogram' },
  description: {
    zh: '数值字段的分布（等宽分箱，在数据库中计算）。',
    en: 'The distribution of a numeric column (equal-width bins, computed in the database).',
  },
  params,
  buildQuery: buildHistogramQuery,
  buildPlot: buildHistogramPlot,
  expectedColumns: () => ['x0', 'x1', 'n'],
  examples: [
    { name: { zh: '订单金额分布', en: 'Order amounts' }, params: {} },
    {
      name: { zh: '消费者年龄分布', en: 'Consumer ages' },
      params: { table: 'consumers', column: 'age', bins: 20 },
    },
  ],
});
