import { PALETTE } from '../../src/plot/palette';
import * as Plot from '@observablehq/plot';
import { metricTicks } from '../../src/i18n/format';
import { columnLabel } from '../../src/panel/sql';
import type { PlotData } from '../../src/panel/contract';
import type { HistogramParams } from './index';

export function buildHistogramPlot(p: HistogramParams, data: PlotData): Plot.PlotOptions {
  return {
    width: data.width,
    height: 280,
    marginLeft: 55,
    x: { label: `${columnLabel(p.column, data)} →`, tickFormat: metricTicks(data.locale) },
    y: {
      grid: true,
      label: `↑ ${data.locale === 'en' ? 'Rows' : '行数'}`,
      tickFormat: metricTicks(data.locale),
    },
    marks: [
      Plot.rectY(data.rows, {
        x1: 'x0',
        x2: 'x1',
        y: 'n',
        fill: PALETTE.focus,
        inset: 0.5,
        tip: true,
      }),
      Plot.ruleY([0]),
    ],
  };
}
