/** The exchange-rate card's charts: forecast vs target, rates, crowd rates, backtest, plan, matrix. */
import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric, formatPercent, metricTicks, timeAxis } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { PALETTE } from '../../src/plot/palette';
import { bandMargin } from '../../src/plot/fit';
import { CROWDS, labelOf } from '../common/labels';
import { matrixCells, STAGE_COLORS } from '../common/plots';
import type { BacktestCard, ForecastCard, PlanCard } from './card';
import { STATES } from './model';
import { METHOD_LABELS, STATE_LABELS, WORDS } from './words';

type Locale = PlotData['locale'];
const w = (key: keyof typeof WORDS, locale: Locale) => pick(WORDS[key], locale);
const monthDate = (label: string) => new Date(`${label}-01T00:00:00Z`);
const money = (locale: Locale, v: unknown) => formatMetric(locale, v, 'money');

function emptyNote(data: PlotData, text: string): Plot.PlotOptions {
  return {
    width: data.width,
    height: 120,
    axis: null,
    marks: [Plot.text([text], { frameAnchor: 'middle', fontSize: 13, fill: PALETTE.muted })],
  };
}

/** Actual monthly GMV, the Markov forecast with its band, the simple forecast, the targets. */
export function buildForecastPlot(data: PlotData<ForecastCard | null>): Plot.PlotOptions {
  const card = data.model;
  if (!card) return emptyNote(data, w('noForecast', data.locale));
  const l = data.locale;
  const rows = card.path.map((r) => ({ ...r, date: monthDate(r.label) }));
  const names = {
    actual: w('actual', l),
    target: w('target', l),
    markov: w('markov', l),
    simple: w('simple', l),
  };
  const series = (key: 'actual' | 'target' | 'markov' | 'simple') =>
    rows.filter((r) => r[key] !== null);
  const origin = rows.find((r) => r.m === card.origin);
  return {
    width: data.width,
    height: 320,
    marginLeft: 60,
    marginTop: 24,
    x: timeAxis(l),
    y: { grid: true, label: w('gmv', l), tickFormat: metricTicks(l, 'money'), zero: true },
    color: {
      legend: true,
      domain: Object.values(names),
      range: [PALETTE.median, PALETTE.compare, PALETTE.focus, '#1c7ed6'],
    },
    marks: [
      Plot.areaY(series('markov'), {
        x: 'date',
        y1: 'low',
        y2: 'high',
        fill: PALETTE.focus,
        fillOpacity: 0.15,
      }),
      Plot.lineY(series('target'), {
        x: 'date',
        y: 'target',
        stroke: () => names.target,
        strokeDasharray: '4,3',
      }),
      Plot.dot(series('target'), { x: 'date', y: 'target', fill: () => names.target, r: 2 }),
      Plot.lineY(series('actual'), { x: 'date', y: 'actual', stroke: () => names.actual }),
      Plot.lineY(series('simple'), {
        x: 'date',
        y: 'simple',
        stroke: () => names.simple,
        strokeDasharray: '2,2',
      }),
      Plot.lineY(series('markov'), {
        x: 'date',
        y: 'markov',
        stroke: () => names.markov,
        strokeWidth: 2,
      }),
      ...(origin
        ? [
            Plot.ruleX([origin.date], { stroke: PALETTE.muted, strokeDasharray: '3,3' }),
            Plot.text([origin.date], {
              x: (d: Date) => d,
              frameAnchor: 'top',
              dy: -14,
              text: () => `${pick({ zh: '预测起点', en: 'Forecast from' }, l)} ${origin.label}`,
              fontSize: 10,
              fill: PALETTE.muted,
            }),
          ]
        : []),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: 'date',
          y: (r: (typeof rows)[number]) => r.markov ?? r.actual ?? r.target,
          title: (r: (typeof rows)[number]) =>
            [
              r.label,
              r.actual !== null ? `${names.actual} ${money(l, r.actual)}` : null,
              r.markov !== null
                ? `${names.markov} ${money(l, r.markov)} (${money(l, r.low)}–${money(l, r.high)})`
                : null,
              r.simple !== null ? `${names.simple} ${money(l, r.simple)}` : null,
              r.target !== null ? `${names.target} ${money(l, r.target)}` : null,
            ]
              .filter(Boolean)
              .join('\n'),
        }),
      ),
    ],
  };
}

/** GMV per head of each stage over 1, 3, 6 and 12 months, ±1 sd across snapshots; conversion on top. */
export function buildRatesPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const rows: RecordRow[] = data.rows.map((r) => ({
    ...r,
    h: `${Number(r.horizon)}${w('months', l)}`,
    stageName: labelOf(STATE_LABELS, r.stage, l),
    lo: Math.max(0, Number(r.gmv_head) - Number(r.gmv_head_sd ?? 0)),
    hi: Number(r.gmv_head) + Number(r.gmv_head_sd ?? 0),
  }));
  const stages = STAGE_COLORS.domain.map((s) => labelOf(STATE_LABELS, s, l));
  return {
    width: data.width,
    height: 300,
    marginLeft: 56,
    marginTop: 30,
    fx: { domain: stages, label: null },
    x: { label: null, domain: [...new Set(rows.map((r) => String(r.h)))] },
    y: { grid: true, label: w('gmvHead', l), tickFormat: metricTicks(l, 'money') },
    color: { domain: stages, range: STAGE_COLORS.range },
    caption: pick(
      {
        zh: '柱：阶段内每人在之后 X 个月带来的 GMV（最近快照的均值），细线 ±1 标准差；柱上为 X 个月内的购买转化率。',
        en: 'Bars: GMV per head of the stage over the next X months (mean of recent snapshots), whiskers ±1 sd; above each bar the share who bought within X months.',
      },
      l,
    ),
    marks: [
      Plot.barY(rows, { fx: 'stageName', x: 'h', y: 'gmv_head', fill: 'stageName', tip: true }),
      Plot.ruleX(rows, { fx: 'stageName', x: 'h', y1: 'lo', y2: 'hi', stroke: PALETTE.median }),
      Plot.text(rows, {
        fx: 'stageName',
        x: 'h',
        y: 'hi',
        dy: -7,
        fontSize: 9,
        text: (r: RecordRow) => formatPercent(l, Number(r.conv), 0),
      }),
      Plot.ruleY([0]),
    ],
  };
}

/** Each crowd's exchange rate by stage at the chosen horizon. */
export function buildCrowdRatesPlot(data: PlotData, horizon: number): Plot.PlotOptions {
  const l = data.locale;
  const rows: RecordRow[] = data.rows
    .filter((r) => Number(r.horizon) === horizon)
    .map((r) => ({
      ...r,
      crowdName: labelOf(CROWDS, r.crowd, l),
      stageName: labelOf(STATE_LABELS, r.stage, l),
    }));
  const crowds = [...new Set(rows.map((r) => String(r.crowdName)))];
  const stages = STAGE_COLORS.domain.map((s) => labelOf(STATE_LABELS, s, l));
  const left = bandMargin(crowds, 11, 60);
  return {
    ...matrixCells(
      { ...data, rows },
      {
        x: 'stageName',
        y: 'crowdName',
        value: 'gmv_head',
        text: (d) => money(l, d.gmv_head),
        domain: stages,
      },
    ),
    width: data.width,
    height: crowds.length * 30 + 70,
    marginLeft: left,
    marginRight: Math.max(20, data.width - left - stages.length * 90),
    y: { label: null, domain: crowds },
    caption: pick(
      {
        zh: `各人群每人在之后 ${horizon} 个月带来的 GMV（该人群自己的汇率）。`,
        en: `GMV per head over the next ${horizon} months, each crowd's own exchange rate.`,
      },
      l,
    ),
  };
}

/** MAPE per horizon and method: the brand large, the other brands of its industry small. */
export function buildBacktestPlot(data: PlotData<BacktestCard>): Plot.PlotOptions {
  const l = data.locale;
  const card = data.model;
  const rows = (card?.rows ?? [])
    .filter((r) => r.mape !== null)
    .map((r) => ({
      ...r,
      h: `${r.horizon}${w('months', l)}`,
      methodName: labelOf(METHOD_LABELS, r.method, l),
      focus: r.brand === card?.brand,
    }));
  if (!rows.length) return emptyNote(data, w('noForecast', l));
  const methods = ['markov', 'simple', 'lastMonth', 'lastYear'].map((m) =>
    labelOf(METHOD_LABELS, m, l),
  );
  const top = Math.min(150, Math.max(...rows.map((r) => r.mape!)) * 1.1);
  return {
    width: data.width,
    height: 300,
    marginLeft: 50,
    marginTop: 40,
    marginBottom: 20,
    fx: { label: null, domain: [...new Set(rows.map((r) => r.h))] },
    // Methods by colour (the legend names them): their names are too long for a tick.
    x: { axis: null, domain: methods, padding: 0.4 },
    y: { grid: true, label: `${w('mape', l)} (%)`, domain: [0, top], clamp: true },
    color: {
      legend: true,
      domain: methods,
      range: [PALETTE.focus, '#1c7ed6', '#2f9e44', PALETTE.median],
    },
    caption: pick(
      {
        zh: '在过去各月末做预测、与实际对比的误差：大点为本品牌，小淡点为同行业其他品牌（误差超过 150% 的画在顶端）。',
        en: 'Errors of forecasts made at past month ends against what happened: the large dot is the brand, small pale dots the other brands of its industry (errors over 150% drawn at the top).',
      },
      l,
    ),
    marks: [
      Plot.dot(
        rows.filter((r) => !r.focus),
        {
          fx: 'h',
          x: 'methodName',
          y: 'mape',
          r: 2.5,
          fill: 'methodName',
          fillOpacity: 0.35,
          tip: true,
          title: (r: (typeof rows)[number]) =>
            `${r.name} · ${r.methodName} · ${r.h}\nMAPE ${Math.round(r.mape ?? 0)}%`,
        },
      ),
      Plot.dot(
        rows.filter((r) => r.focus),
        {
          fx: 'h',
          x: 'methodName',
          y: 'mape',
          r: 6,
          fill: 'methodName',
          tip: true,
          title: (r: (typeof rows)[number]) =>
            `${r.name} · ${r.methodName} · ${r.h}\nMAPE ${Math.round(r.mape ?? 0)}% · ${w('bias', l)} ${Math.round(r.bias ?? 0)}% · ${w('origins', l)} ${r.origins}`,
        },
      ),
      Plot.text(
        rows.filter((r) => r.focus),
        {
          fx: 'h',
          x: 'methodName',
          y: 'mape',
          dx: 9,
          textAnchor: 'start',
          fontSize: 9,
          text: (r: { mape: number | null }) => `${Math.round(r.mape ?? 0)}%`,
        },
      ),
      Plot.ruleY([0]),
    ],
  };
}

/** 盘人计划: how many extra I (and A) consumers of each crowd would alone close the gap. */
export function buildPlanPlot(data: PlotData<PlanCard | null>): Plot.PlotOptions {
  const l = data.locale;
  const card = data.model;
  if (!card) return emptyNote(data, w('noForecast', l));
  const gap = card.gap ?? 0;
  const summary =
    card.target === null
      ? pick({ zh: '没有该期间的目标', en: 'No target for these months' }, l)
      : gap <= 0
        ? w('noGap', l)
        : pick(
            {
              zh: `未来 ${card.horizon} 个月缺口 ${money(l, gap)}（目标 ${money(l, card.target)}，预测 ${money(l, card.forecast)}）`,
              en: `Gap over the next ${card.horizon} months ${money(l, gap)} (target ${money(l, card.target)}, forecast ${money(l, card.forecast)})`,
            },
            l,
          );
  // With no gap there is nobody to add: the chart shows each crowd's I exchange rate instead.
  const short = gap > 0;
  const rows = card.crowds
    .filter((c) => c.rateI !== null)
    .map((c) => ({
      ...c,
      crowdName: labelOf(CROWDS, c.crowd, l),
      value: short ? c.needI : c.rateI,
    }));
  const left = bandMargin(
    rows.map((r) => r.crowdName),
    11,
    60,
  );
  return {
    width: data.width,
    height: Math.max(140, rows.length * 28 + 70),
    marginLeft: left,
    marginRight: 90,
    marginTop: 30,
    x: {
      grid: true,
      label: short ? w('needI', l) : w('rateI', l),
      tickFormat: metricTicks(l, short ? 'count' : 'money'),
    },
    y: { label: null, domain: rows.map((r) => r.crowdName) },
    caption: summary,
    marks: [
      Plot.barX(rows, {
        y: 'crowdName',
        x: 'value',
        fill: STAGE_COLORS.range[1],
        title: (r: (typeof rows)[number]) =>
          `${r.crowdName}\n${w('rateI', l)} ${money(l, r.rateI)} · ${w('needI', l)} ${formatMetric(l, r.needI)}\n${w('rateA', l)} ${money(l, r.rateA)} · ${w('needA', l)} ${formatMetric(l, r.needA)}`,
        tip: true,
      }),
      Plot.text(rows, {
        y: 'crowdName',
        x: 'value',
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
        text: (r: (typeof rows)[number]) =>
          short
            ? `${formatMetric(l, r.needI)} · ${pick({ zh: '汇率', en: 'rate' }, l)} ${money(l, r.rateI)}`
            : money(l, r.rateI),
      }),
      Plot.ruleX([0]),
    ],
  };
}

/** The pooled monthly matrix: from each stage (rows) to each stage next month (columns). */
export function buildMatrixPlot(data: PlotData<ForecastCard | null>): Plot.PlotOptions {
  const l = data.locale;
  const card = data.model;
  if (!card) return emptyNote(data, w('noForecast', l));
  const names = STATES.map((s) => labelOf(STATE_LABELS, s, l));
  const rows = card.matrix.flatMap((row, i) =>
    i === 0 ? [] : row.map((p, j) => ({ from: names[i]!, to: names[j]!, p })),
  );
  const base = matrixCells(
    { ...data, rows },
    {
      x: 'to',
      y: 'from',
      value: 'p',
      text: (d) => formatPercent(l, Number(d.p), 1),
      domain: names,
    },
  );
  return {
    ...base,
    y: { label: null, domain: names.slice(1) },
    height: 4 * 44 + 90,
    marginLeft: bandMargin(names, 11, 60),
    caption: pick(
      {
        zh: `${card.fitMonths[0]} 至 ${card.fitMonths.at(-1)} 共 ${card.fitMonths.length} 次月度流转汇总的概率：行 = 上月末阶段，列 = 本月末阶段。`,
        en: `Probabilities pooled over the ${card.fitMonths.length} monthly moves into ${card.fitMonths[0]} … ${card.fitMonths.at(-1)}: rows the stage at one month end, columns the next.`,
      },
      l,
    ),
  };
}
