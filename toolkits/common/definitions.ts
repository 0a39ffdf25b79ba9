/**
 * Definitions shown in the toolkits' definition sheets, worded from metrics.md. `source` is the
 * public source label there; null marks the lab's own operationalization ("illustrative").
 */
import type { MetricDefinition } from '../../src/panel/toolkit';

const def = (
  zhName: string,
  enName: string,
  zhFormula: string,
  enFormula: string,
  params: string[],
  source: string | null,
): MetricDefinition => ({
  name: { zh: zhName, en: enName },
  formula: { zh: zhFormula, en: enFormula },
  params,
  source,
});

export const AIPL_DEFINITIONS: MetricDefinition[] = [
  def(
    'AIPL 阶段',
    'AIPL stage',
    '每个消费者对每个品牌每天一个阶段，优先级 L>P>I>A。A：窗口内有曝光、内容浏览或类目搜索；I：窗口内有点击、浏览详情、品牌搜索、收藏、加购、关注、入会、试用、互动等主动行为；P：P 窗口内有支付订单（含后续退款）；L：近 365 天购买天数 ≥ 阈值，或（可选）购买者近 365 天有好评（≥4 星）或分享。窗口含两端（15 天 = [d-14, d]）。',
    'One stage per consumer and brand per day, priority L>P>I>A. A: an exposure, content view or category search in the A window; I: an active behaviour (click, product page, brand search, favourite, cart, follow, join, trial, interaction…) in the I window; P: a paid order (refunds included) in the P window; L: purchase days in the last 365 days ≥ the threshold or, optionally, a purchaser’s positive review (≥4★) or share in 365 days. Windows include both ends (15 days = [d-14, d]).',
    ['aDays', 'iDays', 'pDays', 'lDays', 'advocacy'],
    'S1, S2, S8',
  ),
];

export const AIPL_FLOW_DEFINITION = def(
  'AIPL 流转',
  'AIPL flow',
  '起点日 d0 与终点日 d1 的阶段转移矩阵 M[s0,s1]（含“不在 AIPL”∅）。起点人数 = 留存 + 转出 + 流失；升级 = 进入更高阶段；降级 = 更低；流失 = 离开 AIPL；新进 = 从 ∅ 进入。转化率 p(s0→s1) = M[s0,s1] / Σ M[s0,·]。',
  'Transition matrix M[s0,s1] between the start day d0 and the end day d1, including ∅ (not in AIPL). Start count = stayed + converted out + churned; upgrade = to a higher stage, downgrade = lower, churn = left AIPL, entry = from ∅. Rate p(s0→s1) = M[s0,s1] / Σ M[s0,·].',
  ['flowWeeks'],
  'S3, S5',
);

export const GMV_DEFINITIONS: MetricDefinition[] = [
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

export const FAST_DEFINITIONS: MetricDefinition[] = [
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

export const GROW_DEFINITIONS: MetricDefinition[] = [
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
    '新客 = 首次购买本品牌在该期内；否则为老客。',
    'New = first brand purchase inside the period; otherwise old.',
    [],
    null,
  ),
];

export const BPI_DEFINITIONS: MetricDefinition[] = [
  def(
    '消费者资产 CA（认知）',
    'Consumer assets CA',
    'CA(d) = Σ_s N_s(d) × v_s；v_s = 在 d−H 处于阶段 s 的消费者在 (d−H, d] 内人均实现 GMV（AIPL 汇率）。',
    'CA(d) = Σ_s N_s(d) × v_s, where v_s = realized GMV per head over (d−H, d] of consumers in stage s on d−H (the AIPL exchange rate).',
    ['rateDays'],
    null,
  ),
  def(
    '心智份额 MS（认同）',
    'Mind share MS',
    'MS = 品牌 I + L 人数 ÷ 同行业全部品牌 I + L 人数（I 窗口默认 30 天）。',
    'MS = the brand’s I + L consumers ÷ those of every brand in the industry (I window 30 days by default).',
    ['iDays'],
    null,
  ),
  def(
    '钱包份额 WS（认购）',
    'Wallet share WS',
    'WS = 品牌买家在本品牌的 GMV ÷ 同一批买家在全行业的 GMV（近 N 天）。',
    'WS = GMV of the brand’s buyers at the brand ÷ their GMV across the industry (last N days).',
    ['wsDays'],
    null,
  ),
  def(
    '品牌人气指数',
    'Brand popularity index',
    'BPI = 100 × (CA/中位CA)^⅓ × (MS/中位MS)^⅓ × (WS/中位WS)^⅓，中位数在同行业品牌内取，100 = 行业中位。',
    'BPI = 100 × (CA/median CA)^⅓ × (MS/median MS)^⅓ × (WS/median WS)^⅓, medians over the industry’s brands; 100 = the category median.',
    ['rateDays', 'iDays', 'wsDays'],
    null,
  ),
];

export const CROWD_DEFINITIONS: MetricDefinition[] = [
  def(
    '八大策略人群',
    'Eight strategic crowds',
    '按规则表（精致妈妈、Z世代、小镇青年、小镇中老年、都市银发、资深中产、新锐白领、都市蓝领，其余为其他）推导，取 consumers.crowd。',
    'Derived by the rule table (精致妈妈, Z世代, 小镇青年, 小镇中老年, 都市银发, 资深中产, 新锐白领, 都市蓝领, else 其他), read from consumers.crowd.',
    [],
    null,
  ),
  def(
    'TGI',
    'TGI',
    'TGI = 100 × 目标人群中该特征占比 ÷ 基准人群中该特征占比；目标人数 < 最小样本时不显示。',
    'TGI = 100 × share of the feature in the target ÷ share in the base; hidden when the target count is below the minimum.',
    ['minCount', 'base'],
    'S15',
  ),
  def(
    '渗透率',
    'Penetration',
    '人群内品牌买家 ÷ 人群内活跃消费者（窗口内有订单）。',
    'Brand buyers in the crowd ÷ active consumers in the crowd (any order in the window).',
    ['windowDays'],
    null,
  ),
  def(
    'GMV 占比、ARPPU',
    'GMV share, ARPPU',
    '人群 GMV ÷ 品牌 GMV；ARPPU = 人群 GMV ÷ 人群买家。',
    'Crowd GMV ÷ brand GMV; ARPPU = crowd GMV ÷ crowd buyers.',
    ['windowDays'],
    'S17',
  ),
];
