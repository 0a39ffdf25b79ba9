import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { AIPL_DEFINITIONS } from '../common/definitions';
import { BPI_DEFINITIONS } from './definitions';
import { aiplInputs, asOfInput, brandInput, competitorsInput, daysInput } from '../common/inputs';
import * as plots from './plots';
import * as q from './queries';
import { noRowWhere } from '../common/invariants';

const inputs = {
  brand: brandInput,
  competitors: competitorsInput,
  asOf: asOfInput,
  ...aiplInputs,
  // Mind share is measured over 30 days (metrics.md §1.5): the I window defaults to 30 here.
  iDays: { ...aiplInputs.iDays, default: 30 },
  rateDays: daysInput('汇率观察期 H（天）', 'Exchange-rate horizon H (days)', 90, 170),
  wsDays: daysInput('钱包份额窗口（天）', 'Wallet-share window (days)', 365, 730),
  weeks: daysInput('趋势周数', 'Trend weeks', 8, 12),
  rankDrop: daysInput('预警：4 周排名下降 ≥', 'Alert: rank drop over 4 weeks ≥', 3, 20),
} as const satisfies Record<string, ParamSpec>;

export type PopularityInputs = ParamsOf<typeof inputs>;

export const toolkit = defineToolkit({
  id: 'popularity',
  version: 1,
  title: { zh: '品牌人气指数', en: 'Brand popularity index' },
  description: {
    zh: '消费者资产（认知）、心智份额（认同）、钱包份额（认购）相对行业中位的几何平均 ×100（示意定义）；行业排名与周趋势。',
    en: 'Consumer assets, mind share and wallet share over the category median, combined geometrically ×100 (illustrative definition); ranking and weekly trend.',
  },
  inputs,
  panels: [
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'popularity.index',
        title: { zh: '人气指数排名', en: 'Popularity ranking' },
        description: {
          zh: '分析日同行业品牌的人气指数；虚线 = 行业中位 100。',
          en: 'The index of the industry’s brands on the as-of day; dashed = median 100.',
        },
        buildQuery: q.buildIndexSql,
        buildPlot: (_p, data) => plots.buildIndexPlot(data),
        expectedColumns: () => ['brand', 'is_focus', 'bpi', 'rank', 'ca', 'ms', 'ws'],
      }),
    },
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'popularity.components',
        title: { zh: '三大支柱 vs 行业中位', en: 'Three pillars vs median' },
        description: {
          zh: '消费者资产、心智份额、钱包份额各自除以行业中位。',
          en: 'Consumer assets, mind share and wallet share, each over the category median.',
        },
        buildQuery: q.buildIndexSql,
        buildPlot: (_p, data) => plots.buildComponentsPlot(data),
        expectedColumns: () => ['brand', 'ca_ratio', 'ms_ratio', 'ws_ratio'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'popularity.trend',
        title: { zh: '人气指数周趋势', en: 'Popularity index by week' },
        description: {
          zh: '品牌与竞品的人气指数周走势。',
          en: 'The index week by week, brand and competitors.',
        },
        buildQuery: q.buildTrendSql,
        buildPlot: (_p, data) => plots.buildTrendPlot(data),
        expectedColumns: () => ['day', 'brand', 'bpi'],
      }),
    },
  ],
  alerts: [
    {
      id: 'rank-drop',
      panel: 'popularity.index',
      message: {
        zh: '人气指数排名 4 周内下降 {value} 位（阈值 {threshold}）',
        en: 'Popularity rank fell {value} places in 4 weeks (threshold {threshold})',
      },
      buildQuery: q.buildRankDropAlertSql,
    },
  ],
  definitions: [...BPI_DEFINITIONS, ...AIPL_DEFINITIONS],
  invariants: [
    noRowWhere('ranks', 'popularity.index', 'rank < 1 OR rank > (SELECT count(*) FROM result)', {
      zh: '人气排名在 1 与品牌数之间',
      en: 'Ranks lie between 1 and the number of brands',
    }),
    noRowWhere(
      'components',
      'popularity.components',
      'ca_ratio < 0 OR ms_ratio < 0 OR ws_ratio < 0',
      { zh: '人气分项不为负', en: 'No component is negative' },
    ),
  ],
  requires: {
    orders: ['consumer_id', 'brand_id', 'day_idx', 'dt', 'status', 'pay_amount'],
    events: ['consumer_id', 'brand_id', 'day_idx', 'event_type'],
    brands: ['brand_id', 'name', 'industry'],
    reviews: ['consumer_id', 'product_id', 'day_idx', 'rating', 'is_shared'],
    products: ['product_id', 'brand_id'],
  },
  gallery: {
    category: 'brand',
    pitch: {
      zh: '品牌在行业里的人气位置：认知、认同、认购三支柱相对中位。',
      en: 'Where the brand stands in its category: awareness, affinity and purchase pillars against the median.',
    },
    hero: 0,
  },
  examples: [
    { name: { zh: '暖颜（美妆）', en: 'Nuanyan (beauty)' }, inputs: { brand: 5 } },
    {
      name: { zh: '暖集（食品），60 天汇率', en: 'Nuanji (food), 60-day rates' },
      inputs: { brand: 9, rateDays: 60 },
    },
  ],
});
