/** RFM and cohort charts: the type grid, the audience, the cohort triangle, repurchase vs cycle. */
import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric, formatPercent, metricTicks } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { PALETTE } from '../../src/plot/palette';
import { bandMargin } from '../../src/plot/fit';
import { CROWDS, labelOf } from '../common/labels';
import { matrixCells } from '../common/plots';
import { M_CLASSES, RF_CLASSES, RFM_TYPES, WORDS } from './words';

type Locale = PlotData['locale'];
const w = (key: keyof typeof WORDS, locale: Locale) => pick(WORDS[key], locale);

/** The eight types as a 2 × 4 grid (spend × recency/frequency): consumers and GMV share. */
export function buildTypesPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const rows: RecordRow[] = data.rows.map((r) => ({
    ...r,
    x: labelOf(RF_CLASSES, r.rf_class, l),
    y: labelOf(M_CLASSES, r.m_class, l),
    name: labelOf(RFM_TYPES, r.type, l),
  }));
  const xs = ['value', 'develop', 'keep', 'retain'].map((c) => labelOf(RF_CLASSES, c, l));
  const ys = ['high', 'low'].map((c) => labelOf(M_CLASSES, c, l));
  const left = bandMargin(ys, 11, 60);
  const base = matrixCells(
    { ...data, rows },
    {
      x: 'x',
      y: 'y',
      value: 'consumers',
      text: (d) =>
        `${String(d.name)}\n${formatMetric(l, d.consumers)} ${pick({ zh: '人', en: 'people' }, l)} · GMV ${formatPercent(l, Number(d.gmv_share ?? 0), 0)}`,
      domain: xs,
    },
  );
  return {
    ...base,
    width: data.width,
    height: 2 * 70 + 60,
    marginLeft: left,
    marginRight: Math.max(20, data.width - left - 4 * 150),
    y: { label: null, domain: ys },
    caption: pick(
      {
        zh: '每格为一类客户：人数与 GMV 占比；R、F、M 均与全体买家均值比较。',
        en: 'Each cell one type: consumers and GMV share; R, F and M each against the mean of all buyers.',
      },
      l,
    ),
  };
}

/** The chosen type's consumers: recency against spend, dot size their purchase days. */
export function buildAudiencePlot(data: PlotData, segment: string): Plot.PlotOptions {
  const l = data.locale;
  const rows = data.rows;
  return {
    width: data.width,
    height: 260,
    marginLeft: 60,
    x: { grid: true, label: `${w('recency', l)} →` },
    y: { grid: true, label: w('spend', l), tickFormat: metricTicks(l, 'money'), type: 'sqrt' },
    r: { range: [2, 8] },
    caption: pick(
      {
        zh: `${labelOf(RFM_TYPES, segment, l)}：${rows.length} 人（表格视图列出消费者 ID，可导出 CSV）`,
        en: `${labelOf(RFM_TYPES, segment, l)}: ${rows.length} consumers (the table view lists their IDs, to export as CSV)`,
      },
      l,
    ),
    marks: [
      Plot.dot(rows, {
        x: 'r',
        y: 'm',
        r: 'f',
        fill: PALETTE.focus,
        fillOpacity: 0.5,
        title: (d: RecordRow) =>
          `#${String(d.consumer_id)} · ${labelOf(CROWDS, d.crowd, l)}\nR ${String(d.r)} · F ${String(d.f)} · M ${formatMetric(l, d.m, 'money')}`,
        tip: true,
      }),
    ],
  };
}

/** The cohort triangle: first-purchase month × months since, retention (or revenue retention). */
export function buildCohortPlot(data: PlotData, metric: string): Plot.PlotOptions {
  const l = data.locale;
  const value = metric === 'revenue' ? 'revenue_retention' : 'retention';
  const rows: RecordRow[] = data.rows.filter((r) => Number(r.k) > 0);
  const labels = [...new Set(data.rows.map((r) => String(r.label)))];
  const left = bandMargin(labels, 11, 60);
  return {
    width: data.width,
    height: labels.length * 24 + 70,
    marginLeft: left,
    marginRight: Math.max(20, data.width - left - 12 * 52),
    padding: 0.05,
    x: { label: w('monthK', l), axis: 'top', domain: Array.from({ length: 12 }, (_, i) => i + 1) },
    y: { label: null, domain: labels },
    color: { scheme: 'Oranges', type: 'sqrt' },
    caption: pick(
      {
        zh: `行：首购月；列：之后第 k 个月；格内为${metric === 'revenue' ? '金额留存（第 k 月 GMV ÷ 首月 GMV）' : '人数留存（第 k 月有购买的人 ÷ 同期群人数）'}。`,
        en: `Rows: first-purchase month; columns: k months later; each cell ${metric === 'revenue' ? 'revenue retention (GMV in month k ÷ GMV in month 0)' : 'retention (buyers in month k ÷ the cohort)'}.`,
      },
      l,
    ),
    marks: [
      Plot.cell(rows, {
        x: 'k',
        y: 'label',
        fill: value,
        title: (d: RecordRow) =>
          `${String(d.label)} +${String(d.k)}\n${formatPercent(l, Number(d[value]), 1)} · ${formatMetric(l, d.buyers)} / ${formatMetric(l, d.size)}`,
        tip: true,
      }),
      Plot.text(rows, {
        x: 'k',
        y: 'label',
        text: (d: RecordRow) => formatPercent(l, Number(d[value]), 0),
        fontSize: 9,
      }),
    ],
  };
}

/** Repurchase rate per category: the brand against the category, with the category's cycle. */
export function buildRepurchasePlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const names = data.rows.map((r) => String(r.name));
  const left = bandMargin(names, 11, 60);
  const long = data.rows.flatMap((r) => [
    { name: String(r.name), who: w('brandRate', l), rate: Number(r.brand_rate) },
    { name: String(r.name), who: w('categoryRate', l), rate: Number(r.category_rate) },
  ]);
  return {
    width: data.width,
    height: names.length * 34 + 80,
    marginLeft: left,
    marginRight: 150,
    x: {
      grid: true,
      label: `${w('brandRate', l)} →`,
      tickFormat: '%',
      domain: [0, Math.max(0.1, ...long.map((d) => d.rate)) * 1.15],
    },
    y: { label: null, domain: names },
    color: {
      legend: true,
      domain: [w('brandRate', l), w('categoryRate', l)],
      range: [PALETTE.focus, PALETTE.compare],
    },
    marks: [
      Plot.ruleY(data.rows, {
        y: 'name',
        x1: 'brand_rate',
        x2: 'category_rate',
        stroke: PALETTE.band,
        strokeWidth: 3,
      }),
      Plot.dot(long, { y: 'name', x: 'rate', fill: 'who', r: 5, tip: true }),
      Plot.text(data.rows, {
        y: 'name',
        frameAnchor: 'right',
        dx: 146,
        textAnchor: 'end',
        fontSize: 10,
        text: (d: RecordRow) =>
          pick(
            {
              zh: `周期 ${String(d.cycle ?? '—')} 天 · 间隔 ${d.median_gap === null ? '—' : Math.round(Number(d.median_gap))} 天`,
              en: `cycle ${String(d.cycle ?? '—')} d · gap ${d.median_gap === null ? '—' : Math.round(Number(d.median_gap))} d`,
            },
            l,
          ),
      }),
    ],
  };
}
