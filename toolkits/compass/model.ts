/**
 * The compass's model stage (pure; runs in the compute worker): a logistic regression of hit on a
 * launch's day-7 and day-14 KPIs, its five-fold cross-validated AUC with a bootstrap interval,
 * isotonic and Platt calibration of the held-out scores, the trajectories of past hits, and each
 * current launch's P(hit) and traffic light.
 */
import type { ResultData, RecordRow } from '../../src/panel/contract';
import { aucInterval, auc, fitIsotonic, fitPlatt, isotonicAt } from '../../src/stats/calibration';
import { fitLogistic, predictLogistic } from '../../src/stats/logistic';
import { CHECKPOINTS } from './queries';

/** The features in model order (metrics.md §2.2); each is read at day 7 or 14 (`<name>_<day>`). */
export const FEATURES = [
  'ctr',
  'fav_cart',
  'conversion',
  'target_share',
  'price_vs_category',
  'engagement',
  'new_share',
] as const;
export type Feature = (typeof FEATURES)[number];

/** Fewer launches or hits than these and the fit is flagged as not to be trusted. */
export const TRUST = { launches: 150, hits: 10 };
const FOLDS = 5;

export interface DayModel {
  day: 7 | 14;
  launches: number;
  hits: number;
  /** Per standard deviation of each feature; the intercept first. */
  coefficients: { term: 'intercept' | Feature; estimate: number; se: number; z: number }[];
  converged: boolean;
  auc: number;
  interval: { low: number; high: number };
  /** Held-out predictions in five bins of equal count: mean predicted, observed hit rate, launches. */
  bins: { predicted: number; observed: number; n: number }[];
  isotonic: { x: number[]; y: number[] };
  platt: { intercept: number; slope: number };
  /** Standardisation and imputation the fit used (to score new launches the same way). */
  means: number[];
  sds: number[];
  fit: number[];
}

export type Light = 'green' | 'amber' | 'red';

export interface TrackedLaunch {
  product_id: number;
  age: number;
  buyers: (number | null)[];
  /** Calibrated P(hit) from the day-7 and the day-14 model (null before day 14). */
  p7: number | null;
  p14: number | null;
  light: Light;
}

export interface CompassModel {
  models: DayModel[];
  /** Cumulative buyers of past hits at days 7, 14, 30: P25, P50, P80. */
  trajectory: { day: number; p25: number; p50: number; p80: number }[];
  launches: TrackedLaunch[];
  tooFew: boolean;
}

const num = (v: unknown): number | null =>
  v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);

const columnOf = (feature: Feature, day: number) =>
  feature === 'price_vs_category' ? feature : `${feature}_${day}`;

/** The p-quantile by linear interpolation (DuckDB's quantile_cont). */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return (
    sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!)
  );
}

/** Folds stratified by label: hits and non-hits, each in product order, dealt round the folds. */
export function stratifiedFolds(labels: readonly number[]): number[] {
  const fold = new Array<number>(labels.length).fill(0);
  for (const cls of [0, 1]) {
    let k = 0;
    labels.forEach((y, i) => {
      if (y === cls) fold[i] = k++ % FOLDS;
    });
  }
  return fold;
}

function standardise(rows: readonly RecordRow[], day: number) {
  const raw = rows.map((r) => FEATURES.map((f) => num(r[columnOf(f, day)])));
  const means = FEATURES.map((_, j) => {
    const present = raw.map((x) => x[j]).filter((v): v is number => v !== null);
    return present.length ? present.reduce((s, v) => s + v, 0) / present.length : 0;
  });
  const sds = FEATURES.map((_, j) => {
    const present = raw.map((x) => x[j]).filter((v): v is number => v !== null);
    const m = means[j]!;
    const variance =
      present.reduce((s, v) => s + (v - m) ** 2, 0) / Math.max(1, present.length - 1);
    return Math.sqrt(variance) || 1;
  });
  return { means, sds, x: raw.map((row) => scale(row, means, sds)) };
}

/** A launch's features on the training scale; a missing one (no buyers yet) is the mean. */
const scale = (row: readonly (number | null)[], means: number[], sds: number[]) =>
  row.map((v, j) => ((v ?? means[j]!) - means[j]!) / sds[j]!);

/**
 * One day's model. `rounds` bootstrap resamples give the AUC's interval; 0 skips them (an alert
 * that only needs the predictions, run on the main thread).
 */
export function fitDay(rows: readonly RecordRow[], day: 7 | 14, rounds = 1000): DayModel | null {
  const train = rows.filter((r) => r.role === 'train' && num(r[`ctr_${day}`]) !== null);
  const y = train.map((r) => (r.hit ? 1 : 0));
  const hits = y.reduce<number>((s, v) => s + v, 0);
  if (hits < 2 || train.length - hits < 2) return null;
  const { means, sds, x } = standardise(train, day);
  const full = fitLogistic(x, y);
  // Five-fold cross-validation: every launch is scored by a model that never saw it.
  const folds = stratifiedFolds(y);
  const held = new Array<number>(train.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (i: number) => folds[i] === k;
    const fit = fitLogistic(
      x.filter((_, i) => !inFold(i)),
      y.filter((_, i) => !inFold(i)),
    );
    const scores = predictLogistic(
      fit,
      x.filter((_, i) => inFold(i)),
    );
    let n = 0;
    x.forEach((_, i) => {
      if (inFold(i)) held[i] = scores[n++]!;
    });
  }
  const order = held.map((_, i) => i).sort((a, b) => held[a]! - held[b]! || a - b);
  const bins = Array.from({ length: 5 }, (_, b) => {
    const members = order.slice(
      Math.floor((b * order.length) / 5),
      Math.floor(((b + 1) * order.length) / 5),
    );
    return {
      predicted: members.reduce((s, i) => s + held[i]!, 0) / members.length,
      observed: members.reduce((s, i) => s + y[i]!, 0) / members.length,
      n: members.length,
    };
  });
  const platt = fitPlatt(held, y);
  return {
    day,
    launches: train.length,
    hits,
    coefficients: full.coefficients.map((estimate, j) => ({
      term: j === 0 ? 'intercept' : FEATURES[j - 1]!,
      estimate,
      se: full.standardErrors[j]!,
      z: estimate / full.standardErrors[j]!,
    })),
    converged: full.converged,
    auc: auc(held, y),
    interval: rounds
      ? aucInterval(held, y, { rounds, seed: 7 })
      : { low: Number.NaN, high: Number.NaN },
    bins,
    isotonic: fitIsotonic(held, y),
    platt: { intercept: platt.intercept, slope: platt.slope },
    means,
    sds,
    fit: full.coefficients,
  };
}

/** A launch's calibrated P(hit) under one day's model (isotonic on held-out scores). */
export function scoreLaunch(model: DayModel, row: RecordRow): number | null {
  if (num(row[`ctr_${model.day}`]) === null) return null;
  const x = scale(
    FEATURES.map((f) => num(row[columnOf(f, model.day)])),
    model.means,
    model.sds,
  );
  const [raw] = predictLogistic({ coefficients: model.fit }, [x]);
  return isotonicAt(model.isotonic, raw!);
}

export function computeCompass(data: ResultData, rounds = 1000): CompassModel {
  const models = ([7, 14] as const)
    .map((day) => fitDay(data.rows, day, rounds))
    .filter((m) => m !== null);
  const pastHits = data.rows.filter((r) => r.role === 'train' && r.hit);
  const trajectory = CHECKPOINTS.map((day) => {
    const values = pastHits
      .map((r) => num(r[`buyers_${day}`]))
      .filter((v): v is number => v !== null);
    return {
      day,
      p25: quantile(values, 0.25),
      p50: quantile(values, 0.5),
      p80: quantile(values, 0.8),
    };
  });
  const byDay = new Map(models.map((m) => [m.day, m]));
  const launches = data.rows
    .filter((r) => r.role === 'current')
    .map((r): TrackedLaunch => {
      const buyers = CHECKPOINTS.map((day) => num(r[`buyers_${day}`]));
      // The light compares the latest checkpoint the launch has reached with past hits there.
      const last = buyers.findLastIndex((v) => v !== null);
      const bar = trajectory[last];
      const value = buyers[last] ?? 0;
      const light: Light = !bar
        ? 'red'
        : value >= bar.p50
          ? 'green'
          : value >= bar.p25
            ? 'amber'
            : 'red';
      const p7 = byDay.get(7);
      const p14 = byDay.get(14);
      return {
        product_id: Number(r.product_id),
        age: Number(r.age),
        buyers,
        p7: p7 ? scoreLaunch(p7, r) : null,
        p14: p14 ? scoreLaunch(p14, r) : null,
        light,
      };
    });
  const main = byDay.get(14) ?? models[0];
  return {
    models,
    trajectory,
    launches,
    tooFew: !main || main.launches < TRUST.launches || main.hits < TRUST.hits,
  };
}
