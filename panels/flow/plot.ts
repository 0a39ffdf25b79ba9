import { bandMargin, linesWidth } from '../../src/plot/fit';
import * as Plot from '@observablehq/plot';
import type { PlotData } from '../../src/panel/contract';
import type { FlowParams } from './index';
import { formatMetric } from '../../src/i18n/format';
import { columnLabel, pick, valueLabel } from '../../src/panel/sql';

const RATE = { zh: '转化率', en: 'Rate' };

/** A transition matrix: from (rows) × to (columns), coloured by rate, labelled with count and rate. */
export function buildFlowPlot(p: FlowParams, data: PlotData): Plot.PlotOptions {
  const rows = data.rows.map((r) => ({
    ...r,
    source: valueLabel(p.from, r.source, data),
    target: valueLabel(p.to, r.target, data),
  }));
  const order = (key: 'source' | 'target') => [...new Set(rows.map((r) => r[key]))].sort();
  const text = (d: { n: number; rate: number }) =>
    `${formatMetric(data.locale, d.n)}\n${(d.rate * 100).toFixed(1)}%`;
  // The rows' names, and the axis name standing beside them.
  const marginLeft = bandMargin(order('source')) + 18;
  // Counts and rates are written in the cells only when every one fits (else the tooltip has them).
  const cell = (data.width - marginLeft - 20) / Math.max(1, order('target').length);
  const fits = rows.every(
    (r) => linesWidth(text(r as unknown as { n: number; rate: number }), 10) + 4 <= cell * 0.96,
  );
  return {
    width: data.width,
    height: Math.max(160, order('source').length * 36 + 70),
    marginLeft,
    marginRight: 20,
    padding: 0.04,
    x: { label: `${columnLabel(p.to, data)} →`, domain: order('target'), axis: 'top' },
    y: { label: columnLabel(p.from, data), labelAnchor: 'center', domain: order('source') },
    color: {
      scheme: 'Blues',
      legend: true,
      label: pick(RATE, data.locale),
      tickFormat: '%',
    },
    marks: [
      Plot.cell(rows, { x: 'target', y: 'source', fill: 'rate', tip: true }),
      Plot.text(fits ? rows : [], {
        x: 'target',
        y: 'source',
        text,
        fontSize: 10,
        fill: (d: { rate: number }) => (d.rate > 0.5 ? 'white' : 'black'),
      }),
    ],
  };
}
