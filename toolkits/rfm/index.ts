/**
 * RFM and cohorts (metrics.md §1.13, §1.14): the eight RFM types against the buyers' means (Quick
 * Audience style), the consumers of any type to export, first-purchase cohorts, and the 365-day
 * repurchase rate against the category and its cycle.
 */
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { wordsTable } from '../common/tables';
import { formatMetric, formatPercent } from '../../src/i18n/format';
import { CROWDS, labelOf } from '../common/labels';
import { RFM_DEFINITIONS } from './definitions';
import { inputs, type RfmInputs } from './inputs';
import * as plots from './plots';
import * as q from './queries';
import { RFM_TYPES, WORDS } from './words';
import { sumsToOne, noRowWhere } from '../common/invariants';

export type { RfmInputs };

const table = wordsTable(WORDS);
const round = (v: unknown, k = 10) =>
  v === null || v === undefined ? null : Math.round(Number(v) * k) / k;

export const toolkit = defineToolkit({
  id: 'rfm',
  version: 1,
  title: { zh: 'RFM 与同期群', en: 'RFM and cohorts' },
  description: {
    zh: '八类 RFM 客户（与买家均值比较）、任一类客户名单导出、首购同期群留存与金额留存、各类目 365 天复购率对比类目与复购周期。',
    en: 'The eight RFM types (against the buyers’ means), the list of any type’s consumers to export, first-purchase cohort retention and revenue retention, and each category’s 365-day repurchase rate against the category and its cycle.',
  },
  inputs,
  panels: [
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'rfm.types',
        title: { zh: 'RFM 八类客户', en: 'The eight RFM types' },
        description: {
          zh: '按消费额分重要/一般，按最近购买与购买频次分价值、发展、保持、挽留。',
          en: 'Important or general by spend; value, develop, keep or win back by recency and frequency.',
        },
        buildQuery: q.typesSql,
        buildPlot: (_p, data) => plots.buildTypesPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            { type: 'type', consumers: 'consumers', gmvShare: 'gmvShare', r: 'r', f: 'f', m: 'm' },
            ['consumers', 'r', 'f'],
            (r) => ({
              type: labelOf(RFM_TYPES, r.type, data.locale),
              consumers: r.consumers ?? 0,
              gmvShare: formatPercent(data.locale, Number(r.gmv_share ?? 0), 1),
              r: round(r.r),
              f: round(r.f, 100),
              m: formatMetric(data.locale, r.m, 'money'),
            }),
          ),
        expectedColumns: () => [
          'm_class',
          'rf_class',
          'type',
          'consumers',
          'gmv_share',
          'r',
          'f',
          'm',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'rfm.audience',
        title: { zh: '人群名单导出', en: 'Audience to export' },
        description: {
          zh: '所选 RFM 类型的消费者（ID、人群、R、F、M）；表格视图可导出 CSV 用于投放。',
          en: 'The consumers of the chosen RFM type (ID, crowd, R, F, M); export the table view as CSV for targeting.',
        },
        buildQuery: q.audienceSql,
        buildPlot: (p, data) => plots.buildAudiencePlot(data, p.segment),
        buildTable: (_p, data) =>
          table(
            data,
            { consumer: 'consumer', crowd: 'crowd', r: 'recency', f: 'purchaseDays', m: 'spend' },
            ['consumer', 'r', 'f', 'm'],
            (r) => ({
              consumer: r.consumer_id ?? null,
              crowd: labelOf(CROWDS, r.crowd, data.locale),
              r: r.r ?? null,
              f: r.f ?? null,
              m: round(r.m, 100),
            }),
          ),
        expectedColumns: () => ['consumer_id', 'crowd', 'r', 'f', 'm', 'type'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'rfm.cohorts',
        title: { zh: '首购同期群', en: 'First-purchase cohorts' },
        description: {
          zh: '每个首购月的客户之后各月的留存（或金额留存）。',
          en: 'Retention (or revenue retention) of each first-purchase month’s customers in the months after.',
        },
        buildQuery: q.cohortsSql,
        buildPlot: (p, data) => plots.buildCohortPlot(data, p.cohortMetric),
        buildTable: (_p, data) =>
          table(
            data,
            {
              cohort: 'cohort',
              size: 'size',
              k: 'monthK',
              buyers: 'buyers',
              retention: 'consumers',
              revenue: 'gmvShare',
            },
            ['size', 'k', 'buyers'],
            (r) => ({
              cohort: r.label ?? null,
              size: r.size ?? null,
              k: r.k ?? null,
              buyers: r.buyers ?? null,
              retention: formatPercent(data.locale, Number(r.retention), 1),
              revenue: formatPercent(data.locale, Number(r.revenue_retention), 1),
            }),
          ),
        expectedColumns: () => [
          'cohort',
          'label',
          'k',
          'size',
          'buyers',
          'retention',
          'revenue_retention',
        ],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'rfm.repurchase',
        title: { zh: '复购率与类目周期', en: 'Repurchase rate and category cycle' },
        description: {
          zh: '本品牌各类目买家 365 天内复购（购买天数 ≥ 2）的比例，对比该类目全部品牌，右侧为类目复购周期与本品牌中位复购间隔。',
          en: 'The share of the brand’s buyers of each category with ≥ 2 purchase days in the window, against every brand of the category; on the right the category cycle and the brand’s median gap.',
        },
        buildQuery: q.repurchaseSql,
        buildPlot: (_p, data) => plots.buildRepurchasePlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              name: 'category',
              buyers: 'buyers',
              brand: 'brandRate',
              category: 'categoryRate',
              cycle: 'cycle',
              gap: 'gap',
            },
            ['buyers', 'cycle', 'gap'],
            (r) => ({
              name: r.name ?? null,
              buyers: r.buyers ?? null,
              brand: formatPercent(data.locale, Number(r.brand_rate), 1),
              category: formatPercent(data.locale, Number(r.category_rate), 1),
              cycle: r.cycle ?? null,
              gap: round(r.median_gap),
            }),
          ),
        expectedColumns: () => [
          'category',
          'name',
          'cycle',
          'buyers',
          'brand_rate',
          'category_rate',
          'median_gap',
        ],
      }),
    },
  ],
  alerts: [
    {
      id: 'keep-retain-growing',
      panel: 'rfm.types',
      message: {
        zh: '重要保持 + 重要挽留客户增长 {value}%（阈值 {threshold}%；现在 / 之前：{detail}）',
        en: 'Important keep + win-back customers up {value}% (threshold {threshold}%; now / before: {detail})',
      },
      buildQuery: q.keepRetainAlertSql,
    },
  ],
  definitions: RFM_DEFINITIONS,
  invariants: [
    sumsToOne('gmv-shares', 'rfm.types', 'gmv_share', {
      zh: '各 RFM 类型的 GMV 占比之和为 1',
      en: "The RFM types' GMV shares sum to 1",
    }),
    noRowWhere('consumers', 'rfm.types', 'consumers < 0', {
      zh: '各类型人数不为负',
      en: 'No type has a negative count',
    }),
  ],
  requires: {
    orders: [
      'order_id',
      'consumer_id',
      'crowd',
      'brand_id',
      'day_idx',
      'dt',
      'month_idx',
      'pay_amount',
      'status',
    ],
    order_items: ['order_id', 'category_id'],
    categories: ['category_id', 'name', 'repurchase_cycle_days'],
  },
  gallery: {
    category: 'consumers',
    pitch: {
      zh: '谁是重要客户、谁在流失，导出名单；同期群看留存，复购率对比类目周期。',
      en: 'Who the important customers are and who is slipping away, as a list to export; cohorts for retention; repurchase against the category cycle.',
    },
    hero: 0,
  },
  examples: [
    {
      name: { zh: '下滑品牌的重要挽留客户', en: 'The eroding brand’s customers to win back' },
      inputs: { brand: 9 },
    },
    {
      name: { zh: '上升品牌的金额留存', en: 'The rising brand’s revenue retention' },
      inputs: { brand: 5, cohortMetric: 'revenue', segment: 'high-value' },
    },
  ],
});
