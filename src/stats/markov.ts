/**
 * Markov-chain pieces for stage forecasts: a transition matrix pooled from monthly count tables, a
 * roll-forward with inflow, and an empirical quantile. Pure and small; the toolkit decides what
 * the states mean.
 */

export type Matrix = number[][];

/**
 * Row-normalised transition matrix from summed count tables (`counts[t][from][to]`): each row is
 * its counts over their total; a row with no counts stays all zeros (nobody there to move).
 */
export function pooledMatrix(counts: readonly Matrix[], size: number): Matrix {
  const sum = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const table of counts)
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) sum[i]![j]! += table[i]?.[j] ?? 0;
  return sum.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((v) => (total > 0 ? v / total : 0));
  });
}

/** n·P + inflow: next month's heads per state from this month's. */
export function step(heads: readonly number[], P: Matrix, inflow: readonly number[]): number[] {
  return inflow.map((add, j) => heads.reduce((acc, n, i) => acc + n * (P[i]?.[j] ?? 0), add));
}

/** The q-quantile (0…1) of values, linear between order statistics (type 7, as R and NumPy). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}
