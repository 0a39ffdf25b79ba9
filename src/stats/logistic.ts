/**
 * Logistic regression by Newton's method (IRLS), unregularised, with standard errors from the
 * inverse Fisher information: the model the hit-product compass trains in the browser. A generic
 * ML package was not worth its bytes for one model of a handful of features. Pure.
 */

export interface LogisticFit {
  /** The intercept first, then one per feature. */
  coefficients: number[];
  standardErrors: number[];
  logLikelihood: number;
  iterations: number;
  /**
   * False when Newton's steps did not settle: the classes are (nearly) separable or the features
   * collinear, and the coefficients are not to be trusted.
   */
  converged: boolean;
}

const sigmoid = (eta: number) =>
  eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));

/** The inverse of a symmetric positive-definite matrix (Gauss–Jordan with pivoting), or null if singular. */
export function invert(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => [
    ...row,
    ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  ]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-12) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const lead = a[col]!;
    const scale = lead[col]!;
    for (let j = 0; j < 2 * n; j++) lead[j]! /= scale;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r]!;
      const factor = row[col]!;
      if (factor !== 0) for (let j = 0; j < 2 * n; j++) row[j]! -= factor * lead[j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/** P(y = 1) for each row of features under a fit. */
export function predictLogistic(
  fit: Pick<LogisticFit, 'coefficients'>,
  x: readonly (readonly number[])[],
): number[] {
  const [b0 = 0, ...b] = fit.coefficients;
  return x.map((row) => sigmoid(row.reduce((s, v, j) => s + v * (b[j] ?? 0), b0)));
}

/**
 * Fit P(y = 1 | x) = σ(b0 + b·x) by maximum likelihood. `x` holds the features of each row (no
 * intercept column), `y` its label (0 or 1).
 */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  { maxIterations = 100, tolerance = 1e-10 } = {},
): LogisticFit {
  const k = (x[0]?.length ?? 0) + 1;
  const design = x.map((row) => [1, ...row]);
  let beta = new Array<number>(k).fill(0);
  let converged = false;
  let iterations = 0;
  for (; iterations < maxIterations && !converged; iterations++) {
    // Score Xᵀ(y − p) and information XᵀWX, W = p(1 − p).
    const score = new Array<number>(k).fill(0);
    const fisher = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    design.forEach((row, i) => {
      const p = sigmoid(row.reduce((s, v, j) => s + v * beta[j]!, 0));
      const w = p * (1 - p);
      for (let a = 0; a < k; a++) {
        score[a]! += row[a]! * ((y[i] ?? 0) - p);
        for (let b = 0; b < k; b++) fisher[a]![b]! += w * row[a]! * row[b]!;
      }
    });
    const information = invert(fisher);
    if (!information) break;
    const step = information.map((r) => r.reduce((s, v, j) => s + v * score[j]!, 0));
    beta = beta.map((b, j) => b + step[j]!);
    converged = Math.max(...step.map(Math.abs)) < tolerance * (1 + Math.max(...beta.map(Math.abs)));
  }
  // Standard errors at the estimate: the information matrix there (one more pass).
  const fitted = design.map((row) => sigmoid(row.reduce((s, v, j) => s + v * beta[j]!, 0)));
  const fisher = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) =>
      design.reduce((s, row, i) => s + fitted[i]! * (1 - fitted[i]!) * row[a]! * row[b]!, 0),
    ),
  );
  const covariance = invert(fisher);
  const logLikelihood = fitted.reduce(
    (s, p, i) => s + ((y[i] ?? 0) === 1 ? Math.log(p) : Math.log(1 - p)),
    0,
  );
  return {
    coefficients: beta,
    standardErrors: beta.map((_, j) => Math.sqrt(covariance?.[j]?.[j] ?? Number.NaN)),
    logLikelihood,
    iterations,
    converged: converged && covariance !== null && beta.every(Number.isFinite),
  };
}
