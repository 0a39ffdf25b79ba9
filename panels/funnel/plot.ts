import { PALETTE } from '../../src/plot/palette';
import * as Plot from '@observablehq/plot';
import type { PlotData } from '../../src/panel/contract';
import type { FunnelParams } from './index';
import { formatMetric } from '../../src/i18n/format';
import { valueLabel } from '../../src/panel/sql';

/** Centered funnel bars with counts and the conversion from the stage before. */
export function buildFunnelPlot(p: FunnelParams, data: PlotData): Plot.PlotOptions {
  // Stage codes read as the dictionary says (曝光, not exposure).
  const rows = data.rows.map((r) => ({
    ...r,
    stage: valueLabel(p.stage, r.stage, data),
    half: Number(r.n) / 2,
  }));
  const format = { format: (v: number) => formatMetric(data.locale, v) };
  const label = (d: { n: number; step_rate: number | null }) =>
    `${format.format(d.n)}${d.step_rate === null ? '' : `  (${(d.step_rate * 100).toFixed(1)}%)`}`;
  return {
    width: data.width,
    height: Math.max(140, rows.length * 44 + 30),
    marginLeft: 110,
    x: { axis: null },
    y: { label: null, domain: rows.map((r) => r.stage) },
    marks: [
      Plot.barX(rows, {
        x1: (d: { half: number }) => -d.half,
        x2: 'half',
        y: 'stage',
        fill: PALETTE.focus,
        fillOpacity: 0.85,
        tip: true,
      }),
      Plot.text(rows, {
        x: 0,
        y: 'stage',
        text: label,
        fill: 'black',
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  };
}
