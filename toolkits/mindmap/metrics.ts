/**
 * The mind map's pillars and sub-metrics (metrics.md §2.1), in display order: codes the SQL
 * returns, names in both languages, and how each value reads (formatMetric's kinds).
 */
import type { Localized } from '../../src/panel/contract';
import type { MetricKind } from '../../src/i18n/format';

export const PILLARS = ['innovation', 'communication', 'value'] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_NAMES: Record<Pillar, Localized> = {
  innovation: { zh: '创新', en: 'Innovation' },
  communication: { zh: '沟通', en: 'Communication' },
  value: { zh: '价值', en: 'Value' },
};

export interface SubMetric {
  code: string;
  pillar: Pillar;
  name: Localized;
  kind: MetricKind;
}

const m = (code: string, pillar: Pillar, zh: string, en: string, kind: MetricKind): SubMetric => ({
  code,
  pillar,
  name: { zh, en },
  kind,
});

export const METRICS: readonly SubMetric[] = [
  m('new_gmv', 'innovation', '新品 GMV 占比', 'New-product GMV share', 'share'),
  m('new_count', 'innovation', '每百 SKU 新品数', 'New SKUs per 100', 'ratio'),
  m(
    'new_buyers',
    'innovation',
    '新品买家中品牌新客占比',
    'New-to-brand share of new-product buyers',
    'share',
  ),
  m('hit_rate', 'innovation', '爆品成功率', 'Hit success rate', 'share'),
  m('reach', 'communication', 'A+I 触达占比', 'A+I reach share', 'share'),
  m('mind_share', 'communication', '心智份额', 'Mind share', 'share'),
  m('engagement', 'communication', '内容互动率', 'Content engagement rate', 'share'),
  m('search_share', 'communication', '品牌搜索 UV 占比', 'Brand-search UV share', 'share'),
  m('deepening', 'communication', '周加深率', 'Weekly deepening rate', 'share'),
  m('premium', 'value', '同价格带溢价', 'Price premium in its band', 'ratio'),
  m('wallet', 'value', '钱包份额', 'Wallet share', 'share'),
  m('positive', 'value', '好评率', 'Positive-review rate', 'share'),
  m('repurchase', 'value', '365 天复购率', '365-day repurchase rate', 'share'),
  m('vip_tgi', 'value', '88VIP TGI', '88VIP TGI', 'count'),
];

export const METRIC_BY_CODE: ReadonlyMap<string, SubMetric> = new Map(
  METRICS.map((x) => [x.code, x]),
);
