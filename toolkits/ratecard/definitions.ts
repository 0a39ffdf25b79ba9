/** Exchange-rate card definitions, worded from metrics.md §2.3 and §1.1 (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const RATE_DEFINITIONS = [
  def(
    '月末阶段（人群包快照）',
    'Month-end stage (crowd-pack snapshot)',
    '每月最后一天每个消费者对品牌一个阶段，L>P>I>A：A、I 取自月末 AIPL 人群包（aipl_monthly）；P = 近 730 天有支付订单；L = 近 365 天购买天数 ≥ 2。',
    'One stage per consumer and brand on each month’s last day, L>P>I>A: A and I from the month-end AIPL crowd packs (aipl_monthly); P = a paid order in the last 730 days; L = at least two purchase days in the last 365.',
    [],
    'S1, S8',
  ),
  def(
    'AIPL 汇率（转化率与人均 GMV）',
    'AIPL exchange rate (conversion and GMV per head)',
    '月末快照 d0 处于阶段 s 的消费者，之后 X 个月（X = 1、3、6、12）：转化率 = 其中购买过的人数 ÷ N_s(d0)；汇率 = 这 X 个月他们支付的 GMV ÷ N_s(d0)。取最近若干个完整观察 X 个月的快照的均值与标准差；按人群同样计算。',
    'Consumers in stage s at month end d0, over the next X months (X = 1, 3, 6, 12): conversion = those who bought ÷ N_s(d0); exchange rate = the GMV they paid in those months ÷ N_s(d0). Mean and standard deviation over the latest snapshots with all X months observed; the same by crowd.',
    ['snapshots'],
    null,
  ),
  def(
    '简单预测',
    'Simple forecast',
    '第 k 个月 GMV = Σ_s 起点各阶段人数 × 阶段 s 在快照后第 k 个月的人均 GMV（最近 12 个快照均值）+ 快照时不在任何阶段的消费者在第 k 个月的 GMV（均值）。',
    'GMV of month k = Σ_s heads in stage s at the origin × stage s’s GMV per head in the k-th month after a snapshot (mean of the last 12 snapshots) + the GMV, k months on, of consumers in no stage at the snapshot (mean).',
    ['seasonal'],
    null,
  ),
  def(
    '马尔可夫预测与区间',
    'Markov forecast and band',
    '月度转移矩阵 P（{无, A, I, P, L}）由起点前 12 个月的流转表汇总；n_{t+1} = n_t·P + 新进人数（均值）；GMV_t = Σ_s n_{t,s} × 下月人均 GMV + 无阶段消费者 GMV。按起点月实付与模型一步拟合之比校准水平；区间 = 对 12 个月度矩阵有放回重抽 200 次的 10%–90% 分位（种子固定）。',
    'Monthly matrix P over {none, A, I, P, L} pooled from the flow tables of the 12 months before the origin; n_{t+1} = n_t·P + newcomers (mean); GMV_t = Σ_s n_{t,s} × next-month GMV per head + the GMV of consumers in no stage. The level is calibrated by the origin month’s paid GMV over the model’s one-step fit; band = 10th–90th percentile of 200 resamples (with replacement) of the 12 monthly matrices (fixed seed).',
    ['seasonal'],
    null,
  ),
  def(
    '季节指数',
    'Seasonal index',
    '起点前 12 个月每月 GMV ÷ 这 12 个月的线性趋势值（去除增长），再归一到均值 1；预测月乘以去年同月的指数。不足 12 个完整月时不调整。',
    'Each of the 12 months to the origin: GMV ÷ the year’s straight-line trend (growth removed), normalised to mean 1; a forecast month is multiplied by the index of the same month last year. Not applied with fewer than 12 complete months.',
    ['seasonal'],
    null,
  ),
  def(
    '回测',
    'Backtest',
    '在过去每个有 ≥6 个月流转的月末作为起点预测，与 1、3、6、12 个月后实际月 GMV 对比：MAPE = 平均 |预测−实际| ÷ 实际；偏差 = 平均 (预测−实际) ÷ 实际。朴素基准：上月 GMV；去年同月 GMV。同行业每个品牌各算一遍。',
    'Forecasts made at every past month end with ≥ 6 months of flows, against the actual GMV of the month 1, 3, 6 and 12 months on: MAPE = mean |forecast − actual| ÷ actual; bias = mean (forecast − actual) ÷ actual. Naive baselines: last month’s GMV; the same month last year. Every brand of the industry.',
    ['seasonal'],
    null,
  ),
  def(
    '预警',
    'Early warnings',
    '缺口：未来「缺口月数」个月 Σ目标 − Σ马尔可夫预测 > 目标的「缺口 %」；蓄水池：A 或 I 人数较上月下降 ≥「蓄水池 %」；转化：I 的 3 个月转化率低于其前 6 个快照均值「σ 数」个标准差以上。',
    'Gap: Σ target − Σ Markov forecast over the next “months of the gap” > “gap %” of the target; pool: the A or I pool down ≥ “pool %” on the month; conversion: I’s 3-month conversion more than “σ” standard deviations below its mean over the six snapshots before.',
    ['horizon', 'gapPct', 'poolDropPct', 'sigmas'],
    null,
  ),
  def(
    '盘人计划（反推补人）',
    '盘人计划 (back-solve)',
    '所需新增人数 = 缺口 ÷ 该人群 A 或 I 阶段在「缺口月数」个月的汇率（人群自己的汇率）：只靠这一人群补齐缺口需要多少人。',
    'Extra consumers needed = gap ÷ the crowd’s own A or I exchange rate over “months of the gap”: how many of that crowd alone would close the gap.',
    ['horizon', 'snapshots'],
    'S9',
  ),
];
