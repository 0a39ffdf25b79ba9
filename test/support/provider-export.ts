/**
 * A provider's own export, written from the sandbox the way back-office downloads look: Chinese
 * headers, orders and their lines in one table (one row per line), dates as text in several
 * spellings, amounts with thousands separators, statuses and actions in Chinese. Each statement
 * reads the sandbox's tables (loaded under their names) and the sandbox tables are dropped after,
 * so only the export is left.
 */
import { DATA_CONTRACT } from '../../src/contract/schema';
import { literal } from '../../src/sql/quote';

/** A contract code → the first Chinese spelling the contract lists for it. */
function chineseCase(table: string, column: string): string {
  const values = DATA_CONTRACT[table]!.columns[column]!.values!;
  const whens = Object.entries(values).map(
    ([code, spellings]) => `WHEN ${literal(code)} THEN ${literal(spellings[0]!)}`,
  );
  return `CASE ${column} ${whens.join(' ')} END`;
}

const SLASH = (dt: string) => `strftime(${dt}, '%Y/%m/%d')`;
const CN = (dt: string) => `strftime(${dt}, '%Y年%m月%d日')`;
const day = (idx: string) => `(DATE '2024-11-21' + ${idx})`;

export const EXPORT_TABLES: Record<string, string> = {
  订单明细: `SELECT o.order_id AS 订单编号, o.consumer_id AS 会员ID, o.crowd AS 人群, o.brand_id AS 品牌ID,
      ${SLASH('o.dt')} AS 下单日期, format('{:,.2f}', o.pay_amount) AS "实付金额（元）",
      o.refund_amount AS 退款金额, ${chineseCase('orders', 'status')} AS 订单状态, o.content_id AS 内容ID,
      i.product_id AS 商品ID, i.category_id AS 类目ID, i.qty AS 数量, i.unit_price AS 单价
    FROM orders o JOIN order_items i USING (order_id)`,
  行为明细: `SELECT consumer_id AS 会员ID, crowd AS 人群, brand_id AS 品牌ID, product_id AS 商品ID,
      ${SLASH('dt')} AS 日期, ts_sec AS 当日秒数, ${chineseCase('events', 'event_type')} AS 行为类型,
      content_id AS 内容ID, watch_sec AS 观看时长 FROM events`,
  品牌: `SELECT brand_id AS 品牌ID, name AS 品牌名称, name_en AS 英文名, industry AS 行业,
      merchant_tier AS 商家层级, sp_id AS 服务商ID, ${CN(day('first_sale_day'))} AS 首销日期 FROM brands`,
  商品: `SELECT product_id AS 商品ID, brand_id AS 品牌ID, category_id AS 类目ID, list_price AS 吊牌价,
      price_band AS 价格带, ${SLASH(day('launch_day'))} AS 上新日期 FROM products`,
  类目: `SELECT category_id AS 类目ID, name AS 类目名称, name_en AS 英文名,
      repurchase_cycle_days AS 复购周期 FROM categories`,
  消费者: `SELECT consumer_id AS 会员ID, crowd AS 人群, CASE gender WHEN 'F' THEN '女' ELSE '男' END AS 性别,
      age AS 年龄, city_tier AS 城市线级, CASE is_88vip WHEN 1 THEN '是' ELSE '否' END AS 是否88VIP FROM consumers`,
  评价: `SELECT consumer_id AS 会员ID, product_id AS 商品ID, ${SLASH('dt')} AS 评价日期, rating AS 评分,
      is_shared AS 是否分享 FROM reviews`,
  会员: `SELECT consumer_id AS 会员ID, brand_id AS 品牌ID, strftime(join_dt, '%Y-%m-%d') AS 入会日期 FROM memberships`,
  内容: `SELECT content_id AS 内容ID, brand_id AS 品牌ID, sp_id AS 服务商ID,
      ${chineseCase('content', 'content_type')} AS 内容形式, creator_type AS 创作者类型 FROM content`,
  服务商: `SELECT sp_id AS 服务商ID, name AS 服务商名称 FROM service_providers`,
  新品日数据: `SELECT product_id AS 商品ID, ${SLASH('dt')} AS 日期, age_day AS 上新天数,
      exposure_uv AS 曝光人数, visitor_uv AS 访客数, fav_cart_uv AS 收藏加购人数, buyers AS 支付买家数,
      new_buyers AS 新客买家数, target_crowd_buyers AS 目标人群买家数, content_views AS 内容浏览人数,
      content_engagements AS 内容互动人数 FROM launch_daily`,
  人群包: `SELECT brand_id AS 品牌ID, ${SLASH('dt')} AS 日期, consumer_id AS 会员ID, crowd AS 人群,
      stage AS 状态 FROM aipl_monthly`,
  月度目标: `SELECT brand_id AS 品牌ID, strftime(month, '%Y-%m') AS 月份, gmv_target AS GMV目标 FROM targets`,
};

/** The SQL that turns a loaded sandbox into the provider's export (the sandbox tables dropped). */
export function providerExportSql(sandboxTables: readonly string[]): string {
  const creates = Object.entries(EXPORT_TABLES).map(
    ([name, sql]) => `CREATE TABLE "${name}" AS ${sql};`,
  );
  const drops = sandboxTables.map((t) => `DROP TABLE "${t}";`);
  return [...creates, ...drops].join('\n');
}
