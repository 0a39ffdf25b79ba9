import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { AIPL_DEFINITIONS } from '../common/definitions';
import { CROWD_DEFINITIONS } from './definitions';
import { aiplInputs, asOfInput, brandInput, competitorsInput, daysInput } from '../common/inputs';
import * as plots from './plots';
import * as q from './queries';
import { sumsToOne, noRowWhere } from '../common/invariants';

const inputs = {
  brand: brandInput,
  competitors: competitorsInput,
  asOf: asOfInput,
  windowDays: daysInput('窗口（天）', 'Window (days)', 365, 730),
  base: {
    type: 'enum',
    default: 'platform',
    options: [
      { value: 'platform', label: { zh: '平台活跃消费者', en: 'Platform active consumers' } },
      { value: 'category', label: { zh: '同行业买家', en: 'Category buyers' } },
    ],
    label: { zh: 'TGI 基准', en: 'TGI base' },
    affectsQuery: true,
  },
  minCount: daysInput('最小样本（n）', 'Minimum sample (n)', 30, 1000),
  audience: {
    type: 'enum',
    default: 'buyers',
    options: [
      { value: 'buyers', label: { zh: '品牌买家', en: 'Brand buyers' } },
      { value: 'category', label: { zh: '同行业买家', en: 'Category buyers' } },
      { value: 'A', label: { zh: 'A 认知人群', en: 'Stage A' } },
      { value: 'I', label: { zh: 'I 兴趣人群', en: 'Stage I' } },
      { value: 'P', label: { zh: 'P 购买人群', en: 'Stage P' } },
      { value: 'L', label: { zh: 'L 忠诚人群', en: 'Stage L' } },
      {
        value: 'not-bought',
        label: { zh: '买了本品牌、没买对比品牌', en: 'Bought the brand, not the other' },
      },
    ],
    label: { zh: '画像人群', en: 'Audience profiled' },
    affectsQuery: true,
  },
  otherBrand: {
    ...brandInput,
    default: 2,
    label: { zh: '对比品牌（“没买”）', en: 'Other brand (“not bought”)' },
  },
  opportunityTgi: daysInput('预警：机会人群 TGI ≥', 'Alert: opportunity TGI ≥', 120, 1000),
  ...aiplInputs,
} as const satisfies Record<string, ParamSpec>;

export type CrowdInputs = ParamsOf<typeof inputs>;

export const toolkit = defineToolkit({
  id: 'crowd',
  version: 1,
  title: { zh: '人群洞察', en: 'Crowd insight' },
  description: {
    zh: '八大策略人群：买家占比、渗透率、TGI（小样本不显示）、GMV 占比、ARPPU、各人群 AIPL 构成；任意人群（阶段、“买了 A 没买 B”）相对基准的画像。',
    en: 'The eight strategic crowds: buyer share, penetration, TGI (small cells hidden), GMV share, ARPPU, AIPL mix per crowd; the profile of any audience (a stage, “bought A not B”) against a base.',
  },
  inputs,
  panels: [
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'crowd.tgi',
        title: { zh: '策略人群 TGI', en: 'Strategic crowds: TGI' },
        description: {
          zh: '品牌买家中各人群占比相对基准的 TGI；标签为买家占比。',
          en: 'TGI of each crowd among the brand’s buyers against the base; labels show the buyer share.',
        },
        buildQuery: q.buildCrowdOverviewSql,
        buildPlot: (_p, data) => plots.buildTgiBarsPlot(data),
        click: () => ({ column: 'crowd', field: 'crowd_key' }),
        expectedColumns: () => [
          'crowd',
          'n',
          'share',
          'tgi',
          'suppressed',
          'penetration',
          'gmv_share',
          'arppu',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'crowd.bubble',
        title: { zh: '渗透率 × TGI', en: 'Penetration × TGI' },
        description: {
          zh: '气泡大小 = GMV 占比；高 TGI、低渗透为机会人群。',
          en: 'Bubble size = GMV share; high TGI with low penetration is an opportunity.',
        },
        buildQuery: q.buildCrowdOverviewSql,
        buildPlot: (_p, data) => plots.buildBubblePlot(data),
        expectedColumns: () => ['crowd', 'penetration', 'tgi', 'gmv_share'],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'crowd.stages',
        title: { zh: '各人群 AIPL 构成', en: 'AIPL mix per crowd' },
        description: {
          zh: '分析日品牌各阶段人数在每个人群内的占比。',
          en: 'The brand’s stage mix within each crowd on the as-of day.',
        },
        buildQuery: q.buildCrowdStagesSql,
        buildPlot: (_p, data) => plots.buildCrowdStagesPlot(data),
        expectedColumns: () => ['crowd', 'stage', 'n', 'share'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'crowd.profile',
        title: { zh: '人群画像（TGI）', en: 'Audience profile (TGI)' },
        description: {
          zh: '所选人群在人群、性别、年龄、城市线级、88VIP 上相对基准的 TGI。',
          en: 'TGI of the chosen audience by crowd, gender, age, city tier and 88VIP against the base.',
        },
        buildQuery: q.buildProfileSql,
        buildPlot: (_p, data) => plots.buildProfilePlot(data),
        expectedColumns: () => [
          'attribute',
          'value',
          'n',
          'share',
          'base_share',
          'tgi',
          'suppressed',
        ],
      }),
    },
  ],
  alerts: [
    {
      id: 'opportunity',
      panel: 'crowd.bubble',
      message: {
        zh: '机会人群（TGI ≥ {threshold}、渗透率低于中位）：{detail}',
        en: 'Opportunity crowds (TGI ≥ {threshold}, penetration below median): {detail}',
      },
      buildQuery: q.buildOpportunityAlertSql,
    },
  ],
  definitions: [...CROWD_DEFINITIONS, ...AIPL_DEFINITIONS],
  invariants: [
    sumsToOne('buyer-shares', 'crowd.tgi', 'share', {
      zh: '各人群买家占比之和为 1',
      en: "The crowds' buyer shares sum to 1",
    }),
    noRowWhere(
      'tgi-base',
      'crowd.tgi',
      `tgi > 0 AND (SELECT sum(100 * share / tgi) FROM result WHERE tgi > 0) > 1 + 1e-6`,
      {
        zh: 'TGI 以 100 为基准：各人群的基准占比（占比 ÷ TGI × 100）之和不超过 1',
        en: 'TGI has a base of 100: the base shares it implies (share ÷ TGI × 100) sum to at most 1',
      },
    ),
  ],
  requires: {
    orders: ['consumer_id', 'brand_id', 'day_idx', 'dt', 'status', 'pay_amount'],
    consumers: ['consumer_id', 'crowd', 'gender', 'age', 'city_tier', 'is_88vip'],
    events: ['consumer_id', 'brand_id', 'day_idx', 'event_type'],
    brands: ['brand_id', 'name', 'industry'],
    reviews: ['consumer_id', 'product_id', 'day_idx', 'rating', 'is_shared'],
    products: ['product_id', 'brand_id'],
  },
  gallery: {
    category: 'consumers',
    pitch: {
      zh: '哪些策略人群偏爱这个品牌、哪里还有渗透空间。',
      en: 'Which strategic crowds favour the brand, and where penetration can still grow.',
    },
    hero: 0,
  },
  examples: [
    { name: { zh: '暖芽（母婴）买家', en: 'Nuanya (baby) buyers' }, inputs: { brand: 1 } },
    {
      name: { zh: '买了暖颜、没买雾研', en: 'Bought Nuanyan, not Wuyan' },
      inputs: { brand: 5, audience: 'not-bought', otherBrand: 6, base: 'category' },
    },
  ],
});
