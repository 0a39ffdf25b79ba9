// @ts-check
/** What the demo data's coded values read as, in Chinese and English (the data dictionary's `values`). */

/** @typedef {{ zh: string, en: string }} Text */
/**
 * What coded values read as (a chart's legend and axis show these, not `livestream` or `F`).
 * @param {Record<string, [string, string]>} pairs value → [zh, en]
 * @returns {Record<string, Text>}
 */
export const values = (pairs) =>
  Object.fromEntries(Object.entries(pairs).map(([code, [zh, en]]) => [code, { zh, en }]));

export const CHANNELS = values({
  search: ['搜索', 'Search'],
  recommend: ['推荐', 'Recommendations'],
  ad_display: ['展示广告', 'Display ads'],
  ad_search: ['搜索广告', 'Search ads'],
  livestream: ['直播', 'Livestream'],
  short_video: ['短视频', 'Short video'],
  guangguang: ['逛逛', 'Guangguang'],
  store: ['店铺', 'Store'],
  other: ['其他', 'Other'],
});
export const EVENT_TYPES = values({
  exposure: ['曝光', 'Exposure'],
  click: ['点击', 'Click'],
  pdp_view: ['浏览详情', 'Product page'],
  brand_search: ['品牌搜索', 'Brand search'],
  category_search: ['类目搜索', 'Category search'],
  favorite: ['收藏', 'Favourite'],
  cart: ['加购', 'Add to cart'],
  follow: ['关注', 'Follow'],
  join_member: ['入会', 'Join membership'],
  trial: ['试用', 'Trial'],
  coupon_claim: ['领券', 'Coupon claimed'],
  content_view: ['内容浏览', 'Content view'],
  content_like: ['内容点赞', 'Content like'],
  content_comment: ['内容评论', 'Content comment'],
  content_share: ['内容分享', 'Content share'],
  live_enter: ['进入直播间', 'Entered a livestream'],
});
export const CROWDS = values({
  精致妈妈: ['精致妈妈', 'Sophisticated mums'],
  Z世代: ['Z世代', 'Gen Z'],
  小镇青年: ['小镇青年', 'Small-town youth'],
  小镇中老年: ['小镇中老年', 'Small-town seniors'],
  都市银发: ['都市银发', 'Urban silver'],
  资深中产: ['资深中产', 'Established middle class'],
  新锐白领: ['新锐白领', 'Young white-collar'],
  都市蓝领: ['都市蓝领', 'Urban blue-collar'],
  其他: ['其他', 'Other'],
});
