import { defineMission, verdict } from '../../src/missions/contract';

export const mission = defineMission({
  id: 'rising-brand',
  level: 1,
  title: { zh: '找出增长最快的品牌', en: 'Find the fastest-growing brand' },
  goal: () => ({
    zh: '两年间哪个品牌的成交增长最快？',
    en: 'Which brand grew its GMV the most over the two years?',
  }),
  hints: [
    {
      zh: '打开“增长概览”工具，看各品牌的同比增速。',
      en: 'Open the Growth overview toolkit and compare the brands’ year-on-year growth.',
    },
    {
      zh: '比较第一年和第二年的成交额之比，而不是单月的波动。',
      en: 'Compare the second year with the first, not a single month’s swing.',
    },
  ],
  toolkit: 'growth',
  fields: [{ name: 'brand', label: { zh: '品牌', en: 'Brand' }, kind: 'brand' }],
  grade(answer, truth) {
    const rising = truth.brands.rising;
    return verdict(
      answer.brand === rising.brand_id,
      {
        zh: `正确：${rising.name} 两年间成交放大了约十倍。`,
        en: `Right: ${rising.name_en} multiplied its GMV about tenfold in two years.`,
      },
      {
        zh: '不对。看整体两年的走势，而不是最近一个月。',
        en: 'Not quite. Look at the two-year trend, not the last month.',
      },
    );
  },
});
