/** Chart shapes the toolkits share (pure: rows → Plot options). */
import { PALETTE } from '../../src/plot/palette';
import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric, metricTicks, timeAxis, type MetricKind } from '../../src/i18n/format';

export const STAGE_COLORS = {
  domain: ['A', 'I', 'P', 'L'],
  range: ['#9ecae1', '#4292c6', '#f28e2b', '#e15759'],
};
export const FOCUS_COLORS = { domain: [true, false], range: [PALETTE.focus, PALETTE.compare] };

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/** Chart labels use the lab's one metric formatter (万/亿 in Chinese, K/M in English). */
export const formatValue = (
  locale: PlotData['locale'],
  value: unknown,
  kind: MetricKind = 'count',
): string => formatMetric(locale, value, kind);

/** Horizontal bars of `x` by `y` label, the focus brand highlighted, an optional reference rule. */
export function focusBars(
  data: PlotData,
  o: {
    y: string;
    x: string;
    label: string;
    rule?: number;
    kind?: 'money' | 'count' | 'share' | 'ratio';
  },
): Plot.PlotOptions {
  const rows = [...data.rows].sort((a, b) => num(b[o.x]) - num(a[o.x]));
  return {
    width: data.width,
    height: Math.max(120, rows.length * 26 + 50),
    marginLeft: 90,
    marginRight: 60,
    x: {
      grid: true,
      label: o.label,
      ...(o.kind === 'share' ? { tickFormat: '%' } : { tickFormat: metricTicks(data.locale) }),
    },
    y: { label: null, domain: rows.map((r) => String(r[o.y])) },
    color: FOCUS_COLORS,
    marks: [
      Plot.barX(rows, { x: o.x, y: (d: RecordRow) => String(d[o.y]), fill: 'is_focus', tip: true }),
      Plot.text(rows, {
        x: o.x,
        y: (d: RecordRow) => String(d[o.y]),
        text: (d: RecordRow) => formatValue(data.locale, d[o.x], o.kind),
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
      }),
      ...(o.rule === undefined
        ? [Plot.ruleX([0])]
        : [Plot.ruleX([0]), Plot.ruleX([o.rule], { stroke: '#333', strokeDasharray: '4,3' })]),
    ],
  };
}

/** Lines of `y` over `x` (dates), one per `series`. */
export function seriesLines(
  data: PlotData,
  o: {
    x: string;
    y: string;
    series: string;
    label: string;
    share?: boolean;
    colors?: typeof STAGE_COLORS;
    extra?: Plot.Markish[];
  },
): Plot.PlotOptions {
  return {
    width: data.width,
    height: 260,
    marginLeft: 56,
    x: timeAxis(data.locale),
    y: { grid: true, label: o.label, tickFormat: o.share ? '%' : metricTicks(data.locale) },
    color: { legend: true, ...(o.colors ?? {}) },
    marks: [
      Plot.lineY(data.rows, { x: o.x, y: o.y, stroke: o.series, tip: true }),
      ...(o.extra ?? []),
    ],
  };
}

/** Cells of a from × to matrix with counts and rates. */
export function matrixCells(
  data: PlotData,
  o: { x: string; y: string; value: string; text: (d: RecordRow) => string; domain: string[] },
): Plot.PlotOptions {
  const top = Math.max(1e-9, ...data.rows.map((d) => num(d[o.value])));
  return {
    width: Math.min(data.width, 520),
    height: o.domain.length * 44 + 60,
    marginLeft: 60,
    padding: 0.05,
    // No axis label: on a top axis it is drawn over the middle column's name.
    x: { label: null, domain: o.domain, axis: 'top' },
    y: { label: null, domain: o.domain },
    color: { scheme: 'Blues', type: 'sqrt' },
    marks: [
      Plot.cell(data.rows, { x: o.x, y: o.y, fill: o.value, tip: true }),
      Plot.text(data.rows, {
        x: o.x,
        y: o.y,
        text: o.text,
        fontSize: 10,
        // Readable on every cell: white on the dark end of the (square-root) blues.
        fill: (d: RecordRow) =>
          num(d[o.value]) <= 0
            ? '#888'
            : Math.sqrt(num(d[o.value]) / top) > 0.6
              ? 'white'
              : 'black',
      }),
    ],
  };
}
