/** RFM and cohort words in both languages (charts, tables, inputs). */
import type { Labels } from '../common/labels';

/** The eight RFM types (metrics.md §1.13, Quick Audience's names): `<M class>-<R/F class>`. */
export const RFM_TYPES: Labels = {
  'high-value': { zh: '重要价值', en: 'Important: value' },
  'high-develop': { zh: '重要发展', en: 'Important: develop' },
  'high-keep': { zh: '重要保持', en: 'Important: keep' },
  'high-retain': { zh: '重要挽留', en: 'Important: win back' },
  'low-value': { zh: '一般价值', en: 'General: value' },
  'low-develop': { zh: '一般发展', en: 'General: develop' },
  'low-keep': { zh: '一般保持', en: 'General: keep' },
  'low-retain': { zh: '一般挽留', en: 'General: win back' },
};

/** The type grid: columns by recency and frequency against the mean, rows by spend. */
export const RF_CLASSES: Labels = {
  value: { zh: '近且频（价值）', en: 'Recent & frequent (value)' },
  develop: { zh: '仅近（发展）', en: 'Recent only (develop)' },
  keep: { zh: '仅频（保持）', en: 'Frequent only (keep)' },
  retain: { zh: '都不（挽留）', en: 'Neither (win back)' },
};
export const M_CLASSES: Labels = {
  high: { zh: '重要（M 高于均值）', en: 'Important (M above mean)' },
  low: { zh: '一般（M 不高于均值）', en: 'General (M at or below mean)' },
};

export const WORDS = {
  consumers: { zh: '人数', en: 'Consumers' },
  gmvShare: { zh: 'GMV 占比', en: 'GMV share' },
  r: { zh: '平均 R（距今天数）', en: 'Mean R (days since)' },
  f: { zh: '平均 F（购买天数）', en: 'Mean F (purchase days)' },
  m: { zh: '平均 M（消费额）', en: 'Mean M (spend)' },
  type: { zh: 'RFM 类型', en: 'RFM type' },
  cohort: { zh: '首购月', en: 'First-purchase month' },
  size: { zh: '人数', en: 'Size' },
  monthK: { zh: '第 k 个月', en: 'Month k' },
  category: { zh: '类目', en: 'Category' },
  brandRate: { zh: '本品牌复购率', en: 'Brand repurchase rate' },
  categoryRate: { zh: '类目复购率', en: 'Category repurchase rate' },
  cycle: { zh: '类目复购周期（天）', en: 'Category cycle (days)' },
  gap: { zh: '本品牌中位复购间隔（天）', en: 'Brand median gap (days)' },
  buyers: { zh: '买家', en: 'Buyers' },
  consumer: { zh: '消费者 ID', en: 'Consumer ID' },
  crowd: { zh: '人群', en: 'Crowd' },
  recency: { zh: 'R：距最近购买天数', en: 'R: days since the last purchase' },
  spend: { zh: 'M：消费额', en: 'M: spend' },
  purchaseDays: { zh: 'F：购买天数', en: 'F: purchase days' },
} as const;
