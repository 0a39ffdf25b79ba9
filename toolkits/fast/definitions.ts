/** The fast toolkit's definitions sheet, worded from metrics.md (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const FAST_DEFINITIONS = [
  def(
    'F 可运营人群总量',
    'F (fertility)',
    'F(d) = |A∪I∪P∪L|(d)，即当天 AIPL 人数之和。',
    'F(d) = |A∪I∪P∪L|(d), the day’s AIPL total.',
    ['aDays', 'iDays', 'pDays', 'lDays'],
    'S8',
  ),
  def(
    'A 人群周加深率',
    'A (weekly deepening rate)',
    '严格口径：#{c : lvl(c,d) > lvl(c,d-7)，且 d-7 已在 AIPL 中} ÷ F(d-7)；含新进口径：分子也计入 d-7 不在 AIPL、d 进入的人。',
    'Strict: #{c : lvl(c,d) > lvl(c,d-7), already in AIPL on d-7} ÷ F(d-7); with entries: the numerator also counts consumers who entered AIPL from none.',
    [],
    null,
  ),
  def(
    'S 高价值人群',
    'S (superiority)',
    'S(d) = 截至 d 的品牌会员数。',
    'S(d) = brand members who joined by day d.',
    [],
    'S10, S11',
  ),
  def(
    'T 会员活跃率',
    'T (thriving)',
    'T(d) = 近 365 天有支付订单的会员 ÷ S(d)。',
    'T(d) = members with a paid order in [d-364, d] ÷ S(d).',
    [],
    null,
  ),
  def(
    '行业基准',
    'Category benchmark',
    '同行业（同一 industry）全部品牌的中位数、P25、P75。',
    'Median, P25 and P75 over every brand of the same industry.',
    [],
    null,
  ),
];
