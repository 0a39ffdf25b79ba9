import type {
  Localized,
  ParamSpec,
  ParamsOf,
  PanelTable,
  PlotData,
} from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { formatMetric, formatPercent } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { asOfInput, brandInput } from '../common/inputs';
import { CROWDS, labelOf } from '../common/labels';
import { COMPASS_DEFINITIONS } from './definitions';
import { computeCompass, type CompassModel } from './model';
import * as plots from './plots';
import * as q from './queries';
import { FEATURE_NAMES, LIGHTS } from './words';
import { noRowWhere } from '../common/invariants';

const inputs = {
  brand: brandInput,
  asOf: asOfInput,
  hitShare: {
    type: 'number',
    default: 0.07,
    min: 0.01,
    max: 0.5,
    label: { zh: '爆品比例（行业前 N%）', en: 'Hit share (industry top N%)' },
    affectsQuery: true,
  },
  dropPoints: {
    type: 'number',
    default: 20,
    min: 1,
    max: 100,
    integer: true,
    label: { zh: '预警：爆品概率下降 ≥（百分点）', en: 'Alert: P(hit) drop ≥ (points)' },
    affectsQuery: false,
  },
} as const satisfies Record<string, ParamSpec>;

export type CompassInputs = ParamsOf<typeof inputs>;

const header = (zh: string, en: string): Localized => ({ zh, en });
const columnsOf = (
  headers: Record<string, Localized>,
  locale: PlotData['locale'],
  numeric: string[],
) =>
  Object.entries(headers).map(([name, label]) => ({
    name,
    label: pick(label, locale),
    numeric: numeric.includes(name),
  }));

/** The model as a reader's table: each day's coefficients with standard errors, AUC and sample. */
function modelTable(data: PlotData<CompassModel>): PanelTable {
  const headers = {
    day: header('模型', 'Model'),
    term: header('特征', 'Feature'),
    estimate: header('系数（每标准差）', 'Coefficient (per SD)'),
    se: header('标准误', 'Std. error'),
    z: header('z 值', 'z'),
    auc: header('留出 AUC [95% 区间]', 'Held-out AUC [95% interval]'),
    sample: header('新品 / 爆品', 'Launches / hits'),
  };
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    columns: columnsOf(headers, data.locale, ['estimate', 'se', 'z']),
    rows: (data.model?.models ?? []).flatMap((m) =>
      m.coefficients.map((c) => ({
        day: pick({ zh: `第 ${m.day} 天`, en: `Day ${m.day}` }, data.locale),
        term: labelOf(FEATURE_NAMES, c.term, data.locale),
        estimate: round(c.estimate),
        se: round(c.se),
        z: round(c.z),
        auc: `${m.auc.toFixed(3)} [${m.interval.low.toFixed(3)}, ${m.interval.high.toFixed(3)}]`,
        sample: `${m.launches} / ${m.hits}`,
      })),
    ),
  };
}

/** The tracker as a table: each current launch, its buyers at the checkpoints, light and P(hit). */
function trackerTable(data: PlotData<CompassModel>): PanelTable {
  const headers = {
    product: header('新品', 'Launch'),
    age: header('上新天数', 'Days since launch'),
    buyers7: header('第 7 天买家', 'Buyers by day 7'),
    buyers14: header('第 14 天买家', 'Buyers by day 14'),
    buyers30: header('第 30 天买家', 'Buyers by day 30'),
    light: header('信号灯', 'Light'),
    p7: header('爆品概率（第 7 天）', 'P(hit), day 7'),
    p14: header('爆品概率（第 14 天）', 'P(hit), day 14'),
  };
  const share = (v: number | null) => (v === null ? null : formatPercent(data.locale, v, 0));
  return {
    columns: columnsOf(headers, data.locale, ['age', 'buyers7', 'buyers14', 'buyers30']),
    rows: (data.model?.launches ?? []).map((l) => ({
      product: `#${l.product_id}`,
      age: l.age,
      buyers7: l.buyers[0] ?? null,
      buyers14: l.buyers[1] ?? null,
      buyers30: l.buyers[2] ?? null,
      light: labelOf(LIGHTS, l.light, data.locale),
      p7: share(l.p7),
      p14: share(l.p14),
    })),
  };
}

function opportunityTable(data: PlotData): PanelTable {
  const headers = {
    cell: header('类目 · 价格带', 'Category · price band'),
    demand: header('需求（I 阶段人数）', 'Demand (I-stage UV)'),
    growth: header('搜索人数增长', 'Search UV growth'),
    supply: header('动销 SKU', 'Active SKUs'),
    gap: header('缺口', 'Gap'),
    gmv: header('GMV（90 天）', 'GMV (90 d)'),
    crowd: header('高 TGI 人群', 'Top-TGI crowd'),
    tgi: header('TGI', 'TGI'),
  };
  return {
    columns: columnsOf(headers, data.locale, ['demand', 'supply', 'gap', 'tgi']),
    rows: data.rows.map((r) => ({
      cell: plots.cellName(r, data.locale),
      demand: r.demand ?? null,
      growth:
        r.demand_growth === null ? null : formatPercent(data.locale, Number(r.demand_growth), 0),
      supply: r.supply ?? null,
      gap: r.gap === null ? null : Math.round(Number(r.gap) * 10) / 10,
      gmv: formatMetric(data.locale, r.gmv, 'money'),
      crowd: r.crowd === null ? null : labelOf(CROWDS, r.crowd, data.locale),
      tgi: r.tgi === null ? null : Math.round(Number(r.tgi)),
    })),
  };
}

const launchesPanel = {
  buildQuery: q.buildLaunchesSql,
  compute: (_p: CompassInputs, data: Parameters<typeof computeCompass>[0]) => computeCompass(data),
  heavy: true,
  expectedColumns: () => ['role', 'product_id', 'age', 'hit', 'ctr_7', 'ctr_14', 'buyers_7'],
};

export const toolkit = defineToolkit({
  id: 'compass',
  version: 1,
  title: { zh: '爆品罗盘', en: 'Hit-product compass' },
  description: {
    zh: '新品机会地图（类目 × 价格带 × 人群的供需缺口）、浏览器内训练的爆品概率模型（逻辑回归 + 校准，留出 AUC）、新品追踪红绿灯与各切片爆品成功率（示意定义）。',
    en: 'An opportunity map (supply–demand gaps by category × price band × crowd), a hit-probability model trained in the browser (logistic regression + calibration, held-out AUC), a launch tracker with traffic lights, and hit success rates by slice (illustrative definitions).',
  },
  inputs,
  panels: [
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'compass.opportunity',
        title: { zh: '新品机会地图', en: 'Opportunity map' },
        description: {
          zh: '本行业每个类目 × 价格带：横轴需求增长，纵轴供需缺口，气泡大小 GMV，颜色为 TGI 最高的人群。',
          en: 'Each category × price band of the industry: x demand growth, y supply–demand gap, size GMV, colour the crowd with the highest TGI.',
        },
        buildQuery: q.buildOpportunitySql,
        buildPlot: (_p, data) => plots.buildOpportunityPlot(data),
        buildTable: (_p, data) => opportunityTable(data),
        expectedColumns: () => [
          'category',
          'price_band',
          'demand',
          'demand_growth',
          'supply',
          'gap',
          'gmv',
          'crowd',
          'tgi',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        ...launchesPanel,
        id: 'compass.model',
        title: { zh: '爆品概率模型校准', en: 'Hit-probability model calibration' },
        description: {
          zh: '留出预测的爆品概率与实际爆品率：越贴近对角线越可信；表格视图给出系数与标准误。',
          en: 'Held-out predicted P(hit) against the observed hit rate: the closer to the diagonal the better; the table view lists coefficients with standard errors.',
        },
        buildPlot: (_p, data) => plots.buildCalibrationPlot(data as PlotData<CompassModel>),
        buildTable: (_p, data) => modelTable(data as PlotData<CompassModel>),
      }),
    },
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        ...launchesPanel,
        id: 'compass.tracker',
        title: { zh: '新品追踪', en: 'Launch tracker' },
        description: {
          zh: '本品牌在售新品上新后累计买家数对比往期爆品 P25/P50/P80 轨迹，红绿灯与预测爆品概率。',
          en: 'The brand’s current launches: cumulative buyers since launch against past hits’ P25/P50/P80, a traffic light and the predicted P(hit).',
        },
        buildPlot: (_p, data) => plots.buildTrackerPlot(data as PlotData<CompassModel>),
        buildTable: (_p, data) => trackerTable(data as PlotData<CompassModel>),
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'compass.success',
        title: { zh: '爆品成功率', en: 'Hit success rate' },
        description: {
          zh: '本品牌按上市季度、价格带、人群侧重的爆品成功率，及行业内各品牌，对比行业同切片。',
          en: 'The brand’s hit success rate by launch quarter, price band and crowd focus, and every brand of the industry, against the industry’s same slice.',
        },
        buildQuery: q.buildSuccessSql,
        buildPlot: (_p, data) => plots.buildSuccessPlot(data),
        expectedColumns: () => [
          'dimension',
          'key',
          'launches',
          'hits',
          'rate',
          'category_rate',
          'is_focus',
        ],
      }),
    },
  ],
  alerts: [
    {
      id: 'below-trajectory',
      panel: 'compass.tracker',
      message: {
        zh: '{value} 个新品第 14 天累计买家低于往期爆品 P25（{threshold}），首个：#{detail}',
        en: '{value} launch(es) below past hits’ P25 of buyers by day 14 ({threshold}), first: #{detail}',
      },
      buildQuery: q.buildBelowTrajectoryAlertSql,
    },
    {
      id: 'p-hit-drop',
      panel: 'compass.tracker',
      message: {
        zh: '新品 #{detail} 的爆品概率从第 7 天到第 14 天下降 {value} 个百分点（阈值 {threshold}）',
        en: 'Launch #{detail}: P(hit) fell {value} points from day 7 to day 14 (threshold {threshold})',
      },
      buildQuery: q.buildLaunchesSql,
      // No AUC interval: the alert needs only the predictions (and runs on the main thread).
      judge: (p, data) => pHitDrop(computeCompass(data, 0), p.dropPoints),
    },
  ],
  definitions: COMPASS_DEFINITIONS,
  invariants: [
    noRowWhere('success-rates', 'compass.success', 'hits > launches OR rate < 0 OR rate > 1', {
      zh: '爆品数不超过上新数，成功率在 0 与 1 之间',
      en: 'Hits never exceed launches; success rates lie in [0, 1]',
    }),
  ],
  requires: {
    orders: ['order_id', 'brand_id', 'consumer_id', 'crowd', 'day_idx', 'dt', 'status'],
    order_items: ['order_id', 'product_id', 'qty', 'unit_price'],
    products: ['product_id', 'brand_id', 'category_id', 'list_price', 'price_band', 'launch_day'],
    brands: ['brand_id', 'name', 'industry'],
    categories: ['category_id', 'name'],
    events: ['consumer_id', 'crowd', 'product_id', 'day_idx', 'event_type'],
    launch_daily: [
      'product_id',
      'day_idx',
      'age_day',
      'exposure_uv',
      'visitor_uv',
      'fav_cart_uv',
      'buyers',
      'new_buyers',
      'target_crowd_buyers',
      'content_views',
      'content_engagements',
    ],
  },
  gallery: {
    category: 'goods',
    pitch: {
      zh: '上新前找机会、上新后看信号：提高新品成为爆品的成功率。',
      en: 'Find the gap before a launch, read the signals after it: raise the share of launches that become hits.',
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

/** The P(hit)-drop rule: the current launch whose calibrated P(hit) fell most from day 7 to 14. */
export function pHitDrop(model: CompassModel, threshold: number) {
  const drops = model.launches
    .filter((l) => l.p7 !== null && l.p14 !== null)
    .map((l) => ({ id: l.product_id, points: 100 * (l.p7! - l.p14!) }))
    .sort((a, b) => b.points - a.points || a.id - b.id);
  const worst = drops[0];
  return {
    fired: worst !== undefined && worst.points >= threshold,
    value: worst ? Math.round(worst.points) : null,
    threshold,
    detail: worst ? String(worst.id) : null,
  };
}
