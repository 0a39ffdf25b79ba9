// @ts-check
/** Consumers of the demo world: demographics, 88VIP, and the eight-strategic-crowd rules. */
import { PRICE_TILT } from './catalog.js';

/** @typedef {import('./random.js').Random} Random */
/** @typedef {import('./presets.js').Preset} Preset */

const HIGH_TIER_MAX = 3; // city tiers 1-3 are 高线 (metrics.md §1.7)

const CITIES = [
  [
    ['上海', '上海'],
    ['北京', '北京'],
    ['广东', '广州'],
    ['广东', '深圳'],
  ],
  [
    ['浙江', '杭州'],
    ['四川', '成都'],
    ['湖北', '武汉'],
    ['江苏', '南京'],
    ['陕西', '西安'],
    ['重庆', '重庆'],
    ['江苏', '苏州'],
    ['湖南', '长沙'],
  ],
  [
    ['福建', '厦门'],
    ['安徽', '合肥'],
    ['福建', '福州'],
    ['山东', '济南'],
    ['云南', '昆明'],
    ['辽宁', '大连'],
    ['浙江', '宁波'],
    ['江苏', '无锡'],
  ],
  [
    ['江西', '赣州'],
    ['山东', '潍坊'],
    ['广西', '桂林'],
    ['四川', '绵阳'],
    ['河北', '保定'],
    ['浙江', '金华'],
  ],
  [
    ['河南', '商丘'],
    ['湖南', '常德'],
    ['安徽', '阜阳'],
    ['广东', '湛江'],
    ['河北', '邢台'],
    ['江西', '上饶'],
  ],
  [
    ['云南', '曲靖'],
    ['贵州', '毕节'],
    ['甘肃', '天水'],
    ['山西', '运城'],
    ['湖北', '黄冈'],
    ['广西', '玉林'],
  ],
];

/**
 * The eight-strategic-crowd rules (metrics.md §1.7), in priority order.
 * @param {{ gender: string, age: number, tier: number, child: number, pregnant: number, occupation: string }} c
 */
export function crowdOf(c) {
  const high = c.tier <= HIGH_TIER_MAX;
  if (c.gender === 'F' && (c.child || c.pregnant) && high) return '精致妈妈';
  if (c.age <= 24 && high) return 'Z世代';
  if (c.age >= 18 && c.age <= 35 && !high) return '小镇青年';
  if (c.age >= 36 && !high) return '小镇中老年';
  if (c.age >= 50 && high) return '都市银发';
  if (c.age >= 36 && c.age <= 49 && high && c.occupation !== 'blue') return '资深中产';
  if (c.age >= 25 && c.age <= 35 && high && c.occupation !== 'blue') return '新锐白领';
  if (high && c.occupation === 'blue') return '都市蓝领';
  return '其他';
}

/** @param {Preset} preset @param {Random} random */
export function buildConsumers(preset, random) {
  const tierWeights = [0.12, 0.17, 0.2, 0.19, 0.18, 0.14];
  const consumers = [];
  for (let i = 0; i < preset.consumers; i++) {
    const gender = random.chance(0.6) ? 'F' : 'M';
    const bucket = random.next();
    const age =
      bucket < 0.02
        ? random.between(16, 17)
        : bucket < 0.24
          ? random.between(18, 24)
          : bucket < 0.58
            ? random.between(25, 35)
            : bucket < 0.83
              ? random.between(36, 49)
              : random.between(50, 72);
    let tier = 1;
    for (let r = random.next(), acc = 0; tier <= 6; tier++) {
      acc += tierWeights[tier - 1] ?? 0;
      if (r < acc) break;
    }
    tier = Math.min(6, tier);
    const [province, city] = /** @type {[string, string]} */ (
      random.pick(/** @type {string[][]} */ (CITIES[tier - 1]))
    );
    const child = age >= 24 && age <= 45 && random.chance(0.42) ? 1 : 0;
    const pregnant =
      gender === 'F' && !child && age >= 22 && age <= 38 && random.chance(0.06) ? 1 : 0;
    const occupation =
      age <= 22 && random.chance(0.6)
        ? 'student'
        : age >= 60 && random.chance(0.8)
          ? 'retired'
          : random.chance(0.55)
            ? 'white'
            : random.chance(0.6)
              ? 'blue'
              : 'other';
    const income = Math.max(
      1,
      Math.min(
        5,
        Math.round(
          3 +
            (3.5 - tier) * 0.45 +
            (occupation === 'white' ? 0.6 : occupation === 'blue' ? -0.4 : 0) +
            random.normal() * 0.9,
        ),
      ),
    );
    const vip = random.chance(0.03 + 0.035 * (income - 1) + (tier <= 2 ? 0.04 : 0)) ? 1 : 0;
    const taoqi = Math.max(
      0,
      Math.min(2500, Math.round(vip ? 1000 + random.gamma(2, 150) : random.next() * 980)),
    );
    const crowd = crowdOf({ gender, age, tier, child, pregnant, occupation });
    consumers.push({
      id: i + 1,
      gender,
      age,
      birthYear: 2026 - age,
      tier,
      province,
      city,
      child,
      pregnant,
      occupation,
      income,
      vip,
      taoqi,
      registerDay: random.chance(0.85) ? random.between(-3000, -1) : random.between(0, 700),
      crowd,
      tilt: (PRICE_TILT[crowd] ?? 0) + (vip ? 0.6 : 0),
      activity: random.lognormal(-0.18, 0.6) * (vip ? 1.8 : 1),
    });
  }
  return consumers;
}
