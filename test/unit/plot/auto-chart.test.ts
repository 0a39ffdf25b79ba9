import { describe, expect, it } from 'vitest';
import { chooseAutoChart, rankRows } from '../../../src/plot/auto-chart';

const shape = (
  rows: number,
  ...columns: [string, 'temporal' | 'numeric' | 'text' | 'boolean'][]
) => ({
  rows,
  columns: columns.map(([name, kind]) => ({ name, kind })),
});

describe('automatic chart choice', () => {
  it('draws time series as lines, by series when a text column is present', () => {
    expect(chooseAutoChart(shape(30, ['dt', 'temporal'], ['gmv', 'numeric']))).toEqual({
      mark: 'line',
      x: 'dt',
      y: 'gmv',
    });
    expect(
      chooseAutoChart(shape(30, ['dt', 'temporal'], ['brand', 'text'], ['gmv', 'numeric'])),
    ).toEqual({
      mark: 'line',
      x: 'dt',
      y: 'gmv',
      series: 'brand',
    });
  });
  it('ranks categories as bars only while they fit', () => {
    expect(chooseAutoChart(shape(12, ['brand', 'text'], ['gmv', 'numeric']))).toEqual({
      mark: 'bar',
      x: 'brand',
      y: 'gmv',
    });
    expect(chooseAutoChart(shape(500, ['brand', 'text'], ['gmv', 'numeric']))).toBeNull();
  });
  it('plots two numbers as a scatter and one as a histogram', () => {
    expect(chooseAutoChart(shape(50, ['x', 'numeric'], ['y', 'numeric']))).toEqual({
      mark: 'dot',
      x: 'x',
      y: 'y',
    });
    expect(chooseAutoChart(shape(50, ['x', 'numeric']))).toEqual({ mark: 'histogram', x: 'x' });
  });
  it('draws nothing for results too small or without a measure', () => {
    expect(chooseAutoChart(shape(1, ['n', 'numeric']))).toBeNull();
    expect(chooseAutoChart(shape(5, ['n', 'numeric']))).toBeNull();
    expect(chooseAutoChart(shape(0, ['dt', 'temporal'], ['gmv', 'numeric']))).toBeNull();
    expect(chooseAutoChart(shape(40, ['a', 'text'], ['b', 'text']))).toBeNull();
  });
  it('sorts ranked rows largest first', () => {
    expect(rankRows([{ v: 1 }, { v: 3 }, { v: 2 }], 'v').map((r) => r.v)).toEqual([3, 2, 1]);
  });
});
