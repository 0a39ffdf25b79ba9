import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { GMV_DEFINITIONS } from './definitions';
import { asOfInput, brandInput, competitorsInput, daysInput } from '../common/inputs';
import * as plots from './plots';
import * as q from './queries';
import { noRowWhere } from '../common/invariants';

const inputs = {
  brand: brandInput,
  competitors: competitorsInput,
  asOf: asOfInput,
  windowDays: daysInput('统计周期（天）', 'Period (days)', 30, 365),
  trendDays: daysInput('趋势天数', 'Trend (days)', 180, 730),
  wowDropPct: daysInput(
    '预警：GMV 周环比降幅 >（%）',
    'Alert: GMV week-on-week drop > (%)',
    10,
    100,
  ),
} as const satisfies Record<string, ParamSpec>;

export type GrowthInputs = ParamsOf<typeof inputs>;

export const toolkit = defineToolkit({
  id: 'growth',
  version: 1,
  title: { zh: '生意增长概览', en: 'Growth overview' },
  description: {
    zh: '观星仪式生意概览：GMV、净 GMV、买家、客单价、ARPPU、新客占比及环比，带大促标记的 GMV 趋势，行业排名、百分位与层级。',
    en: 'A 观星仪-style overview: GMV, net GMV, buyers, AOV, ARPPU and new-customer share vs the previous period, a GMV trend with promotion markers, rank, percentile and tier in the category.',
  },
  inputs,
  panels: [
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'growth.kpis',
        title: { zh: '核心指标', en: 'Key metrics' },
        description: {
          zh: '本期与上一等长周期对比。',
          en: 'This period vs the previous one of equal length.',
        },
        buildQuery: q.buildKpiSql,
        buildPlot: (_p, data) => plots.buildKpiCardsPlot(data),
        expectedColumns: () => ['metric', 'current', 'previous', 'change'],
      }),
    },
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'growth.trend',
        title: { zh: 'GMV 趋势（含大促）', en: 'GMV trend with promotions' },
        description: {
          zh: '每日 GMV，618 与双11 标出。',
          en: 'Daily GMV, 618 and Double 11 marked.',
        },
        buildQuery: q.buildGmvTrendSql,
        buildPlot: (_p, data) => plots.buildGmvTrendPlot(data),
        expectedColumns: () => ['day', 'gmv', 'promotion'],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'growth.rank',
        title: { zh: '行业排名与层级', en: 'Rank and tier in the category' },
        description: {
          zh: '近 30 天 GMV 在同行业的排名、百分位、店铺层级与商家分层。',
          en: 'Trailing-30-day GMV rank, percentile, store layer and merchant tier in the industry.',
        },
        buildQuery: q.buildRankSql,
        buildPlot: (_p, data) => plots.buildRankPlot(data),
        expectedColumns: () => ['brand', 'is_focus', 'gmv', 'rank', 'percentile', 'layer'],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'growth.new-old',
        title: { zh: '新客 / 老客', en: 'New vs old customers' },
        description: {
          zh: '新老客 GMV 与买家数，本期对比上期。',
          en: 'GMV and buyers of new and old customers, this period vs the previous.',
        },
        buildQuery: q.buildNewOldSql,
        buildPlot: (_p, data) => plots.buildNewOldPlot(data),
        expectedColumns: () => ['segment', 'period', 'buyers', 'gmv'],
      }),
    },
  ],
  alerts: [
    {
      id: 'gmv-wow',
      panel: 'growth.trend',
      message: {
        zh: 'GMV {detail} {value}%，低于 {threshold}%',
        en: 'GMV {detail} {value}%, below {threshold}%',
      },
      details: {
        wow: { zh: '周环比', en: 'week on week' },
        yoy: {
          zh: '同比（大促周与去年同周比）',
          en: 'year on year (a promotion week, against the same week last year)',
        },
      },
      buildQuery: q.buildWowAlertSql,
    },
    {
      id: 'tier-down',
      panel: 'growth.rank',
      message: {
        zh: '店铺层级下降：L{threshold} → L{value}',
        en: 'Store layer fell: L{threshold} → L{value}',
      },
      buildQuery: q.buildTierAlertSql,
    },
  ],
  definitions: GMV_DEFINITIONS,
  invariants: [
    noRowWhere('new-old', 'growth.new-old', 'buyers < 0 OR gmv < 0', {
      zh: '新老客买家数与 GMV 不为负',
      en: 'New and old customers’ buyers and GMV are never negative',
    }),
    noRowWhere('ranks', 'growth.rank', 'rank < 1 OR rank > (SELECT count(*) FROM result)', {
      zh: '行业排名在 1 与品牌数之间',
      en: 'Ranks lie between 1 and the number of brands',
    }),
  ],
  requires: {
    orders: ['consumer_id', 'brand_id', 'day_idx', 'dt', 'status', 'pay_amount', 'refund_amount'],
    brands: ['brand_id', 'name', 'industry', 'merchant_tier'],
  },
  gallery: {
    category: 'growth',
    pitch: {
      zh: '一屏看清品牌生意：核心指标、大促趋势、行业排名与新老客。',
      en: 'The brand’s business on one screen: key metrics, promotion trend, category rank, new vs old customers.',
    },
    hero: 0,
  },
  examples: [
    {
      name: { zh: '暖颜（美妆，上升品牌）', en: 'Nuanyan (beauty, rising)' },
      inputs: { brand: 5 },
    },
    {
      name: { zh: '暖集（食品，下滑品牌）', en: 'Nuanji (food, eroding)' },
      inputs: { brand: 9, windowDays: 7 },
    },
  ],
});
