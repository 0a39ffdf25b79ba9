// @ts-check
/**
 * The data dictionary: every table and column of the demo world, in Chinese and English, with unit
 * and range. It is written beside the data (dictionary.json, shown in the lab's catalog) and as
 * docs/data-dictionary.md; a test checks that it matches the files column for column.
 */

import { CHANNELS, CROWDS, EVENT_TYPES, values } from './dictionary-values.js';

/** @typedef {import('./dictionary-values.js').Text} Text */

/** The crowd a fact's consumer belongs to, as the fact tables carry it. */
const CONSUMER_CROWD = {
  zh: '消费者所属策略人群（同 consumers.crowd）',
  en: "The consumer's strategic crowd (as consumers.crowd)",
  values: CROWDS,
};

/** @typedef {{ zh: string, en: string, unit?: string, range?: string, values?: Record<string, Text> }} Col */
/** @type {Record<string, { zh: string, en: string, columns: Record<string, Col> }>} */
export const DICTIONARY = {
  consumers: {
    zh: '消费者（人口属性与八大策略人群）',
    en: 'Consumers (demographics and the eight strategic crowds)',
    columns: {
      consumer_id: { zh: '消费者 ID', en: 'Consumer ID' },
      gender: {
        zh: '性别',
        en: 'Gender',
        range: 'F | M',
        values: values({ F: ['女', 'Female'], M: ['男', 'Male'] }),
      },
      birth_year: { zh: '出生年份', en: 'Birth year' },
      age: { zh: '年龄（截至 2026 年）', en: 'Age (as of 2026)', unit: 'years', range: '16–72' },
      city_tier: {
        zh: '城市线级：1 一线、2 新一线、3 二线、4 三线、5 四线、6 五线及以下（1–3 为高线）',
        en: 'City tier: 1 tier-1, 2 new tier-1, 3 tier-2, 4 tier-3, 5 tier-4, 6 tier-5 and below (1–3 = high-tier)',
        range: '1–6',
      },
      province: { zh: '省份', en: 'Province' },
      city: { zh: '城市', en: 'City' },
      has_child_u12: { zh: '有 12 岁以下子女', en: 'Has a child aged 12 or under', range: '0 | 1' },
      is_pregnant: { zh: '孕期', en: 'Pregnant', range: '0 | 1' },
      occupation: {
        zh: '职业类型',
        en: 'Occupation',
        range: 'white | blue | student | retired | other',
        values: values({
          white: ['白领', 'White-collar'],
          blue: ['蓝领', 'Blue-collar'],
          student: ['学生', 'Student'],
          retired: ['退休', 'Retired'],
          other: ['其他', 'Other'],
        }),
      },
      income_band: { zh: '收入档', en: 'Income band', range: '1 (low) – 5 (high)' },
      is_88vip: { zh: '88VIP 会员', en: '88VIP member', range: '0 | 1' },
      taoqi_score: { zh: '淘气值', en: 'Taoqi score (platform engagement)', range: '0–2500' },
      register_day: {
        zh: '注册日（day_idx，负数为数据期之前）',
        en: 'Registration day (day_idx; negative = before the data period)',
      },
      crowd: {
        zh: '八大策略人群（按规则推导）',
        en: 'Strategic crowd (derived by the rules)',
        range:
          '精致妈妈 | Z世代 | 小镇青年 | 小镇中老年 | 都市银发 | 资深中产 | 新锐白领 | 都市蓝领 | 其他',
        values: CROWDS,
      },
      crowd_rule_version: { zh: '人群规则版本', en: 'Crowd rule version' },
    },
  },
  categories: {
    zh: '类目（行业与叶子类目）',
    en: 'Categories (industries and leaf categories)',
    columns: {
      category_id: { zh: '类目 ID', en: 'Category ID' },
      parent_id: { zh: '上级类目 ID（行业为空）', en: 'Parent category ID (null for industries)' },
      level: { zh: '层级：1 行业、2 叶子类目', en: 'Level: 1 industry, 2 leaf', range: '1 | 2' },
      name: { zh: '类目名称', en: 'Name (Chinese)' },
      name_en: { zh: '英文名称', en: 'Name (English)' },
      industry: { zh: '所属行业', en: 'Industry (Chinese)' },
      industry_en: { zh: '所属行业（英文）', en: 'Industry (English)' },
      repurchase_cycle_days: { zh: '典型复购周期', en: 'Typical repurchase cycle', unit: 'days' },
    },
  },
  service_providers: {
    zh: '服务商',
    en: 'Service providers',
    columns: {
      sp_id: { zh: '服务商 ID', en: 'Service provider ID' },
      name: { zh: '服务商名称', en: 'Name (Chinese)' },
      name_en: { zh: '英文名称', en: 'Name (English)' },
      sp_type: {
        zh: '服务类型',
        en: 'Service type',
        range: '全链路 | 店铺运营 | 内容营销 | 数据服务',
      },
    },
  },
  brands: {
    zh: '品牌',
    en: 'Brands',
    columns: {
      brand_id: { zh: '品牌 ID', en: 'Brand ID' },
      name: { zh: '品牌名称（虚构）', en: 'Brand name (fictional, Chinese)' },
      name_en: { zh: '英文别名', en: 'English alias' },
      main_category_id: { zh: '主营叶子类目 ID', en: 'Main leaf category ID' },
      industry: { zh: '所属行业', en: 'Industry (Chinese)' },
      price_positioning: { zh: '价格定位', en: 'Price positioning', range: 'mass | mid | premium' },
      first_sale_day: { zh: '首次销售日（day_idx）', en: 'First sale day (day_idx)' },
      store_type: {
        zh: '店铺类型',
        en: 'Store type',
        range: '旗舰店 | 专卖店 | 专营店',
        values: values({
          旗舰店: ['旗舰店', 'Flagship store'],
          专卖店: ['专卖店', 'Brand store'],
          专营店: ['专营店', 'Multi-brand store'],
        }),
      },
      merchant_tier: {
        zh: '商家层级（示意：近 365 天 GMV 前 10% 超级旗舰、其后 30% 千星、其余蓝星；新品牌为蓝星）',
        en: 'Merchant tier (illustrative: top 10% by trailing-365-day GMV 超级旗舰, next 30% 千星, rest and new brands 蓝星)',
        range: '超级旗舰 | 千星 | 蓝星',
        values: values({
          超级旗舰: ['超级旗舰', 'Super flagship'],
          千星: ['千星', 'Thousand Stars'],
          蓝星: ['蓝星', 'Blue Star'],
        }),
      },
      sp_id: { zh: '服务商 ID', en: 'Service provider ID' },
    },
  },
  products: {
    zh: '商品（SKU）',
    en: 'Products (SKUs)',
    columns: {
      product_id: { zh: '商品 ID', en: 'Product ID' },
      brand_id: { zh: '品牌 ID', en: 'Brand ID' },
      category_id: { zh: '叶子类目 ID', en: 'Leaf category ID' },
      list_price: { zh: '标价', en: 'List price', unit: 'CNY' },
      price_band: {
        zh: '价格带（类目内标价五分位）',
        en: 'Price band (list-price quintile within the category)',
        range: '1 (低) – 5 (高)',
      },
      launch_day: {
        zh: '上新日（day_idx，负数为数据期之前）',
        en: 'Launch day (day_idx; negative = before the data period)',
      },
      is_tmic_project: { zh: 'TMIC 新品项目', en: 'TMIC new-product project', range: '0 | 1' },
    },
  },
  content: {
    zh: '内容（直播、短视频、逛逛、图文）',
    en: 'Content (livestreams, short videos, 逛逛 posts, graphics)',
    columns: {
      content_id: { zh: '内容 ID', en: 'Content ID' },
      brand_id: { zh: '品牌 ID', en: 'Brand ID' },
      sp_id: { zh: '运营服务商 ID', en: 'Operating service provider ID' },
      content_type: {
        zh: '内容类型',
        en: 'Content type',
        range: 'livestream | short_video | guangguang | graphic',
        values: values({
          livestream: ['直播', 'Livestream'],
          short_video: ['短视频', 'Short video'],
          guangguang: ['逛逛', 'Guangguang'],
          graphic: ['图文', 'Graphic post'],
        }),
      },
      creator_type: {
        zh: '创作者类型',
        en: 'Creator type',
        range: 'brand | KOL | KOC',
        values: values({ brand: ['品牌自播', 'Brand'], KOL: ['KOL', 'KOL'], KOC: ['KOC', 'KOC'] }),
      },
      publish_day: { zh: '发布日（day_idx）', en: 'Publish day (day_idx)' },
      linked_product_id: { zh: '挂链商品 ID', en: 'Linked product ID' },
    },
  },
  events: {
    zh: '行为事件（近 180 天）',
    en: 'Behavioural events (last 180 days)',
    columns: {
      event_id: { zh: '事件 ID', en: 'Event ID' },
      day_idx: { zh: '日序号（0 = 2024-11-21）', en: 'Day index (0 = 2024-11-21)' },
      dt: { zh: '日期', en: 'Date' },
      week_idx: { zh: '周序号（周一开始）', en: 'Week index (weeks start on Monday)' },
      ts_sec: { zh: '当日秒数', en: 'Second of the day', unit: 's', range: '0–86399' },
      consumer_id: { zh: '消费者 ID', en: 'Consumer ID' },
      crowd: CONSUMER_CROWD,
      brand_id: { zh: '品牌 ID', en: 'Brand ID' },
      product_id: { zh: '商品 ID（0 = 无）', en: 'Product ID (0 = none)' },
      category_id: { zh: '叶子类目 ID', en: 'Leaf category ID' },
      event_type: {
        zh: '行为类型（A：exposure、content_view、category_search；其余为 I 类主动行为）',
        en: 'Event type (A: exposure, content_view, category_search; the rest are I-stage active behaviours)',
        range:
          'exposure | click | pdp_view | brand_search | category_search | favorite | cart | follow | join_member | trial | coupon_claim | content_view | content_like | content_comment | content_share | live_enter',
        values: EVENT_TYPES,
      },
      channel: {
        zh: '渠道',
        en: 'Channel',
        range:
          'search | recommend | ad_display | ad_search | livestream | short_video | guangguang | store | other',
        values: CHANNELS,
      },
      content_id: { zh: '内容 ID（内容行为）', en: 'Content ID (content events)' },
      watch_sec: { zh: '观看时长', en: 'Watch time', unit: 's' },
      is_paid_media: { zh: '付费广告流量', en: 'Paid media', range: '0 | 1' },
    },
  },
  orders: {
    zh: '订单（近 24 个月）',
    en: 'Orders (last 24 months)',
    columns: {
      order_id: { zh: '订单 ID', en: 'Order ID' },
      consumer_id: { zh: '消费者 ID', en: 'Consumer ID' },
      crowd: {
        zh: '买家所属策略人群（同 consumers.crowd）',
        en: "The buyer's strategic crowd (as consumers.crowd)",
        values: CROWDS,
      },
      brand_id: { zh: '品牌 ID', en: 'Brand ID' },
      day_idx: { zh: '日序号（0 = 2024-11-21）', en: 'Day index (0 = 2024-11-21)' },
      dt: { zh: '日期', en: 'Date' },
      week_idx: { zh: '周序号（周一开始）', en: 'Week index (weeks start on Monday)' },
      month_idx: { zh: '月序号（0 = 2024-11）', en: 'Month index (0 = 2024-11)' },
      pay_amount: {
        zh: '支付金额（GMV 口径：paid 与 refunded 订单计入）',
        en: 'Paid amount (GMV counts paid and refunded orders)',
        unit: 'CNY',
      },
      refund_amount: { zh: '退款金额', en: 'Refunded amount', unit: 'CNY' },
      status: {
        zh: '订单状态',
        en: 'Status',
        range: 'paid | refunded | unpaid',
        values: values({
          paid: ['已支付', 'Paid'],
          refunded: ['已退款', 'Refunded'],
          unpaid: ['未支付', 'Unpaid'],
        }),
      },
      channel: {
        zh: '成交渠道',
        en: 'Channel',
        range:
          'search | recommend | ad_display | ad_search | livestream | short_video | guangguang | store',
        values: CHANNELS,
      },
      content_id: { zh: '归因内容 ID', en: 'Attributed content ID' },
      is_presale: { zh: '预售订单', en: 'Pre-sale order', range: '0 | 1' },
    },
  },
  order_items: {
    zh: '订单明细',
    en: 'Order items',
    columns: {
      order_id: { zh: '订单 ID', en: 'Order ID' },
      product_id: { zh: '商品 ID', en: 'Product ID' },
      category_id: { zh: '叶子类目 ID', en: 'Leaf category ID' },
      qty: { zh: '件数', en: 'Quantity', unit: 'items' },
      unit_price: { zh: '成交单价', en: 'Unit price paid', unit: 'CNY' },
      discount: {
        zh: '优惠金额（标价与成交价之差 × 件数）',
        en: 'Discount ((list − unit price) × quantity)',
        unit: 'CNY',
      },
    },
  },
  reviews: {
    zh: '评价',
    en: 'Reviews',
    columns: {
      order_id: { zh: '订单 ID', en: 'Order ID' },
      consumer_id: { zh: '消费者 ID', en: 'Consumer ID' },
      product_id: { zh: '商品 ID', en: 'Product ID' },
      day_idx: { zh: '评价日序号', en: 'Day index of the review' },
      dt: { zh: '评价日期', en: 'Review date' },
      rating: { zh: '评分', en: 'Rating', range: '1–5' },
      has_photo: { zh: '带图', en: 'Has photos', range: '0 | 1' },
      is_shared: { zh: '已分享', en: 'Shared', range: '0 | 1' },
    },
  },
  memberships: {
    zh: '品牌会员',
    en: 'Brand memberships',
    columns: {
      consumer_id: { zh: '消费者 ID', en: 'Consumer ID' },
      brand_id: { zh: '品牌 ID', en: 'Brand ID' },
      join_day: { zh: '入会日（day_idx）', en: 'Join day (day_idx)' },
      join_dt: { zh: '入会日期', en: 'Join date' },
      level: { zh: '会员等级', en: 'Member level', range: '1–3' },
      is_fan: { zh: '粉丝', en: 'Fan', range: '0 | 1' },
    },
  },
  launch_daily: {
    zh: '新品上市前 30 天日指标（全店口径，生意参谋式商品日报）',
    en: 'Launch KPIs for each new product’s first 30 days (whole-store figures, as product reports give them)',
    columns: {
      product_id: { zh: '商品 ID', en: 'Product ID' },
      brand_id: { zh: '品牌 ID', en: 'Brand ID' },
      category_id: { zh: '叶子类目 ID', en: 'Leaf category ID' },
      day_idx: { zh: '日序号', en: 'Day index' },
      dt: { zh: '日期', en: 'Date' },
      age_day: {
        zh: '上新第几天（0 = 上新日）',
        en: 'Days since launch (0 = launch day)',
        range: '0–29',
      },
      exposure_uv: { zh: '曝光人数', en: 'Exposed visitors (UV)', unit: '人' },
      visitor_uv: { zh: '访客数（点击进入）', en: 'Visitors (clicked through)', unit: '人' },
      fav_cart_uv: { zh: '收藏加购人数', en: 'Favourite or add-to-cart visitors', unit: '人' },
      buyers: { zh: '支付买家数', en: 'Paying buyers', unit: '人' },
      new_buyers: { zh: '品牌新客买家数', en: 'Buyers new to the brand', unit: '人' },
      target_crowd_buyers: {
        zh: '目标人群买家数',
        en: 'Buyers from the brand’s target crowds',
        unit: '人',
      },
      content_views: { zh: '关联内容浏览人数', en: 'Viewers of linked content', unit: '人' },
      content_engagements: {
        zh: '关联内容互动人数（赞评转）',
        en: 'Engaged viewers of linked content (like, comment, share)',
        unit: '人',
      },
    },
  },
  aipl_monthly: {
    zh: '月末 AIPL 人群包（每月最后一天处于 A 或 I 阶段的消费者；P、L 由订单推出，不在此表）',
    en: 'Month-end AIPL crowd packs (consumers in stage A or I on each month’s last day; P and L follow from the orders and are not stored)',
    columns: {
      brand_id: { zh: '品牌 ID', en: 'Brand ID' },
      month_idx: { zh: '月序号（0 = 2024-11）', en: 'Month index (0 = 2024-11)' },
      day_idx: { zh: '快照日序号（月末）', en: 'Snapshot day index (month end)' },
      dt: { zh: '快照日期', en: 'Snapshot date' },
      consumer_id: { zh: '消费者 ID', en: 'Consumer ID' },
      crowd: CONSUMER_CROWD,
      stage: { zh: 'AIPL 阶段', en: 'AIPL stage', range: 'A | I' },
    },
  },
  targets: {
    zh: '品牌月度 GMV 目标',
    en: 'Monthly GMV targets per brand',
    columns: {
      brand_id: { zh: '品牌 ID', en: 'Brand ID' },
      month_idx: { zh: '月序号（0 = 2024-11）', en: 'Month index (0 = 2024-11)' },
      month: { zh: '月份（当月第一天）', en: 'Month (first day)' },
      gmv_target: { zh: 'GMV 目标', en: 'GMV target', unit: 'CNY' },
    },
  },
};
