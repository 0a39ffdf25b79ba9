/**
 * Content preference (内容偏好, metrics.md §1.9, illustrative): which crowds engage with which content
 * types (reach, engagement, watch time, interaction TGI), what content earns (direct and last-touch
 * GMV, conversion), the content DAU trend and the top content.
 */
import { defineToolkit, defineToolkitPanel } from '../../src/panel/toolkit';
import { wordsTable } from '../common/tables';
import { formatMetric, formatPercent } from '../../src/i18n/format';
import { CONTENT_TYPES, CROWDS, labelOf } from '../common/labels';
import { CONTENT_DEFINITIONS } from './definitions';
import { inputs, type ContentInputs } from './inputs';
import * as plots from './plots';
import * as q from './queries';
import { CREATORS, WORDS } from './words';
import { noRowWhere } from '../common/invariants';

export type { ContentInputs };

const table = wordsTable(WORDS);

export const toolkit = defineToolkit({
  id: 'content',
  version: 1,
  title: { zh: '内容偏好', en: 'Content preference' },
  description: {
    zh: '各人群偏好哪类内容（直播、短视频、逛逛、图文）：触达、互动率、观看时长、互动 TGI；内容带来的 GMV（直接与末次触点）与转化；内容 DAU 与头部内容。示意定义。',
    en: 'Which crowds engage with which content types (livestream, short video, Guangguang, graphic): reach, engagement rate, watch time, interaction TGI; what content earns (direct and last-touch GMV) and converts; content DAU and the top content. Illustrative definitions.',
  },
  inputs,
  panels: [
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'content.matrix',
        title: { zh: '人群 × 内容类型偏好', en: 'Crowd × content-type preference' },
        description: {
          zh: '每个人群在各类内容上的互动 TGI 与互动率（触达不足最小人数的格子不显示）。',
          en: 'Each crowd’s interaction TGI and engagement rate on each content type (cells under the minimum reach are left out).',
        },
        buildQuery: q.matrixSql,
        buildPlot: (_p, data) => plots.buildMatrixPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              crowd: 'crowd',
              type: 'type',
              reach: 'reach',
              rate: 'rate',
              watch: 'watch',
              tgi: 'tgi',
              gmv: 'gmv',
              conversion: 'conversion',
            },
            ['reach', 'watch', 'tgi'],
            (r) => ({
              crowd: labelOf(CROWDS, r.crowd, data.locale),
              type: labelOf(CONTENT_TYPES, r.content_type, data.locale),
              reach: r.reach ?? null,
              rate: formatPercent(data.locale, Number(r.engagement_rate), 1),
              watch: r.avg_watch === null ? null : Math.round(Number(r.avg_watch)),
              tgi: r.tgi === null ? null : Math.round(Number(r.tgi)),
              gmv: formatMetric(data.locale, Number(r.direct_gmv) + Number(r.touch_gmv), 'money'),
              conversion: formatPercent(data.locale, Number(r.conversion ?? 0), 1),
            }),
          ),
        expectedColumns: () => [
          'crowd',
          'content_type',
          'reach',
          'engaged',
          'engagement_rate',
          'avg_watch',
          'tgi',
          'direct_gmv',
          'touch_gmv',
          'buyers',
          'conversion',
        ],
      }),
    },
    {
      width: 2,
      panel: defineToolkitPanel(inputs, {
        id: 'content.types',
        title: { zh: '各类内容的触达与互动', en: 'Reach and engagement by content type' },
        description: {
          zh: '每类内容的触达与互动人数，右侧为互动率与归因 GMV。',
          en: 'Reach and engaged consumers per content type; on the right the engagement rate and attributed GMV.',
        },
        buildQuery: q.typesSql,
        buildPlot: (_p, data) => plots.buildTypesPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              type: 'type',
              reach: 'reach',
              engaged: 'engaged',
              rate: 'rate',
              watch: 'watch',
              direct: 'direct',
              touch: 'touch',
              buyers: 'buyers',
            },
            ['reach', 'engaged', 'watch', 'buyers'],
            (r) => ({
              type: labelOf(CONTENT_TYPES, r.content_type, data.locale),
              reach: r.reach ?? null,
              engaged: r.engaged ?? null,
              rate: formatPercent(data.locale, Number(r.engagement_rate), 1),
              watch: r.avg_watch === null ? null : Math.round(Number(r.avg_watch)),
              direct: formatMetric(data.locale, r.direct_gmv, 'money'),
              touch: formatMetric(data.locale, r.touch_gmv, 'money'),
              buyers: r.buyers ?? null,
            }),
          ),
        expectedColumns: () => [
          'content_type',
          'reach',
          'engaged',
          'engagement_rate',
          'avg_watch',
          'direct_gmv',
          'touch_gmv',
          'buyers',
        ],
      }),
    },
    {
      width: 1,
      panel: defineToolkitPanel(inputs, {
        id: 'content.dau',
        title: { zh: '内容 DAU', en: 'Content DAU' },
        description: {
          zh: '每天被内容触达的消费者数，按内容类型。',
          en: 'Consumers reached by the content each day, by content type.',
        },
        buildQuery: q.dauSql,
        buildPlot: (_p, data) => plots.buildDauPlot(data),
        expectedColumns: () => ['day', 'content_type', 'dau'],
      }),
    },
    {
      width: 'full',
      panel: defineToolkitPanel(inputs, {
        id: 'content.top',
        title: { zh: '头部内容', en: 'Top content' },
        description: {
          zh: '归因 GMV 最高的内容（直接 + 末次触点），表格视图含触达与互动率。',
          en: 'The content with the most attributed GMV (direct + last touch); the table view adds reach and engagement rate.',
        },
        buildQuery: q.topSql,
        buildPlot: (_p, data) => plots.buildTopPlot(data),
        buildTable: (_p, data) =>
          table(
            data,
            {
              content: 'content',
              type: 'type',
              creator: 'creator',
              reach: 'reach',
              rate: 'rate',
              direct: 'direct',
              touch: 'touch',
              buyers: 'buyers',
            },
            ['content', 'reach', 'buyers'],
            (r) => ({
              content: r.content_id ?? null,
              type: labelOf(CONTENT_TYPES, r.content_type, data.locale),
              creator: labelOf(CREATORS, r.creator_type, data.locale),
              reach: r.reach ?? null,
              rate: formatPercent(data.locale, Number(r.engagement_rate), 1),
              direct: formatMetric(data.locale, r.direct_gmv, 'money'),
              touch: formatMetric(data.locale, r.touch_gmv, 'money'),
              buyers: r.buyers ?? null,
            }),
          ),
        expectedColumns: () => [
          'content_id',
          'content_type',
          'creator_type',
          'reach',
          'engagement_rate',
          'direct_gmv',
          'touch_gmv',
          'buyers',
        ],
      }),
    },
  ],
  alerts: [
    {
      id: 'engagement-drop',
      panel: 'content.types',
      message: {
        zh: '内容互动率较上一窗口下降 {value}%（阈值 {threshold}%）',
        en: 'Content engagement rate down {value}% on the window before (threshold {threshold}%)',
      },
      buildQuery: q.engagementDropAlertSql,
    },
    {
      id: 'reach-no-sale',
      panel: 'content.top',
      message: {
        zh: '{value} 条内容触达 ≥ {threshold} 人却没有归因买家：{detail}',
        en: '{value} piece(s) of content reached ≥ {threshold} consumers with no attributed buyer: {detail}',
      },
      buildQuery: q.reachNoSaleAlertSql,
    },
  ],
  definitions: CONTENT_DEFINITIONS,
  invariants: [
    noRowWhere(
      'engaged-within-reach',
      'content.types',
      'engaged > reach OR engagement_rate < 0 OR engagement_rate > 1',
      {
        zh: '互动人数不超过触达人数，互动率在 0 与 1 之间',
        en: 'Engaged consumers never exceed those reached; engagement rates lie in [0, 1]',
      },
    ),
  ],
  requires: {
    events: ['consumer_id', 'crowd', 'day_idx', 'ts_sec', 'event_type', 'content_id', 'watch_sec'],
    content: ['content_id', 'brand_id', 'content_type', 'creator_type'],
    orders: [
      'order_id',
      'consumer_id',
      'crowd',
      'brand_id',
      'day_idx',
      'dt',
      'pay_amount',
      'status',
      'content_id',
    ],
    brands: ['brand_id', 'industry'],
  },
  gallery: {
    category: 'content',
    pitch: {
      zh: '哪个人群爱看哪类内容、哪条内容真正带来成交。',
      en: 'Which crowd engages with which content type, and which content actually sells.',
    },
    hero: 0,
  },
  examples: [
    {
      name: { zh: '行业内各人群的内容偏好', en: 'Content preferences across the industry' },
      inputs: { brand: 1 },
    },
    {
      name: { zh: '品牌自有内容，近 60 天', en: 'The brand’s own content, last 60 days' },
      inputs: { brand: 9, scope: 'brand', days: 60 },
    },
  ],
});
