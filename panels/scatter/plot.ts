import { PALETTE, selectionOpacity } from '../../src/plot/palette';
import * as Plot from '@observablehq/plot';
import { metricTicks } from '../../src/i18n/format';
import { measureLabel, valueLabel } from '../../src/panel/sql';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import type { ScatterParams } from './index';
import { linear, paddedExtent, pointLabelMarks } from '../../src/plot/fit';

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0
    ? NaN
    : sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Points sized by rows, with median lines splitting the plane into four quadrants. */
export function buildScatterPlot(p: ScatterParams, data: PlotData): Plot.PlotOptions {
  // Group codes read as the dictionary says; `key` keeps the value a click filters by.
  const rows: RecordRow[] = data.rows.map((r) => ({
    ...r,
    label: valueLabel(p.group, r.label, data),
  }));
  const mx = median(data.rows.map((r) => Number(r.x)));
  const my = median(data.rows.map((r) => Number(r.y)));
  // Explicit domains: the labels are placed in pixels, clear of each other (see pointLabelMarks).
  const height = 360;
  const margin = { top: 20, right: 20, bottom: 30, left: 60 };
  const rMax = 18;
  const inset = rMax / 2;
  const maxSize = Math.max(1e-12, ...data.rows.map((r) => Number(r.size) || 0));
  const xDomain = paddedExtent(data.rows.map((r) => Number(r.x)));
  const yDomain = paddedExtent(data.rows.map((r) => Number(r.y)));
  const scales = {
    x: linear(xDomain, [margin.left + inset, data.width - margin.right - inset]),
    y: linear(yDomain, [height - margin.bottom - inset, margin.top + inset]),
  };
  return {
    width: data.width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    grid: true,
    x: {
      domain: xDomain,
      inset,
      label: `${measureLabel(p.xAggregate, p.x, data)} →`,
      tickFormat: metricTicks(data.locale),
    },
    y: {
      domain: yDomain,
      inset,
      label: `↑ ${measureLabel(p.yAggregate, p.y, data)}`,
      tickFormat: metricTicks(data.locale),
    },
    r: { domain: [0, maxSize], range: [3, rMax] },
    marks: [
      ...(p.medians
        ? [
            Plot.ruleX([mx], { stroke: '#999', strokeDasharray: '4,3' }),
            Plot.ruleY([my], { stroke: '#999', strokeDasharray: '4,3' }),
          ]
        : []),
      Plot.dot(rows, {
        x: 'x',
        y: 'y',
        r: 'size',
        fill: PALETTE.focus,
        fillOpacity: selectionOpacity(data.selected, 'key', 0.6),
        stroke: 'white',
        ...(p.labels ? { channels: { label: 'label' } } : {}),
        tip: true,
      }),
      ...(p.labels
        ? pointLabelMarks(
            rows,
            {
              x: (r) => Number(r.x),
              y: (r) => Number(r.y),
              r: (r) => 3 + (rMax - 3) * Math.sqrt(Math.max(0, Number(r.size) || 0) / maxSize),
              text: (r) => String(r.label ?? ''),
            },
            scales,
            { width: data.width, height },
          )
        : []),
    ],
  };
}
