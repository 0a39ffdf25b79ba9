/**
 * How good and how honest a model's probabilities are: AUC (with a bootstrap interval), Platt
 * scaling and isotonic calibration. Pure.
 */
import { fitLogistic } from './logistic';

/**
 * The area under the ROC curve: the chance a random positive scores above a random negative
 * (ties count half). NaN without both classes.
 */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => ({ s, y: labels[i] ?? 0 })).sort((a, b) => a.s - b.s);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]!.s === order[i]!.s) j++;
    const midRank = (i + 1 + j) / 2; // ranks i+1 … j share their mean
    for (let t = i; t < j; t++)
      if (order[t]!.y === 1) {
        positives++;
        rankSum += midRank;
      }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** A small seeded generator (mulberry32): the same interval for the same data, every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A percentile bootstrap interval of the AUC: `rounds` resamples of the rows with replacement
 * (those lacking a class are skipped), the `level` central share of their AUCs.
 */
export function aucInterval(
  scores: readonly number[],
  labels: readonly number[],
  { rounds = 1000, level = 0.95, seed = 1 } = {},
): { low: number; high: number; rounds: number } {
  const random = seededRandom(seed);
  const n = scores.length;
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const s: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      s.push(scores[k]!);
      y.push(labels[k]!);
    }
    const value = auc(s, y);
    if (Number.isFinite(value)) values.push(value);
  }
  values.sort((a, b) => a - b);
  const at = (q: number) =>
    values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))] ??
    Number.NaN;
  return { low: at((1 - level) / 2), high: at((1 + level) / 2), rounds: values.length };
}

/** Platt scaling: P(y = 1) = σ(intercept + slope × score), fitted by maximum likelihood. */
export function fitPlatt(
  scores: readonly number[],
  labels: readonly number[],
): { intercept: number; slope: number; converged: boolean } {
  const fit = fitLogistic(
    scores.map((s) => [s]),
    labels,
  );
  return { intercept: fit.coefficients[0]!, slope: fit.coefficients[1]!, converged: fit.converged };
}

/**
 * Isotonic calibration (pool adjacent violators): the non-decreasing step function of the score
 * closest to the labels in squared error, as the steps' ends (`x` ascending, `y` its value there);
 * between them it is read by linear interpolation, beyond them clipped (as scikit-learn does).
 */
export function fitIsotonic(
  scores: readonly number[],
  labels: readonly number[],
): { x: number[]; y: number[] } {
  // Equal scores are one point: their mean label, weighted by their count.
  const points = scores.map((s, i) => ({ s, y: labels[i] ?? 0 })).sort((a, b) => a.s - b.s);
  const blocks: { low: number; high: number; sum: number; weight: number }[] = [];
  for (const p of points) {
    const last = blocks.at(-1);
    if (last && last.high === p.s) {
      last.sum += p.y;
      last.weight += 1;
    } else blocks.push({ low: p.s, high: p.s, sum: p.y, weight: 1 });
    // Merge backwards while the means do not increase (equal steps merge too: one step).
    while (blocks.length > 1) {
      const b = blocks.at(-1)!;
      const a = blocks.at(-2)!;
      if (a.sum / a.weight < b.sum / b.weight) break;
      blocks.splice(-2, 2, {
        low: a.low,
        high: b.high,
        sum: a.sum + b.sum,
        weight: a.weight + b.weight,
      });
    }
  }
  const x: number[] = [];
  const y: number[] = [];
  for (const b of blocks) {
    x.push(b.low);
    y.push(b.sum / b.weight);
    if (b.high !== b.low) {
      x.push(b.high);
      y.push(b.sum / b.weight);
    }
  }
  return { x, y };
}

/** A calibrated probability from isotonic steps. */
export function isotonicAt(
  steps: { x: readonly number[]; y: readonly number[] },
  score: number,
): number {
  const { x, y } = steps;
  if (x.length === 0) return Number.NaN;
  if (score <= x[0]!) return y[0]!;
  if (score >= x.at(-1)!) return y.at(-1)!;
  let i = 1;
  while (x[i]! < score) i++;
  const t = (score - x[i - 1]!) / (x[i]! - x[i - 1]!);
  return y[i - 1]! + t * (y[i]! - y[i - 1]!);
}
