/** Content-preference charts: crowd × type TGI heatmap, per-type bars, DAU lines, top content. */
import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric, formatPercent, metricTicks, timeAxis } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { PALETTE, seriesColors } from '../../src/plot/palette';
import { bandMargin } from '../../src/plot/fit';
import { CONTENT_TYPES, CROWDS, labelOf } from '../common/labels';
import { CREATORS, WORDS } from './words';

type Locale = PlotData['locale'];
const w = (key: keyof typeof WORDS, locale: Locale) => pick(WORDS[key], locale);
const TYPE_ORDER = ['livestream', 'short_video', 'guangguang', 'graphic'];

/** Crowd × content type: interaction TGI (diverging at 100), the engagement rate in the cell. */
export function buildMatrixPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const rows: RecordRow[] = data.rows.map((r) => ({
    ...r,
    crowdName: labelOf(CROWDS, r.crowd, l),
    typeName: labelOf(CONTENT_TYPES, r.content_type, l),
  }));
  const crowds = [...new Set(rows.map((r) => String(r.crowdName)))];
  const types = TYPE_ORDER.map((t) => labelOf(CONTENT_TYPES, t, l));
  const left = bandMargin(crowds, 11, 60);
  return {
    width: data.width,
    height: crowds.length * 30 + 80,
    marginLeft: left,
    marginRight: Math.max(20, data.width - left - types.length * 110),
    padding: 0.05,
    x: { label: null, domain: types, axis: 'top' },
    y: { label: null, domain: crowds },
    color: {
      type: 'diverging',
      pivot: 100,
      scheme: 'PuOr',
      reverse: true,
      legend: true,
      label: w('tgi', l),
    },
    caption: pick(
      {
        zh: '颜色：人群在该类内容上的互动 TGI（100 = 与全体相同）；格内：TGI · 互动率。',
        en: 'Colour: the crowd’s interaction TGI on the content type (100 = like everyone); in the cell: TGI · engagement rate.',
      },
      l,
    ),
    marks: [
      Plot.cell(rows, {
        x: 'typeName',
        y: 'crowdName',
        fill: 'tgi',
        tip: true,
        title: (d: RecordRow) =>
          `${String(d.crowdName)} · ${String(d.typeName)}\n${w('reach', l)} ${formatMetric(l, d.reach)} · ${w('rate', l)} ${formatPercent(l, Number(d.engagement_rate), 1)}\nTGI ${Math.round(Number(d.tgi))} · ${w('gmv', l)} ${formatMetric(l, Number(d.direct_gmv) + Number(d.touch_gmv), 'money')}`,
      }),
      Plot.text(rows, {
        x: 'typeName',
        y: 'crowdName',
        fontSize: 10,
        // White on the dark ends of the diverging scale.
        fill: (d: RecordRow) => (Math.abs(Number(d.tgi) - 100) > 45 ? 'white' : 'black'),
        text: (d: RecordRow) =>
          `${d.tgi === null ? '—' : Math.round(Number(d.tgi))} · ${formatPercent(l, Number(d.engagement_rate), 0)}`,
      }),
    ],
  };
}

/** Per content type: reach and engaged consumers, attributed GMV beside. */
export function buildTypesPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const types = data.rows.map((r) => labelOf(CONTENT_TYPES, r.content_type, l));
  const long = data.rows.flatMap((r) => [
    { type: labelOf(CONTENT_TYPES, r.content_type, l), what: w('reach', l), n: Number(r.reach) },
    {
      type: labelOf(CONTENT_TYPES, r.content_type, l),
      what: w('engaged', l),
      n: Number(r.engaged),
    },
  ]);
  const left = bandMargin(types, 11, 60);
  return {
    width: data.width,
    height: types.length * 46 + 70,
    marginLeft: left,
    marginRight: 170,
    x: { grid: true, label: `${w('reach', l)} →`, tickFormat: metricTicks(l) },
    y: { label: null, domain: types },
    fy: { axis: null },
    color: {
      legend: true,
      domain: [w('reach', l), w('engaged', l)],
      range: [PALETTE.compare, PALETTE.focus],
    },
    marks: [
      Plot.barX(
        long.filter((d) => d.what === w('reach', l)),
        { y: 'type', x: 'n', fill: 'what', insetTop: 4, insetBottom: 4, tip: true },
      ),
      Plot.barX(
        long.filter((d) => d.what === w('engaged', l)),
        { y: 'type', x: 'n', fill: 'what', insetTop: 12, insetBottom: 12, tip: true },
      ),
      Plot.text(data.rows, {
        y: (r: RecordRow) => labelOf(CONTENT_TYPES, r.content_type, l),
        frameAnchor: 'right',
        dx: 166,
        textAnchor: 'end',
        fontSize: 10,
        text: (r: RecordRow) =>
          `${w('rate', l)} ${formatPercent(l, Number(r.engagement_rate), 0)} · GMV ${formatMetric(l, Number(r.direct_gmv) + Number(r.touch_gmv), 'money')}`,
      }),
      Plot.ruleX([0]),
    ],
  };
}

/** Daily reached consumers by content type. */
export function buildDauPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const rows = data.rows.map((r) => ({
    ...r,
    typeName: labelOf(CONTENT_TYPES, r.content_type, l),
  }));
  return {
    width: data.width,
    height: 240,
    marginLeft: 56,
    x: timeAxis(l),
    y: { grid: true, label: w('dau', l), tickFormat: metricTicks(l), zero: true },
    color: seriesColors(TYPE_ORDER.map((t) => labelOf(CONTENT_TYPES, t, l))),
    marks: [
      Plot.lineY(rows, { x: 'day', y: 'dau', stroke: 'typeName', tip: true }),
      Plot.ruleY([0]),
    ],
  };
}

/** The content with the most attributed GMV: direct and last-touch stacked. */
export function buildTopPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const rows = data.rows.slice(0, 10);
  const name = (r: RecordRow) =>
    `#${String(r.content_id)} ${labelOf(CONTENT_TYPES, r.content_type, l)} · ${labelOf(CREATORS, r.creator_type, l)}`;
  const names = rows.map(name);
  const long = rows.flatMap((r) => [
    { name: name(r), what: w('direct', l), gmv: Number(r.direct_gmv) },
    { name: name(r), what: w('touch', l), gmv: Number(r.touch_gmv) },
  ]);
  return {
    width: data.width,
    height: rows.length * 26 + 70,
    marginLeft: bandMargin(names, 11, 80),
    marginRight: 40,
    x: { grid: true, label: `${w('gmv', l)} →`, tickFormat: metricTicks(l, 'money') },
    y: { label: null, domain: names },
    color: {
      legend: true,
      domain: [w('direct', l), w('touch', l)],
      range: [PALETTE.focus, '#1c7ed6'],
    },
    marks: [
      Plot.barX(long, Plot.stackX({ y: 'name', x: 'gmv', fill: 'what', tip: true })),
      Plot.ruleX([0]),
    ],
  };
}
