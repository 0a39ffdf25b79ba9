/** RFM and cohort definitions, worded from metrics.md §1.13 and §1.14 (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const RFM_DEFINITIONS = [
  def(
    'R、F、M',
    'R, F, M',
    '窗口（默认 365 天）内品牌每位买家：R = 分析日 − 最近购买日；F = 购买天数；M = 支付金额之和（含后续退款）。',
    'For each of the brand’s buyers in the window (365 days by default): R = as-of day − last purchase day; F = purchase days; M = paid amount (refunds included).',
    ['days'],
    'S20',
  ),
  def(
    '八类 RFM 客户',
    'Eight RFM types',
    '与全体买家均值比较（Quick Audience 方式）：M 高于均值为“重要”，否则“一般”；R 低于均值（更近）且 F 高于均值为“价值”，仅 R 为“发展”，仅 F 为“保持”，都不为“挽留”。',
    'Each against the mean of all buyers (as Quick Audience does): M above the mean is “important”, else “general”; R below the mean (more recent) and F above it is “value”, R only “develop”, F only “keep”, neither “win back”.',
    ['days'],
    'S20',
  ),
  def(
    '首购同期群留存',
    'First-purchase cohort retention',
    '同期群 = 消费者首次购买本品牌的月份；留存(k) = 同期群中第 k 个月有购买的人数 ÷ 同期群人数；金额留存(k) = 第 k 个月 GMV ÷ 第 0 个月 GMV。数据从 2024-11 起，较早月份的“首购”可能是老客回购。',
    'Cohort = the month of the consumer’s first purchase of the brand; retention(k) = cohort members buying in month k ÷ cohort size; revenue retention(k) = GMV in month k ÷ GMV in month 0. The data start in 2024-11, so an early month’s “first” purchase may be a returning customer’s.',
    ['cohorts'],
    'S19',
  ),
  def(
    '365 天复购率与类目周期',
    '365-day repurchase rate and category cycle',
    '复购率 = 窗口内购买天数 ≥ 2 的买家 ÷ 买家（按类目，本品牌与类目全部品牌）；中位复购间隔 = 本品牌同一买家相邻两次购买日之差的中位数；类目周期取 categories.repurchase_cycle_days。',
    'Repurchase rate = buyers with ≥ 2 purchase days in the window ÷ buyers (per category, the brand and every brand of the category); median gap = the median days between a buyer’s consecutive purchase days of the brand; the category cycle is categories.repurchase_cycle_days.',
    ['days'],
    'S19',
  ),
  def(
    '预警：重要保持/挽留增长',
    'Alert: important keep / win-back growing',
    '分析日与「回看天数」前各算一次 RFM 类型（各用当时的均值），重要保持 + 重要挽留人数增长 ≥「增长 %」即预警。',
    'RFM types computed on the as-of day and “look-back days” earlier (each against its own means); fires when important-keep plus important-win-back consumers grew by ≥ “growth %”.',
    ['days', 'lookback', 'growthPct'],
    null,
  ),
];
