/** Content-preference definitions, worded from metrics.md §1.9 (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const CONTENT_DEFINITIONS = [
  def(
    '触达、互动与互动率',
    'Reach, engagement and engagement rate',
    '窗口内本品牌（或同行业）内容：触达 = 有内容浏览或进入直播间的消费者；互动 = 点赞、评论、分享，或短视频观看 ≥ N 秒、直播观看 ≥ M 秒；互动率 = 互动人数 ÷ 触达人数；平均观看 = 有观看时长的浏览的平均秒数。',
    'Content of the brand (or its industry) in the window: reach = consumers who viewed it or entered the live room; engaged = liked, commented, shared, or watched a short video ≥ N s or a livestream ≥ M s; engagement rate = engaged ÷ reached; average watch = mean seconds of the views that have a watch time.',
    ['scope', 'days', 'videoSeconds', 'liveSeconds'],
    null,
  ),
  def(
    '内容归因 GMV 与内容转化率',
    'Content-attributed GMV and content conversion',
    '直接：订单带内容 ID；末次触点：无内容 ID 的订单，归给该消费者在下单前 N 天内最近一次互动的同品牌内容。内容转化率 = 归因买家 ÷ 互动人数。',
    'Direct: the order names the content; last touch: an order without one goes to the consumer’s latest engagement with the same brand’s content within N days before it. Content conversion = attributed buyers ÷ engaged consumers.',
    ['touchDays'],
    null,
  ),
  def(
    '内容类型 TGI',
    'Content-type TGI',
    '人群在 X 类内容上的互动（赞评转次数）占该人群全部互动的比例 ÷ 全体在 X 类内容上的互动占比 × 100；>100 表示该人群偏好 X。',
    'The crowd’s share of its interactions (likes, comments, shares) on type X ÷ everyone’s share on type X × 100; above 100 the crowd prefers X.',
    ['scope', 'days'],
    null,
  ),
  def(
    '内容 DAU',
    'Content DAU',
    '每天被该范围内容触达的消费者数，按内容类型。',
    'Consumers reached by the content in scope each day, by content type.',
    ['scope', 'days'],
    null,
  ),
  def(
    '预警',
    'Alerts',
    '互动率较上一窗口下降 ≥「下降 %」；触达 ≥ 10 × 最小触达人数的内容没有任何归因买家。',
    'The engagement rate down ≥ “drop %” against the window before; content reaching ≥ 10 × the minimum reach with no attributed buyer.',
    ['days', 'dropPct', 'minReach'],
    null,
  ),
];
