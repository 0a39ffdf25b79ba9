/** Service-provider definitions, worded from metrics.md §1.16, §1.15 and §1.2 (all illustrative). */
import { defineMetric as def } from '../common/definitions';

export const PROVIDER_DEFINITIONS = [
  def(
    '内容 DAU、WAU、MAU 与粘性',
    'Content DAU, WAU, MAU and stickiness',
    '每天与服务商运营的内容（content.sp_id）或其服务品牌的内容有 ≥ 1 次互动（点赞、评论、分享，或短视频观看 ≥ N 秒、直播 ≥ M 秒）的消费者数；WAU、MAU 为截至分析日 7、30 天内的去重人数；粘性 = 近 30 天平均 DAU ÷ MAU。',
    'Consumers with ≥ 1 engagement (a like, comment or share, or a short video watched ≥ N s, a livestream ≥ M s) on content the provider operates (content.sp_id) or its brands’ content, each day; WAU and MAU are distinct consumers in the 7 and 30 days to the as-of day; stickiness = mean DAU of the last 30 days ÷ MAU.',
    ['videoSeconds', 'liveSeconds'],
    null,
  ),
  def(
    '商家成长指数 MGI',
    'Merchant growth index (MGI)',
    '每个品牌在同行业内的百分位（0–100）加权平均：GMV 同比、新客增长（考核期内首购、此前 180 天未购买的消费者数同比）、ΔF（AIPL 总量较一个考核期前）、周加深率、Δ复购率（考核期买家中购买天数 ≥ 2 的比例，对比去年同期）、会员活跃率 T、内容成交占比（带内容 ID 的订单 GMV 占比）；缺值的指标不计入、其余权重重新归一。',
    'Each brand’s percentile (0–100) within its industry, weighted: GMV YoY, new-customer growth (consumers buying in the period with no purchase in the 180 days before, YoY), ΔF (the AIPL total against one period earlier), weekly deepening, Δrepurchase (the period’s buyers with ≥ 2 purchase days, against a year before), member activity T, content GMV share (GMV of orders naming a content item); a missing component is left out and the other weights renormalised.',
    ['days', 'wGmv', 'wNew', 'wF', 'wDeepen', 'wRepurchase', 'wT', 'wContent'],
    null,
  ),
  def(
    '服务商分',
    'Provider score',
    '服务商分 = (1 − 内容权重) × 服务品牌 MGI 的 GMV 加权平均 + 内容权重 × 服务商运营内容互动率在全部服务商中的百分位。互动率 = 有点赞、评论或分享的消费者 ÷ 被触达的消费者。',
    'Provider score = (1 − content weight) × the GMV-weighted mean MGI of its brands + content weight × the percentile, among all providers, of the interaction rate of the content it operates. Interaction rate = consumers who liked, commented or shared ÷ consumers reached.',
    ['contentWeight', 'days'],
    null,
  ),
  def(
    '商家层级迁移与品牌留存',
    'Tier migrations and brand retention',
    '层级按近 365 天 GMV 在全部品牌中的排名：前 10% 超级旗舰、其后 30% 千星、其余及首销不满 12 个月的品牌为蓝星；比较分析日与一年前。数据只记录品牌当前的服务商，品牌留存 = 一年前同期有成交的服务品牌中，本考核期仍有成交的比例。',
    'Tiers by trailing-365-day GMV rank among all brands: top 10% Super flagship, next 30% Thousand Stars, the rest and brands under 12 months since their first sale Blue Star; the as-of day against a year before. The data record only each brand’s current provider, so brand retention = the managed brands with sales a year before that still sell in this period.',
    ['days'],
    null,
  ),
  def(
    '预警',
    'Alerts',
    'MGI 下降：服务品牌 MGI 较上一考核期下降 ≥「下降分」。品牌流失风险：服务品牌 GMV 同比下降 ≥「下降 %」。',
    'MGI drop: a managed brand’s MGI down ≥ “points” against the period before. Brand churn risk: a managed brand’s GMV down ≥ “%” year on year.',
    ['mgiDrop', 'churnPct'],
    null,
  ),
];
