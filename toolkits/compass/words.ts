/** The compass's words in both languages (charts, tables, captions). */
import type { Localized } from '../../src/panel/contract';
import type { Labels } from '../common/labels';

export const WORDS = {
  demandGrowth: {
    zh: '品类搜索人数增长（近 90 天 vs 前 90 天）',
    en: 'Category-search UV growth (last 90 d vs the 90 before)',
  },
  gap: { zh: '供需缺口（I 阶段人数 ÷ 动销 SKU）', en: 'Gap (I-stage UV ÷ active SKUs)' },
  cell: { zh: '类目 · 价格带', en: 'Category · price band' },
  crowd: { zh: '高 TGI 人群', en: 'Top-TGI crowd' },
  demand: { zh: '需求（I 阶段人数）', en: 'Demand (I-stage UV)' },
  supply: { zh: '供给（动销 SKU）', en: 'Supply (active SKUs)' },
  noModel: {
    zh: '已满 90 天的新品中爆品或非爆品太少，无法拟合模型。',
    en: 'Too few hits or non-hits among launches with 90 days observed to fit a model.',
  },
  tooFew: {
    zh: '⚠ 样本不足（少于 150 个新品或 10 个爆品），系数与概率仅供参考',
    en: '⚠ Too few to trust (under 150 launches or 10 hits): read coefficients and probabilities as indicative',
  },
  bins: { zh: '分组实际爆品率', en: 'Observed rate by bin' },
  isotonic: { zh: '保序校准', en: 'Isotonic calibration' },
  platt: { zh: 'Platt 校准', en: 'Platt scaling' },
  predicted: { zh: '模型预测爆品概率（留出）', en: 'Predicted P(hit), held out' },
  observed: { zh: '实际爆品率', en: 'Observed hit rate' },
  launches: { zh: '新品数', en: 'Launches' },
  hits: { zh: '爆品数', en: 'Hits' },
  launch: { zh: '新品', en: 'Launch' },
  daysSinceLaunch: { zh: '上新后天数', en: 'Days since launch' },
  cumBuyers: { zh: '累计支付买家数', en: 'Cumulative paying buyers' },
  hitRate: { zh: '爆品成功率', en: 'Hit success rate' },
  successCaption: {
    zh: '橙色条：本品牌；深色刻度：同行业同切片的成功率（品牌行为各品牌对比行业整体）。',
    en: 'Orange bars: the brand; dark ticks: the industry’s rate in the same slice (brand rows: each brand against the industry).',
  },
} satisfies Record<string, Localized>;

export const BANDS: Labels = {
  '1': { zh: '低价带', en: 'Low band' },
  '2': { zh: '中低价带', en: 'Mid-low band' },
  '3': { zh: '中价带', en: 'Mid band' },
  '4': { zh: '中高价带', en: 'Mid-high band' },
  '5': { zh: '高价带', en: 'High band' },
};

export const DIMENSIONS: Labels = {
  quarter: { zh: '上市季度', en: 'Launch quarter' },
  band: { zh: '价格带', en: 'Price band' },
  crowd: { zh: '人群侧重', en: 'Crowd focus' },
  brand: { zh: '品牌', en: 'Brand' },
};

export const LIGHTS: Labels = {
  green: { zh: '绿灯', en: 'Green' },
  amber: { zh: '黄灯', en: 'Amber' },
  red: { zh: '红灯', en: 'Red' },
};

export const FEATURE_NAMES: Labels = {
  intercept: { zh: '截距', en: 'Intercept' },
  ctr: { zh: '点击率（CTR）', en: 'Click-through rate' },
  fav_cart: { zh: '收加率', en: 'Favourite + cart rate' },
  conversion: { zh: '支付转化率', en: 'Conversion rate' },
  target_share: { zh: '目标人群买家占比', en: 'Target-crowd buyer share' },
  price_vs_category: { zh: '价格相对类目（对数）', en: 'Price vs category (log)' },
  engagement: { zh: '内容互动率', en: 'Content engagement rate' },
  new_share: { zh: '品牌新客买家占比', en: 'New-to-brand buyer share' },
};
