import { columnLabel } from '../../src/panel/sql';
import * as Plot from '@observablehq/plot';
import type { PlotData } from '../../src/panel/contract';
import type { RadarParams } from './index';
import { textWidth } from '../../src/plot/fit';
import { seriesColors } from '../../src/plot/palette';

/** Points of each series on the axes, each axis scaled to its largest value (0–1). */
export function radarPoints(axes: string[], rows: Record<string, unknown>[]) {
  const max = Object.fromEntries(
    axes.map((a) => [a, Math.max(...rows.map((r) => Math.abs(Number(r[a]) || 0)), 1e-12)]),
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

export function buildRadarPlot(p: RadarParams, data: PlotData): Plot.PlotOptions {
  const axes = p.axes;
  const points = radarPoints(axes, data.rows);
  const spokes = axes.map((axis, i) => {
    const angle = (2 * Math.PI * i) / axes.length;
    return { name: columnLabel(axis, data), x: Math.sin(angle), y: -Math.cos(angle) };
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
  const reach = Math.max(
    0,
    ...spokes.map((s) => {
      const w = textWidth(s.name, 11) + 4;
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
    color: seriesColors(),
    marks: [
      Plot.line(rings, { x: 'x', y: 'y', z: 'ring', curve: 'linear-closed', stroke: '#ddd' }),
      Plot.link(spokes, { x1: 0, y1: 0, x2: 'x', y2: 'y', stroke: '#ddd' }),
      ...(['start', 'middle', 'end'] as const).map((anchor) =>
        Plot.text(
          spokes.filter((s) => side(s.x) === anchor),
          {
            x: (d: { x: number }) => d.x * 1.08,
            y: (d: { y: number }) => d.y * 1.12,
            text: 'name',
            fontSize: 11,
            textAnchor: anchor,
          },
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
