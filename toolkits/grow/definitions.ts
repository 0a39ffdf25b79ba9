/** The grow toolkit's definitions sheet, worded from metrics.md (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const GROW_DEFINITIONS = [
  def(
    'GROW（LMDI 分解）',
    'GROW (LMDI decomposition)',
    'GMV = 买家数 × 频次 × 每次花费；频次 = 购买场次（消费者×天）÷ 买家；Lm = (GMV1−GMV0)/(ln GMV1 − ln GMV0)（相等时取 GMV0）；G = Lm·ln(B1/B0)，R = Lm·ln(F1/F0)，O = Lm·ln(S1/S0)，G+R+O = ΔGMV（精确）。',
    'GMV = buyers × frequency × spend per occasion; frequency = occasions (consumer × day) ÷ buyers; Lm = (GMV1−GMV0)/(ln GMV1 − ln GMV0) (GMV0 when equal); G = Lm·ln(B1/B0), R = Lm·ln(F1/F0), O = Lm·ln(S1/S0); G+R+O = ΔGMV exactly.',
    ['periodDays'],
    null,
  ),
  def(
    'W 延展力',
    'W (extension)',
    '本期 GMV 中来自上期品牌未售卖类目的部分（订单明细 件数×成交价）。',
    'Period-1 GMV (order items, qty × unit price) from categories the brand did not sell in period 0.',
    ['periodDays'],
    null,
  ),
  def(
    'W 新品力',
    'W (new products)',
    '本期 GMV 中来自上新 ≤ N 天商品的部分；附：新品买家中的品牌新客占比。',
    'Period-1 GMV from SKUs launched within N days; plus the share of new-product buyers who are new to the brand.',
    ['newProductDays'],
    null,
  ),
  def(
    '新客 / 老客',
    'New / old customers',
    '每一期各按自己的历史判定：该期开始前 N 天内未购买本品牌的买家为新客，否则为老客。期初前的数据不足 N 天时，图中注明：上一期的新客会偏多。',
    'Each period is judged against its own history: a buyer with no purchase of the brand in the N days before the period starts is new, otherwise old. When the data holds fewer than N days before period 0, the chart says so: period 0’s new customers are then overstated.',
    ['newLookbackDays'],
    null,
  ),
];
