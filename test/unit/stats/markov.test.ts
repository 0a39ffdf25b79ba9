/**
 * The Markov pieces against NumPy (test/reference/markov.json, made by scripts/reference/markov.py):
 * pooled matrix, a twelve-month roll-forward with inflow and GMV, and the quantile of the band.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pooledMatrix, quantile, step } from '../../../src/stats/markov';
import { rollForward } from '../../../toolkits/ratecard/model';

const reference = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../reference/markov.json'), 'utf8'),
) as {
  tables: number[][][];
  P: number[][];
  inflow: number[];
  g: number[];
  no_stage: number;
  heads: number[];
  gmv: number[];
  values: number[];
  q10: number;
  q90: number;
};

describe('Markov roll-forward against NumPy', () => {
  it('pools twelve monthly count tables into the same matrix', () => {
    const P = pooledMatrix(reference.tables, 5);
    P.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(reference.P[i]![j]!, 12)));
  });

  it('rolls heads and GMV twelve months forward as NumPy does', () => {
    const fit = {
      P: reference.P,
      inflow: reference.inflow,
      gmvPerHead: reference.g,
      noStageGmv: reference.no_stage,
    };
    const gmv = rollForward(reference.heads, fit, 12);
    gmv.forEach((v, i) => expect(v).toBeCloseTo(reference.gmv[i]!, 6));
  });

  it('takes quantiles the way NumPy does (linear, type 7)', () => {
    expect(quantile(reference.values, 0.1)).toBeCloseTo(reference.q10, 12);
    expect(quantile(reference.values, 0.9)).toBeCloseTo(reference.q90, 12);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('steps heads through a matrix with inflow', () => {
    expect(
      step(
        [0, 10, 0],
        [
          [0, 0, 0],
          [0.5, 0.3, 0.2],
          [0, 0, 1],
        ],
        [0, 2, 0],
      ),
    ).toEqual([5, 5, 2]);
  });
});
