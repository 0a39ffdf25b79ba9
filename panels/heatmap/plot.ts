import * as Plot from '@observablehq/plot';
import type { PlotData } from '../../src/panel/contract';
import type { HeatmapParams } from './index';
import { formatMetric } from '../../src/i18n/format';

/** Cells coloured by value; TGI diverges around 100; suppressed (small) cells are grey and unlabelled. */
export function buildHeatmapPlot(p: HeatmapParams, data: PlotData): Plot.PlotOptions {
  const shown = data.rows.filter((r) => !r.suppressed);
  const hidden = data.rows.filter((r) => r.suppressed);
  const xs = [...new Set(data.rows.map((r) => String(r.x)))];
  const ys = [...new Set(data.rows.map((r) => String(r.y)))];
  const tgi = p.measure === 'tgi';
  return {
    width: data.width,
    height: Math.max(160, ys.length * 28 + 70),
    marginLeft: 100,
    marginBottom: 50,
    padding: 0.04,
    x: { label: null, domain: xs, tickRotate: xs.length > 8 ? -30 : 0 },
    y: { label: null, domain: ys },
    color: tgi
      ? { type: 'diverging', pivot: 100, scheme: 'RdBu', reverse: true, legend: true, label: 'TGI' }
      : { scheme: 'Oranges', legend: true },
    marks: [
      Plot.cell(hidden, {
        x: (d: { x: unknown }) => String(d.x),
        y: (d: { y: unknown }) => String(d.y),
        fill: '#eee',
        title: () => 'n < min',
      }),
      Plot.cell(shown, {
        x: (d: { x: unknown }) => String(d.x),
        y: (d: { y: unknown }) => String(d.y),
        fill: 'value',
        tip: true,
      }),
      Plot.text(shown, {
        x: (d: { x: unknown }) => String(d.x),
        y: (d: { y: unknown }) => String(d.y),
        text: (d: { value: number }) =>
          Number.isFinite(d.value)
            ? tgi
              ? d.value.toFixed(0)
              : formatMetric(data.locale, d.value)
            : '',
        fontSize: 10,
      }),
    ],
  };
}
