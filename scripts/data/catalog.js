// @ts-check
/**
 * The fixed vocabulary of the demo world: industries and leaf categories, the eight strategic
 * crowds and the planted affinities. Every brand, service provider and product name is fictional.
 */

/** @typedef {{ zh: string, en: string, cycle: number, price: number, share?: number }} Leaf */
/** @typedef {{ zh: string, en: string, leaves: Leaf[] }} Industry */

/** @type {Industry[]} */
export const INDUSTRIES = [
  {
    zh: '母婴',
    en: 'Mother & baby',
    leaves: [
      { zh: '奶粉', en: 'Infant formula', cycle: 30, price: 280 },
      { zh: '纸尿裤', en: 'Diapers', cycle: 25, price: 120 },
      { zh: '辅食', en: 'Baby food', cycle: 21, price: 60 },
      { zh: '童装', en: "Children's wear", cycle: 90, price: 150 },
      { zh: '孕产用品', en: 'Maternity care', cycle: 120, price: 200 },
    ],
  },
  {
    zh: '美妆',
    en: 'Beauty',
    leaves: [
      { zh: '面部护肤', en: 'Skincare', cycle: 60, price: 320 },
      { zh: '彩妆', en: 'Makeup', cycle: 75, price: 180 },
      { zh: '香水', en: 'Fragrance', cycle: 180, price: 450 },
      { zh: '身体护理', en: 'Body care', cycle: 60, price: 90 },
      { zh: '美容仪器', en: 'Beauty devices', cycle: 365, price: 900 },
    ],
  },
  {
    zh: '食品',
    en: 'Food',
    leaves: [
      { zh: '咖啡', en: 'Coffee', cycle: 20, price: 90 },
      { zh: '零食', en: 'Snacks', cycle: 14, price: 50, share: 0.55 },
      { zh: '茶饮', en: 'Tea', cycle: 30, price: 120 },
      { zh: '乳品', en: 'Dairy', cycle: 10, price: 60 },
      { zh: '粮油', en: 'Grain & oil', cycle: 45, price: 80 },
    ],
  },
  {
    zh: '保健',
    en: 'Health supplements',
    leaves: [
      { zh: '维生素', en: 'Vitamins', cycle: 60, price: 150 },
      { zh: '蛋白粉', en: 'Protein powder', cycle: 45, price: 260 },
      { zh: '滋补', en: 'Tonics', cycle: 90, price: 380 },
      { zh: '益生菌', en: 'Probiotics', cycle: 45, price: 180 },
      { zh: '鱼油', en: 'Fish oil', cycle: 60, price: 160 },
    ],
  },
  {
    zh: '个护',
    en: 'Personal care',
    leaves: [
      { zh: '洗发护发', en: 'Hair care', cycle: 45, price: 70 },
      { zh: '口腔护理', en: 'Oral care', cycle: 40, price: 50 },
      { zh: '沐浴', en: 'Bath', cycle: 45, price: 60 },
      { zh: '女性护理', en: 'Feminine care', cycle: 30, price: 40 },
      { zh: '剃须', en: 'Shaving', cycle: 90, price: 150 },
    ],
  },
  {
    zh: '家清',
    en: 'Home cleaning',
    leaves: [
      { zh: '洗衣液', en: 'Laundry', cycle: 45, price: 60 },
      { zh: '纸品', en: 'Paper goods', cycle: 30, price: 50 },
      { zh: '清洁剂', en: 'Cleaners', cycle: 60, price: 40 },
      { zh: '驱蚊', en: 'Insect repellent', cycle: 120, price: 45 },
      { zh: '收纳', en: 'Storage', cycle: 240, price: 90 },
    ],
  },
  {
    zh: '服饰',
    en: 'Apparel',
    leaves: [
      { zh: '女装', en: "Women's wear", cycle: 90, price: 260 },
      { zh: '男装', en: "Men's wear", cycle: 120, price: 300 },
      { zh: '运动鞋', en: 'Sneakers', cycle: 180, price: 500 },
      { zh: '内衣', en: 'Underwear', cycle: 120, price: 150 },
      { zh: '箱包', en: 'Bags', cycle: 365, price: 600 },
    ],
  },
  {
    zh: '3C数码',
    en: 'Electronics',
    leaves: [
      { zh: '手机', en: 'Phones', cycle: 730, price: 3000 },
      { zh: '耳机', en: 'Earphones', cycle: 365, price: 500 },
      { zh: '平板', en: 'Tablets', cycle: 900, price: 3500 },
      { zh: '智能手表', en: 'Smartwatches', cycle: 700, price: 1500 },
      { zh: '充电配件', en: 'Chargers', cycle: 180, price: 100 },
    ],
  },
];

/** Sandbox leaves: the four of each industry that the planted pairs need first. */
export const SANDBOX_LEAVES = {
  母婴: ['奶粉', '纸尿裤', '辅食', '童装'],
  美妆: ['面部护肤', '彩妆', '香水', '身体护理'],
  食品: ['咖啡', '零食', '茶饮', '乳品'],
};

/** The eight strategic crowds (metrics.md §1.7), in rule priority order, plus the residual. */
export const CROWDS = [
  { zh: '精致妈妈', en: 'Refined moms' },
  { zh: 'Z世代', en: 'Gen Z' },
  { zh: '小镇青年', en: 'Small-town youth' },
  { zh: '小镇中老年', en: 'Small-town middle-aged & seniors' },
  { zh: '都市银发', en: 'Urban silver' },
  { zh: '资深中产', en: 'Senior middle class' },
  { zh: '新锐白领', en: 'Young white-collar' },
  { zh: '都市蓝领', en: 'Urban blue-collar' },
  { zh: '其他', en: 'Other' },
];
export const CROWD_RULE_VERSION = 'crowd-rules-2019-v1';

/**
 * Planted crowd × category affinities: multipliers on how often a crowd's purchase occasions fall
 * in a category (by leaf or whole industry). These are what TGI views must find.
 * @type {{ crowd: string, target: string, factor: number }[]}
 */
export const CROWD_AFFINITIES = [
  { crowd: '精致妈妈', target: '母婴', factor: 5 },
  { crowd: 'Z世代', target: '彩妆', factor: 4 },
  { crowd: 'Z世代', target: '零食', factor: 6 },
  { crowd: 'Z世代', target: '耳机', factor: 2.5 },
  { crowd: '都市银发', target: '保健', factor: 3.5 },
  { crowd: '都市银发', target: '茶饮', factor: 2.5 },
  { crowd: '新锐白领', target: '咖啡', factor: 3 },
  { crowd: '新锐白领', target: '香水', factor: 2.2 },
  { crowd: '资深中产', target: '滋补', factor: 2.5 },
  { crowd: '资深中产', target: '美容仪器', factor: 2.5 },
  { crowd: '资深中产', target: '茶饮', factor: 1.8 },
  { crowd: '小镇中老年', target: '粮油', factor: 2.5 },
  { crowd: '小镇中老年', target: '乳品', factor: 1.8 },
  { crowd: '小镇青年', target: '零食', factor: 1.3 },
  { crowd: '小镇青年', target: '运动鞋', factor: 2 },
];

/**
 * Price tilt per crowd: positive prefers premium brands and higher price bands (88VIP adds 0.6).
 * @type {Record<string, number>}
 */
export const PRICE_TILT = {
  资深中产: 0.8,
  新锐白领: 0.45,
  精致妈妈: 0.35,
  都市银发: 0.1,
  Z世代: 0,
  其他: 0,
  都市蓝领: -0.35,
  小镇青年: -0.6,
  小镇中老年: -0.8,
};

/** Content-type preference per crowd (multipliers on engagement). */
export const CONTENT_AFFINITY = {
  Z世代: { short_video: 1.8, guangguang: 1.5 },
  精致妈妈: { livestream: 1.8 },
  都市银发: { graphic: 1.6, livestream: 1.3 },
  新锐白领: { guangguang: 1.4, short_video: 1.2 },
  小镇青年: { livestream: 1.5, short_video: 1.4 },
  小镇中老年: { livestream: 1.4 },
};

/** Planted cross-category pairs: buying A triggers B after a delay (metrics.md §3.4). */
export const CROSS_PAIRS = [
  { a: '奶粉', b: '纸尿裤', trigger: 0.4, delay: [7, 45] },
  { a: '面部护肤', b: '彩妆', trigger: 0.4, delay: [10, 60] },
  { a: '咖啡', b: '零食', trigger: 0.5, delay: [7, 30] },
];

export const SP_NAMES = [
  ['星云数智', 'Nebula Digital', '全链路'],
  ['青橙电商', 'Qingcheng Commerce', '店铺运营'],
  ['云帆营销', 'Yunfan Marketing', '内容营销'],
  ['远见传媒', 'Farsight Media', '内容营销'],
  ['博睿电商', 'Borui Commerce', '店铺运营'],
  ['拓客科技', 'Tuoke Tech', '全链路'],
  ['光合数据', 'Photon Data', '数据服务'],
  ['木棉运营', 'Kapok Ops', '店铺运营'],
];

/** Brand names are prefix + industry suffix: fictional by construction. */
export const NAME_PREFIXES = [
  ['暖', 'Nuan'],
  ['初', 'Chu'],
  ['星', 'Xing'],
  ['青', 'Qing'],
  ['素', 'Su'],
  ['悦', 'Yue'],
  ['禾', 'He'],
  ['雾', 'Wu'],
  ['澜', 'Lan'],
  ['知', 'Zhi'],
  ['森', 'Sen'],
  ['朗', 'Lang'],
  ['沐', 'Mu'],
  ['棠', 'Tang'],
  ['岚', 'Lan2'],
  ['芮', 'Rui'],
  ['栖', 'Qi'],
  ['拾', 'Shi'],
  ['野', 'Ye'],
  ['鹿', 'Lu'],
  ['屿', 'Yu'],
  ['澄', 'Cheng'],
  ['霁', 'Ji'],
  ['柚', 'You'],
  ['橘', 'Ju'],
  ['茉', 'Mo'],
  ['麦', 'Mai'],
  ['溪', 'Xi'],
];
/** @type {Record<string, [string, string][]>} */
export const NAME_SUFFIXES = {
  母婴: [
    ['芽', 'ya'],
    ['贝', 'bei'],
    ['宝', 'bao'],
    ['萌', 'meng'],
    ['乐', 'le'],
  ],
  美妆: [
    ['颜', 'yan'],
    ['研', 'lab'],
    ['黛', 'dai'],
    ['光', 'glow'],
    ['肌', 'skin'],
  ],
  食品: [
    ['集', 'ji'],
    ['味', 'wei'],
    ['坊', 'fang'],
    ['食', 'shi'],
    ['农', 'farm'],
  ],
  保健: [
    ['康', 'kang'],
    ['元', 'yuan'],
    ['健', 'jian'],
    ['本草', 'herb'],
    ['养', 'yang'],
  ],
  个护: [
    ['净', 'jing'],
    ['润', 'run'],
    ['清', 'qing'],
    ['柔', 'rou'],
    ['舒', 'shu'],
  ],
  家清: [
    ['洁', 'jie'],
    ['居', 'ju'],
    ['家', 'home'],
    ['净', 'clean'],
    ['室', 'shi'],
  ],
  服饰: [
    ['衣', 'yi'],
    ['裳', 'chang'],
    ['步', 'bu'],
    ['织', 'zhi'],
    ['履', 'lv'],
  ],
  '3C数码': [
    ['声', 'sound'],
    ['芯', 'xin'],
    ['科', 'tech'],
    ['智', 'zhi'],
    ['联', 'link'],
  ],
};
