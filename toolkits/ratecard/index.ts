/**
 * AIPL exchange-rate card (AIPL汇率卡, metrics.md §2.3, illustrative): what one A, I, P or L consumer
 * is worth in future GMV, a 12-month forecast two ways against the targets, its backtest beside naive
 * baselines, early warnings and the back-solve of consumers needed (盘人计划).
 */
import type { PlotData } from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import {
  computeBacktestCard,
  computeForecastCard,
  computePlanCard,
  type BacktestCard,
  type ForecastCard,
  type PlanCard,
} from './card';
import { RATE_DEFINITIONS } from './definitions';
import { inputs, type RateInputs } from './inputs';
import * as plots from './plots';
import * as q from './queries';
import * as tables from './tables';
import { noRowWhere } from '../common/invariants';

export type { RateInputs };

const ROW_COLUMNS = ['kind', 'brand_id', 'm', 's0', 's1', 'k', 'n', 'first_buyers', 'gmv', 'crowd'];

/** Panels that draw from the focus brand's forecast (one query and one fit, shared by the lab). */
const forecastPanel = {
  buildQuery: (p: RateInputs, ctx: Parameters<typeof q.forecastRowsSql>[1]) =>
    q.forecastRowsSql(p, ctx, q.focusBrand(p)),
  compute: (p: RateInputs, data: Parameters<typeof computeForecastCard>[1]) =>
    computeForecastCard(p, data),
  heavy: true,
  expectedColumns: () => ROW_COLUMNS,
};

export const toolkit = defineToolkit({
  id: 'ratecard',
  version: 1,
  title: { zh: 'AIPL 汇率卡', en: 'AIPL exchange-rate card' },
  description: {
    zh: '每个 A、I、P、L 消费者未来值多少 GMV（各阶段、各人群的“汇率”），用两种方法预测未来 12 个月 GMV 并对比目标，回测误差与朴素基准并列，缺口、蓄水池与转化预警，以及反推需要补多少人（盘人计划）。示意定义。',
    en: 'What one A, I, P or L consumer is worth in future GMV (the “exchange rates”, by stage and crowd), a 12-month GMV forecast two ways against the targets, its backtest beside naive baselines, gap, pool and conversion warnings, and how many consumers it would take to close the gap (盘人计划). Illustrative definitions.',
  },
  inputs,
  panels: [
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        ...forecastPanel,
        id: 'ratecard.forecast',
        title: { zh: 'GMV 预测与目标', en: 'GMV forecast against target' },
        description: {
          zh: '近 12 个月实际 GMV，之后 12 个月的马尔可夫预测（阴影为自助法 80% 区间）与简单预测，虚线为月度目标。',
          en: 'The last 12 months of actual GMV, then 12 months of the Markov forecast (shaded: bootstrap 80% band) and the simple forecast; dashed: the monthly targets.',
        },
        buildPlot: (_p, data) => plots.buildForecastPlot(data as PlotData<ForecastCard | null>),
        buildTable: (_p, data) => tables.forecastTable(data as PlotData<ForecastCard | null>),
      }),
    },
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'ratecard.rates',
        title: { zh: '各阶段汇率', en: 'Exchange rates by stage' },
        description: {
          zh: '每个阶段的消费者在之后 1、3、6、12 个月的人均 GMV 与转化率（最近快照的均值 ± 标准差）。',
          en: 'GMV per head and conversion of each stage’s consumers over the next 1, 3, 6 and 12 months (mean of recent snapshots ± sd).',
        },
        buildQuery: (p, ctx) => q.ratesSql(p, ctx, false),
        buildPlot: (_p, data) => plots.buildRatesPlot(data),
        buildTable: (_p, data) => tables.ratesTable(data, false),
        expectedColumns: () => [
          'stage',
          'horizon',
          'conv',
          'conv_sd',
          'gmv_head',
          'gmv_head_sd',
          'snapshots',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        ...forecastPanel,
        id: 'ratecard.matrix',
        title: { zh: '月度流转矩阵', en: 'Monthly stage matrix' },
        description: {
          zh: '马尔可夫预测所用的月度流转概率；表格视图另列每月新进人数与下月人均 GMV。',
          en: 'The monthly move probabilities the Markov forecast uses; the table view adds newcomers per month and next-month GMV per head.',
        },
        buildPlot: (_p, data) => plots.buildMatrixPlot(data as PlotData<ForecastCard | null>),
        buildTable: (_p, data) => tables.matrixTable(data as PlotData<ForecastCard | null>),
      }),
    },
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'ratecard.backtest',
        title: { zh: '回测：预测能信几分', en: 'Backtest: how far to trust it' },
        description: {
          zh: '过去各月末所做预测与实际的误差（MAPE），按提前月数与方法，与“上月”“去年同月”两种朴素基准并列；同行业每个品牌一个点。',
          en: 'Errors (MAPE) of forecasts made at past month ends, by months ahead and method, beside two naive baselines (last month, same month last year); one dot per brand of the industry.',
        },
        buildQuery: q.backtestRowsSql,
        compute: (p: RateInputs, data) => computeBacktestCard(p, data),
        heavy: true,
        buildPlot: (_p, data) => plots.buildBacktestPlot(data as PlotData<BacktestCard>),
        buildTable: (_p, data) => tables.backtestTable(data as PlotData<BacktestCard>),
        expectedColumns: () => ROW_COLUMNS,
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'ratecard.plan',
        title: { zh: '盘人计划', en: 'Consumers to add (盘人计划)' },
        description: {
          zh: '补齐未来几个月的缺口，只靠某一人群需要新增多少 I（或 A）阶段消费者：缺口 ÷ 该人群自己的汇率。',
          en: 'To close the gap of the coming months, how many extra I (or A) consumers of one crowd alone it would take: the gap ÷ that crowd’s own exchange rate.',
        },
        buildQuery: q.planRowsSql,
        compute: (p: RateInputs, data) => computePlanCard(p, data),
        heavy: true,
        buildPlot: (_p, data) => plots.buildPlanPlot(data as PlotData<PlanCard | null>),
        buildTable: (_p, data) => tables.planTable(data as PlotData<PlanCard | null>),
        expectedColumns: () => ROW_COLUMNS,
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'ratecard.crowds',
        title: { zh: '各人群汇率', en: 'Exchange rates by crowd' },
        description: {
          zh: '每个人群各阶段的人均未来 GMV（“缺口与补人月数”个月）。',
          en: 'Future GMV per head of each crowd and stage (over “months of the gap and the plan”).',
        },
        buildQuery: (p, ctx) => q.ratesSql(p, ctx, true),
        buildPlot: (p, data) => plots.buildCrowdRatesPlot(data, p.horizon),
        buildTable: (_p, data) => tables.ratesTable(data, true),
        expectedColumns: () => ['crowd', 'stage', 'horizon', 'gmv_head', 'snapshots'],
      }),
    },
  ],
  alerts: [
    {
      id: 'gap',
      panel: 'ratecard.forecast',
      message: {
        zh: '未来预测低于目标 {value}%（阈值 {threshold}%）',
        en: 'The forecast falls {value}% short of the target (threshold {threshold}%)',
      },
      buildQuery: (p, ctx) => q.forecastRowsSql(p, ctx, q.focusBrand(p)),
      judge: (p, data) => {
        const card = computeForecastCard({ ...p, horizon: p.horizon }, data);
        const share =
          card && card.target && card.gap !== null ? (100 * card.gap) / card.target : null;
        return {
          fired: share !== null && share > p.gapPct,
          value: share === null ? null : Math.round(share * 10) / 10,
          threshold: p.gapPct,
          detail: null,
        };
      },
    },
    {
      id: 'pool-drop',
      panel: 'ratecard.matrix',
      message: {
        zh: '{detail} 蓄水池较上月减少 {value}%（阈值 {threshold}%）',
        en: 'The {detail} pool shrank {value}% on the month (threshold {threshold}%)',
      },
      buildQuery: q.poolDropAlertSql,
    },
    {
      id: 'i-conversion',
      panel: 'ratecard.rates',
      message: {
        zh: 'I 阶段 3 个月转化率 {value}%，低于警戒线 {threshold}%（前 6 个快照均值 − σ 倍数）',
        en: 'I-stage 3-month conversion {value}%, below the warning line {threshold}% (mean of the six snapshots before − σ)',
      },
      buildQuery: q.iConversionAlertSql,
    },
  ],
  definitions: RATE_DEFINITIONS,
  invariants: [
    noRowWhere('gmv-per-head', 'ratecard.crowds', 'gmv_head < 0', {
      zh: '人均未来 GMV 不为负',
      en: 'Future GMV per head is never negative',
    }),
  ],
  requires: {
    aipl_monthly: ['brand_id', 'month_idx', 'day_idx', 'consumer_id', 'crowd', 'stage'],
    orders: [
      'consumer_id',
      'crowd',
      'brand_id',
      'day_idx',
      'month_idx',
      'dt',
      'pay_amount',
      'status',
    ],
    targets: ['brand_id', 'month_idx', 'month', 'gmv_target'],
    brands: ['brand_id', 'industry'],
  },
  gallery: {
    category: 'growth',
    pitch: {
      zh: '每个阶段的消费者值多少未来 GMV，未来 12 个月能否达标、差多少人。',
      en: 'What each stage’s consumers are worth in future GMV, whether the next 12 months reach the target, and how many consumers short.',
    },
    hero: 0,
  },
  examples: [
    {
      name: { zh: '下滑品牌：缺口与补人', en: 'The eroding brand: gap and plan' },
      inputs: { brand: 9 },
    },
    {
      name: { zh: '上升品牌的汇率', en: 'The rising brand’s rates' },
      inputs: { brand: 5, horizon: 6 },
    },
  ],
});
