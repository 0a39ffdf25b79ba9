/** The compass's charts: opportunity bubbles, the model's calibration, the launch tracker, success rates. */
import * as Plot from '@observablehq/plot';
import type { Localized, PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric, formatPercent } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { PALETTE, SERIES } from '../../src/plot/palette';
import { bandMargin, LABEL_ANCHORS, labelAnchor, placeLabels } from '../../src/plot/fit';
import { CROWDS, labelOf } from '../common/labels';
import type { CompassModel, DayModel, Light } from './model';
import { BANDS, DIMENSIONS, LIGHTS, WORDS } from './words';

const w = (key: keyof typeof WORDS, locale: PlotData['locale']) => pick(WORDS[key], locale);

export const cellName = (r: RecordRow, locale: PlotData['locale']) =>
  `${String(r.category)} · ${labelOf(BANDS, String(r.price_band), locale)}`;

/** Bubbles: x the growth of category-search demand, y the gap (demand per active SKU), size GMV. */
export function buildOpportunityPlot(data: PlotData): Plot.PlotOptions {
  const rows: RecordRow[] = data.rows
    .filter((r) => r.gap !== null && r.demand_growth !== null)
    .map((r) => ({
      ...r,
      cell: cellName(r, data.locale),
      crowdName: r.crowd === null ? '—' : labelOf(CROWDS, r.crowd, data.locale),
    }));
  const crowds = [...new Set(rows.map((r) => String(r.crowdName)))].sort();
  // Explicit domains so the labels can be placed clear of each other in pixels.
  const frame = { width: data.width, height: 380, top: 30, right: 30, bottom: 36, left: 56 };
  const xs = rows.map((r) => Number(r.demand_growth));
  const ys = rows.map((r) => Number(r.gap));
  const pad = (Math.max(...xs, 0) - Math.min(...xs, 0)) * 0.06 || 0.1;
  const xDomain = [Math.min(...xs, 0) - pad, Math.max(...xs, 0) + pad];
  const yDomain = [0, Math.max(...ys, 1) * 1.1];
  const maxGmv = Math.max(...rows.map((r) => Number(r.gmv)), 1);
  const R = [3, 24] as const;
  const toPx = (r: RecordRow) => ({
    x:
      frame.left +
      ((Number(r.demand_growth) - xDomain[0]!) / (xDomain[1]! - xDomain[0]!)) *
        (frame.width - frame.left - frame.right),
    y:
      frame.top +
      (1 - (Number(r.gap) - yDomain[0]!) / (yDomain[1]! - yDomain[0]!)) *
        (frame.height - frame.top - frame.bottom),
    r: R[0] + (R[1] - R[0]) * Math.sqrt(Math.max(0, Number(r.gmv)) / maxGmv),
    text: String(r.cell),
  });
  // The eight widest gaps are named, where their names fit.
  const named = [...rows].sort((a, b) => Number(b.gap) - Number(a.gap)).slice(0, 8);
  const places = placeLabels(named.map(toPx), frame);
  return {
    width: frame.width,
    height: frame.height,
    marginTop: frame.top,
    marginRight: frame.right,
    marginBottom: frame.bottom,
    marginLeft: frame.left,
    x: {
      domain: xDomain,
      label: `${w('demandGrowth', data.locale)} →`,
      tickFormat: (v: number) => formatPercent(data.locale, v, 0),
      grid: true,
    },
    y: { domain: yDomain, label: `↑ ${w('gap', data.locale)}`, grid: true },
    r: { domain: [0, maxGmv], range: [...R] },
    color: { legend: true, domain: crowds, range: SERIES.slice(1, 1 + crowds.length) },
    marks: [
      Plot.ruleX([0], { stroke: '#adb5bd' }),
      Plot.dot(rows, {
        x: 'demand_growth',
        y: 'gap',
        r: 'gmv',
        fill: { value: 'crowdName', label: w('crowd', data.locale) },
        fillOpacity: 0.7,
        stroke: 'white',
        channels: {
          [w('cell', data.locale)]: 'cell',
          [w('demand', data.locale)]: 'demand',
          [w('supply', data.locale)]: 'supply',
          TGI: (r: RecordRow) => (r.tgi === null ? '—' : Math.round(Number(r.tgi))),
          GMV: (r: RecordRow) => formatMetric(data.locale, r.gmv, 'money'),
        },
        tip: {
          format: {
            x: (v: number) => formatPercent(data.locale, v, 0),
            y: (v: number) => formatMetric(data.locale, v, 'ratio'),
            r: false,
          },
        },
      }),
      ...(['above', 'below', 'right', 'left'] as const).flatMap((at) => {
        const here = named.filter((_, i) => places[i] === at);
        // Plot's dx/dy are one per mark: one text mark per label, offset past its bubble.
        return here.map((r) => {
          const p = toPx(r);
          const a = labelAnchor(p, at);
          return Plot.text([r], {
            x: 'demand_growth',
            y: 'gap',
            text: 'cell',
            ...LABEL_ANCHORS[at],
            dx: a.x - p.x,
            dy: a.y - p.y,
            fontSize: 10,
            stroke: 'white',
            strokeWidth: 3,
            fill: 'currentColor',
          });
        });
      }),
    ],
  };
}

const pct = (locale: PlotData['locale'], v: number) => formatPercent(locale, v, 0);

/** What the model is, in one line: AUC with its interval, what it learned from, and a warning. */
export function modelCaption(
  model: DayModel | undefined,
  tooFew: boolean,
  locale: PlotData['locale'],
): string {
  if (!model) return w('noModel', locale);
  const auc = `AUC ${model.auc.toFixed(2)} [${model.interval.low.toFixed(2)}, ${model.interval.high.toFixed(2)}]`;
  const line = pick(
    {
      zh: `第 ${model.day} 天模型：五折交叉验证 ${auc}（95% 自助区间）· 学习自 ${model.launches} 个新品、${model.hits} 个爆品`,
      en: `Day-${model.day} model: 5-fold cross-validated ${auc} (95% bootstrap interval) · learned from ${model.launches} launches, ${model.hits} hits`,
    },
    locale,
  );
  return tooFew ? `${line}。${w('tooFew', locale)}` : line;
}

/** Held-out predicted P(hit) against the observed hit rate: bins, isotonic steps, Platt's curve. */
export function buildCalibrationPlot(data: PlotData<CompassModel>): Plot.PlotOptions | null {
  const model = data.model?.models.find((m) => m.day === 14) ?? data.model?.models[0];
  if (!model) return null;
  const top = Math.min(
    1,
    Math.max(0.2, ...model.bins.map((b) => Math.max(b.predicted, b.observed))) * 1.1,
  );
  const grid = Array.from({ length: 41 }, (_, i) => (top * i) / 40);
  const platt = grid.map((x) => ({
    x,
    y: 1 / (1 + Math.exp(-(model.platt.intercept + model.platt.slope * x))),
  }));
  const iso = model.isotonic.x.map((x, i) => ({ x, y: model.isotonic.y[i]! }));
  const series = [w('bins', data.locale), w('isotonic', data.locale), w('platt', data.locale)];
  return {
    width: data.width,
    height: 320,
    marginLeft: 50,
    caption: modelCaption(model, data.model?.tooFew ?? true, data.locale),
    x: {
      domain: [0, top],
      label: `${w('predicted', data.locale)} →`,
      tickFormat: (v: number) => pct(data.locale, v),
      grid: true,
    },
    y: {
      domain: [0, top],
      label: `↑ ${w('observed', data.locale)}`,
      tickFormat: (v: number) => pct(data.locale, v),
      grid: true,
    },
    color: { legend: true, domain: series, range: [PALETTE.focus, SERIES[1], SERIES[4]] },
    marks: [
      Plot.line(
        [
          { x: 0, y: 0 },
          { x: top, y: top },
        ],
        { x: 'x', y: 'y', stroke: '#adb5bd', strokeDasharray: '4,3' },
      ),
      Plot.line(
        // Held flat to the frame's edge, and clipped by it: the last steps may rise past the
        // highest bin.
        [...iso, { x: Math.max(top, iso.at(-1)?.x ?? 0), y: iso.at(-1)?.y ?? 0 }],
        { x: 'x', y: 'y', stroke: () => series[1], curve: 'step-after', clip: true },
      ),
      Plot.line(platt, { x: 'x', y: 'y', stroke: () => series[2], strokeDasharray: '6,3' }),
      Plot.dot(model.bins, {
        x: 'predicted',
        y: 'observed',
        r: 6,
        fill: () => series[0],
        channels: { n: { value: 'n', label: w('launches', data.locale) } },
        tip: {
          format: {
            x: (v: number) => pct(data.locale, v),
            y: (v: number) => pct(data.locale, v),
            fill: false,
          },
        },
      }),
    ],
  };
}

const LIGHT_COLORS: Record<Light, string> = {
  green: PALETTE.up,
  amber: '#f59f00',
  red: PALETTE.down,
};

/** Past hits' buyers at days 7, 14, 30 (P25, P50, P80) with each current launch's path over them. */
export function buildTrackerPlot(data: PlotData<CompassModel>): Plot.PlotOptions | null {
  const model = data.model;
  if (!model) return null;
  const bands = (['p25', 'p50', 'p80'] as const).flatMap((q) =>
    model.trajectory.map((t) => ({ day: t.day, value: t[q], series: q.toUpperCase() })),
  );
  const paths = model.launches.flatMap((l) =>
    [7, 14, 30].flatMap((day, i) =>
      l.buyers[i] === null
        ? []
        : [{ day, value: l.buyers[i]!, id: `#${l.product_id}`, light: l.light }],
    ),
  );
  const ends = model.launches
    .map((l) => {
      const i = l.buyers.findLastIndex((v) => v !== null);
      const p = l.p14 ?? l.p7;
      return {
        day: [7, 14, 30][i]!,
        value: l.buyers[i] ?? 0,
        light: l.light,
        label: `#${l.product_id}${p === null ? '' : ` · ${pct(data.locale, p)}`}`,
      };
    })
    .filter((e) => e.day !== undefined);
  return {
    width: data.width,
    height: 320,
    marginLeft: 56,
    marginRight: 90,
    caption: pick(
      {
        zh: '灰线：往期爆品上新后累计买家数，粗线 P50、细线 P80、虚线 P25；彩色：本品牌在售新品（绿 ≥ P50，黄 ≥ P25，红 < P25），标注预测爆品概率。',
        en: 'Grey: past hits’ cumulative buyers since launch, thick P50, thin P80, dotted P25; colour: the brand’s current launches (green ≥ P50, amber ≥ P25, red < P25), labelled with their predicted P(hit).',
      },
      data.locale,
    ),
    x: { type: 'point', domain: [7, 14, 30], label: `${w('daysSinceLaunch', data.locale)} →` },
    y: {
      type: 'log',
      label: `↑ ${w('cumBuyers', data.locale)}`,
      grid: true,
      tickFormat: (v: number) => formatMetric(data.locale, v, 'count'),
    },
    color: { domain: Object.keys(LIGHT_COLORS), range: Object.values(LIGHT_COLORS) },
    marks: [
      // P50 the reference path, P80 a strong hit's, P25 (dotted) the alert line.
      ...(['P25', 'P50', 'P80'] as const).map((series) =>
        Plot.line(
          bands.filter((b) => b.series === series),
          {
            x: 'day',
            y: 'value',
            stroke: PALETTE.compare,
            strokeWidth: series === 'P50' ? 2.5 : 1.2,
            ...(series === 'P25' ? { strokeDasharray: '3,3' } : {}),
          },
        ),
      ),
      Plot.line(paths, { x: 'day', y: 'value', z: 'id', stroke: 'light', strokeOpacity: 0.8 }),
      Plot.dot(ends, {
        x: 'day',
        y: 'value',
        fill: 'light',
        r: 5,
        stroke: 'white',
        channels: { [w('launch', data.locale)]: 'label' },
        tip: { format: { fill: false } },
      }),
      Plot.text(ends, {
        x: 'day',
        y: 'value',
        text: 'label',
        dx: 8,
        textAnchor: 'start',
        fontSize: 10,
        stroke: 'white',
        strokeWidth: 3,
        fill: 'currentColor',
      }),
    ],
  };
}

export const lightName = (light: Light, locale: PlotData['locale']) =>
  pick(LIGHTS[light] as Localized, locale);

/** Hit rates of the brand by quarter, price band and crowd focus (bars) against the category (ticks). */
export function buildSuccessPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.map((r) => {
    const dim = labelOf(DIMENSIONS, r.dimension, data.locale);
    const key =
      r.dimension === 'band'
        ? labelOf(BANDS, r.key, data.locale)
        : r.dimension === 'crowd'
          ? labelOf(CROWDS, r.key, data.locale)
          : String(r.key);
    return { ...r, label: `${dim} · ${key}`, dim };
  });
  const labels = rows.map((r) => r.label);
  return {
    width: data.width,
    height: Math.max(200, 22 * rows.length + 60),
    marginRight: 40,
    marginLeft: bandMargin(labels, 11),
    x: {
      label: `${w('hitRate', data.locale)} →`,
      tickFormat: (v: number) => pct(data.locale, v),
      grid: true,
    },
    y: { domain: labels, label: null, tickSize: 0 },
    color: { domain: [true, false], range: [PALETTE.focus, PALETTE.compare] },
    marks: [
      Plot.barX(rows, {
        x: 'rate',
        y: 'label',
        fill: (r: RecordRow) => r.dimension !== 'brand' || r.is_focus === true,
        fillOpacity: 0.85,
        channels: { [w('launches', data.locale)]: 'launches', [w('hits', data.locale)]: 'hits' },
        tip: { format: { x: (v: number) => pct(data.locale, v), fill: false } },
      }),
      Plot.tickX(rows, {
        x: 'category_rate',
        y: 'label',
        stroke: PALETTE.median,
        strokeWidth: 2.5,
      }),
      // Hits of launches: a rate of 1 launch reads as what it is.
      Plot.text(rows, {
        x: (r: RecordRow) => Math.max(Number(r.rate ?? 0), Number(r.category_rate ?? 0)),
        y: 'label',
        text: (r: RecordRow) => `${String(r.hits)}/${String(r.launches)}`,
        dx: 6,
        textAnchor: 'start',
        fontSize: 10,
        fill: PALETTE.muted,
      }),
    ],
    caption: w('successCaption', data.locale),
  };
}
