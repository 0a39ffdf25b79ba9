import { argmax, defineMission, verdict } from '../../src/missions/contract';
import type { GroundTruth } from '../../src/missions/truth';

/** The planted affinity the mission asks about: the strongest one. */
const strongest = (truth: GroundTruth) => argmax(truth.crowd_affinities, (a) => a.factor);

export const mission = defineMission({
  id: 'crowd-tgi',
  level: 2,
  title: { zh: '找出 TGI 最高的人群', en: 'Find the crowd with the highest TGI' },
  goal: (truth) => {
    const target = strongest(truth)?.target ?? '';
    return {
      zh: `在“${target}”上，哪个策略人群的 TGI 最高？`,
      en: `In “${target}”, which strategic crowd has the highest TGI?`,
    };
  },
  hints: [
    {
      zh: '打开“人群洞察”工具，选一个卖这个品类的品牌，看 TGI 排名。',
      en: 'Open the Crowd insight toolkit for a brand in this category and read the TGI ranking.',
    },
    {
      zh: 'TGI = 人群在该品类买家中的占比 ÷ 人群在全部买家中的占比 × 100。',
      en: 'TGI = the crowd’s share of the category’s buyers ÷ its share of all buyers × 100.',
    },
  ],
  toolkit: 'crowd',
  fields: [{ name: 'crowd', label: { zh: '人群', en: 'Crowd' }, kind: 'crowd' }],
  grade(answer, truth) {
    const planted = strongest(truth);
    return verdict(
      answer.crowd === planted?.crowd,
      {
        zh: `正确：${planted?.crowd} 在该品类的购买频次约为其他人群的 ${planted?.factor} 倍。`,
        en: `Right: ${planted?.crowd} buys in this category about ${planted?.factor}× as often.`,
      },
      {
        zh: '不对。TGI 看的是相对占比，不是人数多少。',
        en: 'Not quite. TGI compares shares, not head counts.',
      },
    );
  },
});
