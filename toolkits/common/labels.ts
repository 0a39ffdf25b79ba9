/**
 * What the toolkits' result codes read as in a chart: the SQL returns language-free codes
 * (`upgrade`, `current`, `vip`…) and a chart shows them in the user's language, from here.
 */
import type { Localized, PlotData } from '../../src/panel/contract';
import { pick } from '../../src/panel/sql';

export type Labels = Record<string, Localized>;

export const FLOW_MOVES: Labels = {
  stay: { zh: '留存', en: 'Stayed' },
  upgrade: { zh: '升级', en: 'Upgraded' },
  downgrade: { zh: '降级', en: 'Downgraded' },
  churn: { zh: '流失', en: 'Churned' },
  entry: { zh: '新进', en: 'Entered' },
};

export const PERIODS: Labels = {
  previous: { zh: '上期', en: 'Previous period' },
  current: { zh: '本期', en: 'This period' },
};

export const CUSTOMERS: Labels = {
  new: { zh: '新客', en: 'New customers' },
  old: { zh: '老客', en: 'Returning customers' },
};

/** The GROW waterfall's steps. */
export const GROW_STEPS: Labels = {
  GMV0: { zh: '上期 GMV', en: 'GMV, period 0' },
  G: { zh: 'G 渗透力', en: 'G penetration' },
  R: { zh: 'R 复购力', en: 'R frequency' },
  O: { zh: 'O 价格力', en: 'O price' },
  GMV1: { zh: '本期 GMV', en: 'GMV, period 1' },
  W_extension: { zh: 'W 延展力', en: 'W extension' },
  W_new_product: { zh: 'W 新品力', en: 'W new products' },
};

export const SERIES: Labels = {
  brand: { zh: '本品牌', en: 'Brand' },
  median: { zh: '行业中位', en: 'Category median' },
};

/** The eight strategic crowds (metrics.md §1.7): the data holds their Chinese names. */
export const CROWDS: Labels = {
  精致妈妈: { zh: '精致妈妈', en: 'Sophisticated mums' },
  Z世代: { zh: 'Z世代', en: 'Gen Z' },
  小镇青年: { zh: '小镇青年', en: 'Small-town youth' },
  小镇中老年: { zh: '小镇中老年', en: 'Small-town seniors' },
  都市银发: { zh: '都市银发', en: 'Urban silver' },
  资深中产: { zh: '资深中产', en: 'Established middle class' },
  新锐白领: { zh: '新锐白领', en: 'Young white-collar' },
  都市蓝领: { zh: '都市蓝领', en: 'Urban blue-collar' },
  其他: { zh: '其他', en: 'Other' },
};

/** Content types (the content table's codes). */
export const CONTENT_TYPES: Labels = {
  livestream: { zh: '直播', en: 'Livestream' },
  short_video: { zh: '短视频', en: 'Short video' },
  guangguang: { zh: '逛逛', en: 'Guangguang' },
  graphic: { zh: '图文', en: 'Graphic post' },
};

/** Profile attributes and their values (`F`, `tier1-3`, `vip`…). */
export const ATTRIBUTES: Labels = {
  crowd: { zh: '人群', en: 'Crowd' },
  gender: { zh: '性别', en: 'Gender' },
  age: { zh: '年龄', en: 'Age' },
  city: { zh: '城市', en: 'City' },
  '88vip': { zh: '88VIP', en: '88VIP' },
};
export const ATTRIBUTE_VALUES: Labels = {
  ...CROWDS,
  F: { zh: '女', en: 'Female' },
  M: { zh: '男', en: 'Male' },
  'tier1-3': { zh: '一至三线', en: 'Tier 1–3 cities' },
  'tier4+': { zh: '四线及以下', en: 'Tier 4+ cities' },
  vip: { zh: '会员', en: 'Member' },
  'non-vip': { zh: '非会员', en: 'Not a member' },
  '': { zh: '未知', en: 'Unknown' },
};

/** A code as the user reads it (a code with no label is shown as it is). */
export function labelOf(labels: Labels, code: unknown, locale: PlotData['locale']): string {
  const text = labels[code === null || code === undefined ? '' : String(code)];
  return text ? pick(text, locale) : String(code);
}

/** A colour or position domain of codes, in the user's language, in the same order. */
export const labelsOf = (labels: Labels, codes: readonly string[], locale: PlotData['locale']) =>
  codes.map((c) => labelOf(labels, c, locale));
