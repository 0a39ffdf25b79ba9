/** The exchange-rate card's panels as readers' tables (headers in the reader's language). */
import type { PanelTable, PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric, formatPercent } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { CROWDS, labelOf } from '../common/labels';
import type { BacktestCard, ForecastCard, PlanCard } from './card';
import { STATES } from './model';
import { METHOD_LABELS, STATE_LABELS, WORDS } from './words';

type Locale = PlotData['locale'];
type Key = keyof typeof WORDS;

function columns(keys: Record<string, Key>, locale: Locale, numeric: string[]) {
  return Object.entries(keys).map(([name, key]) => ({
    name,
    label: pick(WORDS[key], locale),
    numeric: numeric.includes(name),
  }));
}

const money = (l: Locale, v: unknown) => formatMetric(l, v, 'money');
const pct = (l: Locale, v: unknown, digits = 1) =>
  v === null || v === undefined ? '—' : formatPercent(l, Number(v), digits);
const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function forecastTable(data: PlotData<ForecastCard | null>): PanelTable {
  const l = data.locale;
  return {
    columns: columns(
      {
        month: 'month',
        actual: 'actual',
        target: 'target',
        markov: 'markov',
        band: 'band',
        simple: 'simple',
        gap: 'gap',
      },
      l,
      [],
    ),
    rows: (data.model?.path ?? []).map((r) => ({
      month: r.label,
      actual: money(l, r.actual),
      target: money(l, r.target),
      markov: money(l, r.markov),
      band: r.low === null ? '—' : `${money(l, r.low)}–${money(l, r.high)}`,
      simple: money(l, r.simple),
      gap: r.target === null || r.markov === null ? '—' : pct(l, (r.target - r.markov) / r.target),
    })),
  };
}

export function ratesTable(data: PlotData, byCrowd: boolean): PanelTable {
  const l = data.locale;
  return {
    columns: columns(
      {
        ...(byCrowd ? { crowd: 'crowd' as const } : {}),
        stage: 'stage',
        horizon: 'horizon',
        conv: 'conv',
        gmvHead: 'gmvHead',
        snapshots: 'snapshots',
      },
      l,
      ['horizon', 'snapshots'],
    ),
    rows: data.rows.map((r: RecordRow) => ({
      ...(byCrowd ? { crowd: labelOf(CROWDS, r.crowd, l) } : {}),
      stage: labelOf(STATE_LABELS, r.stage, l),
      horizon: Number(r.horizon),
      conv: `${pct(l, r.conv)} ± ${pct(l, r.conv_sd)}`,
      gmvHead: `${money(l, r.gmv_head)} ± ${money(l, r.gmv_head_sd)}`,
      snapshots: Number(r.snapshots),
    })),
  };
}

export function backtestTable(data: PlotData<BacktestCard>): PanelTable {
  const l = data.locale;
  return {
    columns: columns(
      {
        brand: 'brand',
        horizon: 'horizon',
        method: 'method',
        mape: 'mape',
        bias: 'bias',
        origins: 'origins',
      },
      l,
      ['horizon', 'mape', 'bias', 'origins'],
    ),
    rows: (data.model?.rows ?? []).map((r) => ({
      brand: r.name,
      horizon: r.horizon,
      method: labelOf(METHOD_LABELS, r.method, l),
      mape: round(r.mape),
      bias: round(r.bias),
      origins: r.origins,
    })),
  };
}

export function planTable(data: PlotData<PlanCard | null>): PanelTable {
  const l = data.locale;
  return {
    columns: columns(
      {
        crowd: 'crowd',
        rateA: 'rateA',
        rateI: 'rateI',
        headsA: 'headsA',
        headsI: 'headsI',
        needA: 'needA',
        needI: 'needI',
      },
      l,
      ['headsA', 'headsI', 'needA', 'needI'],
    ),
    rows: (data.model?.crowds ?? []).map((c) => ({
      crowd: labelOf(CROWDS, c.crowd, l),
      rateA: money(l, c.rateA),
      rateI: money(l, c.rateI),
      headsA: c.headsA,
      headsI: c.headsI,
      needA: c.needA,
      needI: c.needI,
    })),
  };
}

export function matrixTable(data: PlotData<ForecastCard | null>): PanelTable {
  const l = data.locale;
  const card = data.model;
  const names = STATES.map((s) => labelOf(STATE_LABELS, s, l));
  return {
    columns: [
      { name: 'from', label: pick(WORDS.from, l), numeric: false },
      ...names.map((n, j) => ({ name: `to${j}`, label: n, numeric: false })),
      { name: 'inflow', label: pick(WORDS.inflow, l), numeric: true },
      { name: 'perHead', label: pick(WORDS.perHead, l), numeric: false },
    ],
    rows: (card?.matrix ?? []).slice(1).map((row, i) => ({
      from: names[i + 1]!,
      ...Object.fromEntries(row.map((p, j) => [`to${j}`, pct(l, p)])),
      inflow: Math.round(card?.inflow[i + 1] ?? 0),
      perHead: money(l, card?.gmvPerHead[i + 1]),
    })),
  };
}
