/** Goods-analysis definitions, worded from metrics.md §1.10 (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const GOODS_DEFINITIONS = [
  def(
    '商品漏斗',
    'SKU funnel',
    '窗口内每个商品：曝光 → 点击（点击率 = 点击人数 ÷ 曝光人数）→ 详情页 → 收藏/加购（收加率 = 收藏加购人数 ÷ 详情页人数）→ 购买；转化率 = 窗口内看过该详情页的买家 ÷ 详情页人数（从购物车、直播或更早的浏览直接下单的买家不算该页的转化）。另有 GMV、件数、件均价、复购率（购买天数 ≥ 2 的买家 ÷ 买家）、好评率（评分 ≥ 4 ÷ 评价数）、退款率（退款订单件数 ÷ 件数）。',
    'Per SKU in the window: exposure → click (CTR = click UV ÷ exposure UV) → product page → favourite or cart (fav/cart rate = fav/cart UV ÷ product-page UV) → purchase; conversion = buyers who opened the product page in the window ÷ product-page UV (a buyer straight from a cart, a livestream or an older visit is not the page’s conversion). Also GMV, units, average price, repurchase rate (buyers with ≥ 2 purchase days ÷ buyers), positive reviews (rating ≥ 4 ÷ reviews), refund rate (units in refunded orders ÷ units).',
    ['days'],
    'S23',
  ),
  def(
    '流量 × 转化象限',
    'Traffic × conversion quadrant',
    '流量 = 详情页人数，与同一叶子类目全部商品的中位数比较（高于中位数为“高”）；转化率同理。高高 = 加推；高流量低转化 = 改页面或价格；低流量高转化 = 给流量（潜力）；低低 = 长尾。窗口没有行为数据时不分象限。',
    'Traffic = product-page UV against the median of every SKU of the same leaf category (above it is “high”); conversion likewise. High/high = push; high traffic, low conversion = fix page or price; low traffic, high conversion = give traffic (potential); low/low = long tail. No quadrant when the window has no behaviour data.',
    ['days'],
    'S23',
  ),
  def(
    'A/B/C/D 等级',
    'A/B/C/D grades',
    '示意规则（同一叶子类目内按窗口 GMV 排名）：A = GMV 前 20%（至少第一名）且较上一窗口增长 ≥ 0（新品无上一窗口，视为增长）；B = 低流量高转化，或 GMV 增长 ≥ 30%；D = GMV 后 30% 且下降（或两个窗口都没有销售）；其余为 C。依次判定。',
    'Illustrative rule (ranked by window GMV within the leaf category): A = top 20% of GMV (at least the first) and growth against the window before ≥ 0 (a new SKU without a window before counts as growing); B = low traffic with high conversion, or GMV growth ≥ 30%; D = bottom 30% of GMV and declining (or no sale in either window); C = the rest. Checked in that order.',
    ['days'],
    null,
  ),
  def(
    '价格带',
    'Price band',
    '叶子类目内标价的 P20/P40/P60/P80 分位切成五档（低、中低、中、中高、高，products.price_band）；比较本品牌与类目全部品牌窗口 GMV 在各档的占比。',
    'The leaf category’s list-price P20/P40/P60/P80 cut it into five bands (low to high, products.price_band); the brand’s window GMV by band against every brand’s in its categories.',
    ['days'],
    null,
  ),
  def(
    '新品曲线',
    'New-product curves',
    '近 N 天上新的本品牌商品，自上新日起每天的累计 GMV（30 或 90 天）；对比同类目全部已满 90 天新品在同一天的中位数与 P80。天猫“新品”标识持续上新后 30 天。',
    'The brand’s SKUs launched in the last N days: cumulative GMV each day since launch (30 or 90 days), against the median and P80 of every launch in the same categories with the full 90 days observed. Tmall’s “new” label lasts 30 days after launch.',
    ['launchDays', 'curveDays'],
    'S22',
  ),
  def(
    '滞销商品',
    'Slow movers',
    '本品牌已上架商品中，截至分析日 ≥ N 天未售出（或从未售出）的商品。',
    'The brand’s launched SKUs with no sale for ≥ N days up to the as-of day (or never sold).',
    ['slowDays'],
    null,
  ),
  def(
    '预警',
    'Alerts',
    '商品降为 D：本窗口为 D、上一窗口为 A/B/C。断货信号：详情页人数较上一窗口上升 ≥「流量 %」而转化率下降 ≥「转化 %」（上一窗口买家 ≥ 下限）。',
    'A SKU moves to D: D in this window, A, B or C in the one before. Stock-out proxy: product-page UV up ≥ “traffic %” against the window before while conversion fell ≥ “conversion %” (with at least the minimum buyers before).',
    ['days', 'trafficPct', 'conversionDropPct', 'minBuyers'],
    null,
  ),
];
