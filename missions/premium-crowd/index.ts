import { argmax, defineMission, verdict } from '../../src/missions/contract';

export const mission = defineMission({
  id: 'premium-crowd',
  level: 2,
  title: { zh: '谁最愿意买高价货', en: 'Who buys up-market' },
  goal: () => ({
    zh: '哪个策略人群最偏好高价商品（同一品类里买得最贵）？',
    en: 'Which strategic crowd leans most towards pricier products within a category?',
  }),
  hints: [
    {
      zh: '打开“人群洞察”或“货品分析”工具，比较各人群的件单价。',
      en: 'Open Crowd insight or Goods analysis and compare unit prices by crowd.',
    },
    {
      zh: '不同品类价格差很大：在同一品类里比较，或用相对品类均价的比值。',
      en: 'Categories differ in price: compare within one category, or against its average price.',
    },
  ],
  toolkit: 'crowd',
  fields: [{ name: 'crowd', label: { zh: '人群', en: 'Crowd' }, kind: 'crowd' }],
  grade(answer, truth) {
    const best = argmax(Object.entries(truth.price_tilt), ([, tilt]) => tilt)?.[0];
    return verdict(
      answer.crowd === best,
      {
        zh: `正确：${best} 在同品类中最常选高价商品。`,
        en: `Right: ${best} picks the pricier products most often.`,
      },
      {
        zh: '不对。按品类比较件单价，再看哪个人群整体偏高。',
        en: 'Not quite. Compare unit prices within categories, then see which crowd sits highest.',
      },
    );
  },
});
