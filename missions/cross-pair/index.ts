import { defineMission, verdict } from '../../src/missions/contract';

export const mission = defineMission({
  id: 'cross-pair',
  level: 3,
  title: { zh: '找出跨品类带动', en: 'Find a cross-category pull' },
  goal: () => ({
    zh: '沙盘里埋了几组跨品类带动：买了 A 品类的消费者，之后更常买 B 品类。找出一组，并说出方向。',
    en: 'The sandbox hides a few cross-category pulls: buyers of category A later buy category B more often. Find one, with its direction.',
  }),
  hints: [
    {
      zh: '打开“跨品类”工具，看提升度（lift）最高的品类对。',
      en: 'Open the Cross-category toolkit and look at the pairs with the highest lift.',
    },
    {
      zh: '方向看时间先后：先买 A 再买 B 的比例，和先买 B 再买 A 的比例，哪个更高？',
      en: 'Direction is about order: is A-then-B more common than B-then-A?',
    },
  ],
  toolkit: 'crosscat',
  fields: [
    { name: 'from', label: { zh: '先买的品类（A）', en: 'Bought first (A)' }, kind: 'category' },
    { name: 'to', label: { zh: '带动的品类（B）', en: 'Pulled along (B)' }, kind: 'category' },
  ],
  grade(answer, truth) {
    const pairs = truth.cross_category_pairs;
    const forward = pairs.find(
      (p) => p.a_category_id === answer.from && p.b_category_id === answer.to,
    );
    const backward = pairs.find(
      (p) => p.a_category_id === answer.to && p.b_category_id === answer.from,
    );
    if (backward)
      return verdict(
        false,
        { zh: '', en: '' },
        {
          zh: '品类对找对了，方向反了：哪一个先买？',
          en: 'Right pair, wrong direction: which one is bought first?',
        },
      );
    return verdict(
      forward !== undefined,
      {
        zh: `正确：${forward?.a} 带动 ${forward?.b}。`,
        en: `Right: ${forward?.a} pulls ${forward?.b} along.`,
      },
      {
        zh: '这一对没有埋下的带动。看 lift 明显大于 1 的品类对。',
        en: 'No pull was planted in that pair. Look for pairs with a lift well above 1.',
      },
    );
  },
});
