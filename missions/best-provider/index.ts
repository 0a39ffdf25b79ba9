import { argmax, defineMission, verdict } from '../../src/missions/contract';

export const mission = defineMission({
  id: 'best-provider',
  level: 2,
  title: { zh: '哪家服务商运营得最好', en: 'The strongest service provider' },
  goal: () => ({
    zh: '哪家服务商运营的内容带来的互动提升最大？',
    en: 'Which service provider’s content lifts engagement the most?',
  }),
  hints: [
    {
      zh: '打开“服务商评估”工具，切换服务商，比较内容互动率。',
      en: 'Open the Service-provider evaluation toolkit, switch providers and compare content engagement.',
    },
    {
      zh: '服务商运营的品牌不同：比较同一内容形式下的互动率更公平。',
      en: 'Providers run different brands: comparing within a content type is fairer.',
    },
  ],
  toolkit: 'provider',
  fields: [{ name: 'provider', label: { zh: '服务商', en: 'Service provider' }, kind: 'provider' }],
  grade(answer, truth) {
    const best = argmax(truth.service_provider_uplift, (s) => s.uplift);
    return verdict(
      answer.provider === best?.sp_id,
      {
        zh: `正确：${best?.name} 运营的内容互动约高出 ${Math.round(((best?.uplift ?? 1) - 1) * 100)}%。`,
        en: `Right: content run by ${best?.name} draws about ${Math.round(((best?.uplift ?? 1) - 1) * 100)}% more engagement.`,
      },
      {
        zh: '不对。看互动率而不是内容数量。',
        en: 'Not quite. Compare engagement rates, not the amount of content.',
      },
    );
  },
});
