import { PALETTE, seriesColors } from './palette';
import * as Plot from '@observablehq/plot';
import type { RecordRow } from '../engine/records';
import { metricTicks, timeAxis, type Locale } from '../i18n/format';
import { rankRows, type AutoChart } from './auto-chart';

/** Plot options for an automatic chart. Pure: data in, options out. */
export function buildAutoPlot(
  chart: AutoChart,
  rows: readonly RecordRow[],
  width: number,
  locale: Locale,
): Plot.PlotOptions {
  // The lab's one formatter: 万/亿 (K/M) ticks, and time ticks in the reader's language.
  const ticks = metricTicks(locale);
  const base: Plot.PlotOptions = {
    width,
    height: 320,
    marginLeft: 60,
    // At 12 px the x axis's name needs its own line under the tick labels.
    marginBottom: 40,
    style: { fontSize: '12px' },
  };
  switch (chart.mark) {
    case 'line':
      return {
        ...base,
        x: { ...timeAxis(locale), label: chart.x },
        y: { grid: true, label: chart.y, tickFormat: ticks },
        color: chart.series ? seriesColors() : undefined,
        marks: [
          Plot.lineY(rows, {
            x: chart.x,
            y: chart.y,
            ...(chart.series ? { stroke: chart.series } : {}),
            tip: true,
          }),
          Plot.ruleY([0]),
        ],
      };
    case 'bar':
      return {
        ...base,
        marginLeft: 120,
        height: Math.max(120, rows.length * 22 + 40),
        x: { grid: true, label: chart.y, tickFormat: ticks },
        y: { label: null },
        marks: [
          Plot.barX(rankRows(rows, chart.y), {
            x: chart.y,
            y: chart.x,
            sort: { y: '-x' },
            fill: PALETTE.focus,
            tip: true,
          }),
          Plot.ruleX([0]),
        ],
      };
    case 'dot':
      return {
        ...base,
        x: { grid: true, label: chart.x, tickFormat: ticks },
        y: { grid: true, label: chart.y, tickFormat: ticks },
        marks: [
          Plot.dot(rows, {
            x: chart.x,
            y: chart.y,
            ...(chart.label ? { title: chart.label } : {}),
            tip: true,
          }),
        ],
      };
    case 'histogram':
      return {
        ...base,
        x: { label: chart.x, tickFormat: ticks },
        y: { grid: true, tickFormat: ticks },
        marks: [
          Plot.rectY(rows, { ...Plot.binX({ y: 'count' }, { x: chart.x }), fill: PALETTE.focus }),
          Plot.ruleY([0]),
        ],
      };
  }
}
