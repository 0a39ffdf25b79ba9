import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { GROW_DEFINITIONS } from './definitions';
import { asOfInput, brandInput, competitorsInput, daysInput } from '../common/inputs';
import * as plots from './plots';
import * as q from './queries';
import { noRowWhere, equalSql } from '../common/invariants';

const inputs = {
  brand: brandInput,
  competitors: competitorsInput,
  asOf: asOfInput,
  periodDays: daysInput('周期（天，同比默认 365）', 'Period (days; 365 = year on year)', 365, 365),
  newProductDays: daysInput('新品：上新 ≤ N 天', 'New product: launched ≤ N days ago', 180, 365),
  newLookbackDays: daysInput(
    '新客：此前 N 天未购买本品牌',
    'New customer: no purchase of the brand in the N days before',
    365,
    730,
  ),
  cut: {
    type: 'enum',
    default: 'crowd',
    options: [
      { value: 'crowd', label: { zh: '策略人群', en: 'Strategic crowd' } },
      { value: 'customer', label: { zh: '新客 / 老客', en: 'New / old customers' } },
    ],
    label: { zh: '拆分维度', en: 'Cut by' },
    affectsQuery: true,
  },
} as const satisfies Record<string, ParamSpec>;

export type GrowInputs = ParamsOf<typeof inputs>;

export const toolkit = defineToolkit({
  id: 'grow',
  version: 1,
  title: { zh: 'GROW 增长拆解', en: 'GROW growth decomposition' },
  description: {
    zh: 'GMV 变化精确拆为 G 渗透（买家）、R 复购（频次）、O 价格（每次花费），并列出 W（延展力、新品力）；可按人群或新老客拆分。',
    en: 'GMV change split exactly into G penetration (buyers), R frequency and O spend per occasion, with W (extension, new products) beside it; by crowd or new/old customers.',
  },
  inputs,
  panels: [
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'grow.waterfall',
        title: { zh: 'GROW 瀑布图', en: 'GROW waterfall' },
        description: {
          zh: '上期 GMV → G → R → O → 本期 GMV；W 单列（不参与加总）。',
          en: 'GMV0 → G → R → O → GMV1; W is shown apart (not part of the sum).',
        },
        buildQuery: q.buildWaterfallSql,
        buildPlot: (_p, data) => plots.buildWaterfallPlot(data),
        expectedColumns: () => ['step', 'kind', 'value', 'y1', 'y2'],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'grow.segments',
        title: { zh: 'GROW 分人群', en: 'GROW by segment' },
        description: {
          zh: '每个人群（或新老客）自身 GMV 变化的 G/R/O。',
          en: 'G/R/O of each crowd’s (or new/old customers’) own GMV change.',
        },
        buildQuery: q.buildSegmentsSql,
        buildPlot: (_p, data) => plots.buildSegmentsPlot(data),
        expectedColumns: () => ['segment', 'g0', 'g1', 'd_gmv', 'g', 'r', 'o', 'history_days'],
      }),
    },
  ],
  alerts: [
    {
      id: 'negative-r',
      panel: 'grow.waterfall',
      message: {
        zh: '复购力 R 为负（{value}）：购买频次在下降',
        en: 'R is negative ({value}): purchase frequency is eroding',
      },
      buildQuery: q.buildNegativeRAlertSql,
    },
  ],
  definitions: GROW_DEFINITIONS,
  invariants: [
    noRowWhere('g-r-o', 'grow.segments', equalSql('g + r + o', 'd_gmv'), {
      zh: 'G + R + O = ΔGMV（每个分组）',
      en: 'G + R + O = ΔGMV in every segment',
    }),
  ],
  requires: {
    orders: [
      'order_id',
      'consumer_id',
      'crowd',
      'brand_id',
      'day_idx',
      'dt',
      'status',
      'pay_amount',
    ],
    order_items: ['order_id', 'product_id', 'category_id', 'qty', 'unit_price'],
    products: ['product_id', 'launch_day'],
    brands: ['brand_id', 'name', 'industry'],
  },
  gallery: {
    category: 'growth',
    pitch: {
      zh: '增长从哪来：GMV 变化拆成渗透、复购、价格与新品/延展。',
      en: 'Where growth came from: ΔGMV split into penetration, frequency, price and new products/extension.',
    },
    hero: 0,
  },
  examples: [
    {
      name: { zh: '暖集（下滑品牌），按人群', en: 'Nuanji (eroding), by crowd' },
      inputs: { brand: 9 },
    },
    {
      name: { zh: '暖颜（上升品牌），新老客', en: 'Nuanyan (rising), new vs old' },
      inputs: { brand: 5, cut: 'customer' },
    },
  ],
});
