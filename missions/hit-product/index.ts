import { defineMission, verdict } from '../../src/missions/contract';

export const mission = defineMission({
  id: 'hit-product',
  level: 2,
  title: { zh: '认出一个爆品', en: 'Name a hit product' },
  goal: () => ({
    zh: '找出一个已上市满 90 天的爆品：首 90 天成交额位居同批新品前 7%。填它的商品 ID。',
    en: 'Find a hit among launches with 90 days on sale: first-90-day GMV in the top 7% of its cohort. Give its product id.',
  }),
  hints: [
    {
      zh: '打开“爆品罗盘”工具，看已满 90 天的新品中被标为爆品的商品。',
      en: 'Open the Hit-product compass and look at launches with 90 days on sale marked as hits.',
    },
    {
      zh: '同批新品 = 同一行业、同一季度上市。比较的是相对同批中位数的倍数。',
      en: 'A cohort is one industry and one quarter of launches; compare each with its cohort median.',
    },
  ],
  toolkit: 'compass',
  fields: [{ name: 'product', label: { zh: '商品 ID', en: 'Product id' }, kind: 'product' }],
  grade(answer, truth) {
    return verdict(
      typeof answer.product === 'number' && truth.hits.product_ids.includes(answer.product),
      { zh: '正确：这是一个爆品。', en: 'Right: that is a hit.' },
      {
        zh: '不是爆品。按同批中位数的倍数排序，取前 7%。',
        en: 'Not a hit. Rank launches by their multiple of the cohort median and take the top 7%.',
      },
    );
  },
});
