import { timeAxis } from '../../src/i18n/format';
import * as Plot from '@observablehq/plot';
import { pick } from '../../src/panel/sql';
import type { PlotData } from '../../src/panel/contract';
import { focusBars } from '../common/plots';

export function buildIndexPlot(data: PlotData): Plot.PlotOptions {
  return focusBars(data, {
    y: 'brand',
    x: 'bpi',
    label: pick(
      { zh: '品牌人气指数（行业中位 = 100）', en: 'Popularity index (median = 100)' },
      data.locale,
    ),
    rule: 100,
    kind: 'ratio',
  });
}

/** The three pillars over their medians (1 = median), per brand. */
export function buildComponentsPlot(data: PlotData): Plot.PlotOptions {
  const names = {
    ca_ratio: pick({ zh: '消费者资产', en: 'Consumer assets' }, data.locale),
    ms_ratio: pick({ zh: '心智份额', en: 'Mind share' }, data.locale),
    ws_ratio: pick({ zh: '钱包份额', en: 'Wallet share' }, data.locale),
  };
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
    y: { grid: true, label: pick({ zh: '÷ 行业中位', en: '÷ category median' }, data.locale) },
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
    x: timeAxis(data.locale),
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
