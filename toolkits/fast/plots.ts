import { PALETTE } from '../../src/plot/palette';
import { timeAxis } from '../../src/i18n/format';
import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { pick } from '../../src/panel/sql';
import { labelOf, labelsOf, SERIES } from '../common/labels';
import { formatValue } from '../common/plots';

const NAMES: Record<string, { zh: string; en: string; share: boolean }> = {
  f: { zh: 'F 人群总量', en: 'F total', share: false },
  a_strict: { zh: 'A 周加深率', en: 'A deepening', share: true },
  a_entry: { zh: 'A 加深率（含新进）', en: 'A incl. entries', share: true },
  s: { zh: 'S 会员数', en: 'S members', share: false },
  t: { zh: 'T 会员活跃率', en: 'T active members', share: true },
};
const INDEX_LABEL = { zh: '指数（行业中位 = 100）', en: 'Index (category median = 100)' };
const name = (data: PlotData, m: unknown) => {
  const n = NAMES[String(m)];
  return n ? pick(n, data.locale) : String(m);
};

/** Each metric as an index on its category median (100), with the P25–P75 band. */
export function buildFastCardsPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.map((r) => ({
    ...r,
    label: name(data, r.metric),
    lo: (100 * Number(r.p25)) / Number(r.median),
    hi: (100 * Number(r.p75)) / Number(r.median),
    text: `${formatValue(data.locale, r.value, NAMES[String(r.metric)]?.share ? 'share' : 'count')} · ${pick({ zh: '中位', en: 'median' }, data.locale)} ${formatValue(data.locale, r.median, NAMES[String(r.metric)]?.share ? 'share' : 'count')}`,
  }));
  return {
    width: data.width,
    height: rows.length * 36 + 50,
    marginLeft: 120,
    marginRight: 150,
    x: {
      grid: true,
      label: pick(INDEX_LABEL, data.locale),
    },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [
      Plot.barX(rows, { x1: 'lo', x2: 'hi', y: 'label', fill: PALETTE.band }),
      Plot.ruleX([100], { stroke: '#333', strokeDasharray: '4,3' }),
      Plot.dot(rows, {
        x: 'index',
        y: 'label',
        fill: (d: RecordRow) => (Number(d.value) < Number(d.p25) ? PALETTE.down : PALETTE.focus),
        r: 6,
        tip: true,
      }),
      Plot.text(rows, {
        x: 'index',
        y: 'label',
        text: 'text',
        dx: 10,
        textAnchor: 'start',
        fontSize: 10,
      }),
    ],
  };
}

/**
 * F, A, S and T week by week, one row each, as an index on the week's category median (dashed
 * 100) with the P25–P75 band: every metric is readable whatever its unit.
 */
export function buildFastWeeklyPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.map((r) => ({ ...r, label: name(data, r.metric) }));
  return {
    width: data.width,
    height: 460,
    marginLeft: 56,
    marginRight: 120,
    x: timeAxis(data.locale),
    fy: { label: null, domain: [...new Set(rows.map((r) => r.label))] },
    y: { grid: true, label: pick(INDEX_LABEL, data.locale), nice: true },
    marks: [
      Plot.areaY(rows, { x: 'day', y1: 'lo', y2: 'hi', fy: 'label', fill: PALETTE.band }),
      Plot.ruleY([100], { stroke: '#333', strokeDasharray: '4,3' }),
      Plot.lineY(rows, { x: 'day', y: 'index', fy: 'label', stroke: PALETTE.focus, tip: true }),
      Plot.dot(rows, { x: 'day', y: 'index', fy: 'label', fill: PALETTE.focus, r: 2 }),
    ],
  };
}

export function buildStageRatesPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.flatMap((r) => [
    { rate: r.rate, series: labelOf(SERIES, 'brand', data.locale), value: r.brand },
    { rate: r.rate, series: labelOf(SERIES, 'median', data.locale), value: r.median },
  ]);
  return {
    width: data.width,
    height: 240,
    marginLeft: 50,
    fx: { label: null },
    x: { axis: null, domain: labelsOf(SERIES, ['brand', 'median'], data.locale) },
    y: {
      grid: true,
      tickFormat: '%',
      label: pick({ zh: '周转化率', en: 'Weekly rate' }, data.locale),
    },
    color: {
      legend: true,
      domain: labelsOf(SERIES, ['brand', 'median'], data.locale),
      range: [PALETTE.focus, PALETTE.median],
    },
    marks: [
      Plot.barY(rows, { fx: 'rate', x: 'series', y: 'value', fill: 'series', tip: true }),
      Plot.ruleY([0]),
    ],
  };
}
