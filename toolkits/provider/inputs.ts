/** Service-provider evaluation inputs: the provider, the period, the engagement rule, the weights. */
import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { asOfInput, daysInput } from '../common/inputs';

const weight = (zh: string, en: string, value: number) =>
  ({
    type: 'number',
    default: value,
    min: 0,
    max: 100,
    integer: true,
    label: { zh: `权重：${zh}`, en: `Weight: ${en}` },
    affectsQuery: true,
  }) as const satisfies ParamSpec;

export const inputs = {
  provider: {
    type: 'provider',
    default: 1,
    label: { zh: '服务商', en: 'Service provider' },
    affectsQuery: true,
  },
  asOf: asOfInput,
  days: daysInput('考核期（天，对比去年同期）', 'Period (days, against a year before)', 30, 83),
  videoSeconds: daysInput('短视频观看 ≥ 秒算互动', 'Short video: watched ≥ s counts', 10, 600),
  liveSeconds: daysInput('直播观看 ≥ 秒算互动', 'Livestream: watched ≥ s counts', 30, 3600),
  wGmv: weight('GMV 同比', 'GMV YoY', 30),
  wNew: weight('新客增长', 'new-customer growth', 15),
  wF: weight('ΔF', 'ΔF', 15),
  wDeepen: weight('周加深率', 'weekly deepening', 10),
  wRepurchase: weight('Δ复购率', 'Δrepurchase', 10),
  wT: weight('会员活跃率 T', 'member activity T', 10),
  wContent: weight('内容成交占比', 'content GMV share', 10),
  contentWeight: weight('服务商分中内容互动', 'content interaction in the provider score', 30),
  mgiDrop: daysInput('预警：MGI 下降 ≥ 分', 'Alert: MGI down ≥ points', 10, 100),
  churnPct: daysInput('预警：品牌 GMV 同比下降 % ≥', 'Alert: brand GMV down YoY % ≥', 50, 100),
} as const satisfies Record<string, ParamSpec>;

export type ProviderInputs = ParamsOf<typeof inputs>;
