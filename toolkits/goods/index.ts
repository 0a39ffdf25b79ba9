/**
 * Goods analysis (货品分析, metrics.md §1.10, illustrative where marked): each SKU's funnel, its
 * traffic × conversion quadrant and A/B/C/D grade against its leaf category, the brand's price bands
 * against the category's, new-product curves against the category's launches, and slow movers.
 */
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { wordsTable } from '../common/tables';
import { formatMetric, formatPercent } from '../../src/i18n/format';
import { labelOf } from '../common/labels';
import { GOODS_DEFINITIONS } from './definitions';
import { inputs, type GoodsInputs } from './inputs';
import * as plots from './plots';
import * as q from './queries';
import { FUNNEL_STAGES, GRADES, PRICE_BANDS, QUADRANTS, WORDS } from './words';
import { sumsToOne } from '../common/invariants';

export type { GoodsInputs };

const table = wordsTable(WORDS);
const pct = (data: PlotData, v: unknown) =>
  v === null || v === undefined ? null : formatPercent(data.locale, Number(v), 1);
const money = (data: PlotData, v: unknown) => formatMetric(data.locale, v, 'money');
const sku = (r: RecordRow) => `#${String(r.product_id)}`;

export const toolkit = defineToolkit({
  id: 'goods',
  version: 1,
  title: { zh: '货品分析', en: 'Goods analysis' },
  description: {
    zh: '每个商品的漏斗（曝光→点击→详情页→收加→购买）、对比类目中位数的流量 × 转化象限与 A/B/C/D 等级、价格带对比类目、新品曲线对比类目新品、滞销商品。示意定义。',
    en: 'Each SKU’s funnel (exposure → click → product page → favourite/cart → purchase), its traffic × conversion quadrant and A/B/C/D grade against the category median, price bands against the category, new-product curves against the category’s launches, and slow movers. Illustrative definitions.',
  },
  inputs,
  panels: [
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'goods.quadrant',
        title: { zh: '流量 × 转化象限', en: 'Traffic × conversion quadrant' },
        description: {
          zh: '本品牌每个商品的详情页流量与转化率，对比同叶子类目中位数；颜色为 A/B/C/D 等级。',
          en: 'Each of the brand’s SKUs: product-page traffic and conversion against its leaf category’s medians; colour is its A/B/C/D grade.',
        },
        buildQuery: q.gradesSql,
        buildPlot: (_p, data) => plots.buildQuadrantPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              sku: 'sku',
              category: 'category',
              grade: 'grade',
              before: 'before',
              quadrant: 'quadrant',
              gmv: 'gmv',
              growth: 'growth',
              pdp: 'pdp',
              conversion: 'conversion',
            },
            ['pdp'],
            (r) => ({
              sku: sku(r),
              category: r.category ?? null,
              grade: labelOf(GRADES, r.grade, data.locale),
              before: r.grade_before ? labelOf(GRADES, r.grade_before, data.locale) : '—',
              quadrant: r.quadrant ? labelOf(QUADRANTS, r.quadrant, data.locale) : '—',
              gmv: money(data, r.gmv),
              growth: pct(data, r.growth) ?? '—',
              pdp: r.pdp_uv ?? 0,
              conversion: pct(data, r.conversion) ?? '—',
            }),
          ),
        expectedColumns: () => [
          'product_id',
          'category',
          'traffic_rel',
          'conversion_rel',
          'quadrant',
          'grade',
          'grade_before',
          'gmv',
          'growth',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'goods.grades',
        title: { zh: 'A/B/C/D 等级', en: 'A/B/C/D grades' },
        description: {
          zh: '本品牌商品的等级分布（本窗口对比上一窗口）与各级 GMV 占比；表格视图为等级表。',
          en: 'The brand’s SKUs by grade (this window against the one before) and each grade’s GMV share; the table view lists the grades.',
        },
        buildQuery: q.gradesSql,
        buildPlot: (_p, data) => plots.buildGradesPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              sku: 'sku',
              category: 'category',
              grade: 'grade',
              before: 'before',
              gmv: 'gmv',
              growth: 'growth',
            },
            [],
            (r) => ({
              sku: sku(r),
              category: r.category ?? null,
              grade: labelOf(GRADES, r.grade, data.locale),
              before: r.grade_before ? labelOf(GRADES, r.grade_before, data.locale) : '—',
              gmv: money(data, r.gmv),
              growth: pct(data, r.growth) ?? '—',
            }),
          ),
        expectedColumns: () => ['product_id', 'grade', 'grade_before', 'gmv'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'goods.funnel',
        title: { zh: '商品漏斗', en: 'SKU funnel' },
        description: {
          zh: '本品牌各环节转化对比类目；表格视图为每个商品的漏斗（点击率、收加率、转化率）与 GMV、件数、复购、好评、退款。',
          en: 'The brand’s step rates against its categories’; the table view is each SKU’s funnel (CTR, fav/cart rate, conversion) with GMV, units, repurchase, reviews and refunds.',
        },
        buildQuery: q.funnelSql,
        buildPlot: (_p, data) => plots.buildFunnelPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              stage: 'stage',
              brand: 'brand',
              rate: 'stepRate',
              category: 'categoryAll',
              categoryRate: 'categoryRate',
            },
            ['brand', 'category'],
            (r) => ({
              stage: labelOf(FUNNEL_STAGES, r.stage, data.locale),
              brand: r.brand_uv ?? 0,
              rate: pct(data, r.brand_rate) ?? '—',
              category: r.category_uv ?? 0,
              categoryRate: pct(data, r.category_rate) ?? '—',
            }),
          ),
        expectedColumns: () => ['stage', 'brand_uv', 'category_uv', 'brand_rate', 'category_rate'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'goods.skus',
        title: { zh: '商品漏斗明细', en: 'SKU funnel table' },
        description: {
          zh: '每个商品：曝光、点击率、详情页、收加率、买家、转化率、GMV、件数、件均价、复购率、好评率、退款率。',
          en: 'Each SKU: exposure, CTR, product page, fav/cart rate, buyers, conversion, GMV, units, average price, repurchase, positive reviews, refunds.',
        },
        buildQuery: q.gradesSql,
        buildPlot: (_p, data) => plots.buildSkuPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              sku: 'sku',
              category: 'category',
              exposure: 'exposure',
              ctr: 'ctr',
              pdp: 'pdp',
              favcart: 'favcartRate',
              buyers: 'buyers',
              conversion: 'conversion',
              gmv: 'gmv',
              units: 'units',
              price: 'price',
              repurchase: 'repurchase',
              positive: 'positive',
              refund: 'refund',
            },
            ['exposure', 'pdp', 'buyers', 'units'],
            (r) => ({
              sku: sku(r),
              category: r.category ?? null,
              exposure: r.exposure_uv ?? 0,
              ctr: pct(data, r.ctr) ?? '—',
              pdp: r.pdp_uv ?? 0,
              favcart: pct(data, r.favcart_rate) ?? '—',
              buyers: r.buyers ?? 0,
              conversion: pct(data, r.conversion) ?? '—',
              gmv: money(data, r.gmv),
              units: r.units ?? 0,
              price: money(data, r.avg_price),
              repurchase: pct(data, r.repurchase_rate) ?? '—',
              positive: pct(data, r.positive_rate) ?? '—',
              refund: pct(data, r.refund_rate) ?? '—',
            }),
          ),
        expectedColumns: () => [
          'product_id',
          'exposure_uv',
          'ctr',
          'favcart_rate',
          'conversion',
          'units',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'goods.prices',
        title: { zh: '价格带分布', en: 'Price-band distribution' },
        description: {
          zh: '本品牌窗口 GMV 在五个价格带的占比，对比所在类目全部品牌。',
          en: 'The brand’s window GMV across the five price bands, against every brand of its categories.',
        },
        buildQuery: q.priceBandsSql,
        buildPlot: (_p, data) => plots.buildPriceBandsPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            { band: 'band', brand: 'brandShare', category: 'categoryShare', gmv: 'gmv' },
            [],
            (r) => ({
              band: labelOf(PRICE_BANDS, String(r.band), data.locale),
              brand: pct(data, r.brand_share) ?? '—',
              category: pct(data, r.category_share) ?? '—',
              gmv: money(data, r.brand_gmv),
            }),
          ),
        expectedColumns: () => ['band', 'brand_share', 'category_share'],
      }),
    },
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'goods.launches',
        title: { zh: '新品曲线', en: 'New-product curves' },
        description: {
          zh: '近期新品上新后每天的累计 GMV，对比同类目新品的中位数与 P80。',
          en: 'Recent launches’ cumulative GMV by day since launch, against the median and P80 of the categories’ launches.',
        },
        buildQuery: q.launchesSql,
        buildPlot: (_p, data) => plots.buildLaunchPlot(data),
        buildTable: (_p, data) => {
          const skus = data.rows.filter((r) => r.series === 'sku');
          const last = new Map<string, RecordRow>();
          for (const r of skus) last.set(String(r.product_id), r);
          return table(
            { ...data, rows: [...last.values()] },
            { sku: 'sku', observed: 'observed', gmv: 'cumGmv' },
            ['observed'],
            (r) => ({ sku: sku(r), observed: r.observed ?? null, gmv: money(data, r.cum_gmv) }),
          );
        },
        expectedColumns: () => ['series', 'product_id', 't', 'cum_gmv'],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'goods.slow',
        title: { zh: '滞销商品', en: 'Slow movers' },
        description: {
          zh: '≥ N 天未售出的本品牌商品，最久的在前。',
          en: 'The brand’s SKUs without a sale for ≥ N days, longest idle first.',
        },
        buildQuery: q.slowSql,
        buildPlot: (_p, data) => plots.buildSlowPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              sku: 'sku',
              category: 'category',
              lastSale: 'lastSale',
              idle: 'idle',
              before: 'gmvBefore',
              grade: 'grade',
            },
            ['idle'],
            (r) => ({
              sku: sku(r),
              category: r.category ?? null,
              lastSale: r.last_sale ?? '—',
              idle: r.idle_days ?? null,
              before: money(data, r.gmv_before),
              grade: labelOf(GRADES, r.grade, data.locale),
            }),
          ),
        expectedColumns: () => ['product_id', 'last_sale', 'idle_days', 'grade'],
      }),
    },
  ],
  alerts: [
    {
      id: 'sku-to-d',
      panel: 'goods.grades',
      message: {
        zh: '{value} 个商品降为 D 级：{detail}',
        en: '{value} SKUs moved to grade D: {detail}',
      },
      buildQuery: q.movedToDAlertSql,
    },
    {
      id: 'stock-out',
      panel: 'goods.quadrant',
      message: {
        zh: '疑似断货 {value} 个商品（流量上升、转化下降 ≥ {threshold}%）：{detail}',
        en: 'Possible stock-out on {value} SKUs (traffic up, conversion down ≥ {threshold}%): {detail}',
      },
      buildQuery: q.stockOutAlertSql,
    },
  ],
  definitions: GOODS_DEFINITIONS,
  invariants: [
    sumsToOne('brand-price-shares', 'goods.prices', 'brand_share', {
      zh: '品牌各价格带占比之和为 1',
      en: "The brand's price-band shares sum to 1",
    }),
    sumsToOne('category-price-shares', 'goods.prices', 'category_share', {
      zh: '类目各价格带占比之和为 1',
      en: "The category's price-band shares sum to 1",
    }),
  ],
  requires: {
    products: ['product_id', 'brand_id', 'category_id', 'price_band', 'launch_day'],
    events: ['consumer_id', 'product_id', 'day_idx', 'event_type'],
    orders: ['order_id', 'consumer_id', 'day_idx', 'dt', 'status'],
    order_items: ['order_id', 'product_id', 'qty', 'unit_price'],
    reviews: ['product_id', 'day_idx', 'rating'],
    categories: ['category_id', 'name'],
  },
  gallery: {
    category: 'goods',
    pitch: {
      zh: '哪些商品该加推、该改页面、该给流量；A/B/C/D 分级、价格带与新品是否跑赢类目。',
      en: 'Which SKUs to push, fix or give traffic; A/B/C/D grades, price bands, and whether launches beat the category.',
    },
    hero: 0,
  },
  examples: [
    {
      name: { zh: '旗舰品牌的货品结构', en: 'The flagship brand’s assortment' },
      inputs: { brand: 1 },
    },
    {
      name: { zh: '下滑品牌的滞销与降级', en: 'The eroding brand’s slow movers and downgrades' },
      inputs: { brand: 9, days: 60 },
    },
  ],
});
