import type {
  Localized,
  ParamSpec,
  ParamsOf,
  PlotData,
  PanelTable,
} from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { formatMetric } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { AIPL_DEFINITIONS } from '../common/definitions';
import { FAST_DEFINITIONS } from '../fast/definitions';
import { aiplInputs, asOfInput, brandInput, competitorsInput, daysInput } from '../common/inputs';
import { labelOf } from '../common/labels';
import { MIND_MAP_DEFINITIONS } from './definitions';
import { METRIC_BY_CODE, METRICS, PILLAR_NAMES } from './metrics';
import { buildCrowdPillarPlot } from './crowd-plot';
import { buildCrowdPillarSql } from './crowds';
import * as plots from './plots';
import * as q from './queries';
import { noRowWhere } from '../common/invariants';

const inputs = {
  brand: brandInput,
  competitors: competitorsInput,
  asOf: asOfInput,
  ...aiplInputs,
  days: daysInput('指标窗口（天）', 'Metric window (days)', 90, 180),
  hitShare: {
    type: 'number',
    default: 0.07,
    min: 0.01,
    max: 0.5,
    label: { zh: '爆品比例（批次前 N%）', en: 'Hit share (top N% of a cohort)' },
    affectsQuery: true,
  },
  dropPoints: daysInput(
    '预警：支柱 4 周下降 ≥（分）',
    'Alert: pillar drop in 4 weeks ≥ (points)',
    10,
    100,
  ),
} as const satisfies Record<string, ParamSpec>;

export type MindMapInputs = ParamsOf<typeof inputs>;

const HEADERS: Record<string, Localized> = {
  pillar: { zh: '支柱', en: 'Pillar' },
  metric: { zh: '子指标', en: 'Sub-metric' },
  value: { zh: '数值', en: 'Value' },
  pct: { zh: '行业百分位', en: 'Industry percentile' },
  median: { zh: '行业中位', en: 'Category median' },
  p25: { zh: '行业 P25', en: 'Category P25' },
  score: { zh: '支柱得分', en: 'Pillar score' },
  definition: { zh: '定义（示意）', en: 'Definition (illustrative)' },
};

/** The drill-down as a reader's table: names, values in their units, percentiles rounded. */
function drillTable(data: PlotData): PanelTable {
  const columns = Object.keys(HEADERS);
  const round = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v)));
  return {
    columns: columns.map((name) => ({
      name,
      label: pick(HEADERS[name] as Localized, data.locale),
      numeric: name === 'pct' || name === 'score',
    })),
    rows: data.rows.map((r) => {
      if (r.driver !== null && r.driver !== undefined)
        return {
          pillar: labelOf(PILLAR_NAMES, r.pillar, data.locale),
          metric: plots.driverName(r, data.locale),
          value: null,
          pct: round(r.pct),
          median: null,
          p25: null,
          score: round(r.score),
          definition: null,
        };
      const metric = METRIC_BY_CODE.get(String(r.metric));
      const show = (v: unknown) => formatMetric(data.locale, v, metric?.kind);
      return {
        pillar: labelOf(PILLAR_NAMES, r.pillar, data.locale),
        metric: metric ? pick(metric.name, data.locale) : String(r.metric),
        value: show(r.value),
        pct: round(r.pct),
        median: show(r.median),
        p25: show(r.p25),
        score: round(r.score),
        definition: metric ? pick(metric.definition, data.locale) : null,
      };
    }),
  };
}

const METRIC_DETAILS = Object.fromEntries(METRICS.map((x) => [x.code, x.name]));

export const toolkit = defineToolkit({
  id: 'mindmap',
  version: 1,
  title: { zh: '品牌心智地图', en: 'Brand mind map' },
  description: {
    zh: '创新、沟通、价值三大支柱：14 项子指标在同行业品牌中的百分位（示意定义），雷达对比行业中位与前三竞品，每 4 周趋势与预警。',
    en: 'Innovation, communication and value: fourteen sub-metrics as percentiles among the industry’s brands (illustrative definition), a radar against the category median and the top three, a four-weekly trend and alerts.',
  },
  inputs,
  panels: [
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'mindmap.map',
        title: { zh: '品牌心智地图', en: 'Brand mind map' },
        description: {
          zh: '品牌 → 支柱（得分 = 子指标行业百分位均值）→ 子指标（数值 · 百分位）；颜色与大小表示相对行业的强弱。',
          en: 'Brand → pillars (score = mean industry percentile of their sub-metrics) → sub-metrics (value · percentile); colour and size show strength against the industry.',
        },
        buildQuery: q.buildDrillSql,
        buildPlot: (_p, data) => plots.buildMindMapPlot(data),
        buildTable: (_p, data) => drillTable(data),
        fold: { field: 'pillar', label: (pillar, locale) => labelOf(PILLAR_NAMES, pillar, locale) },
        expectedColumns: () => [
          'brand',
          'pillar',
          'metric',
          'value',
          'pct',
          'median',
          'p25',
          'score',
          'driver',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'mindmap.radar',
        title: { zh: '三大支柱雷达', en: 'Pillar radar' },
        description: {
          zh: '支柱得分（0–100）：本品牌、行业中位与得分最高的三个竞品。',
          en: 'Pillar scores (0–100): the brand, the category median and the three strongest others.',
        },
        buildQuery: q.buildRadarSql,
        buildPlot: (_p, data) => plots.buildPillarRadarPlot(data),
        expectedColumns: () => ['brand', 'is_focus', 'series', 'pillar', 'score'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'mindmap.crowds',
        title: { zh: '人群 × 支柱', en: 'Crowds × pillars' },
        description: {
          zh: '每个人群内的支柱得分：只看该人群的消费者，子指标在行业品牌中的百分位均值（示意定义）。',
          en: 'Pillar scores within each crowd: the sub-metrics over that crowd’s consumers only, as mean percentiles among the industry’s brands (illustrative definition).',
        },
        buildQuery: buildCrowdPillarSql,
        buildPlot: (_p, data) => buildCrowdPillarPlot(data),
        expectedColumns: () => ['crowd', 'pillar', 'score', 'buyers'],
      }),
    },
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'mindmap.trend',
        title: { zh: '支柱得分趋势', en: 'Pillar scores over time' },
        description: {
          zh: '每 4 周一次的支柱得分：实线为本品牌，虚线为行业中位。',
          en: 'Pillar scores every four weeks: solid the brand, dashed the category median.',
        },
        buildQuery: q.buildTrendSql,
        buildPlot: (_p, data) => plots.buildPillarTrendPlot(data),
        expectedColumns: () => ['day', 'pillar', 'score', 'median'],
      }),
    },
  ],
  alerts: [
    {
      id: 'pillar-drop',
      panel: 'mindmap.trend',
      message: {
        zh: '{detail}支柱得分 4 周内下降 {value} 分（阈值 {threshold}）',
        en: '{detail} pillar score fell {value} points in 4 weeks (threshold {threshold})',
      },
      details: PILLAR_NAMES,
      buildQuery: q.buildPillarDropAlertSql,
    },
    {
      id: 'below-p25',
      panel: 'mindmap.map',
      message: {
        zh: '{value} 项子指标低于行业 P25，首项：{detail}',
        en: '{value} sub-metric(s) below the category P25, first: {detail}',
      },
      details: METRIC_DETAILS,
      buildQuery: q.buildBelowP25AlertSql,
    },
  ],
  definitions: [...MIND_MAP_DEFINITIONS, ...FAST_DEFINITIONS, ...AIPL_DEFINITIONS],
  invariants: [
    noRowWhere('scores', 'mindmap.radar', 'score < 0 OR score > 100', {
      zh: '心智得分在 0 与 100 之间',
      en: 'Mind scores lie in [0, 100]',
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
    order_items: ['order_id', 'product_id', 'qty', 'unit_price'],
    products: ['product_id', 'brand_id', 'category_id', 'launch_day', 'price_band'],
    events: ['consumer_id', 'crowd', 'brand_id', 'day_idx', 'event_type', 'content_id'],
    content: ['content_id', 'content_type'],
    brands: ['brand_id', 'name', 'industry'],
    consumers: ['consumer_id', 'crowd', 'is_88vip'],
    reviews: ['consumer_id', 'product_id', 'day_idx', 'rating', 'is_shared'],
    memberships: ['consumer_id', 'brand_id', 'join_day'],
  },
  gallery: {
    category: 'brand',
    pitch: {
      zh: '品牌健康度一张图：创新、沟通、价值相对行业的强弱与变化。',
      en: 'Brand health on one page: innovation, communication and value against the industry, and how they move.',
    },
    hero: 0,
  },
  examples: [
    {
      name: { zh: '暖颜（美妆，上升品牌）', en: 'Nuanyan (beauty, rising)' },
      inputs: { brand: 5 },
    },
    { name: { zh: '暖集（食品，下滑品牌）', en: 'Nuanji (food, eroding)' }, inputs: { brand: 9 } },
  ],
});
