/** Goods-analysis words in both languages (charts, tables, inputs). */
import type { Labels } from '../common/labels';

/** A/B/C/D grades (metrics.md §1.10, 生意参谋 品类罗盘 style). */
export const GRADES: Labels = {
  A: { zh: 'A 核心', en: 'A core' },
  B: { zh: 'B 潜力', en: 'B potential' },
  C: { zh: 'C 稳定', en: 'C steady' },
  D: { zh: 'D 长尾/滞销', en: 'D long tail / slow' },
};
export const GRADE_COLORS = {
  domain: ['A', 'B', 'C', 'D'],
  range: ['#e15759', '#f28e2b', '#4e79a7', '#9d9d9d'],
};

/** Traffic × conversion quadrants against the category median. */
export const QUADRANTS: Labels = {
  push: { zh: '高流量高转化：加推', en: 'High traffic, high conversion: push' },
  fix: { zh: '高流量低转化：改页面或价格', en: 'High traffic, low conversion: fix page or price' },
  potential: { zh: '低流量高转化：给流量', en: 'Low traffic, high conversion: give traffic' },
  tail: { zh: '低流量低转化：长尾', en: 'Low traffic, low conversion: long tail' },
};

export const FUNNEL_STAGES: Labels = {
  exposure: { zh: '曝光', en: 'Exposure' },
  click: { zh: '点击', en: 'Click' },
  pdp: { zh: '商品详情页', en: 'Product page' },
  favcart: { zh: '收藏加购', en: 'Favourite / cart' },
  buy: { zh: '购买', en: 'Purchase' },
};

/** The funnel's rates, named by the stage they end at (metrics.md §1.10). */
export const FUNNEL_RATES: Labels = {
  click: { zh: '点击率（点击 ÷ 曝光）', en: 'CTR (click ÷ exposure)' },
  favcart: { zh: '收加率（÷ 详情页）', en: 'Fav/cart rate (÷ product page)' },
  buy: { zh: '转化率（购买 ÷ 详情页）', en: 'Conversion (buyers ÷ product page)' },
};

export const PRICE_BANDS: Labels = {
  '1': { zh: '低', en: 'Low' },
  '2': { zh: '中低', en: 'Mid-low' },
  '3': { zh: '中', en: 'Mid' },
  '4': { zh: '中高', en: 'Mid-high' },
  '5': { zh: '高', en: 'High' },
};

export const WORDS = {
  sku: { zh: '商品', en: 'SKU' },
  category: { zh: '类目', en: 'Category' },
  exposure: { zh: '曝光人数', en: 'Exposure UV' },
  click: { zh: '点击人数', en: 'Click UV' },
  ctr: { zh: '点击率', en: 'CTR' },
  pdp: { zh: '详情页人数', en: 'Product-page UV' },
  favcart: { zh: '收藏加购人数', en: 'Favourite / cart UV' },
  favcartRate: { zh: '收加率', en: 'Fav / cart rate' },
  buyers: { zh: '买家', en: 'Buyers' },
  conversion: { zh: '转化率', en: 'Conversion' },
  gmv: { zh: 'GMV', en: 'GMV' },
  units: { zh: '件数', en: 'Units' },
  price: { zh: '件均价', en: 'Average price' },
  repurchase: { zh: '复购率', en: 'Repurchase rate' },
  positive: { zh: '好评率', en: 'Positive reviews' },
  refund: { zh: '退款率', en: 'Refund rate' },
  grade: { zh: '等级', en: 'Grade' },
  before: { zh: '上一窗口等级', en: 'Grade before' },
  growth: { zh: 'GMV 增长', en: 'GMV growth' },
  quadrant: { zh: '流量 × 转化象限', en: 'Traffic × conversion quadrant' },
  trafficRel: { zh: '流量 ÷ 类目中位数', en: 'Traffic ÷ category median' },
  conversionRel: { zh: '转化率 ÷ 类目中位数', en: 'Conversion ÷ category median' },
  band: { zh: '价格带', en: 'Price band' },
  brandShare: { zh: '本品牌 GMV 占比', en: 'Brand GMV share' },
  categoryShare: { zh: '类目 GMV 占比', en: 'Category GMV share' },
  brand: { zh: '本品牌', en: 'Brand' },
  categoryAll: { zh: '类目（全部品牌）', en: 'Category (all brands)' },
  launch: { zh: '上新日', en: 'Launch day' },
  daysSince: { zh: '上新后天数', en: 'Days since launch' },
  cumGmv: { zh: '累计 GMV', en: 'Cumulative GMV' },
  lastSale: { zh: '最近售出', en: 'Last sale' },
  idle: { zh: '未售出天数', en: 'Days without a sale' },
  gmvBefore: { zh: '上一窗口 GMV', en: 'GMV, window before' },
  skus: { zh: 'SKU 数', en: 'SKUs' },
  gmvShare: { zh: 'GMV 占比', en: 'GMV share' },
  stage: { zh: '环节', en: 'Stage' },
  stepRate: { zh: '环节转化率', en: 'Step rate' },
  categoryRate: { zh: '类目环节转化率', en: 'Category step rate' },
  observed: { zh: '已观察天数', en: 'Days observed' },
} as const;
