/**
 * The data contract: the tables and columns the toolkits read, with type, meaning, unit and grain.
 * A provider's own exports are mapped onto it (see `propose.ts`, `views.ts`); every toolkit's
 * `requires` is checked against it by a test, and docs/data-contract.md and .json are generated
 * from it. The synonyms (zh and en, lower case) are what a mapping proposal matches headers by.
 * Pure: no engine.
 */
import type { Localized } from '../panel/contract';

/**
 * `id`: an integer key. `day`: an integer day index (day 0 = the mapping's origin date; every
 * table shares it). `month`: a month index (0 = the origin's month). `code`: text from `values`.
 * `flag`: 0 or 1.
 */
export type ContractType =
  'id' | 'integer' | 'number' | 'text' | 'date' | 'day' | 'month' | 'code' | 'flag';

export interface ContractColumn {
  type: ContractType;
  meaning: Localized;
  unit?: Localized;
  /** Header names (lower case) a proposal maps onto this column, beyond its own name. */
  synonyms: readonly string[];
  /** For `code`: each value with the spellings exports use for it (lower case). */
  values?: Readonly<Record<string, readonly string[]>>;
  /** May be missing or null (e.g. the order's content, absent for orders without one). */
  optional?: boolean;
}

export interface ContractTable {
  meaning: Localized;
  /** What one row is. */
  grain: Localized;
  /** Names a proposal matches the user's table (file or sheet) names by (lower case). */
  synonyms: readonly string[];
  columns: Readonly<Record<string, ContractColumn>>;
}

const YUAN = { zh: '元', en: 'CNY' } as const;
const PEOPLE = { zh: '人', en: 'people' } as const;

const col = (
  type: ContractType,
  zh: string,
  en: string,
  synonyms: readonly string[],
  extra: Partial<ContractColumn> = {},
): ContractColumn => ({ type, meaning: { zh, en }, synonyms, ...extra });

// Keys and dates many tables share, declared once.
const ORDER_ID = col('id', '订单 ID', 'Order ID', [
  '订单号',
  '订单编号',
  '订单id',
  '主订单号',
  'order no',
  'order',
]);
const CONSUMER_ID = col('id', '消费者 ID', 'Consumer ID', [
  '会员id',
  '用户id',
  '买家id',
  '消费者',
  '买家',
  '客户id',
  'user id',
  'buyer id',
  'customer id',
  'member id',
]);
const BRAND_ID = col('id', '品牌 ID', 'Brand ID', ['品牌id', '品牌编号', '品牌', 'brand']);
const PRODUCT_ID = col('id', '商品 ID', 'Product ID', [
  '商品id',
  '宝贝id',
  '商品编号',
  '货品id',
  'sku id',
  'item id',
  'product',
  'item',
]);
const CATEGORY_ID = col('id', '类目 ID', 'Category ID', [
  '类目id',
  '叶子类目id',
  '类目编号',
  'category',
]);
const CONTENT_ID = col(
  'id',
  '内容 ID（无则为空）',
  'Content ID (empty when none)',
  ['内容id', '内容编号', '种草内容id', 'content'],
  { optional: true },
);
const SP_ID = col('id', '服务商 ID', 'Service provider ID', [
  '服务商id',
  '服务商编号',
  'sp id',
  'provider id',
]);
const DAY = (zh: string, en: string, synonyms: readonly string[]) => col('day', zh, en, synonyms);
const DATE_SYNONYMS = [
  '日期',
  '时间',
  '下单时间',
  '付款时间',
  '支付时间',
  '订单日期',
  '统计日期',
  'date',
  'day',
  'order date',
  'pay date',
];
const CROWD = col(
  'text',
  '消费者所属策略人群',
  "The consumer's strategic crowd",
  ['人群', '策略人群', '八大人群', 'crowd', 'segment'],
  { optional: true },
);
const FLAG = (zh: string, en: string, synonyms: readonly string[]) => col('flag', zh, en, synonyms);

export const DATA_CONTRACT: Readonly<Record<string, ContractTable>> = {
  orders: {
    meaning: { zh: '订单', en: 'Orders' },
    grain: { zh: '每行一笔订单', en: 'One row per order' },
    synonyms: ['订单', '订单表', '订单明细', '交易', '成交', 'order', 'transactions', 'sales'],
    columns: {
      order_id: ORDER_ID,
      consumer_id: CONSUMER_ID,
      crowd: CROWD,
      brand_id: BRAND_ID,
      day_idx: DAY(
        '下单日序号（由日期推导）',
        'Order day index (derived from the date)',
        DATE_SYNONYMS,
      ),
      dt: col('date', '下单日期', 'Order date', DATE_SYNONYMS),
      month_idx: col(
        'month',
        '下单月序号（由日期推导）',
        'Order month index (derived from the date)',
        DATE_SYNONYMS,
      ),
      pay_amount: col(
        'number',
        '实付金额',
        'Amount paid',
        [
          '支付金额',
          '实付金额',
          '付款金额',
          '成交金额',
          '订单金额',
          '金额',
          'gmv',
          'payment',
          'amount',
          'paid',
        ],
        { unit: YUAN },
      ),
      refund_amount: col('number', '退款金额', 'Amount refunded', ['退款金额', '退款', 'refund'], {
        unit: YUAN,
      }),
      status: col(
        'code',
        '订单状态',
        'Order status',
        ['订单状态', '状态', '交易状态', 'order status'],
        {
          values: {
            paid: [
              '已付款',
              '已支付',
              '交易成功',
              '已完成',
              '已发货',
              '待发货',
              '已收货',
              'paid',
              'success',
              'completed',
              'shipped',
            ],
            refunded: ['已退款', '退款成功', '退款', '部分退款', '售后完成', 'refunded', 'refund'],
            unpaid: [
              '未付款',
              '待付款',
              '交易关闭',
              '已取消',
              '未支付',
              'unpaid',
              'cancelled',
              'closed',
            ],
          },
        },
      ),
      content_id: CONTENT_ID,
    },
  },
  order_items: {
    meaning: { zh: '订单商品行', en: 'Order lines' },
    grain: { zh: '每行一笔订单中的一个商品', en: 'One row per product in an order' },
    synonyms: ['订单商品', '子订单', '商品明细', '订单行', 'order items', 'order lines', 'lines'],
    columns: {
      order_id: ORDER_ID,
      product_id: PRODUCT_ID,
      category_id: CATEGORY_ID,
      qty: col('integer', '件数', 'Quantity', ['数量', '件数', '购买数量', 'quantity', 'units'], {
        unit: { zh: '件', en: 'units' },
      }),
      unit_price: col(
        'number',
        '成交单价',
        'Unit price paid',
        ['单价', '成交单价', '商品单价', 'price'],
        { unit: YUAN },
      ),
    },
  },
  products: {
    meaning: { zh: '商品', en: 'Products' },
    grain: { zh: '每行一个商品', en: 'One row per product' },
    synonyms: ['商品', '商品表', '宝贝', '货品', 'products', 'items', 'sku'],
    columns: {
      product_id: PRODUCT_ID,
      brand_id: BRAND_ID,
      category_id: CATEGORY_ID,
      list_price: col(
        'number',
        '标价',
        'List price',
        ['标价', '吊牌价', '原价', 'list price', 'msrp'],
        { unit: YUAN },
      ),
      price_band: col('integer', '价格带（1 低 – 5 高）', 'Price band (1 low – 5 high)', [
        '价格带',
        '价格段',
        'price band',
      ]),
      launch_day: DAY(
        '上新日序号（由上新日期推导）',
        'Launch day index (derived from the launch date)',
        ['上新日期', '上架日期', '上市日期', '上新时间', 'launch date', 'launch'],
      ),
    },
  },
  brands: {
    meaning: { zh: '品牌', en: 'Brands' },
    grain: { zh: '每行一个品牌', en: 'One row per brand' },
    synonyms: ['品牌', '品牌表', 'brands'],
    columns: {
      brand_id: BRAND_ID,
      name: col('text', '品牌名称', 'Brand name', ['品牌名称', '品牌名', '名称', 'brand name']),
      name_en: col('text', '品牌英文名', 'Brand name in English', ['英文名', 'english name'], {
        optional: true,
      }),
      industry: col(
        'text',
        '所属行业（同行业品牌互为参照）',
        'Industry (brands of one industry are compared)',
        ['行业', '一级类目', '所属行业', 'industry', 'sector'],
      ),
      merchant_tier: col(
        'code',
        '商家层级',
        'Merchant tier',
        ['商家层级', '店铺层级', '层级', 'tier'],
        {
          values: { 超级旗舰: ['超级旗舰'], 千星: ['千星'], 蓝星: ['蓝星'] },
        },
      ),
      sp_id: SP_ID,
      first_sale_day: DAY('首销日序号', 'First sale day index', [
        '首销日期',
        '开店日期',
        '首次销售日期',
        'first sale date',
      ]),
    },
  },
  categories: {
    meaning: { zh: '类目', en: 'Categories' },
    grain: { zh: '每行一个类目', en: 'One row per category' },
    synonyms: ['类目', '类目表', 'categories'],
    columns: {
      category_id: CATEGORY_ID,
      name: col('text', '类目名称', 'Category name', [
        '类目名称',
        '类目名',
        '名称',
        'category name',
      ]),
      name_en: col('text', '类目英文名', 'Category name in English', ['英文名', 'english name'], {
        optional: true,
      }),
      repurchase_cycle_days: col(
        'integer',
        '复购周期',
        'Repurchase cycle',
        ['复购周期', '回购周期', 'repurchase cycle'],
        { unit: { zh: '天', en: 'days' } },
      ),
    },
  },
  consumers: {
    meaning: { zh: '消费者', en: 'Consumers' },
    grain: { zh: '每行一位消费者', en: 'One row per consumer' },
    synonyms: ['消费者', '会员信息', '用户', '人群画像', 'consumers', 'customers', 'members'],
    columns: {
      consumer_id: CONSUMER_ID,
      crowd: CROWD,
      gender: col('code', '性别', 'Gender', ['性别', 'gender', 'sex'], {
        values: { F: ['女', 'female', 'f'], M: ['男', 'male', 'm'] },
      }),
      age: col('integer', '年龄', 'Age', ['年龄', 'age'], { unit: { zh: '岁', en: 'years' } }),
      city_tier: col(
        'integer',
        '城市线级（1 一线 – 6 五线及以下）',
        'City tier (1 tier-1 – 6 tier-5 and below)',
        ['城市线级', '城市等级', 'city tier'],
      ),
      is_88vip: FLAG('88VIP 会员（0/1）', '88VIP member (0/1)', ['88vip', '是否88vip']),
    },
  },
  events: {
    meaning: { zh: '行为事件', en: 'Behaviour events' },
    grain: {
      zh: '每行一次行为（曝光、点击、收藏、加购、内容互动…）',
      en: 'One row per action (exposure, click, favourite, cart, content…)',
    },
    synonyms: ['行为', '行为明细', '事件', '流量', 'events', 'behaviour', 'behavior', 'actions'],
    columns: {
      consumer_id: CONSUMER_ID,
      crowd: CROWD,
      brand_id: BRAND_ID,
      product_id: PRODUCT_ID,
      day_idx: DAY(
        '行为日序号（由日期推导）',
        'Event day index (derived from the date)',
        DATE_SYNONYMS,
      ),
      ts_sec: col('integer', '当日秒数', 'Second of the day', ['秒数', 'second of day'], {
        unit: { zh: '秒', en: 's' },
      }),
      event_type: col(
        'code',
        '行为类型',
        'Action',
        ['行为类型', '事件类型', '行为', 'event type', 'action'],
        {
          values: {
            exposure: ['曝光', 'exposure', 'impression'],
            click: ['点击', 'click'],
            pdp_view: ['浏览', '商品浏览', '访问', 'pdp view', 'view'],
            brand_search: ['品牌搜索', 'brand search'],
            category_search: ['类目搜索', '品类搜索', 'category search'],
            favorite: ['收藏', 'favorite', 'favourite'],
            cart: ['加购', '加购物车', 'cart', 'add to cart'],
            follow: ['关注', 'follow'],
            join_member: ['入会', 'join member'],
            trial: ['试用', '派样', 'trial'],
            coupon_claim: ['领券', 'coupon'],
            content_view: ['内容浏览', '观看', 'content view'],
            content_like: ['点赞', 'like'],
            content_comment: ['评论', 'comment'],
            content_share: ['分享', '转发', 'share'],
            live_enter: ['进直播间', '直播观看', 'live enter'],
          },
        },
      ),
      content_id: CONTENT_ID,
      watch_sec: col('integer', '观看时长', 'Watch time', ['观看时长', '播放时长', 'watch time'], {
        unit: { zh: '秒', en: 's' },
        optional: true,
      }),
    },
  },
  reviews: {
    meaning: { zh: '评价', en: 'Reviews' },
    grain: { zh: '每行一条评价', en: 'One row per review' },
    synonyms: ['评价', '评论', 'reviews', 'ratings'],
    columns: {
      consumer_id: CONSUMER_ID,
      product_id: PRODUCT_ID,
      day_idx: DAY(
        '评价日序号（由日期推导）',
        'Review day index (derived from the date)',
        DATE_SYNONYMS,
      ),
      rating: col('integer', '评分（1–5）', 'Rating (1–5)', ['评分', '星级', 'rating', 'stars']),
      is_shared: FLAG('是否分享（0/1）', 'Shared (0/1)', ['是否分享', '分享', 'shared']),
    },
  },
  memberships: {
    meaning: { zh: '品牌会员', en: 'Brand memberships' },
    grain: { zh: '每行一位会员在一个品牌的入会', en: "One row per consumer's joining of a brand" },
    synonyms: ['会员', '入会', 'memberships', 'members'],
    columns: {
      consumer_id: CONSUMER_ID,
      brand_id: BRAND_ID,
      join_day: DAY('入会日序号（由入会日期推导）', 'Join day index (derived from the join date)', [
        '入会日期',
        '入会时间',
        'join date',
      ]),
    },
  },
  content: {
    meaning: { zh: '内容', en: 'Content' },
    grain: {
      zh: '每行一条内容（直播、短视频、逛逛、图文）',
      en: 'One row per piece of content (livestream, short video, Guangguang, graphic)',
    },
    synonyms: ['内容', '种草内容', 'content'],
    columns: {
      content_id: CONTENT_ID,
      brand_id: BRAND_ID,
      sp_id: SP_ID,
      content_type: col(
        'code',
        '内容形式',
        'Content type',
        ['内容形式', '内容类型', 'content type'],
        {
          values: {
            livestream: ['直播', 'livestream', 'live'],
            short_video: ['短视频', 'short video', 'video'],
            guangguang: ['逛逛', 'guangguang'],
            graphic: ['图文', 'graphic', 'post'],
          },
        },
      ),
      creator_type: col(
        'code',
        '创作者类型',
        'Creator type',
        ['创作者类型', '达人类型', 'creator type'],
        {
          values: {
            brand: ['品牌自播', '品牌', 'brand'],
            KOL: ['kol', '达人'],
            KOC: ['koc', '素人'],
          },
        },
      ),
    },
  },
  service_providers: {
    meaning: { zh: '服务商', en: 'Service providers' },
    grain: { zh: '每行一个服务商', en: 'One row per service provider' },
    synonyms: ['服务商', 'service providers', 'providers', 'agencies'],
    columns: {
      sp_id: SP_ID,
      name: col('text', '服务商名称', 'Provider name', ['服务商名称', '名称', 'provider name']),
    },
  },
  launch_daily: {
    meaning: { zh: '新品日数据', en: 'Launch days' },
    grain: {
      zh: '每行一个新品在上新后一天的数据',
      en: 'One row per new product per day after its launch',
    },
    synonyms: ['新品', '新品日数据', '新品追踪', 'launch daily', 'launches'],
    columns: {
      product_id: PRODUCT_ID,
      day_idx: DAY('日序号（由日期推导）', 'Day index (derived from the date)', DATE_SYNONYMS),
      age_day: col(
        'integer',
        '上新第几天',
        'Days since launch',
        ['上新天数', '上新第几天', 'age day', 'days since launch'],
        { unit: { zh: '天', en: 'days' } },
      ),
      exposure_uv: col(
        'integer',
        '曝光人数',
        'People exposed',
        ['曝光人数', '曝光uv', 'exposure uv'],
        { unit: PEOPLE },
      ),
      visitor_uv: col('integer', '访客数', 'Visitors', ['访客数', '访客', 'uv', 'visitors'], {
        unit: PEOPLE,
      }),
      fav_cart_uv: col(
        'integer',
        '收藏加购人数',
        'People who favourited or carted',
        ['收藏加购人数', '收藏加购', 'fav cart uv'],
        { unit: PEOPLE },
      ),
      buyers: col('integer', '支付买家数', 'Buyers', ['支付买家数', '买家数', 'buyers'], {
        unit: PEOPLE,
      }),
      new_buyers: col(
        'integer',
        '新客买家数',
        'New buyers',
        ['新客买家数', '新买家数', 'new buyers'],
        { unit: PEOPLE },
      ),
      target_crowd_buyers: col(
        'integer',
        '目标人群买家数',
        'Target-crowd buyers',
        ['目标人群买家数', 'target crowd buyers'],
        { unit: PEOPLE },
      ),
      content_views: col(
        'integer',
        '内容浏览人数',
        'Content viewers',
        ['内容浏览人数', '内容浏览', 'content views'],
        { unit: PEOPLE },
      ),
      content_engagements: col(
        'integer',
        '内容互动人数',
        'Content engagers',
        ['内容互动人数', '内容互动', 'content engagements'],
        { unit: PEOPLE },
      ),
    },
  },
  aipl_monthly: {
    meaning: { zh: '月末 A/I 人群包', en: 'Month-end A and I crowd packs' },
    grain: {
      zh: '每行一位消费者在一个月末对一个品牌的 A 或 I 状态',
      en: "One row per consumer's A or I state for a brand at a month's end",
    },
    synonyms: ['人群包', 'aipl人群', 'aipl monthly', 'crowd packs'],
    columns: {
      brand_id: BRAND_ID,
      month_idx: col(
        'month',
        '月序号（由日期推导）',
        'Month index (derived from the date)',
        DATE_SYNONYMS,
      ),
      day_idx: DAY(
        '月末日序号（由日期推导）',
        'Month-end day index (derived from the date)',
        DATE_SYNONYMS,
      ),
      consumer_id: CONSUMER_ID,
      crowd: CROWD,
      stage: col('code', 'AIPL 状态', 'AIPL state', ['状态', '阶段', 'aipl', 'stage'], {
        values: { A: ['a', '认知'], I: ['i', '兴趣'] },
      }),
    },
  },
  targets: {
    meaning: { zh: 'GMV 目标', en: 'GMV targets' },
    grain: { zh: '每行一个品牌一个月的目标', en: "One row per brand's month" },
    synonyms: ['目标', '月度目标', 'targets', 'goals'],
    columns: {
      brand_id: BRAND_ID,
      month_idx: col('month', '月序号（由月份推导）', 'Month index (derived from the month)', [
        '月份',
        '月',
        'month',
      ]),
      month: col('date', '月份（当月 1 日）', 'Month (its first day)', ['月份', '月', 'month']),
      gmv_target: col(
        'number',
        'GMV 目标',
        'GMV target',
        ['gmv目标', '目标gmv', '目标', 'target'],
        { unit: YUAN },
      ),
    },
  },
};
