/**
 * What the card's compute stage returns for each panel: the forecast path against targets, the gap
 * and the back-solve by crowd, and the backtest of every brand. Pure; runs in the compute worker.
 */
import type { RecordRow, ResultData } from '../../src/panel/contract';
import { backtest, forecastAt, mean, readHistories, STATES, sum, type BacktestRow } from './model';

/** Months shown before the origin, and forecast after it. */
export const SHOWN_PAST = 12;
export const AHEAD = 12;

export interface PathRow {
  m: number;
  label: string;
  actual: number | null;
  target: number | null;
  markov: number | null;
  low: number | null;
  high: number | null;
  simple: number | null;
}

export interface ForecastCard {
  brand: number;
  origin: number;
  originLabel: string;
  seasonal: boolean;
  anchor: number;
  path: PathRow[];
  /** Over the next `horizon` months: Σ target, Σ Markov forecast, gap = target − forecast. */
  target: number | null;
  forecast: number;
  gap: number | null;
  /** The pooled monthly matrix the roll-forward used, over STATES (row none = inflow counts). */
  matrix: number[][];
  inflow: number[];
  gmvPerHead: number[];
  /** The months the pooled flows lead into (`YYYY-MM`). */
  fitMonths: string[];
}

export interface CardInputs {
  brand: number;
  horizon: number;
  snapshots: number;
  seasonal: boolean;
}

/** `YYYY-MM` of month m, counted on from a month the data names (forecast months lie beyond it). */
export function monthLabel(labels: ReadonlyMap<number, string>, m: number): string {
  const known = labels.get(m);
  if (known) return known;
  const [m0, label0] = [...labels.entries()].sort((a, b) => b[0] - a[0])[0] ?? [0, ''];
  const [y, mo] = label0.split('-').map(Number);
  if (!y || !mo) return `#${m}`;
  const total = y * 12 + (mo - 1) + (m - m0);
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The focus brand's forecast card, or null when it has under six months of flows. */
export function computeForecastCard(p: CardInputs, data: ResultData): ForecastCard | null {
  const { histories, labels } = readHistories(data.rows);
  const h = histories.get(p.brand);
  if (!h || !h.months.length) return null;
  const origin = Math.max(...h.months);
  const f = forecastAt(h, origin, AHEAD, { band: true, seasonal: p.seasonal });
  if (!f) return null;
  const label = (m: number) => monthLabel(labels, m);
  const path: PathRow[] = [];
  for (let m = origin - SHOWN_PAST + 1; m <= origin + AHEAD; m++) {
    const i = m - origin - 1;
    path.push({
      m,
      label: label(m),
      actual: h.actual.get(m) ?? null,
      target: h.targets.get(m) ?? null,
      markov: i >= 0 ? (f.markov[i] ?? null) : null,
      low: i >= 0 ? (f.low[i] ?? null) : null,
      high: i >= 0 ? (f.high[i] ?? null) : null,
      simple: i >= 0 ? (f.simple[i] ?? null) : null,
    });
  }
  const next = path.filter((r) => r.m > origin && r.m <= origin + p.horizon);
  const targeted = next.filter((r) => r.target !== null);
  const target = targeted.length ? sum(targeted.map((r) => r.target!)) : null;
  const forecast = sum(targeted.map((r) => r.markov ?? 0));
  return {
    brand: p.brand,
    origin,
    originLabel: label(origin),
    seasonal: f.seasonal,
    anchor: f.anchor,
    path,
    target,
    forecast,
    gap: target === null ? null : target - forecast,
    matrix: f.fit.P,
    inflow: f.fit.inflow,
    gmvPerHead: f.fit.gmvPerHead,
    fitMonths: f.fitMonths.map((m) => label(m + 1)),
  };
}

export interface CrowdPlan {
  crowd: string;
  /** GMV per head over the horizon (the crowd's own exchange rate) of its A and I consumers. */
  rateA: number | null;
  rateI: number | null;
  /** Extra A or I consumers of this crowd that alone would close the gap. */
  needA: number | null;
  needI: number | null;
  headsA: number;
  headsI: number;
}

export interface PlanCard extends ForecastCard {
  horizon: number;
  crowds: CrowdPlan[];
}

/** The crowd's exchange rate of a stage over the horizon: mean over recent full-horizon snapshots. */
function crowdRate(rows: RecordRow[], stage: string, horizon: number, snapshots: number) {
  const byM = new Map<number, { n: number; gmv: number; ks: number }>();
  let latest = { m: -1, n: 0 };
  for (const r of rows) {
    if (r.s0 !== stage) continue;
    const m = Number(r.m);
    const k = Number(r.k);
    if (k === 0 && m > latest.m) latest = { m, n: Number(r.n) };
    if (k < 1 || k > horizon) continue;
    const cell = byM.get(m) ?? { n: Number(r.n), gmv: 0, ks: 0 };
    cell.gmv += Number(r.gmv);
    cell.ks += 1;
    byM.set(m, cell);
  }
  const full = [...byM.entries()]
    .filter(([, c]) => c.ks === horizon && c.n > 0)
    .sort((a, b) => a[0] - b[0])
    .slice(-snapshots);
  return { rate: full.length ? mean(full.map(([, c]) => c.gmv / c.n)) : null, heads: latest.n };
}

/**
 * For each crowd in the 'crowd' rows: its own A and I exchange rates over the horizon and how many
 * extra A or I consumers of it alone would close `gap`; best I rate first.
 */
export function planCrowds(
  crowdRows: readonly RecordRow[],
  gap: number,
  horizon: number,
  snapshots: number,
): CrowdPlan[] {
  const names = [...new Set(crowdRows.map((r) => String(r.crowd)))].sort();
  const need = (rate: number | null) => (rate && rate > 0 ? Math.ceil(gap / rate) : null);
  const crowds = names.map((crowd) => {
    const rows = crowdRows.filter((r) => r.crowd === crowd);
    const a = crowdRate(rows, 'A', horizon, snapshots);
    const i = crowdRate(rows, 'I', horizon, snapshots);
    return {
      crowd,
      rateA: a.rate,
      rateI: i.rate,
      needA: need(a.rate),
      needI: need(i.rate),
      headsA: a.heads,
      headsI: i.heads,
    };
  });
  return crowds.sort((x, y) => (y.rateI ?? 0) - (x.rateI ?? 0) || x.crowd.localeCompare(y.crowd));
}

/** 盘人计划: the extra A or I consumers, crowd by crowd, that would close the forecast gap. */
export function computePlanCard(p: CardInputs, data: ResultData): PlanCard | null {
  const card = computeForecastCard(p, {
    ...data,
    rows: data.rows.filter((r) => r.kind !== 'crowd'),
  });
  if (!card) return null;
  const gap = card.gap !== null && card.gap > 0 ? card.gap : 0;
  const crowds = planCrowds(
    data.rows.filter((r) => r.kind === 'crowd'),
    gap,
    p.horizon,
    p.snapshots,
  );
  return { ...card, horizon: p.horizon, crowds };
}

export interface BacktestCard {
  brand: number;
  rows: (BacktestRow & { name: string })[];
}

/** The backtest of every brand in the rows (the focus brand is the one the chart highlights). */
export function computeBacktestCard(
  p: { brand: number; seasonal: boolean },
  data: ResultData,
): BacktestCard {
  const { histories } = readHistories(data.rows.filter((r) => r.kind !== 'brand'));
  const names = new Map(
    data.rows.filter((r) => r.kind === 'brand').map((r) => [Number(r.brand_id), String(r.crowd)]),
  );
  const rows = [...histories.values()]
    .filter((h) => h.months.length)
    .sort((a, b) => a.brand - b.brand)
    .flatMap((h) =>
      backtest(h, p.seasonal).map((r) => ({ ...r, name: names.get(h.brand) ?? String(h.brand) })),
    );
  return { brand: p.brand, rows };
}

export { STATES };
