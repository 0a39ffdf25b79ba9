import { columnLabel, valueLabel } from '../../src/panel/sql';
import * as Plot from '@observablehq/plot';
import type { PlotData } from '../../src/panel/contract';
import type { RadarParams } from './index';
import { linesWidth, wrapText } from '../../src/plot/fit';
import { seriesColors } from '../../src/plot/palette';

/**
 * Points of each series on the axes, each axis scaled to its largest value (0–1), or every axis to
 * one fixed `scale` (scores on a common 0–100 scale).
 */
export function radarPoints(axes: string[], rows: Record<string, unknown>[], scale?: number) {
  const max = Object.fromEntries(
    axes.map((a) => [a, scale ?? Math.max(...rows.map((r) => Math.abs(Number(r[a]) || 0)), 1e-12)]),
  );
  return rows.flatMap((row) =>
    axes.map((axis, i) => {
      const angle = (2 * Math.PI * i) / axes.length;
      const r = (Number(row[axis]) || 0) / (max[axis] as number);
      return {
        series: String(row.series),
        axis,
        value: Number(row[axis]),
        r,
        x: r * Math.sin(angle),
        y: -r * Math.cos(angle),
      };
    }),
  );
}

/** How a caller other than the radar panel (a toolkit) may draw it: a fixed scale, its colours. */
export interface RadarOptions {
  scale?: number;
  color?: { domain: string[]; range: string[] };
}

export function buildRadarPlot(
  p: Pick<RadarParams, 'axes'> & Partial<Pick<RadarParams, 'series'>>,
  data: PlotData,
  options: RadarOptions = {},
): Plot.PlotOptions {
  const axes = p.axes;
  // Series codes read as the dictionary says (the toolkit radar's series are names already).
  const rows = data.rows.map((r) => ({ ...r, series: valueLabel(p.series ?? '', r.series, data) }));
  const points = radarPoints(axes, rows, options.scale);
  const spokes = axes.map((axis, i) => {
    const angle = (2 * Math.PI * i) / axes.length;
    // Long names (a dictionary sentence) on a few short lines rather than past the figure.
    const name = wrapText(columnLabel(axis, data), 100, 11);
    return { name, x: Math.sin(angle), y: -Math.cos(angle) };
  });
  const rings = [0.25, 0.5, 0.75, 1].flatMap((r) =>
    spokes.map((s, i) => ({ ring: r, i, x: s.x * r, y: s.y * r })),
  );
  const size = Math.min(data.width, 420);
  const margin = 10;
  // Axis names beside the circle read outward (left of it end-anchored, right of it start-
  // anchored); the domain widens until the longest of them fits inside the figure.
  const half = (size - 2 * margin) / 2;
  const side = (x: number) => (x > 0.2 ? 'start' : x < -0.2 ? 'end' : 'middle');
  const level = (y: number) => (y < -0.7 ? 'bottom' : y > 0.7 ? 'top' : 'middle');
  const reach = Math.max(
    0,
    ...spokes.map((s) => {
      const w = linesWidth(s.name, 11) + 4;
      return side(s.x) === 'middle' ? w / 2 : w;
    }),
  );
  const domain = Math.max(1.35, (1.08 * half) / Math.max(half * 0.35, half - reach));
  return {
    width: size,
    height: size,
    margin,
    x: { domain: [-domain, domain], axis: null },
    y: { domain: [-domain, domain], axis: null },
    color: options.color ? { ...options.color, legend: true } : seriesColors(),
    marks: [
      Plot.line(rings, { x: 'x', y: 'y', z: 'ring', curve: 'linear-closed', stroke: '#ddd' }),
      Plot.link(spokes, { x1: 0, y1: 0, x2: 'x', y2: 'y', stroke: '#ddd' }),
      // Beside the circle: outward from it; above and below it, lines grow away from it.
      ...(['start', 'middle', 'end'] as const).flatMap((anchor) =>
        (['bottom', 'middle', 'top'] as const).map((lineAnchor) =>
          Plot.text(
            spokes.filter((s) => side(s.x) === anchor && level(s.y) === lineAnchor),
            {
              x: (d: { x: number }) => d.x * 1.08,
              y: (d: { y: number }) => d.y * 1.12,
              text: 'name',
              fontSize: 11,
              textAnchor: anchor,
              lineAnchor,
            },
          ),
        ),
      ),
      Plot.area(points, {
        x1: 'x',
        y1: 'y',
        x2: 0,
        y2: 0,
        z: 'series',
        fill: 'series',
        fillOpacity: 0.08,
        curve: 'linear-closed',
      }),
      Plot.line(points, { x: 'x', y: 'y', z: 'series', stroke: 'series', curve: 'linear-closed' }),
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        fill: 'series',
        r: 3,
        tip: true,
        channels: { axis: (d: { axis: string }) => columnLabel(d.axis, data), value: 'value' },
      }),
    ],
  };
}
