/** The mind map's definitions sheet, worded from metrics.md §2.1 (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const MIND_MAP_DEFINITIONS = [
  def(
    '子指标百分位与支柱得分',
    'Sub-metric percentiles and pillar scores',
    '每个子指标在同行业品牌中换算为百分位：100 ×（名次 − 1）÷（有值品牌数 − 1），最低 0、最高 100，并列取所占名次的平均，仅一个品牌时为 50；支柱得分 = 其子指标百分位的平均。趋势取分析日及之前每 4 周一次的快照。',
    'Each sub-metric as a percentile among the industry’s brands: 100 × (rank − 1) ÷ (brands with a value − 1), lowest 0, highest 100, ties the mean of the ranks they span, 50 for a lone brand; a pillar’s score is the mean of its sub-metrics’ percentiles. The trend takes snapshots every 4 weeks up to the as-of day.',
    ['days'],
    null,
  ),
  def(
    '创新：新品 GMV 占比、每百 SKU 新品数、新品买家中品牌新客占比、爆品成功率',
    'Innovation: new-product GMV share, new SKUs per 100, new-to-brand share, hit rate',
    '新品 = 上市 ≤180 天。新品 GMV 占比 = 窗口内新品 GMV ÷ 品牌 GMV；每百 SKU 新品数 = 100 × 新品数 ÷ 已上市 SKU 数；品牌新客 = 新品买家中窗口前 365 天未购买本品牌者的占比；爆品成功率 = 近一年上市且已满 90 天的新品中爆品的比例，爆品 = 首 90 天 GMV ÷ 同批次（行业 × 上市季度）中位数位于行业前 N%（参数「爆品比例」，默认 7%；§1.10 的批次相对口径）。',
    'New = launched ≤180 days ago. New-product GMV share = their GMV in the window ÷ the brand’s; new SKUs per 100 = 100 × new SKUs ÷ SKUs launched; new-to-brand share = share of new-product buyers with no purchase of the brand in the 365 days before the window; hit rate = share of hits among launches of the last year with 90 days observed, a hit’s first-90-day GMV ÷ its cohort median (industry × launch quarter) being in the industry’s top N% (input “hit share”, 7% by default; §1.10, cohort-relative).',
    ['days', 'hitShare'],
    null,
  ),
  def(
    '沟通：A+I 触达、心智份额、内容互动率、品牌搜索占比、周加深率',
    'Communication: A+I reach, mind share, engagement, brand search, deepening',
    'A+I 触达占比 = 品牌 A 或 I 阶段人数 ÷ 行业内处于 A 或 I 阶段的去重人数；心智份额 = 品牌 I + L 人数 ÷ 行业各品牌 I + L 人数之和（§1.5）；内容互动率 = 窗口内对品牌内容点赞/评论/分享的人数 ÷ 浏览人数；品牌搜索 UV 占比 = 品牌搜索人数 ÷ 行业各品牌之和；周加深率 = FAST 的 A（严格口径，§1.2）。',
    'A+I reach share = the brand’s A or I consumers ÷ distinct A or I consumers in the industry; mind share = the brand’s I + L ÷ the industry brands’ I + L (§1.5); engagement rate = consumers who liked, commented on or shared the brand’s content ÷ those who viewed it, in the window; brand-search share = the brand’s search UV ÷ the industry brands’; weekly deepening = FAST’s A (strict, §1.2).',
    ['days', 'aDays', 'iDays', 'pDays', 'lDays', 'advocacy'],
    null,
  ),
  def(
    '价值：同价格带溢价、钱包份额、好评率、365 天复购率、88VIP TGI',
    'Value: price premium, wallet share, positive reviews, repurchase, 88VIP TGI',
    '溢价 = 品牌成交单价 ÷ 同类目同价格带（全部品牌）平均成交单价，按件数加权；钱包份额 = 品牌 365 天买家在本品牌的 GMV ÷ 他们在全行业的 GMV；好评率 = 窗口内 ≥4 星评价 ÷ 评价数；复购率 = 365 天内购买 ≥2 天的买家 ÷ 买家；88VIP TGI = 品牌窗口内买家中 88VIP 占比 ÷ 行业买家中 88VIP 占比 × 100。',
    'Premium = the brand’s unit price ÷ the average unit price of all brands in the same category and price band, weighted by quantity; wallet share = GMV of the brand’s 365-day buyers at the brand ÷ their GMV across the industry; positive reviews = ≥4★ reviews ÷ reviews in the window; repurchase = 365-day buyers with ≥2 purchase days ÷ buyers; 88VIP TGI = 88VIP share among the brand’s buyers in the window ÷ that among the industry’s × 100.',
    ['days'],
    null,
  ),
  def(
    '人群 × 支柱与驱动因素',
    'Crowds × pillars and drivers',
    '人群内支柱得分：只取该人群消费者计算以消费者为单位的子指标（创新：新品 GMV 占比；沟通：浏览触达占比、内容互动率、品牌搜索占比；价值：365 天复购率、钱包份额、好评率），各自在行业品牌中换算为百分位后取均值。驱动人群 = 本品牌该支柱得分最高的人群（仅计窗口内买家占本品牌 ≥5% 的人群；并列时取买家多者）；驱动内容 = 本品牌互动率 ÷ 行业同类型内容平均互动率最高的内容类型，强度 = 50 × 该比值（上限 100，50 为持平）。',
    'Pillar scores within a crowd: the consumer-level sub-metrics (innovation: new-product GMV share; communication: browsing reach share, content engagement rate, brand-search share; value: 365-day repurchase, wallet share, positive reviews) over that crowd’s consumers only, each a percentile among the industry’s brands, then averaged. Driving crowd = the crowd where the brand scores highest in the pillar (among crowds with ≥ 5% of its buyers in the window; ties to the larger); driving content = the content type whose engagement rate most exceeds the industry’s average for that type, strength = 50 × that ratio (capped at 100; 50 is par).',
    ['days'],
    null,
  ),
];
