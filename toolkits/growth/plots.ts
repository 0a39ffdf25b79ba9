import { PALETTE } from '../../src/plot/palette';
import * as Plot from '@observablehq/plot';
import { metricTicks, timeAxis } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { CUSTOMERS, labelOf, labelsOf, PERIODS } from '../common/labels';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { FOCUS_COLORS, formatValue } from '../common/plots';

const LABELS: Record<string, { zh: string; en: string; kind: 'money' | 'count' | 'share' }> = {
  gmv: { zh: 'GMV', en: 'GMV', kind: 'money' },
  net_gmv: { zh: '净 GMV', en: 'Net GMV', kind: 'money' },
  buyers: { zh: '买家数', en: 'Buyers', kind: 'count' },
  aov: { zh: '客单价', en: 'AOV', kind: 'money' },
  arppu: { zh: 'ARPPU', en: 'ARPPU', kind: 'money' },
  new_share: { zh: '新客占比', en: 'New-customer share', kind: 'share' },
};

/** KPI cards: the value, and the change vs the previous period (green up, red down). */
export function buildKpiCardsPlot(data: PlotData): Plot.PlotOptions {
  const label = (d: RecordRow) => {
    const l = LABELS[String(d.metric)];
    return l ? pick(l, data.locale) : String(d.metric);
  };
  const change = (d: RecordRow) =>
    d.change === null
      ? '—'
      : `${Number(d.change) >= 0 ? '▲' : '▼'} ${formatValue(data.locale, Math.abs(Number(d.change)), 'share')}`;
  return {
    width: data.width,
    height: 110,
    margin: 10,
    x: { axis: null, domain: data.rows.map(label) },
    y: { axis: null, domain: ['label', 'value', 'change'] },
    marks: [
      Plot.text(data.rows, { x: label, y: () => 'label', text: label, fontSize: 11, fill: '#666' }),
      Plot.text(data.rows, {
        x: label,
        y: () => 'value',
        text: (d: RecordRow) => formatValue(data.locale, d.current, LABELS[String(d.metric)]?.kind),
        fontSize: 20,
        fontWeight: 600,
      }),
      Plot.text(data.rows, {
        x: label,
        y: () => 'change',
        text: change,
        fontSize: 11,
        fill: (d: RecordRow) =>
          d.change === null ? '#888' : Number(d.change) >= 0 ? PALETTE.up : PALETTE.down,
      }),
    ],
  };
}

export function buildGmvTrendPlot(data: PlotData): Plot.PlotOptions {
  const promos = data.rows.filter((r) => r.promotion !== null);
  return {
    width: data.width,
    height: 260,
    marginLeft: 56,
    x: timeAxis(data.locale),
    y: { grid: true, label: 'GMV', tickFormat: metricTicks(data.locale) },
    marks: [
      Plot.ruleX(promos, { x: 'day', stroke: '#f08c00', strokeDasharray: '3,3' }),
      Plot.text(promos, {
        x: 'day',
        text: 'promotion',
        frameAnchor: 'top',
        dy: 4,
        fill: '#f08c00',
        fontSize: 10,
      }),
      Plot.lineY(data.rows, { x: 'day', y: 'gmv', stroke: PALETTE.focus, tip: true }),
      Plot.ruleY([0]),
    ],
  };
}

export function buildRankPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows;
  return {
    width: data.width,
    height: rows.length * 28 + 50,
    marginLeft: 80,
    marginRight: 140,
    x: {
      grid: true,
      label: pick({ zh: '近 30 天 GMV', en: 'GMV, last 30 days' }, data.locale),
      tickFormat: metricTicks(data.locale),
    },
    y: { label: null, domain: rows.map((r) => String(r.brand)) },
    color: FOCUS_COLORS,
    marks: [
      Plot.barX(rows, { x: 'gmv', y: 'brand', fill: 'is_focus', tip: true }),
      Plot.text(rows, {
        x: 'gmv',
        y: 'brand',
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
        text: (d: RecordRow) =>
          `#${d.rank}/${d.n} · P${Math.round(Number(d.percentile))} · L${d.layer} · ${d.merchant_tier ?? ''}`,
      }),
      Plot.ruleX([0]),
    ],
  };
}

export function buildNewOldPlot(data: PlotData): Plot.PlotOptions {
  const periods = labelsOf(PERIODS, ['previous', 'current'], data.locale);
  const rows = data.rows.map((r) => ({
    ...r,
    segment: labelOf(CUSTOMERS, r.segment, data.locale),
    period: labelOf(PERIODS, r.period, data.locale),
  }));
  return {
    width: data.width,
    height: 240,
    marginLeft: 56,
    fx: { label: null, padding: 0.2 },
    x: { axis: null, domain: periods },
    y: { grid: true, label: 'GMV', tickFormat: metricTicks(data.locale) },
    color: { legend: true, domain: periods, range: [PALETTE.compare, PALETTE.focus] },
    marks: [
      Plot.barY(rows, {
        fx: 'segment',
        x: 'period',
        y: 'gmv',
        fill: 'period',
        tip: { channels: { buyers: 'buyers' } },
      }),
      Plot.ruleY([0]),
    ],
  };
}
