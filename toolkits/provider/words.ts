/** Service-provider evaluation words in both languages. */
import type { Labels } from '../common/labels';

/** The MGI components (metrics.md §1.16), by their column stem. */
export const COMPONENTS: Labels = {
  gmv: { zh: 'GMV 同比', en: 'GMV YoY' },
  new: { zh: '新客增长', en: 'New customers' },
  f: { zh: 'ΔF', en: 'ΔF' },
  deepen: { zh: '周加深率', en: 'Weekly deepening' },
  repurchase: { zh: 'Δ复购率', en: 'Δrepurchase' },
  t: { zh: '会员活跃率', en: 'Member activity' },
  content: { zh: '内容成交占比', en: 'Content GMV share' },
};
export const COMPONENT_KEYS = ['gmv', 'new', 'f', 'deepen', 'repurchase', 't', 'content'] as const;

export const TIERS: Labels = {
  超级旗舰: { zh: '超级旗舰', en: 'Super flagship' },
  千星: { zh: '千星', en: 'Thousand Stars' },
  蓝星: { zh: '蓝星', en: 'Blue Star' },
};
export const TIER_ORDER = ['蓝星', '千星', '超级旗舰'];

export const WORDS = {
  provider: { zh: '服务商', en: 'Service provider' },
  score: { zh: '服务商分', en: 'Provider score' },
  mgi: { zh: 'MGI（GMV 加权）', en: 'MGI (GMV-weighted)' },
  interaction: { zh: '内容互动率', en: 'Content interaction rate' },
  contentPct: { zh: '内容互动百分位', en: 'Content interaction percentile' },
  brands: { zh: '服务品牌数', en: 'Managed brands' },
  gmv: { zh: 'GMV', en: 'GMV' },
  gmvYoy: { zh: 'GMV 同比', en: 'GMV YoY' },
  dau: { zh: '内容 DAU', en: 'Content DAU' },
  dau7: { zh: 'DAU 7 日均', en: 'DAU, 7-day mean' },
  wau: { zh: 'WAU', en: 'WAU' },
  mau: { zh: 'MAU', en: 'MAU' },
  stickiness: { zh: '粘性 DAU/MAU', en: 'Stickiness DAU/MAU' },
  brand: { zh: '品牌', en: 'Brand' },
  industry: { zh: '行业', en: 'Industry' },
  tierNow: { zh: '现在层级', en: 'Tier now' },
  tierBefore: { zh: '一年前层级', en: 'Tier a year ago' },
  retention: { zh: '品牌留存', en: 'Brand retention' },
  contribution: { zh: 'MGI 贡献（加权百分位）', en: 'MGI contribution (weighted percentile)' },
  day: { zh: '日期', en: 'Day' },
  yearAgo: { zh: '一年前', en: 'A year ago' },
  now: { zh: '现在', en: 'Now' },
} as const;
