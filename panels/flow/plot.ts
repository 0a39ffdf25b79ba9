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
  const format = { format: (v: number) => formatMetric(data.locale, v) };
  return {
    width: data.width,
    height: Math.max(160, order('source').length * 36 + 70),
    marginLeft: 90,
    padding: 0.04,
    x: { label: `${columnLabel(p.to, data)} →`, domain: order('target'), axis: 'top' },
    y: { label: `${columnLabel(p.from, data)} ↓`, domain: order('source') },
    color: {
      scheme: 'Blues',
      legend: true,
      label: pick(RATE, data.locale),
      tickFormat: '%',
    },
    marks: [
      Plot.cell(rows, { x: 'target', y: 'source', fill: 'rate', tip: true }),
      Plot.text(rows, {
        x: 'target',
        y: 'source',
        text: (d: { n: number; rate: number }) =>
          `${format.format(d.n)}\n${(d.rate * 100).toFixed(1)}%`,
        fontSize: 10,
        fill: (d: { rate: number }) => (d.rate > 0.5 ? 'white' : 'black'),
      }),
    ],
  };
}
