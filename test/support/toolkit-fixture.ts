/**
 * A tiny, hand-checked world for the toolkit metrics: 8 consumers, 4 brands (1–3 in industry X,
 * 4 in Y), as-of day 400 (2026-02-05; day 0 = 2025-01-01). test/unit/toolkits/metrics.test.ts
 * derives every expected number from these rows by hand, in its comments.
 */
const DAY0 = '2025-01-01';

const consumers = [
  // id, crowd, gender, age, city tier, 88VIP
  [1, '新锐白领', 'M', 30, 1, 1],
  [2, 'Z世代', 'F', 22, 2, 0],
  [3, 'Z世代', 'M', 20, 3, 0],
  [4, '精致妈妈', 'F', 33, 2, 1],
  [5, '新锐白领', 'M', 28, 1, 0],
  [6, '都市银发', 'F', 60, 1, 0],
  [7, '精致妈妈', 'F', 31, 3, 1],
  [8, '其他', 'M', 40, 5, 0],
];

const orders = [
  // order, consumer, brand, day, status, paid, refunded
  [1, 1, 1, 300, 'paid', 100, 0],
  [2, 1, 1, 390, 'paid', 200, 50],
  [3, 2, 1, 20, 'paid', 80, 0],
  [4, 3, 1, 10, 'paid', 60, 0],
  [5, 4, 1, 200, 'paid', 120, 0],
  [6, 7, 1, 399, 'paid', 300, 0],
  [7, 7, 1, 399, 'paid', 100, 0],
  [8, 1, 1, 350, 'paid', 150, 0],
  [9, 1, 2, 30, 'paid', 50, 0],
  [10, 2, 2, 25, 'paid', 40, 0],
  [11, 1, 2, 395, 'paid', 90, 0],
  [12, 3, 2, 396, 'unpaid', 70, 0],
  [13, 5, 4, 350, 'paid', 30, 0],
  [14, 5, 4, 400, 'paid', 10, 0], // makes day 400 the latest day in the data (the as-of day)
] as const;

const items = [
  // order, product, category, qty, unit price
  [1, 11, 501, 1, 100],
  [2, 11, 501, 2, 100],
  [3, 11, 501, 1, 80],
  [4, 11, 501, 1, 60],
  [5, 11, 501, 1, 120],
  [6, 12, 502, 2, 150],
  [7, 11, 501, 1, 100],
  [8, 11, 501, 1, 150],
  [9, 21, 501, 1, 50],
  [10, 21, 501, 1, 40],
  [11, 21, 501, 1, 90],
  [12, 21, 501, 1, 70],
  [13, 41, 601, 1, 30],
  [14, 41, 601, 1, 10],
];

const events = [
  // consumer, brand, day, type
  [5, 1, 395, 'click'],
  [5, 1, 398, 'exposure'],
  [6, 1, 390, 'exposure'],
  [6, 1, 380, 'click'],
  [7, 1, 388, 'exposure'],
  [8, 1, 385, 'exposure'],
  [8, 2, 399, 'favorite'],
];

const rows = (list: readonly (readonly (string | number)[])[]) =>
  list
    .map((r) => `(${r.map((v) => (typeof v === 'string' ? `'${v}'` : v)).join(', ')})`)
    .join(',\n  ');

export function toolkitFixtureSql(): string {
  const crowdOf = `(SELECT crowd FROM consumers c WHERE c.consumer_id = t.consumer_id)`;
  return `
CREATE TABLE brands AS SELECT * FROM (VALUES (1, '甲', 'X', '超级旗舰'), (2, '乙', 'X', '千星'), (3, '丙', 'X', '蓝星'), (4, '丁', 'Y', '蓝星'))
  t(brand_id, name, industry, merchant_tier);
CREATE TABLE consumers AS SELECT * FROM (VALUES ${rows(consumers)}) t(consumer_id, crowd, gender, age, city_tier, is_88vip);
CREATE TABLE orders AS SELECT order_id, consumer_id, ${crowdOf} AS crowd, brand_id, day_idx, DATE '${DAY0}' + day_idx AS dt,
  status, pay_amount::DOUBLE AS pay_amount, refund_amount::DOUBLE AS refund_amount
  FROM (VALUES ${rows(orders)}) t(order_id, consumer_id, brand_id, day_idx, status, pay_amount, refund_amount);
CREATE TABLE order_items AS SELECT * FROM (VALUES ${rows(items)}) t(order_id, product_id, category_id, qty, unit_price);
CREATE TABLE products AS SELECT * FROM (VALUES (11, 1, 501, 100), (12, 1, 502, 380), (21, 2, 501, 0), (41, 4, 601, 0))
  t(product_id, brand_id, category_id, launch_day);
CREATE TABLE events AS SELECT consumer_id, ${crowdOf} AS crowd, brand_id, day_idx, DATE '${DAY0}' + day_idx AS dt, event_type
  FROM (VALUES ${rows(events)}) t(consumer_id, brand_id, day_idx, event_type);
CREATE TABLE reviews AS SELECT * FROM (VALUES (2, 11, 25, 3, 0), (4, 11, 210, 4, 0)) t(consumer_id, product_id, day_idx, rating, is_shared);
CREATE TABLE memberships AS SELECT * FROM (VALUES (1, 1, 100), (2, 1, 395)) t(consumer_id, brand_id, join_day);`;
}
