import { PALETTE, selectionOpacity, seriesColors } from '../../src/plot/palette';
import * as Plot from '@observablehq/plot';
import { metricTicks, timeAxis } from '../../src/i18n/format';
import { measureLabel, valueLabel } from '../../src/panel/sql';
import type { PlotData } from '../../src/panel/contract';
import type { TrendParams } from './index';

/** 618 and 双11 of every year in a date range: the promotion markers. */
export function promotionMarkers(from: Date, to: Date): { date: Date; label: string }[] {
  const markers: { date: Date; label: string }[] = [];
  for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++)
    for (const [month, day, label] of [
      [5, 18, '618'],
      [10, 11, '双11'],
    ] as const) {
      const date = new Date(Date.UTC(year, month, day));
      if (date >= from && date <= to) markers.push({ date, label });
    }
  return markers;
}

export function buildTrendPlot(p: TrendParams, data: PlotData): Plot.PlotOptions {
  // Series codes read as the dictionary says; `series_key` keeps the value a click filters by.
  const rows = data.rows.map((r) => ({
    ...r,
    series_key: r.series,
    series: valueLabel(p.series, r.series, data),
  }));
  const dates = data.rows.map((r) => r.t).filter((d): d is Date => d instanceof Date);
  const from = dates.reduce((a, b) => (b < a ? b : a), dates[0] ?? new Date(0));
  const to = dates.reduce((a, b) => (b > a ? b : a), dates[0] ?? new Date(0));
  const markers = p.markers ? promotionMarkers(from, to) : [];
  const mark = p.style === 'area' ? Plot.areaY : Plot.lineY;
  return {
    width: data.width,
    height: 300,
    marginLeft: 60,
    x: timeAxis(data.locale),
    y: {
      grid: true,
      label: `↑ ${measureLabel(p.aggregate, p.value, data)}`,
      tickFormat: metricTicks(data.locale),
    },
    color: p.series ? seriesColors() : undefined,
    marks: [
      mark(rows, {
        x: 't',
        y: 'value',
        ...(p.series
          ? { z: 'series', [p.style === 'area' ? 'fill' : 'stroke']: 'series' }
          : { [p.style === 'area' ? 'fill' : 'stroke']: PALETTE.focus }),
        ...(p.style === 'area'
          ? { fillOpacity: selectionOpacity(data.selected, 'series_key', p.series ? 0.7 : 0.3) }
          : { strokeOpacity: selectionOpacity(data.selected, 'series_key') }),
        tip: true,
      }),
      Plot.ruleX(markers, { x: 'date', stroke: '#999', strokeDasharray: '3,3' }),
      Plot.text(markers, { x: 'date', text: 'label', frameAnchor: 'top', dy: -2, fill: '#666' }),
      Plot.ruleY([0]),
    ],
  };
}
