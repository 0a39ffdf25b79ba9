/**
 * The compass's statistics: exact values on tiny hand-checked data, then the same fits as
 * statsmodels and scikit-learn on a 60-row reference set (test/reference/logistic.json, made by
 * scripts/reference/logistic.py).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitLogistic, invert, predictLogistic } from '../../../src/stats/logistic';
import {
  auc,
  aucInterval,
  fitIsotonic,
  fitPlatt,
  isotonicAt,
} from '../../../src/stats/calibration';

interface Reference {
  x: number[][];
  y: number[];
  coefficients: number[];
  standard_errors: number[];
  log_likelihood: number;
  probabilities: number[];
  auc: number;
  platt: { intercept: number; slope: number };
  isotonic: { x: number[]; y: number[] };
}
const reference = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../reference/logistic.json'), 'utf8'),
) as Reference;

describe('logistic regression, by hand', () => {
  it('fits one binary feature exactly: the log-odds of each group and their standard errors', () => {
    // x = 0: 1 of 4 positive → b0 = ln(1/3); x = 1: 3 of 4 → b1 = ln 3 − ln(1/3) = 2 ln 3.
    // Var b0 = 1 / (4 · ¼ · ¾) = 4/3; Var b1 = 4/3 + 4/3 = 8/3.
    const x = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const y = [1, 0, 0, 0, 1, 1, 1, 0];
    const fit = fitLogistic(x, y);
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(1 / 3), 10);
    expect(fit.coefficients[1]).toBeCloseTo(2 * Math.log(3), 10);
    expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt(4 / 3), 10);
    expect(fit.standardErrors[1]).toBeCloseTo(Math.sqrt(8 / 3), 10);
    expect(predictLogistic(fit, [[0], [1]]).map((p) => +p.toFixed(10))).toEqual([0.25, 0.75]);
    // log L = 2 × (ln ¼ + 3 ln ¾)
    expect(fit.logLikelihood).toBeCloseTo(2 * (Math.log(0.25) + 3 * Math.log(0.75)), 10);
  });

  it('says it did not converge when the classes are separable', () => {
    const fit = fitLogistic([[0], [1], [2], [3]], [0, 0, 1, 1]);
    expect(fit.converged).toBe(false);
  });

  it('inverts a matrix, and knows a singular one', () => {
    expect(
      invert([
        [2, 1],
        [1, 1],
      ]),
    ).toEqual([
      [1, -1],
      [-1, 2],
    ]);
    expect(
      invert([
        [1, 2],
        [2, 4],
      ]),
    ).toBeNull();
  });
});

describe('AUC and calibration, by hand', () => {
  it('ranks: AUC counts positives above negatives, ties half', () => {
    // Pairs (pos, neg): 0.9 > 0.1, 0.9 > 0.5; 0.5 = 0.5 (½), 0.5 > 0.1 → 3.5 of 4.
    expect(auc([0.1, 0.5, 0.5, 0.9], [0, 0, 1, 1])).toBe(0.875);
    expect(auc([0.1, 0.2], [1, 1])).toBeNaN();
  });

  it('pools adjacent violators into a non-decreasing step function', () => {
    // Labels by score 1..5: 0, 1, 0, 1, 1 → (1 0) pools to ½ at scores 2–3.
    const steps = fitIsotonic([1, 2, 3, 4, 5], [0, 1, 0, 1, 1]);
    expect(steps).toEqual({ x: [1, 2, 3, 4, 5], y: [0, 0.5, 0.5, 1, 1] });
    expect(isotonicAt(steps, 1.5)).toBe(0.25);
    expect(isotonicAt(steps, 9)).toBe(1);
    // Equal scores are one point with their mean label.
    expect(fitIsotonic([1, 1, 2], [0, 1, 1])).toEqual({ x: [1, 2], y: [0.5, 1] });
  });

  it('gives the same bootstrap interval for the same seed, around the AUC', () => {
    const s = reference.probabilities;
    const a = aucInterval(s, reference.y, { rounds: 300, seed: 7 });
    expect(aucInterval(s, reference.y, { rounds: 300, seed: 7 })).toEqual(a);
    expect(a.low).toBeLessThan(reference.auc);
    expect(a.high).toBeGreaterThan(reference.auc);
    expect(a.rounds).toBe(300);
  });
});

describe('against statsmodels and scikit-learn (reference fit)', () => {
  const fit = fitLogistic(reference.x, reference.y);
  const p = predictLogistic(fit, reference.x);

  it('has the same coefficients, standard errors and log-likelihood (Logit, Newton)', () => {
    expect(fit.converged).toBe(true);
    fit.coefficients.forEach((b, j) => expect(b).toBeCloseTo(reference.coefficients[j]!, 8));
    fit.standardErrors.forEach((se, j) => expect(se).toBeCloseTo(reference.standard_errors[j]!, 8));
    expect(fit.logLikelihood).toBeCloseTo(reference.log_likelihood, 8);
  });

  it('has the same AUC, Platt parameters and isotonic steps', () => {
    // In-sample, Platt on the model's own log-odds changes nothing: intercept 0, slope 1.
    const identity = fitPlatt(
      p.map((q) => Math.log(q / (1 - q))),
      reference.y,
    );
    expect(identity.intercept).toBeCloseTo(0, 8);
    expect(identity.slope).toBeCloseTo(1, 8);
    expect(auc(p, reference.y)).toBeCloseTo(reference.auc, 12);
    // Platt on the first feature as a score (on the model's own log-odds it is the identity).
    const platt = fitPlatt(
      reference.x.map((r) => r[0]!),
      reference.y,
    );
    expect(platt.intercept).toBeCloseTo(reference.platt.intercept, 8);
    expect(platt.slope).toBeCloseTo(reference.platt.slope, 8);
    const steps = fitIsotonic(p, reference.y);
    expect(steps.x.length).toBe(reference.isotonic.x.length);
    steps.x.forEach((x, i) => expect(x).toBeCloseTo(reference.isotonic.x[i]!, 10));
    steps.y.forEach((y, i) => expect(y).toBeCloseTo(reference.isotonic.y[i]!, 10));
  });
});
