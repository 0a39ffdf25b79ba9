/**
 * Definitions several toolkits share (each toolkit keeps its own in its folder), worded from metrics.md. `source` is the
 * public source label there; null marks the lab's own operationalization ("illustrative").
 */
import type { MetricDefinition } from '../../src/panel/toolkit';

/** One definition row; `params` are the toolkit inputs it depends on (typed by their names). */
export const defineMetric = <Name extends string>(
  zhName: string,
  enName: string,
  zhFormula: string,
  enFormula: string,
  params: readonly Name[],
  source: string | null,
): MetricDefinition<Name> => ({
  name: { zh: zhName, en: enName },
  formula: { zh: zhFormula, en: enFormula },
  params,
  source,
});

/** The AIPL stage definition, shared by every toolkit built on the stages. */
export const AIPL_DEFINITIONS = [
  defineMetric(
    'AIPL 阶段',
    'AIPL stage',
    '每个消费者对每个品牌每天一个阶段，优先级 L>P>I>A。A：窗口内有曝光、内容浏览或类目搜索；I：窗口内有点击、浏览详情、品牌搜索、收藏、加购、关注、入会、试用、互动等主动行为；P：P 窗口内有支付订单（含后续退款）；L：近 365 天购买天数 ≥ 阈值，或（可选）购买者近 365 天有好评（≥4 星）或分享。窗口含两端（15 天 = [d-14, d]）。',
    'One stage per consumer and brand per day, priority L>P>I>A. A: an exposure, content view or category search in the A window; I: an active behaviour (click, product page, brand search, favourite, cart, follow, join, trial, interaction…) in the I window; P: a paid order (refunds included) in the P window; L: purchase days in the last 365 days ≥ the threshold or, optionally, a purchaser’s positive review (≥4★) or share in 365 days. Windows include both ends (15 days = [d-14, d]).',
    ['aDays', 'iDays', 'pDays', 'lDays', 'advocacy'],
    'S1, S2, S8',
  ),
];
