import { defineMission, verdict } from '../../src/missions/contract';

const CAUSES = {
  inflow: { zh: '新进入 A/I 人群的消费者变少', en: 'Fewer consumers entering A and I' },
  price: { zh: '客单价下降', en: 'A lower average order value' },
  refunds: { zh: '退款变多', en: 'More refunds' },
} as const;

export const mission = defineMission({
  id: 'eroding-brand',
  level: 2,
  title: { zh: '解释一个品牌的 GROW 下滑', en: 'Explain a brand’s GROW decline' },
  goal: () => ({
    zh: '有一个品牌的 GROW 增长力持续下滑。它是哪个品牌？下滑的根源是什么？',
    en: 'One brand’s GROW growth keeps falling. Which brand is it, and what causes the decline?',
  }),
  hints: [
    {
      zh: '打开 GROW 工具，逐个品牌看渗透力的走势。',
      en: 'Open the GROW toolkit and look at each brand’s penetration over time.',
    },
    {
      zh: '再用 AIPL 工具看这个品牌的人群资产：哪一层先变薄？',
      en: 'Then look at its consumer assets in the AIPL toolkit: which stage thins first?',
    },
  ],
  toolkit: 'grow',
  fields: [
    { name: 'brand', label: { zh: '品牌', en: 'Brand' }, kind: 'brand' },
    {
      name: 'cause',
      label: { zh: '根源', en: 'Cause' },
      kind: 'choice',
      options: Object.entries(CAUSES).map(([value, label]) => ({ value, label })),
    },
  ],
  grade(answer, truth) {
    const eroding = truth.brands.eroding;
    if (answer.brand !== eroding.brand_id)
      return verdict(
        false,
        { zh: '', en: '' },
        {
          zh: '品牌不对。找 GROW 各项连续走低的那个品牌。',
          en: 'Wrong brand. Look for the one whose GROW keeps falling.',
        },
      );
    // The generator erodes a brand by cutting its inflow into A and I (aipl_markov).
    const cause = truth.aipl_markov.eroding_inflow_cut?.length ? 'inflow' : null;
    return verdict(
      answer.cause === cause,
      {
        zh: `正确：${eroding.name} 的新客流入被持续削减，渗透随之下滑。`,
        en: `Right: ${eroding.name_en} lost its inflow of new consumers, and penetration fell with it.`,
      },
      {
        zh: '品牌对了，但根源不对。看它的 A、I 人群月度流入。',
        en: 'Right brand, wrong cause. Look at its monthly inflow into A and I.',
      },
    );
  },
});
