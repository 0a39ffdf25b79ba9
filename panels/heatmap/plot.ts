import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import type { HeatmapParams } from './index';
import { formatMetric, metricTicks } from '../../src/i18n/format';
import { measureLabel, valueLabel } from '../../src/panel/sql';
import { bandMargin, bandTicks, textWidth } from '../../src/plot/fit';
import { selectionOpacity } from '../../src/plot/palette';

/** Cells coloured by value; TGI diverges around 100; suppressed (small) cells are grey and unlabelled. */
export function buildHeatmapPlot(p: HeatmapParams, data: PlotData): Plot.PlotOptions {
  // Coded values read as the dictionary says; `x_key` keeps the value a click filters by.
  const rows: RecordRow[] = data.rows.map((r) => ({
    ...r,
    x: valueLabel(p.x, r.x, data),
    y: valueLabel(p.y, r.y, data),
  }));
  const shown = rows.filter((r) => !r.suppressed);
  const hidden = rows.filter((r) => r.suppressed);
  // Columns by their total, largest first (names, not ids sorted as text: 1, 10, 11, 2…).
  const totals = new Map<string, number>();
  for (const r of rows)
    totals.set(
      String(r.x),
      (totals.get(String(r.x)) ?? 0) + (Number(p.measure === 'tgi' ? r.n : r.value) || 0),
    );
  const xs = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)!);
  const ys = [...new Set(rows.map((r) => String(r.y)))];
  const tgi = p.measure === 'tgi';
  const label = (value: number) =>
    Number.isFinite(value) ? (tgi ? value.toFixed(0) : formatMetric(data.locale, value)) : '';
  // Values are written in the cells only when every one fits its cell (else the tooltip has them).
  const marginLeft = bandMargin(ys);
  const cell = (data.width - marginLeft - 20) / Math.max(1, xs.length);
  const fits = shown.every((r) => textWidth(label(Number(r.value)), 10) + 4 <= cell * 0.96);
  const ticks = bandTicks(xs, data.width - marginLeft - 20);
  return {
    width: data.width,
    height: Math.max(160, ys.length * 28 + 40 + ticks.marginBottom),
    marginLeft,
    marginRight: 20,
    marginBottom: ticks.marginBottom,
    padding: 0.04,
    x: { label: null, domain: xs, tickRotate: ticks.tickRotate },
    y: { label: null, domain: ys },
    color: tgi
      ? { type: 'diverging', pivot: 100, scheme: 'RdBu', reverse: true, legend: true, label: 'TGI' }
      : {
          scheme: 'Oranges',
          legend: true,
          label: measureLabel(p.aggregate, p.value, data),
          tickFormat: metricTicks(data.locale),
        },
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
        fillOpacity: selectionOpacity(data.selected, 'x_key'),
        tip: true,
      }),
      Plot.text(fits ? shown : [], {
        x: (d: { x: unknown }) => String(d.x),
        y: (d: { y: unknown }) => String(d.y),
        text: (d: { value: number }) => label(d.value),
        fontSize: 10,
      }),
    ],
  };
}
