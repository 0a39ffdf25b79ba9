import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { AIPL_DEFINITIONS } from '../common/definitions';
import { FAST_DEFINITIONS } from './definitions';
import { aiplInputs, asOfInput, brandInput, competitorsInput, daysInput } from '../common/inputs';
import * as plots from './plots';
import * as q from './queries';
import { noRowWhere } from '../common/invariants';

const inputs = {
  brand: brandInput,
  competitors: competitorsInput,
  asOf: asOfInput,
  ...aiplInputs,
  weeks: daysInput('周数', 'Weeks', 12, 26),
} as const satisfies Record<string, ParamSpec>;

export type FastInputs = ParamsOf<typeof inputs>;

export const toolkit = defineToolkit({
  id: 'fast',
  version: 1,
  title: { zh: 'FAST 消费者运营健康度', en: 'FAST consumer-operation health' },
  description: {
    zh: 'F 可运营人群、A 周加深率（两种口径）、S 会员、T 会员活跃率，对比行业中位与 P25/P75，按周走势。',
    en: 'F operable pool, A weekly deepening (both variants), S members and T active members against the category median and P25/P75, week by week.',
  },
  inputs,
  panels: [
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'fast.cards',
        title: { zh: 'FAST 指标 vs 行业', en: 'FAST vs category' },
        description: {
          zh: '指数 = 品牌值 ÷ 行业中位 × 100；灰带为 P25–P75。',
          en: 'Index = brand ÷ category median × 100; the grey band is P25–P75.',
        },
        buildQuery: q.buildFastCardsSql,
        buildPlot: (_p, data) => plots.buildFastCardsPlot(data),
        expectedColumns: () => ['metric', 'value', 'median', 'p25', 'p75', 'index'],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'fast.rates',
        title: { zh: '阶段周转化率', en: 'Stage conversion, last week' },
        description: {
          zh: 'p(A→I+)、p(I→P+)、p(P→L)，品牌 vs 行业中位。',
          en: 'p(A→I+), p(I→P+), p(P→L), brand vs category median.',
        },
        buildQuery: q.buildStageRatesSql,
        buildPlot: (_p, data) => plots.buildStageRatesPlot(data),
        expectedColumns: () => ['rate', 'brand', 'median'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'fast.weekly',
        title: { zh: 'FAST 周趋势', en: 'FAST week by week' },
        description: {
          zh: 'F、A（严格口径）、S、T 的周走势：品牌相对当周行业中位（= 100）的指数，灰带为 P25–P75。',
          en: 'F, A (strict), S and T by week: the brand as an index on the week’s category median (= 100), the grey band P25–P75.',
        },
        buildQuery: q.buildFastWeeklySql,
        buildPlot: (_p, data) => plots.buildFastWeeklyPlot(data),
        expectedColumns: () => ['day', 'metric', 'value', 'median', 'index', 'lo', 'hi'],
      }),
    },
  ],
  alerts: [
    {
      id: 'f-below-p25',
      panel: 'fast.cards',
      message: {
        zh: 'F 人群总量 {value} 低于行业 P25（{threshold}）',
        en: 'F {value} is below the category P25 ({threshold})',
      },
      buildQuery: q.buildBelowP25AlertSql('f'),
    },
    {
      id: 'deepening-below-p25',
      panel: 'fast.cards',
      message: {
        zh: '周加深率 {value} 低于行业 P25（{threshold}）',
        en: 'Weekly deepening {value} is below the category P25 ({threshold})',
      },
      buildQuery: q.buildBelowP25AlertSql('a_strict'),
    },
  ],
  definitions: [...FAST_DEFINITIONS, ...AIPL_DEFINITIONS],
  invariants: [
    noRowWhere('non-negative', 'fast.cards', 'value < 0', {
      zh: 'F、A、S、T 指标不为负',
      en: 'F, A, S and T are never negative',
    }),
  ],
  requires: {
    orders: ['consumer_id', 'brand_id', 'day_idx', 'dt', 'status'],
    events: ['consumer_id', 'brand_id', 'day_idx', 'event_type'],
    brands: ['brand_id', 'name', 'industry'],
    memberships: ['consumer_id', 'brand_id', 'join_day'],
    reviews: ['consumer_id', 'product_id', 'day_idx', 'rating', 'is_shared'],
    products: ['product_id', 'brand_id'],
  },
  gallery: {
    category: 'consumers',
    pitch: {
      zh: '消费者运营健康度：F、A、S、T 对比行业中位与四分位。',
      en: 'Consumer-operation health: F, A, S and T against the category median and quartiles.',
    },
    hero: 0,
  },
  examples: [
    { name: { zh: '暖芽（母婴）', en: 'Nuanya (baby)' }, inputs: { brand: 1 } },
    {
      name: { zh: '暖集（食品，下滑品牌）', en: 'Nuanji (food, eroding)' },
      inputs: { brand: 9, weeks: 8 },
    },
  ],
});
