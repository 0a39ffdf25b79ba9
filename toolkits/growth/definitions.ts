/** The growth toolkit's definitions sheet, worded from metrics.md (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const GMV_DEFINITIONS = [
  def(
    'GMV / 净 GMV',
    'GMV / net GMV',
    'GMV = 已支付订单（含后续退款）的支付金额之和；净 GMV = GMV − 退款金额。',
    'GMV = Σ paid amount of paid orders, refunds included; net GMV = GMV − refunds.',
    ['windowDays'],
    'S17',
  ),
  def(
    '买家数、客单价、ARPPU',
    'Buyers, AOV, ARPPU',
    '买家 = 有 GMV 订单的去重消费者；AOV = GMV ÷ 订单数；ARPPU = GMV ÷ 买家数。',
    'Buyers = distinct consumers with a GMV order; AOV = GMV ÷ orders; ARPPU = GMV ÷ buyers.',
    ['windowDays'],
    'S17',
  ),
  def(
    '新客占比',
    'New-customer share',
    '新客 = 首次购买本品牌发生在本期内的买家；新客占比 = 新客 ÷ 买家。',
    'New customer = a buyer whose first purchase of the brand falls in the period; share = new ÷ buyers.',
    ['windowDays'],
    null,
  ),
  def(
    '店铺层级',
    'Store tier',
    '近 30 天支付 GMV 在同行业品牌中的排名：第 7 层 = 前 1%，第 6 层 = 其后 4%（S21）；第 5–1 层 = 其后 10%、15%、20%、25%、其余（示意）。百分位 = GMV 不高于本品牌的品牌占比。',
    'Rank of trailing-30-day paid GMV among the industry’s brands: layer 7 = top 1%, layer 6 = next 4% (S21); layers 5–1 = next 10%, 15%, 20%, 25%, rest (illustrative). Percentile = share of brands with GMV ≤ the brand’s.',
    [],
    'S21',
  ),
  def(
    '商家分层',
    'Merchant tier',
    '数据集中的 merchant_tier（示意规则：近 365 天 GMV 前 10% 超级旗舰、其后 30% 千星、其余蓝星）。',
    'The dataset’s merchant_tier (illustrative rule: top 10% by trailing-365-day GMV 超级旗舰, next 30% 千星, rest 蓝星).',
    [],
    null,
  ),
];
