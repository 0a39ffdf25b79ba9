/** The popularity toolkit's definitions sheet, worded from metrics.md (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const BPI_DEFINITIONS = [
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
    'G = (CA/中位CA)^⅓ × (MS/中位MS)^⅓ × (WS/中位WS)^⅓，中位数在同行业品牌内取；BPI = 100 × G ÷ 行业各品牌 G 的中位数，使行业中位品牌恰为 100。每周的值都按当周为分析日计算（汇率只用当周之前的数据）。',
    'G = (CA/median CA)^⅓ × (MS/median MS)^⅓ × (WS/median WS)^⅓, medians over the industry’s brands; BPI = 100 × G ÷ the median G of the industry’s brands, so the median brand scores exactly 100. Each week’s value is computed as of that week (its exchange rates use only data up to then).',
    ['rateDays', 'iDays', 'wsDays'],
    null,
  ),
];
