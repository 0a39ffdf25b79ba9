import * as Plot from '@observablehq/plot';
import { metricTicks } from '../../src/i18n/format';
import { columnLabel, measureLabel, pick, valueLabel } from '../../src/panel/sql';

const SHARE = { zh: '占比', en: 'Share' };
import type { PlotData } from '../../src/panel/contract';
import type { BarsParams } from './index';
import { bandTicks } from '../../src/plot/fit';
import { selectionOpacity, seriesColors } from '../../src/plot/palette';

/** Stacked, grouped or 100% bars of `value` by `x`, coloured by `series`. */
export function buildBarsPlot(p: BarsParams, data: PlotData): Plot.PlotOptions {
  // Coded values read as the dictionary says (直播, not livestream); x_key keeps the code.
  const rows = data.rows.map((r) => ({
    ...r,
    x: valueLabel(p.x, r.x, data),
    series: valueLabel(p.series, r.series, data),
  }));
  // Largest total first, as the query orders them (Plot would sort the names alphabetically).
  const order = [...new Set(rows.map((r) => r.x))];
  // Long or many names slant (or stand) instead of running into each other.
  const ticks = bandTicks(order, data.width - 80);
  const fillOpacity = selectionOpacity(data.selected, 'x_key');
  const base = {
    width: data.width,
    height: 290 + ticks.marginBottom,
    marginLeft: 60,
    marginBottom: ticks.marginBottom,
    color: seriesColors(),
    y: {
      grid: true,
      label: `↑ ${measureLabel(p.aggregate, p.value, data)}`,
      tickFormat: metricTicks(data.locale),
    },
  } as const;
  if (p.mode === 'grouped')
    return {
      ...base,
      fx: {
        label: columnLabel(p.x, data),
        padding: 0.1,
        domain: order,
        tickRotate: ticks.tickRotate,
      },
      x: { axis: null },
      marks: [
        Plot.barY(rows, {
          fx: 'x',
          x: 'series',
          y: 'value',
          fill: 'series',
          fillOpacity,
          tip: true,
        }),
        Plot.ruleY([0]),
      ],
    };
  const stack =
    p.mode === 'normalized'
      ? Plot.stackY(
          { offset: 'normalize' },
          { x: 'x', y: 'value', fill: 'series', fillOpacity, tip: true },
        )
      : { x: 'x', y: 'value', fill: 'series', fillOpacity, tip: true };
  return {
    ...base,
    x: { label: columnLabel(p.x, data), domain: order, tickRotate: ticks.tickRotate },
    y: {
      ...base.y,
      ...(p.mode === 'normalized'
        ? { tickFormat: '%', label: `↑ ${pick(SHARE, data.locale)}` }
        : {}),
    },
    marks: [Plot.barY(rows, stack), Plot.ruleY([0])],
  };
}
