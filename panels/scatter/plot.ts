import * as Plot from '@observablehq/plot';
import { metricTicks } from '../../src/i18n/format';
import { measureLabel } from '../../src/panel/sql';
import type { PlotData } from '../../src/panel/contract';
import type { ScatterParams } from './index';

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0
    ? NaN
    : sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Points sized by rows, with median lines splitting the plane into four quadrants. */
export function buildScatterPlot(p: ScatterParams, data: PlotData): Plot.PlotOptions {
  const mx = median(data.rows.map((r) => Number(r.x)));
  const my = median(data.rows.map((r) => Number(r.y)));
  return {
    width: data.width,
    height: 360,
    marginLeft: 60,
    grid: true,
    x: {
      label: `${measureLabel(p.xAggregate, p.x, data.locale)} →`,
      tickFormat: metricTicks(data.locale),
    },
    y: {
      label: `↑ ${measureLabel(p.yAggregate, p.y, data.locale)}`,
      tickFormat: metricTicks(data.locale),
    },
    r: { range: [3, 18] },
    marks: [
      ...(p.medians
        ? [
            Plot.ruleX([mx], { stroke: '#999', strokeDasharray: '4,3' }),
            Plot.ruleY([my], { stroke: '#999', strokeDasharray: '4,3' }),
          ]
        : []),
      Plot.dot(data.rows, {
        x: 'x',
        y: 'y',
        r: 'size',
        fill: 'var(--accent, #ff5000)',
        fillOpacity: 0.6,
        stroke: 'white',
        tip: true,
      }),
      ...(p.labels
        ? [Plot.text(data.rows, { x: 'x', y: 'y', text: 'label', dy: -10, fontSize: 10 })]
        : []),
    ],
  };
}
