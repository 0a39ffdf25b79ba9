import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatValue } from '../common/plots';

const COLORS = {
  domain: ['total', 'up', 'down', 'memo'],
  range: ['#495057', '#2f9e44', '#e03131', '#74c0fc'],
};
const tone = (d: RecordRow) =>
  d.kind === 'factor' ? (Number(d.value) >= 0 ? 'up' : 'down') : String(d.kind);

/** ΔGMV = G + R + O as a waterfall from GMV0 to GMV1; W shown beside it as memo bars. */
export function buildWaterfallPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.filter((r) => r.value !== null);
  return {
    width: data.width,
    height: 300,
    marginLeft: 60,
    x: { label: null, domain: data.rows.map((r) => String(r.step)) },
    y: { grid: true, label: 'GMV', tickFormat: '~s' },
    color: COLORS,
    marks: [
      Plot.rectY(rows, {
        x: 'step',
        y1: 'y1',
        y2: 'y2',
        fill: tone,
        insetLeft: 6,
        insetRight: 6,
        tip: true,
      }),
      Plot.text(rows, {
        x: 'step',
        y: (d: RecordRow) => Math.max(Number(d.y1), Number(d.y2)),
        text: (d: RecordRow) =>
          `${d.kind === 'factor' && Number(d.value) > 0 ? '+' : ''}${formatValue(data.locale, d.value)}`,
        dy: -6,
        fontSize: 10,
      }),
      Plot.ruleY([0]),
    ],
  };
}

/** G, R, O per segment as grouped bars. */
export function buildSegmentsPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.flatMap((r) =>
    (['g', 'r', 'o'] as const).map((f) => ({
      segment: r.segment,
      factor: f.toUpperCase(),
      value: r[f],
    })),
  );
  return {
    width: data.width,
    height: 300,
    marginLeft: 60,
    marginBottom: 40,
    fx: { label: null, tickRotate: data.rows.length > 5 ? -25 : 0 },
    x: { axis: null, domain: ['G', 'R', 'O'] },
    y: { grid: true, label: 'ΔGMV', tickFormat: '~s' },
    color: { legend: true, domain: ['G', 'R', 'O'], range: ['#1c7ed6', '#f08c00', '#2f9e44'] },
    marks: [
      Plot.barY(rows, { fx: 'segment', x: 'factor', y: 'value', fill: 'factor', tip: true }),
      Plot.ruleY([0]),
    ],
  };
}
