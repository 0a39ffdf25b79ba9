import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { aiplInputs, asOfInput, brandInput, competitorsInput, daysInput } from '../common/inputs';
import { AIPL_DEFINITIONS } from '../common/definitions';
import { AIPL_FLOW_DEFINITION } from './definitions';
import * as plots from './plots';
import * as q from './queries';
import { sumsToOne, noRowWhere } from '../common/invariants';

const inputs = {
  brand: brandInput,
  competitors: competitorsInput,
  asOf: asOfInput,
  ...aiplInputs,
  flowWeeks: daysInput('流转间隔（周）', 'Flow interval (weeks)', 1, 12),
  poolDropPct: daysInput(
    '预警：I 人群 4 周降幅 >（%）',
    'Alert: I pool 4-week drop > (%)',
    10,
    100,
  ),
} as const satisfies Record<string, ParamSpec>;

export type AiplInputs = ParamsOf<typeof inputs>;

export const toolkit = defineToolkit({
  id: 'aipl',
  version: 1,
  title: { zh: 'AIPL 人群资产与流转', en: 'AIPL stages and flow' },
  description: {
    zh: '品牌消费者资产的 A/I/P/L 分层（L>P>I>A）、近 30 天趋势，以及两个日期之间的流转（留存、升级、降级、流失、新进），对比竞品。',
    en: 'The brand’s consumer assets by stage (L>P>I>A), their 30-day trend, and the flow between two days (stay, upgrade, downgrade, churn, entry) against competitors.',
  },
  inputs,
  // The trend comes last: it reads the costliest table (30 daily snapshots), so the others draw first.
  panels: [
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'aipl.stages',
        title: { zh: 'AIPL 阶段人数与构成', en: 'AIPL stage counts and mix' },
        description: {
          zh: '分析日各阶段人数与占比：品牌对比竞品。',
          en: 'Consumers per stage on the as-of day, brand vs competitors.',
        },
        buildQuery: q.buildStageMixSql,
        buildPlot: (_p, data) => plots.buildStageMixPlot(data),
        expectedColumns: () => ['brand', 'is_focus', 'stage', 'n', 'share'],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'aipl.flow',
        title: { zh: 'AIPL 流转矩阵', en: 'AIPL flow matrix' },
        description: {
          zh: '起点日（分析日前 N 周）到分析日，各阶段之间的人数与转化率；∅ 为不在 AIPL 中。',
          en: 'Consumers moving between stages from the start day (N weeks before) to the as-of day, with rates; ∅ = not in AIPL.',
        },
        buildQuery: q.buildFlowMatrixSql,
        buildPlot: (_p, data) => plots.buildFlowMatrixPlot(data),
        expectedColumns: () => ['from_stage', 'to_stage', 'n', 'rate', 'move'],
      }),
    },
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'aipl.flow-brands',
        title: { zh: '流转对比：品牌 vs 竞品', en: 'Flow: brand vs competitors' },
        description: {
          zh: '留存、升级、降级、流失、新进人数占起点 AIPL 人数的比例。',
          en: 'Stay, upgrade, downgrade, churn and entry as a share of the start-day AIPL pool.',
        },
        buildQuery: q.buildFlowSummarySql,
        buildPlot: (_p, data) => plots.buildFlowSummaryPlot(data),
        expectedColumns: () => ['brand', 'is_focus', 'move', 'n', 'rate'],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'aipl.trend',
        title: { zh: '近 30 天阶段趋势', en: 'Stage trend, last 30 days' },
        description: {
          zh: '品牌每天的 A/I/P/L 人数。',
          en: 'The brand’s consumers per stage, day by day.',
        },
        buildQuery: q.buildStageTrendSql,
        buildPlot: (_p, data) => plots.buildStageTrendPlot(data),
        expectedColumns: () => ['day', 'stage', 'n'],
      }),
    },
  ],
  alerts: [
    {
      id: 'i-pool-drop',
      panel: 'aipl.trend',
      message: {
        zh: 'I（兴趣）人群 4 周变化 {value}%，低于 {threshold}%',
        en: 'I (interest) pool changed {value}% over 4 weeks, below {threshold}%',
      },
      buildQuery: q.buildPoolDropAlertSql,
    },
  ],
  definitions: [...AIPL_DEFINITIONS, AIPL_FLOW_DEFINITION],
  invariants: [
    sumsToOne(
      'stage-shares',
      'aipl.stages',
      'share',
      {
        zh: '每个品牌的 A、I、P、L 人数占比之和为 1',
        en: "Each brand's A, I, P and L shares sum to 1",
      },
      'brand',
    ),
    noRowWhere('counts', 'aipl.stages', 'n < 0', {
      zh: '各阶段人数不为负',
      en: 'No stage has a negative count',
    }),
  ],
  requires: {
    orders: ['consumer_id', 'brand_id', 'day_idx', 'dt', 'status'],
    events: ['consumer_id', 'brand_id', 'day_idx', 'event_type'],
    brands: ['brand_id', 'name', 'industry'],
    reviews: ['consumer_id', 'product_id', 'day_idx', 'rating', 'is_shared'],
    products: ['product_id', 'brand_id'],
  },
  gallery: {
    category: 'consumers',
    pitch: {
      zh: '人群资产有多少、往哪流：AIPL 各阶段规模、结构与流转。',
      en: 'How large the consumer assets are and where they flow: AIPL stage sizes, mix and flows.',
    },
    hero: 0,
  },
  examples: [
    { name: { zh: '暖芽（母婴）', en: 'Nuanya (baby)' }, inputs: { brand: 1 } },
    {
      name: { zh: '暖集（食品，下滑品牌）、月度流转', en: 'Nuanji (food, eroding), monthly flow' },
      inputs: { brand: 9, flowWeeks: 4 },
    },
  ],
});
