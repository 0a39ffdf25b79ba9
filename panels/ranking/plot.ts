import { bandMargin } from '../../src/plot/fit';
import { PALETTE, selectionOpacity } from '../../src/plot/palette';
import * as Plot from '@observablehq/plot';
import type { PlotData } from '../../src/panel/contract';
import type { RankingParams } from './index';
import { formatMetric, metricTicks } from '../../src/i18n/format';
import { measureLabel, valueLabel } from '../../src/panel/sql';

/** Horizontal bars in rank order, labelled with their values. */
export function buildRankingPlot(p: RankingParams, data: PlotData): Plot.PlotOptions {
  // Coded values read as the dictionary says; `key` keeps the value a click filters by.
  const rows = data.rows.map((r) => ({ ...r, label: valueLabel(p.category, r.label, data) }));
  return {
    width: data.width,
    height: Math.max(120, rows.length * 24 + 40),
    marginLeft: bandMargin(rows.map((r) => r.label)),
    marginRight: 50, // room for the value label of the longest bar
    x: {
      grid: true,
      label: `${measureLabel(p.aggregate, p.value, data)} →`,
      tickFormat: metricTicks(data.locale),
    },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [
      Plot.barX(rows, {
        x: 'value',
        y: 'label',
        fill: PALETTE.focus,
        fillOpacity: selectionOpacity(data.selected, 'key'),
        tip: true,
      }),
      Plot.text(rows, {
        x: 'value',
        y: 'label',
        text: (d: { value: number }) => formatShort(d.value, data.locale),
        dx: 4,
        textAnchor: 'start',
      }),
      Plot.ruleX([0]),
    ],
  };
}

export function formatShort(value: number, locale: 'zh-CN' | 'en'): string {
  return Number.isFinite(value) ? formatMetric(locale, value) : '';
}
