/** The exchange-rate card's words in both languages (charts, tables, captions). */
import type { Labels } from '../common/labels';

export const WORDS = {
  gmv: { zh: '月度 GMV', en: 'Monthly GMV' },
  actual: { zh: '实际', en: 'Actual' },
  target: { zh: '目标', en: 'Target' },
  markov: { zh: '马尔可夫预测', en: 'Markov forecast' },
  simple: { zh: '简单预测', en: 'Simple forecast' },
  band: { zh: '自助法 80% 区间', en: 'Bootstrap 80% band' },
  month: { zh: '月份', en: 'Month' },
  gmvHead: { zh: '人均未来 GMV（汇率）', en: 'Future GMV per head (exchange rate)' },
  conv: { zh: '转化率', en: 'Conversion' },
  horizon: { zh: '月数', en: 'Months' },
  months: { zh: '个月', en: ' mo' },
  mape: { zh: '平均绝对百分比误差 MAPE', en: 'Mean absolute % error (MAPE)' },
  bias: { zh: '偏差', en: 'Bias' },
  origins: { zh: '回测起点数', en: 'Origins' },
  brand: { zh: '品牌', en: 'Brand' },
  method: { zh: '方法', en: 'Method' },
  crowd: { zh: '人群', en: 'Crowd' },
  stage: { zh: '阶段', en: 'Stage' },
  needI: { zh: '所需新增 I 人数', en: 'Extra I consumers needed' },
  needA: { zh: '所需新增 A 人数', en: 'Extra A consumers needed' },
  rateA: { zh: 'A 汇率', en: 'A rate' },
  rateI: { zh: 'I 汇率', en: 'I rate' },
  headsA: { zh: '现有 A', en: 'A now' },
  headsI: { zh: '现有 I', en: 'I now' },
  gap: { zh: '缺口', en: 'Gap' },
  noGap: { zh: '预测已达目标，无需补人', en: 'The forecast meets the target: nobody to add' },
  noForecast: {
    zh: '月末快照不足 7 个（需 6 个月流转），无法预测。',
    en: 'Fewer than 7 month-end snapshots (six months of flows are needed): no forecast.',
  },
  from: { zh: '本月阶段', en: 'Stage this month' },
  to: { zh: '下月阶段', en: 'Stage next month' },
  inflow: { zh: '每月新进人数', en: 'Newcomers per month' },
  perHead: { zh: '下月人均 GMV', en: 'GMV per head next month' },
  snapshots: { zh: '快照数', en: 'Snapshots' },
  peers: { zh: '同行业其他品牌', en: 'Other brands of the industry' },
} as const;

export const METHOD_LABELS: Labels = {
  markov: { zh: '马尔可夫', en: 'Markov' },
  simple: { zh: '简单（汇率）', en: 'Simple (rates)' },
  lastMonth: { zh: '朴素：上月', en: 'Naive: last month' },
  lastYear: { zh: '朴素：去年同月', en: 'Naive: same month last year' },
};

export const STATE_LABELS: Labels = {
  none: { zh: '无/流失', en: 'None / lost' },
  A: { zh: 'A 认知', en: 'A aware' },
  I: { zh: 'I 兴趣', en: 'I interest' },
  P: { zh: 'P 购买', en: 'P purchase' },
  L: { zh: 'L 忠诚', en: 'L loyal' },
};
