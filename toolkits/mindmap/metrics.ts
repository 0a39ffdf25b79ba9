/**
 * The mind map's pillars and sub-metrics (metrics.md §2.1), in display order: codes the SQL
 * returns, names in both languages, and how each value reads (formatMetric's kinds).
 */
import type { Localized } from '../../src/panel/contract';
import type { MetricKind } from '../../src/i18n/format';

export const PILLARS = ['innovation', 'communication', 'value'] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_NAMES: Record<Pillar, Localized> = {
  innovation: { zh: '创新', en: 'Innovation' },
  communication: { zh: '沟通', en: 'Communication' },
  value: { zh: '价值', en: 'Value' },
};

export interface SubMetric {
  code: string;
  pillar: Pillar;
  name: Localized;
  kind: MetricKind;
  /** One line of the definitions sheet, for the drill-down table. */
  definition: Localized;
}

/** The one-line definitions (the sheet in definitions.ts has the full wording). */
const DEFINITIONS: Record<string, Localized> = {
  new_gmv: {
    zh: '窗口内上市 ≤180 天新品的 GMV ÷ 品牌 GMV',
    en: 'GMV of products launched ≤ 180 days ago ÷ the brand’s GMV, in the window',
  },
  new_count: {
    zh: '100 × 上市 ≤180 天的 SKU ÷ 已上市 SKU',
    en: '100 × SKUs launched ≤ 180 days ago ÷ SKUs launched',
  },
  new_buyers: {
    zh: '新品买家中，窗口前 365 天未买过本品牌者的占比',
    en: 'Share of new-product buyers with no purchase of the brand in the 365 days before the window',
  },
  hit_rate: {
    zh: '近一年上市且满 90 天的新品中爆品的比例（批次相对口径）',
    en: 'Hits among last year’s launches with 90 days observed (cohort-relative)',
  },
  reach: {
    zh: '品牌 A 或 I 阶段人数 ÷ 行业 A 或 I 阶段去重人数',
    en: 'The brand’s A or I consumers ÷ distinct A or I consumers of the industry',
  },
  mind_share: {
    zh: '品牌 I + L 人数 ÷ 行业各品牌 I + L 之和',
    en: 'The brand’s I + L ÷ the industry brands’ I + L',
  },
  engagement: {
    zh: '对品牌内容点赞/评论/分享的人数 ÷ 浏览人数',
    en: 'Consumers who liked, commented on or shared the brand’s content ÷ viewers',
  },
  search_share: {
    zh: '品牌搜索人数 ÷ 行业各品牌品牌搜索人数之和',
    en: 'The brand’s search UV ÷ the industry brands’',
  },
  deepening: { zh: 'FAST 周加深率（严格口径）', en: 'FAST weekly deepening rate (strict)' },
  premium: {
    zh: '品牌成交单价 ÷ 同类目同价格带平均成交单价（按件数加权）',
    en: 'Brand unit price ÷ the category and price band’s average, quantity-weighted',
  },
  wallet: {
    zh: '品牌 365 天买家在本品牌的 GMV ÷ 其在全行业的 GMV',
    en: 'GMV of the brand’s 365-day buyers at the brand ÷ their industry GMV',
  },
  positive: { zh: '≥4 星评价 ÷ 评价数', en: '≥ 4★ reviews ÷ reviews' },
  repurchase: {
    zh: '365 天内购买 ≥2 天的买家 ÷ 买家',
    en: 'Buyers with ≥ 2 purchase days in 365 days ÷ buyers',
  },
  vip_tgi: {
    zh: '品牌买家 88VIP 占比 ÷ 行业买家 88VIP 占比 × 100',
    en: '88VIP share of the brand’s buyers ÷ the industry’s × 100',
  },
};

const m = (code: string, pillar: Pillar, zh: string, en: string, kind: MetricKind): SubMetric => ({
  code,
  pillar,
  name: { zh, en },
  kind,
  definition: DEFINITIONS[code] ?? { zh: '', en: '' },
});

export const METRICS: readonly SubMetric[] = [
  m('new_gmv', 'innovation', '新品 GMV 占比', 'New-product GMV share', 'share'),
  m('new_count', 'innovation', '每百 SKU 新品数', 'New SKUs per 100', 'ratio'),
  m(
    'new_buyers',
    'innovation',
    '新品买家中品牌新客占比',
    'New-to-brand share of new-product buyers',
    'share',
  ),
  m('hit_rate', 'innovation', '爆品成功率', 'Hit success rate', 'share'),
  m('reach', 'communication', 'A+I 触达占比', 'A+I reach share', 'share'),
  m('mind_share', 'communication', '心智份额', 'Mind share', 'share'),
  m('engagement', 'communication', '内容互动率', 'Content engagement rate', 'share'),
  m('search_share', 'communication', '品牌搜索 UV 占比', 'Brand-search UV share', 'share'),
  m('deepening', 'communication', '周加深率', 'Weekly deepening rate', 'share'),
  m('premium', 'value', '同价格带溢价', 'Price premium in its band', 'ratio'),
  m('wallet', 'value', '钱包份额', 'Wallet share', 'share'),
  m('positive', 'value', '好评率', 'Positive-review rate', 'share'),
  m('repurchase', 'value', '365 天复购率', '365-day repurchase rate', 'share'),
  m('vip_tgi', 'value', '88VIP TGI', '88VIP TGI', 'count'),
];

export const METRIC_BY_CODE: ReadonlyMap<string, SubMetric> = new Map(
  METRICS.map((x) => [x.code, x]),
);
