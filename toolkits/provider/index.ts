/**
 * Service-provider evaluation (服务商评价, metrics.md §1.16, illustrative): opened from a provider,
 * not a brand. The provider leaderboard, its content DAU, its brands' merchant growth index (weighted
 * percentile ranks within their industries), tier migrations and brand retention.
 */
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import type { PlotData } from '../../src/panel/contract';
import { wordsTable } from '../common/tables';
import { formatMetric, formatPercent } from '../../src/i18n/format';
import { labelOf } from '../common/labels';
import { PROVIDER_DEFINITIONS } from './definitions';
import { inputs, type ProviderInputs } from './inputs';
import * as plots from './plots';
import * as q from './queries';
import { TIERS, WORDS } from './words';
import { noRowWhere } from '../common/invariants';

export type { ProviderInputs };

const table = wordsTable(WORDS);
const round = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v)));
const pct = (data: PlotData, v: unknown) =>
  v === null || v === undefined ? '—' : formatPercent(data.locale, Number(v), 1);

export const toolkit = defineToolkit({
  id: 'provider',
  version: 1,
  title: { zh: '服务商评价', en: 'Service-provider evaluation' },
  description: {
    zh: '从服务商出发：服务商排行（服务品牌 MGI 与内容互动）、运营内容的 DAU/WAU/MAU 与粘性、各服务品牌的商家成长指数（行业内加权百分位）、层级迁移与品牌留存。示意定义。',
    en: 'Opened from a provider: the provider leaderboard (its brands’ MGI and content interaction), the DAU/WAU/MAU and stickiness of the content it runs, each managed brand’s merchant growth index (weighted percentiles within its industry), tier migrations and brand retention. Illustrative definitions.',
  },
  inputs,
  panels: [
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'provider.leaderboard',
        title: { zh: '服务商排行', en: 'Provider leaderboard' },
        description: {
          zh: '服务商分 = 服务品牌 MGI（GMV 加权）与运营内容互动率百分位的加权；所选服务商高亮。',
          en: 'Provider score = its brands’ GMV-weighted MGI and the percentile of its content’s interaction rate, weighted; the chosen provider highlighted.',
        },
        buildQuery: q.leaderboardSql,
        buildPlot: (_p, data) => plots.buildLeaderboardPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              provider: 'provider',
              score: 'score',
              mgi: 'mgi',
              interaction: 'interaction',
              brands: 'brands',
              gmv: 'gmv',
            },
            ['score', 'mgi', 'brands'],
            (r) => ({
              provider: r.name ?? null,
              score: round(r.score),
              mgi: round(r.mgi),
              interaction: pct(data, r.interaction_rate),
              brands: r.brands ?? 0,
              gmv: formatMetric(data.locale, r.gmv, 'money'),
            }),
          ),
        expectedColumns: () => [
          'sp_id',
          'name',
          'score',
          'mgi',
          'interaction_rate',
          'content_pct',
          'is_focus',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'provider.dau',
        title: { zh: '内容 DAU', en: 'Content DAU' },
        description: {
          zh: '服务商运营内容与其服务品牌内容的每日互动人数；WAU、MAU 与粘性见图注。',
          en: 'Daily engaged consumers of the content the provider runs and its brands’ content; WAU, MAU and stickiness in the caption.',
        },
        buildQuery: q.dauSql,
        buildPlot: (_p, data) => plots.buildDauPlot(data),
        buildTable: (_p, data) =>
          table(data, { day: 'day', dau: 'dau', dau7: 'dau7' }, ['dau', 'dau7'], (r) => ({
            day: r.day instanceof Date ? r.day.toISOString().slice(0, 10) : String(r.day),
            dau: r.dau ?? 0,
            dau7: round(r.dau7),
          })),
        expectedColumns: () => ['day', 'dau', 'dau7', 'wau', 'mau', 'stickiness'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'provider.brands',
        title: { zh: '服务品牌成长指数', en: 'Managed brands’ growth index' },
        description: {
          zh: '每个服务品牌的 MGI：七项指标在行业内百分位的加权（权重为输入）；表格含 GMV 同比与层级。',
          en: 'Each managed brand’s MGI: its seven components’ percentiles within its industry, weighted (the weights are inputs); the table adds GMV YoY and tiers.',
        },
        buildQuery: q.brandsSql,
        buildPlot: (p, data) => plots.buildBrandsPlot(data, p),
        buildTable: (_p, data) =>
          table(
            data,
            {
              brand: 'brand',
              industry: 'industry',
              gmv: 'gmv',
              yoy: 'gmvYoy',
              mgi: 'mgi',
              before: 'tierBefore',
              now: 'tierNow',
            },
            ['mgi'],
            (r) => ({
              brand: r.name ?? null,
              industry: r.industry ?? null,
              gmv: formatMetric(data.locale, r.gmv, 'money'),
              yoy: pct(data, r.gmv_yoy),
              mgi: round(r.mgi),
              before: labelOf(TIERS, r.tier_before, data.locale),
              now: labelOf(TIERS, r.tier, data.locale),
            }),
          ),
        expectedColumns: () => [
          'brand_id',
          'name',
          'mgi',
          'mgi_before',
          'r_gmv',
          'tier',
          'tier_before',
          'retained',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'provider.tiers',
        title: { zh: '层级迁移与品牌留存', en: 'Tier migrations and retention' },
        description: {
          zh: '服务品牌一年前与现在的商家层级（蓝星→千星→超级旗舰）。',
          en: 'The managed brands’ merchant tiers a year ago and now (Blue Star → Thousand Stars → Super flagship).',
        },
        buildQuery: q.brandsSql,
        buildPlot: (_p, data) => plots.buildTiersPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            { brand: 'brand', before: 'tierBefore', now: 'tierNow', retention: 'retention' },
            [],
            (r) => ({
              brand: r.name ?? null,
              before: labelOf(TIERS, r.tier_before, data.locale),
              now: labelOf(TIERS, r.tier, data.locale),
              retention: r.retained ? '✓' : '✗',
            }),
          ),
        expectedColumns: () => ['name', 'tier', 'tier_before', 'retained'],
      }),
    },
  ],
  alerts: [
    {
      id: 'mgi-drop',
      panel: 'provider.brands',
      message: {
        zh: '{value} 个服务品牌 MGI 下降 ≥ {threshold} 分：{detail}',
        en: '{value} managed brands’ MGI down ≥ {threshold} points: {detail}',
      },
      buildQuery: q.mgiDropAlertSql,
    },
    {
      id: 'brand-churn',
      panel: 'provider.tiers',
      message: {
        zh: '{value} 个服务品牌 GMV 同比下降 ≥ {threshold}%，有流失风险：{detail}',
        en: '{value} managed brands’ GMV down ≥ {threshold}% YoY, at risk of leaving: {detail}',
      },
      buildQuery: q.churnAlertSql,
    },
  ],
  definitions: PROVIDER_DEFINITIONS,
  invariants: [
    noRowWhere('active-users', 'provider.dau', 'dau > wau OR wau > mau OR dau < 0', {
      zh: '日活 ≤ 周活 ≤ 月活',
      en: 'Daily ≤ weekly ≤ monthly active users',
    }),
  ],
  requires: {
    service_providers: ['sp_id', 'name'],
    brands: ['brand_id', 'name', 'industry', 'sp_id', 'first_sale_day'],
    content: ['content_id', 'brand_id', 'sp_id', 'content_type'],
    events: ['consumer_id', 'brand_id', 'day_idx', 'event_type', 'content_id', 'watch_sec'],
    orders: [
      'order_id',
      'consumer_id',
      'brand_id',
      'day_idx',
      'dt',
      'status',
      'pay_amount',
      'content_id',
    ],
    order_items: ['order_id', 'product_id'],
    products: ['product_id', 'brand_id'],
    reviews: ['product_id', 'consumer_id', 'day_idx', 'rating', 'is_shared'],
    memberships: ['consumer_id', 'brand_id', 'join_day'],
  },
  gallery: {
    category: 'provider',
    pitch: {
      zh: '服务商自己的成绩单：不只看 GMV，还看内容 DAU、服务品牌成长指数、层级升级与留存。',
      en: 'A provider’s own report card: not GMV alone but content DAU, its brands’ growth index, tier upgrades and retention.',
    },
    hero: 0,
  },
  examples: [
    { name: { zh: '全链路服务商', en: 'The full-service provider' }, inputs: { provider: 1 } },
    {
      name: {
        zh: '内容营销服务商（内容权重 50%）',
        en: 'The content-marketing provider, content weight 50%',
      },
      inputs: { provider: 3, contentWeight: 50 },
    },
  ],
});
