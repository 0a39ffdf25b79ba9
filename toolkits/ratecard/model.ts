/**
 * The exchange-rate card's models (metrics.md §2.3, illustrative): the simple forecast
 * (Σ stage heads × GMV per head k months on + the GMV of consumers in no stage), the Markov
 * roll-forward (monthly matrix over {none, A, I, P, L} pooled from the flow tables, inflow, one-month
 * GMV per head) with a bootstrap band over the monthly matrices, a seasonal index from the brand's
 * own last twelve months, the backtest at past origins against naive baselines, and the back-solve.
 * Pure: runs in the compute worker and in Node tests alike.
 */
import type { RecordRow } from '../../src/panel/contract';
import { seededRandom } from '../../src/stats/calibration';
import { pooledMatrix, quantile, step, type Matrix } from '../../src/stats/markov';

export const STATES = ['none', 'A', 'I', 'P', 'L'] as const;
export type State = (typeof STATES)[number];
const index = (s: unknown) => STATES.indexOf(String(s) as State);

/** Months of flows a fit pools (the last twelve before the origin), and the fewest it accepts. */
export const FIT_MONTHS = 12;
export const MIN_FIT_MONTHS = 6;
export const BOOTSTRAP = 200;
export const BAND = [0.1, 0.9] as const;
export const BACKTEST_HORIZONS = [1, 3, 6, 12] as const;
export const METHODS = ['markov', 'simple', 'lastMonth', 'lastYear'] as const;
export type Method = (typeof METHODS)[number];

/** One brand's monthly history, as the forecast rows give it. */
export interface BrandHistory {
  brand: number;
  /** Snapshot months, ascending. */
  months: number[];
  heads: Map<number, number[]>;
  /** `m|state|k` → GMV paid in month m+k by consumers in `state` at m. */
  gmv: Map<string, number>;
  /** m → counts of moves from m to m+1, [from][to] over STATES. */
  flows: Map<number, Matrix>;
  /** month → the brand's GMV that month (complete months after the first snapshot). */
  actual: Map<number, number>;
  targets: Map<number, number>;
}

const key = (m: number, s: number, k: number) => `${m}|${s}|${k}`;
const zeros = () => STATES.map(() => STATES.map(() => 0));

/** Histories by brand, and month labels (`YYYY-MM`) by month index. */
export function readHistories(rows: readonly RecordRow[]) {
  const histories = new Map<number, BrandHistory>();
  const labels = new Map<number, string>();
  const of = (brand: number) => {
    let h = histories.get(brand);
    if (!h) {
      h = {
        brand,
        months: [],
        heads: new Map(),
        gmv: new Map(),
        flows: new Map(),
        actual: new Map(),
        targets: new Map(),
      };
      histories.set(brand, h);
    }
    return h;
  };
  for (const r of rows) {
    const m = Number(r.m);
    if (r.kind === 'month') {
      labels.set(m, String(r.crowd));
      continue;
    }
    const h = of(Number(r.brand_id));
    if (r.kind === 'target') h.targets.set(m, Number(r.gmv));
    else if (r.kind === 'flow') {
      const table = h.flows.get(m) ?? zeros();
      table[index(r.s0)]![index(r.s1)]! += Number(r.n);
      h.flows.set(m, table);
    } else if (r.kind === 'rate') {
      const s = index(r.s0);
      const k = Number(r.k);
      if (k > 0) h.gmv.set(key(m, s, k), Number(r.gmv));
      if (s > 0) {
        const heads = h.heads.get(m) ?? STATES.map(() => 0);
        heads[s] = Number(r.n);
        h.heads.set(m, heads);
      }
      if (k === 1) h.actual.set(m + 1, (h.actual.get(m + 1) ?? 0) + Number(r.gmv));
    }
  }
  for (const h of histories.values()) {
    h.months = [...h.heads.keys()].sort((a, b) => a - b);
  }
  return { histories, labels };
}

/** What a Markov fit pools: the matrix, mean monthly inflow, one-month GMV per head, no-stage GMV. */
export interface MarkovFit {
  P: Matrix;
  inflow: number[];
  gmvPerHead: number[];
  noStageGmv: number;
}

/** The Markov fit from the flows and one-month rates of the snapshot months `months`. */
export function fitMarkov(h: BrandHistory, months: readonly number[]): MarkovFit {
  const P = pooledMatrix(
    months.map((m) => h.flows.get(m) ?? zeros()),
    STATES.length,
  );
  const inflow = STATES.map((_, j) =>
    j === 0 ? 0 : mean(months.map((m) => h.flows.get(m)?.[0]?.[j] ?? 0)),
  );
  const gmvPerHead = STATES.map((_, s) => {
    if (s === 0) return 0;
    const paid = sum(months.map((m) => h.gmv.get(key(m, s, 1)) ?? 0));
    const heads = sum(months.map((m) => h.heads.get(m)?.[s] ?? 0));
    return heads > 0 ? paid / heads : 0;
  });
  const noStageGmv = mean(months.map((m) => h.gmv.get(key(m, 0, 1)) ?? 0));
  return { P, inflow, gmvPerHead, noStageGmv };
}

/** Monthly GMV for months origin+1 … origin+ahead: n_{t+1} = n_t·P + inflow, GMV = Σ n·g + no-stage. */
export function rollForward(start: readonly number[], fit: MarkovFit, ahead: number): number[] {
  const out: number[] = [];
  let heads = [...start];
  heads[0] = 0;
  for (let t = 0; t < ahead; t++) {
    out.push(heads.reduce((acc, n, s) => acc + n * (fit.gmvPerHead[s] ?? 0), fit.noStageGmv));
    heads = step(heads, fit.P, fit.inflow);
    heads[0] = 0; // those who churn join "none", whose GMV the no-stage term carries
  }
  return out;
}

/** Snapshot months whose flow to the next month is known by the origin (the last FIT_MONTHS). */
export function fitMonths(h: BrandHistory, origin: number): number[] {
  return h.months.filter((m) => m < origin && h.flows.has(m)).slice(-FIT_MONTHS);
}

/**
 * Seasonal index of months origin+1 … origin+ahead: the same month last year ÷ the mean month of
 * the twelve to the origin; null when the brand has no twelve complete months by the origin.
 */
export function seasonalIndex(h: BrandHistory, origin: number, ahead: number): number[] | null {
  const year = Array.from({ length: 12 }, (_, i) => h.actual.get(origin - 11 + i));
  if (year.some((v) => v === undefined)) return null;
  // Each month against the year's straight-line trend, so growth is not read as season.
  const ys = year as number[];
  const xMean = 5.5;
  const yMean = mean(ys);
  const slope =
    sum(ys.map((y, x) => (x - xMean) * (y - yMean))) /
    sum(ys.map((_, x) => (x - xMean) * (x - xMean)));
  const ratios = ys.map((y, x) => y / (yMean + slope * (x - xMean)));
  if (ratios.some((r) => !(r > 0) || !Number.isFinite(r))) return null;
  const norm = mean(ratios);
  return Array.from(
    { length: ahead },
    (_, i) => ratios[(origin + 1 + i - (origin - 11)) % 12]! / norm,
  );
}

/** The seasonal index of the origin month itself (its own month of the detrended year). */
function season0(h: BrandHistory, origin: number): number | null {
  const s = seasonalIndex(h, origin - 1, 1);
  return s ? s[0]! : null;
}

/** The simple forecast: Σ_s heads(origin, s) × GMV per head k months on + no-stage GMV k months on. */
export function simpleForecast(
  h: BrandHistory,
  origin: number,
  ahead: number,
  snapshots = FIT_MONTHS,
): (number | null)[] {
  const heads = h.heads.get(origin);
  return Array.from({ length: ahead }, (_, i) => {
    const k = i + 1;
    const d0s = h.months
      .filter((m) => m + k <= origin && h.gmv.has(key(m, 0, k)))
      .slice(-snapshots);
    if (!heads || !d0s.length) return null;
    let value = mean(d0s.map((m) => h.gmv.get(key(m, 0, k)) ?? 0));
    for (let s = 1; s < STATES.length; s++) {
      const rates = d0s
        .filter((m) => (h.heads.get(m)?.[s] ?? 0) > 0)
        .map((m) => (h.gmv.get(key(m, s, k)) ?? 0) / (h.heads.get(m)?.[s] ?? 1));
      value += (heads[s] ?? 0) * (rates.length ? mean(rates) : 0);
    }
    return value;
  });
}

export interface Forecast {
  markov: number[];
  simple: (number | null)[];
  low: number[];
  high: number[];
  seasonal: boolean;
  /** Paid ÷ the model's one-step fit of the origin month (season removed): the level correction. */
  anchor: number;
  fit: MarkovFit;
  fitMonths: number[];
}

/** Both forecasts from an origin, the Markov one with its bootstrap band (seeded: reproducible). */
export function forecastAt(
  h: BrandHistory,
  origin: number,
  ahead: number,
  opts: { band: boolean; seasonal: boolean },
): Forecast | null {
  const months = fitMonths(h, origin);
  const start = h.heads.get(origin);
  if (months.length < MIN_FIT_MONTHS || !start) return null;
  const season = opts.seasonal ? seasonalIndex(h, origin, ahead) : null;
  const fit = fitMarkov(h, months);
  // Anchored on the latest month: the model's one-step fit of the origin month against what was paid.
  const before = h.heads.get(origin - 1);
  const seen = h.actual.get(origin);
  const fitted = before ? rollForward(before, fit, 1)[0]! : 0;
  const anchor =
    seen && fitted > 0 ? seen / fitted / ((season ? season0(h, origin) : null) ?? 1) : 1;
  const level = (path: number[]) => path.map((v, i) => v * anchor * (season?.[i] ?? 1));
  const markov = level(rollForward(start, fit, ahead));
  const simple = simpleForecast(h, origin, ahead).map((v, i) =>
    v === null ? null : v * (season?.[i] ?? 1),
  );
  let low = markov;
  let high = markov;
  if (opts.band) {
    const random = seededRandom(h.brand * 1000 + origin);
    const paths = Array.from({ length: BOOTSTRAP }, () => {
      const sample = months.map(() => months[Math.floor(random() * months.length)]!);
      return level(rollForward(start, fitMarkov(h, sample), ahead));
    });
    low = markov.map((_, i) =>
      quantile(
        paths.map((p) => p[i]!),
        BAND[0],
      ),
    );
    high = markov.map((_, i) =>
      quantile(
        paths.map((p) => p[i]!),
        BAND[1],
      ),
    );
  }
  return { markov, simple, low, high, seasonal: season !== null, anchor, fit, fitMonths: months };
}

export interface BacktestRow {
  brand: number;
  horizon: number;
  method: Method;
  /** Mean absolute percentage error and mean signed percentage error, in % (null: no origin). */
  mape: number | null;
  bias: number | null;
  origins: number;
}

/**
 * Forecasts made at every past origin with at least MIN_FIT_MONTHS of flows and the horizon
 * observed, against what happened: per brand, horizon and method (Markov, simple, last month,
 * same month last year), over the origins each method could forecast.
 */
export function backtest(h: BrandHistory, seasonal: boolean): BacktestRow[] {
  const last = Math.max(...h.months);
  const errors = new Map<string, number[]>();
  const add = (
    horizon: number,
    method: Method,
    forecast: number | null | undefined,
    actual: number,
  ) => {
    if (forecast === null || forecast === undefined || !(actual > 0)) return;
    const k = `${horizon}|${method}`;
    (errors.get(k) ?? errors.set(k, []).get(k))!.push((forecast - actual) / actual);
  };
  for (const origin of h.months) {
    if (origin + 1 > last) continue;
    const f = forecastAt(h, origin, 12, { band: false, seasonal });
    if (!f) continue;
    for (const horizon of BACKTEST_HORIZONS) {
      const actual = h.actual.get(origin + horizon);
      if (actual === undefined || origin + horizon > last) continue;
      add(horizon, 'markov', f.markov[horizon - 1], actual);
      add(horizon, 'simple', f.simple[horizon - 1], actual);
      add(horizon, 'lastMonth', h.actual.get(origin), actual);
      add(horizon, 'lastYear', h.actual.get(origin + horizon - 12), actual);
    }
  }
  return BACKTEST_HORIZONS.flatMap((horizon) =>
    METHODS.map((method) => {
      const e = errors.get(`${horizon}|${method}`) ?? [];
      return {
        brand: h.brand,
        horizon,
        method,
        mape: e.length ? mean(e.map(Math.abs)) * 100 : null,
        bias: e.length ? mean(e) * 100 : null,
        origins: e.length,
      };
    }),
  );
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function mean(values: readonly number[]): number {
  return values.length ? sum(values) / values.length : NaN;
}
