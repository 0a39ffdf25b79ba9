import { argmax, defineMission, verdict } from '../../src/missions/contract';
import type { GroundTruth } from '../../src/missions/truth';

const TYPES = {
  short_video: { zh: '短视频', en: 'Short video' },
  livestream: { zh: '直播', en: 'Livestream' },
  graphic: { zh: '图文', en: 'Graphic' },
  guangguang: { zh: '逛逛', en: 'Guangguang' },
} as const;

/** The crowd the mission asks about: the one with the strongest planted content preference. */
function asked(truth: GroundTruth) {
  const rows = Object.entries(truth.content_affinity.factors).flatMap(([crowd, byType]) =>
    Object.entries(byType).map(([type, factor]) => ({ crowd, type, factor })),
  );
  const strongest = argmax(rows, (r) => r.factor);
  const crowd = strongest?.crowd ?? '';
  const type = argmax(Object.entries(truth.content_affinity.factors[crowd] ?? {}), ([, f]) => f);
  return { crowd, type: type?.[0] ?? null };
}

export const mission = defineMission({
  id: 'content-type',
  level: 2,
  title: { zh: '人群最爱的内容形式', en: 'A crowd’s favourite content' },
  goal: (truth) => {
    const { crowd } = asked(truth);
    return {
      zh: `“${crowd}”人群最愿意和哪种内容形式互动（点赞、评论、分享）？`,
      en: `Which content type does “${crowd}” engage with most (likes, comments, shares)?`,
    };
  },
  hints: [
    {
      zh: '打开“内容分析”工具，按内容形式看互动率。',
      en: 'Open the Content toolkit and compare engagement rates by content type.',
    },
    {
      zh: '看互动率（互动 ÷ 触达），不要看曝光量：曝光不受人群偏好影响。',
      en: 'Look at the engagement rate (interactions ÷ reach), not views: views do not follow the preference.',
    },
  ],
  toolkit: 'content',
  fields: [
    {
      name: 'type',
      label: { zh: '内容形式', en: 'Content type' },
      kind: 'choice',
      options: Object.entries(TYPES).map(([value, label]) => ({ value, label })),
    },
  ],
  grade(answer, truth) {
    const { crowd, type } = asked(truth);
    return verdict(
      answer.type === type,
      {
        zh: `正确：${crowd} 对这种形式的互动明显更多。`,
        en: `Right: ${crowd} engages with this type far more.`,
      },
      {
        zh: '不对。只看这个人群的互动率，按内容形式比较。',
        en: 'Not quite. Take only this crowd and compare engagement rates by type.',
      },
    );
  },
});
