import { describe, expect, it } from 'vitest';
import {
  compare,
  interleave,
  pairedRatio,
  largerPeak,
  parseMarks,
  peakWasmMemory,
  quantile,
  roundOrder,
  summarize,
} from '../../../scripts/bench/stats.js';

describe('benchmark statistics', () => {
  it('computes medians and p95 by interpolation', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
    expect(quantile([], 0.5)).toBeNaN();
    expect(summarize([4, 2, 9, 1, 5])).toEqual({ n: 5, median: 4, p95: 8.2, min: 1 });
  });

  it('forms paired ratios round by round, so a slow round slows both sides alike', () => {
    // Round 2 ran in a slow spell, round 3 had an outlier: two rounds of three say 1.1, whereas
    // the ratio of the medians would say 16.5 / 10.
    expect(pairedRatio([11, 33, 16.5], [10, 30, 10])).toBeCloseTo(1.1);
    expect(pairedRatio([5, 6], [0, 4])).toBeCloseTo(1.5);
    expect(pairedRatio([], [])).toBeNaN();
  });

  it('reverses the order of the variants every other round', () => {
    expect(roundOrder(['lab', 'raw', 'native'], 0)).toEqual(['lab', 'raw', 'native']);
    expect(roundOrder(['lab', 'raw', 'native'], 1)).toEqual(['native', 'raw', 'lab']);
  });

  it('interleaves variants round-robin', () => {
    expect(interleave(['lab', 'raw'], 3)).toEqual(['lab', 'raw', 'lab', 'raw', 'lab', 'raw']);
  });

  it('reads the lab timeline from performance marks', () => {
    const marks = parseMarks([
      { name: 'navigationStart-ignored', startTime: 0 },
      { name: 'lab:engine-ready', startTime: 900 },
      { name: 'lab:dataset-ready:orders', startTime: 1100 },
      { name: 'lab:chart-drawn', startTime: 1250 },
      { name: 'lab:dataset-ready:events', startTime: 1900 },
      { name: 'lab:demo-ready', startTime: 2000 },
      { name: 'lab:chart-drawn', startTime: 2500 },
    ]);
    expect(marks).toEqual({
      engineReady: 900,
      demoReady: 2000,
      firstChart: 1250,
      datasets: [
        { table: 'orders', ms: 1100 },
        { table: 'events', ms: 1900 },
      ],
    });
    expect(parseMarks([])).toEqual({
      engineReady: null,
      demoReady: null,
      firstChart: null,
      datasets: [],
    });
  });

  it('takes the peak wasm memory from the memory marks of the lab', () => {
    const MB = 2 ** 20;
    const peak = peakWasmMemory([
      { name: 'lab:engine-ready' },
      { name: 'lab:memory', detail: { engineBytes: 64 * MB, readerBytes: null } },
      {
        name: 'lab:memory',
        detail: { engineBytes: 200 * MB, readerBytes: 30 * MB, inUseBytes: 150 * MB },
      },
      {
        name: 'lab:memory',
        detail: { engineBytes: 180 * MB, readerBytes: 40 * MB, inUseBytes: 90 * MB },
      },
      { name: 'lab:memory' },
    ]);
    expect(peak).toEqual({
      engineBytes: 200 * MB,
      readerBytes: 40 * MB,
      totalBytes: 240 * MB,
      inUseBytes: 150 * MB,
    });
    expect(peakWasmMemory([{ name: 'lab:chart-drawn' }])).toBeNull();
    expect(largerPeak(peak, null)).toBe(peak);
    expect(
      largerPeak(peak, {
        engineBytes: 300 * MB,
        readerBytes: 10 * MB,
        totalBytes: 310 * MB,
        inUseBytes: null,
      }),
    ).toEqual({
      engineBytes: 300 * MB,
      readerBytes: 40 * MB,
      totalBytes: 340 * MB,
      inUseBytes: 150 * MB,
    });
  });

  it('compares headline medians between two result files', () => {
    expect(compare({ a: 100, b: 50, gone: 1 }, { a: 80, b: 60, added: 3 })).toEqual([
      { key: 'a', before: 100, after: 80, change: -0.19999999999999996 },
      { key: 'b', before: 50, after: 60, change: 0.19999999999999996 },
    ]);
  });
});
