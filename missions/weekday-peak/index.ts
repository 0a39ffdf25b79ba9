import { argmax, defineMission, verdict } from '../../src/missions/contract';

const DAYS = {
  weekday: { zh: '工作日（周一至周五）', en: 'Weekdays (Mon–Fri)' },
  saturday: { zh: '周六', en: 'Saturday' },
  sunday: { zh: '周日', en: 'Sunday' },
} as const;

export const mission = defineMission({
  id: 'weekday-peak',
  level: 1,
  title: { zh: '一周里哪天卖得最好', en: 'The best day of the week' },
  goal: () => ({
    zh: '在沙盘数据里，一周中哪一类日子的日均成交额最高？',
    en: 'On the sandbox data, which kind of day has the highest average daily GMV?',
  }),
  hints: [
    {
      zh: '在“实验室”的 SQL 查询里，对 orders 按 dayofweek(dt) 分组，求 pay_amount 之和除以天数。',
      en: 'In the Lab’s SQL query, group orders by dayofweek(dt) and divide the sum of pay_amount by the number of days.',
    },
    {
      zh: '大促日（618、双11）会抬高个别日子，比较前先去掉它们。',
      en: 'Promotion days (618, Double 11) lift single days; leave them out before comparing.',
    },
  ],
  toolkit: null,
  fields: [
    {
      name: 'day',
      label: { zh: '日均成交额最高的日子', en: 'Highest average daily GMV' },
      kind: 'choice',
      options: Object.entries(DAYS).map(([value, label]) => ({ value, label })),
    },
  ],
  grade(answer, truth) {
    const best = argmax(Object.entries(truth.weekday_factor), ([, factor]) => factor)?.[0];
    return verdict(
      answer.day === best,
      { zh: '正确：周末的下单意愿更强。', en: 'Right: consumers order more at the weekend.' },
      {
        zh: '不对。按星期分组后比较日均值，而不是总额。',
        en: 'Not quite. Compare the average per day of the week, not the total.',
      },
    );
  },
});
