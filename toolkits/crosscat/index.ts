import type {
  Localized,
  PanelTable,
  ParamSpec,
  ParamsOf,
  PlotData,
} from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { formatMetric, formatPercent } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { asOfInput, brandInput, daysInput } from '../common/inputs';
import { CROSS_DEFINITIONS } from './definitions';
import * as plots from './plots';
import * as q from './queries';
import { noRowWhere } from '../common/invariants';

const inputs = {
  brand: brandInput,
  asOf: asOfInput,
  days: daysInput('购物篮窗口（天）', 'Basket window (days)', 365, 730),
  seqDays: daysInput('顺序窗口（天）', 'Sequence window (days)', 90, 180),
  minPairs: {
    type: 'number',
    default: 30,
    min: 1,
    max: 100000,
    integer: true,
    label: { zh: '最小共同买家数', en: 'Minimum shared buyers' },
    affectsQuery: true,
  },
  minLift: {
    type: 'number',
    default: 1.2,
    min: 1,
    max: 100,
    label: { zh: '最小提升度', en: 'Minimum lift' },
    affectsQuery: true,
  },
} as const satisfies Record<string, ParamSpec>;

export type CrossInputs = ParamsOf<typeof inputs>;

const header = (zh: string, en: string): Localized => ({ zh, en });

function rulesTable(data: PlotData): PanelTable {
  const headers = {
    rule: header('规则 A → B', 'Rule A → B'),
    nab: header('共同买家', 'Shared buyers'),
    support: header('支持度', 'Support'),
    confidence: header('置信度', 'Confidence'),
    lift: header('提升度', 'Lift'),
    seq: header('顺序提升度 A→B', 'Sequential lift A→B'),
    back: header('顺序提升度 B→A', 'Sequential lift B→A'),
    audience: header('受众（买 A 未买 B）', 'Audience (A, not B)'),
    gmv: header('预期 GMV', 'Expected GMV'),
  };
  const round = (v: unknown, k = 100) =>
    v === null || v === undefined ? null : Math.round(Number(v) * k) / k;
  return {
    columns: Object.entries(headers).map(([name, label]) => ({
      name,
      label: pick(label, data.locale),
      numeric: !['rule', 'gmv', 'support', 'confidence'].includes(name),
    })),
    rows: data.rows.map((r) => ({
      rule: plots.ruleName(r),
      nab: r.nab ?? null,
      support: formatPercent(data.locale, Number(r.support), 1),
      confidence: formatPercent(data.locale, Number(r.confidence), 1),
      lift: round(r.lift),
      seq: round(r.seq_lift),
      back: round(r.seq_lift_back),
      audience: r.audience ?? null,
      gmv: formatMetric(data.locale, r.expected_gmv, 'money'),
    })),
  };
}

export const toolkit = defineToolkit({
  id: 'crosscat',
  version: 1,
  title: { zh: '跨品类机会', en: 'Cross-category opportunities' },
  description: {
    zh: '“买了 A 的人推荐 B”：消费者级购物篮的支持度、置信度、提升度与带方向的顺序提升度，下一品类的受众与预期 GMV，以及品牌可拓展的品类与人群。',
    en: '“Those who bought A are shown B”: support, confidence and lift over consumer baskets, the sequential lift that gives a direction, the audience and expected GMV of each next category, and where a brand could go and with which crowd.',
  },
  inputs,
  panels: [
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'crosscat.rules',
        title: { zh: '跨品类规则与方向', en: 'Cross-category rules and their direction' },
        description: {
          zh: '顺序提升度最高的规则：A→B 与 B→A 对比，刻度为同篮提升度；表格含支持度、置信度、受众与预期 GMV。',
          en: 'The rules with the highest sequential lift: A→B against B→A, the tick the basket lift; the table adds support, confidence, audience and expected GMV.',
        },
        buildQuery: q.buildRulesSql,
        buildPlot: (_p, data) => plots.buildRulesPlot(data),
        buildTable: (_p, data) => rulesTable(data),
        expectedColumns: () => [
          'name_a',
          'name_b',
          'nab',
          'support',
          'confidence',
          'lift',
          'seq_lift',
          'seq_lift_back',
          'audience',
          'expected_gmv',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'crosscat.network',
        title: { zh: '品类关联网络', en: 'Category network' },
        description: {
          zh: '品类为节点，规则为由 A 指向 B 的箭头。',
          en: 'Categories as nodes, rules as arrows from A to B.',
        },
        buildQuery: q.buildRulesSql,
        buildPlot: (_p, data) => plots.buildNetworkPlot(data),
        expectedColumns: () => ['name_a', 'name_b', 'seq_lift'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'crosscat.heatmap',
        title: { zh: '品类提升度热力图', en: 'Lift heatmap' },
        description: {
          zh: '最强规则涉及的品类之间的同篮提升度（行 A，列 B）。',
          en: 'Basket lift between the categories of the strongest rules (rows A, columns B).',
        },
        buildQuery: q.buildHeatmapSql,
        buildPlot: (_p, data) => plots.buildHeatmapPlot(data),
        expectedColumns: () => ['name_a', 'name_b', 'lift', 'nab'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'crosscat.enter',
        title: { zh: '品牌拓品机会', en: 'Where the brand could go' },
        description: {
          zh: '本品牌未售的品类：来自哪个已售品类、受众、预期 GMV 与推荐人群。',
          en: 'Categories the brand does not sell: from which of its categories, the audience, the expected GMV and the crowd to start with.',
        },
        buildQuery: q.buildEnterSql,
        buildPlot: (_p, data) => plots.buildEnterPlot(data),
        expectedColumns: () => [
          'name_b',
          'name_a',
          'audience',
          'confidence',
          'expected_gmv',
          'crowd',
          'tgi',
        ],
      }),
    },
  ],
  alerts: [
    {
      id: 'new-pair',
      panel: 'crosscat.rules',
      message: {
        zh: '{value} 个品类组合新近提升度 ≥ {threshold}，最强：{detail}',
        en: '{value} category pair(s) newly at lift ≥ {threshold}, strongest: {detail}',
      },
      buildQuery: (p, ctx) => q.buildPairChangeAlertSql(p, ctx, 'new'),
    },
    {
      id: 'decaying-pair',
      panel: 'crosscat.rules',
      message: {
        zh: '{value} 个品类组合的提升度较上一窗口下降三分之一以上，最多：{detail}',
        en: '{value} category pair(s) lost a third or more of their lift since the previous window, most: {detail}',
      },
      buildQuery: (p, ctx) => q.buildPairChangeAlertSql(p, ctx, 'decay'),
    },
  ],
  definitions: CROSS_DEFINITIONS,
  invariants: [
    noRowWhere(
      'rule-measures',
      'crosscat.rules',
      'support < 0 OR support > 1 OR confidence < 0 OR confidence > 1 OR lift < 0',
      {
        zh: '支持度与置信度在 0 与 1 之间，提升度不为负',
        en: 'Support and confidence lie in [0, 1]; lift is never negative',
      },
    ),
  ],
  requires: {
    orders: ['order_id', 'consumer_id', 'crowd', 'brand_id', 'day_idx', 'dt', 'status'],
    order_items: ['order_id', 'category_id', 'qty', 'unit_price'],
    categories: ['category_id', 'name'],
    brands: ['brand_id'],
  },
  gallery: {
    category: 'goods',
    pitch: {
      zh: '找到“买了 A 会再买 B”的品类组合与方向，算出受众和预期 GMV。',
      en: 'Find which categories lead to which, with the audience and expected GMV of each.',
    },
    hero: 0,
  },
  examples: [
    { name: { zh: '暖颜（美妆）', en: 'Nuanyan (beauty)' }, inputs: { brand: 5 } },
    {
      name: { zh: '暖集（食品），60 天顺序窗口', en: 'Nuanji (food), 60-day sequence' },
      inputs: { brand: 9, seqDays: 60 },
    },
  ],
});
