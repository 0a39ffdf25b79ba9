import { defineMission, verdict } from '../../src/missions/contract';

export const mission = defineMission({
  id: 'future-hit',
  level: 3,
  title: { zh: '预判下一个爆品', en: 'Spot a future hit' },
  goal: () => ({
    zh: '在近期上市、还没满 90 天的新品里，挑一个你认为会成为爆品的商品，填它的商品 ID。',
    en: 'Among recent launches not yet 90 days on sale, pick one you expect to become a hit. Give its product id.',
  }),
  hints: [
    {
      zh: '打开“爆品罗盘”工具：它用上市前 7/14 天的点击率、收藏加购率和转化率给新品打分。',
      en: 'Open the Hit-product compass: it scores launches by their first 7/14 days of CTR, favourite/cart and conversion.',
    },
    {
      zh: '早期信号只揭示一部分潜力：挑得分高、且多个信号一致的商品。',
      en: 'Early signals reveal only part of the potential: pick one that scores high on several signals.',
    },
  ],
  toolkit: 'compass',
  fields: [{ name: 'product', label: { zh: '商品 ID', en: 'Product id' }, kind: 'product' }],
  grade(answer, truth) {
    if (typeof answer.product === 'number' && truth.hits.product_ids.includes(answer.product))
      return verdict(
        false,
        { zh: '', en: '' },
        {
          zh: '这个商品已经是爆品了：挑一个还没满 90 天的新品。',
          en: 'That one is already a hit: pick a launch not yet 90 days on sale.',
        },
      );
    // The generator gives a few launches a latent breakout quality; those are the future hits.
    return verdict(
      typeof answer.product === 'number' && truth.hits.latent_breakouts.includes(answer.product),
      { zh: '正确：这个新品潜力很高。', en: 'Right: that launch has breakout potential.' },
      {
        zh: '这个商品没有爆发潜力。多看几个信号一致偏高的新品。',
        en: 'That one has no breakout potential. Look for launches strong on several signals.',
      },
    );
  },
});
