// @ts-check
/** Statistics and mark parsing for the benchmark (pure; unit-tested). */

/** Quantile by linear interpolation between closest ranks. @param {number[]} values @param {number} q */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] ?? NaN;
  const b = sorted[upper] ?? NaN;
  return a + (b - a) * (position - lower);
}

/** @param {number[]} values */
export function summarize(values) {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    min: Math.min(...values),
  };
}

/**
 * The median of the per-round ratios a[i] / b[i]: the two variants of one round ran back to back,
 * so a slow spell of the machine slows both and cancels out, which a ratio of medians does not do.
 * @param {number[]} a @param {number[]} b
 */
export function pairedRatio(a, b) {
  const ratios = a.flatMap((x, i) => {
    const y = b[i];
    return y !== undefined && y > 0 && Number.isFinite(x) ? [x / y] : [];
  });
  return quantile(ratios, 0.5);
}

/**
 * The variants in round `round`'s order: reversed every other round, so neither always runs first
 * (right after another query, or on a warmer cache).
 * @template T @param {T[]} variants @param {number} round
 */
export function roundOrder(variants, round) {
  return round % 2 === 0 ? variants : [...variants].reverse();
}

/**
 * Order of runs: variants interleaved round-robin (a, b, c, a, b, c, …), so a noisy period of the
 * machine falls on every variant alike.
 * @template T @param {T[]} variants @param {number} runs
 */
export function interleave(variants, runs) {
  /** @type {T[]} */
  const order = [];
  for (let r = 0; r < runs; r++) order.push(...variants);
  return order;
}

/**
 * The lab's timeline from the page's performance marks (ms since navigation start).
 * @param {{ name: string, startTime: number }[]} entries
 */
export function parseMarks(entries) {
  const first = (/** @type {string} */ name) =>
    entries.find((e) => e.name === name)?.startTime ?? null;
  const datasets = entries
    .filter((e) => e.name.startsWith('lab:dataset-ready:'))
    .map((e) => ({ table: e.name.slice('lab:dataset-ready:'.length), ms: e.startTime }));
  return {
    engineReady: first('lab:engine-ready'),
    demoReady: first('lab:demo-ready'),
    firstChart: first('lab:chart-drawn'),
    datasets,
  };
}

/**
 * The engine's wasm memory at its peak, from the lab's `lab:memory` marks (each holds what DuckDB
 * and the Parquet reader held then; wasm memory never shrinks, so the largest is the peak), and the
 * most DuckDB itself said it used (`inUseBytes`; null when no reading had it).
 * @param {{ name: string, detail?: unknown }[]} entries
 * @returns {{ engineBytes: number, readerBytes: number, totalBytes: number, inUseBytes: number | null } | null}
 */
export function peakWasmMemory(entries) {
  const readings = entries
    .filter((e) => e.name === 'lab:memory' && e.detail && typeof e.detail === 'object')
    .map(
      (e) =>
        /** @type {{ engineBytes?: number | null, readerBytes?: number | null, inUseBytes?: number | null }} */ (
          e.detail
        ),
    );
  if (readings.length === 0) return null;
  const engineBytes = Math.max(...readings.map((r) => r.engineBytes ?? 0));
  const readerBytes = Math.max(...readings.map((r) => r.readerBytes ?? 0));
  const inUse = readings.flatMap((r) => (typeof r.inUseBytes === 'number' ? [r.inUseBytes] : []));
  const inUseBytes = inUse.length ? Math.max(...inUse) : null;
  return { engineBytes, readerBytes, totalBytes: engineBytes + readerBytes, inUseBytes };
}

/**
 * The larger of two peaks (either may be missing).
 * @param {ReturnType<typeof peakWasmMemory>} a @param {ReturnType<typeof peakWasmMemory>} b
 */
export function largerPeak(a, b) {
  if (!a || !b) return a ?? b;
  const engineBytes = Math.max(a.engineBytes, b.engineBytes);
  const readerBytes = Math.max(a.readerBytes, b.readerBytes);
  const inUseBytes =
    a.inUseBytes === null || b.inUseBytes === null
      ? (a.inUseBytes ?? b.inUseBytes)
      : Math.max(a.inUseBytes, b.inUseBytes);
  return { engineBytes, readerBytes, totalBytes: engineBytes + readerBytes, inUseBytes };
}

/**
 * Compare two result files' medians: { key, before, after, change } for keys in both.
 * @param {Record<string, number>} before @param {Record<string, number>} after
 */
export function compare(before, after) {
  return Object.keys(after)
    .filter((key) => typeof before[key] === 'number' && Number.isFinite(before[key]))
    .map((key) => ({
      key,
      before: /** @type {number} */ (before[key]),
      after: /** @type {number} */ (after[key]),
      change: /** @type {number} */ (after[key]) / /** @type {number} */ (before[key]) - 1,
    }));
}
