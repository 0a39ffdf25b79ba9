import * as Plot from '@observablehq/plot';
import type { PlotData } from '../../src/panel/contract';
import { focusBars } from '../common/plots';

export function buildIndexPlot(data: PlotData): Plot.PlotOptions {
  return focusBars(data, {
    y: 'brand',
    x: 'bpi',
    label:
      data.locale === 'zh-CN'
        ? '品牌人气指数（行业中位 = 100）'
        : 'Popularity index (median = 100)',
    rule: 100,
    kind: 'ratio',
  });
}

/** The three pillars over their medians (1 = median), per brand. */
export function buildComponentsPlot(data: PlotData): Plot.PlotOptions {
  const names =
    data.locale === 'zh-CN'
      ? { ca_ratio: '消费者资产', ms_ratio: '心智份额', ws_ratio: '钱包份额' }
      : { ca_ratio: 'Consumer assets', ms_ratio: 'Mind share', ws_ratio: 'Wallet share' };
  const rows = data.rows.flatMap((r) =>
    (['ca_ratio', 'ms_ratio', 'ws_ratio'] as const).map((k) => ({
      brand: r.brand,
      pillar: names[k],
      value: r[k],
    })),
  );
  return {
    width: data.width,
    height: 280,
    marginLeft: 50,
    fx: { label: null },
    x: { axis: null, domain: Object.values(names) },
    y: { grid: true, label: data.locale === 'zh-CN' ? '÷ 行业中位' : '÷ category median' },
    color: { legend: true, domain: Object.values(names), range: ['#1c7ed6', '#f08c00', '#2f9e44'] },
    marks: [
      Plot.barY(rows, { fx: 'brand', x: 'pillar', y: 'value', fill: 'pillar', tip: true }),
      Plot.ruleY([1], { stroke: '#333', strokeDasharray: '4,3' }),
      Plot.ruleY([0]),
    ],
  };
}

export function buildTrendPlot(data: PlotData): Plot.PlotOptions {
  return {
    width: data.width,
    height: 260,
    marginLeft: 50,
    x: { type: 'utc', label: null },
    y: { grid: true, label: 'BPI' },
    color: { legend: true },
    marks: [
      Plot.ruleY([100], { stroke: '#333', strokeDasharray: '4,3' }),
      Plot.lineY(data.rows, {
        x: 'day',
        y: 'bpi',
        stroke: 'brand',
        strokeWidth: (d: { is_focus: boolean }) => (d.is_focus ? 3 : 1.5),
        tip: true,
      }),
    ],
  };
}
