/** Cross-category definitions, worded from metrics.md §1.12 (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const CROSS_DEFINITIONS = [
  def(
    '支持度、置信度、提升度（消费者级购物篮）',
    'Support, confidence, lift (consumer-level baskets)',
    '窗口内（参数「窗口天数」）每位有购买的消费者的购买类目为一个篮子，N 为篮子数：支持度(A→B) = N(A∩B) ÷ N；置信度 = N(A∩B) ÷ N(A)；提升度 = 置信度 ÷ (N(B) ÷ N)。仅保留 N(A∩B) ≥ 最小共同买家数、提升度 ≥ 最小提升度的规则。',
    'Each consumer with a purchase in the window (input “window days”) is one basket of categories, N baskets: support(A→B) = N(A∩B) ÷ N; confidence = N(A∩B) ÷ N(A); lift = confidence ÷ (N(B) ÷ N). Rules keep pairs with N(A∩B) ≥ the minimum shared buyers and lift ≥ the minimum lift.',
    ['days', 'minPairs', 'minLift'],
    'S18',
  ),
  def(
    '顺序提升度（方向）',
    'Sequential lift (direction)',
    '窗口内首次购买 A 且之后仍有 S 天可观察的消费者中，S 天内购买 B 的比例 ÷ B 的基础概率（窗口内每个 S 天区段购买 B 的人数均值 ÷ N）。A→B 明显高于 B→A 说明由 A 带动 B。',
    'Among consumers whose first purchase of A in the window leaves S days to observe, the share who buy B within S days ÷ B’s base rate (B’s buyers per S-day block of the window, averaged, ÷ N). A→B well above B→A means A leads to B.',
    ['days', 'seqDays'],
    null,
  ),
  def(
    '下一品类：受众与预期 GMV；品牌拓品',
    'Next categories: audience and expected GMV; where a brand could go',
    '受众 = 买过 A 但未买 B 的消费者；预期 GMV = 受众 × 置信度(A→B) × B 的客单价。品牌拓品：本品牌未售的品类 B，取本品牌已售品类中置信度最高的 A，受众为在本品牌买过 A 且未买 B 的消费者，推荐人群为其中购买 B 比例相对最高（TGI，≥30 人）的人群。',
    'Audience = consumers who bought A but not B; expected GMV = audience × confidence(A→B) × B’s average order value. Where a brand could go: categories B it does not sell, from the category A it sells with the highest confidence; the audience is its buyers of A who have not bought B, and the crowd among them most over-represented among B’s buyers (TGI, ≥ 30 buyers).',
    ['brand', 'days', 'minPairs', 'minLift'],
    null,
  ),
];
