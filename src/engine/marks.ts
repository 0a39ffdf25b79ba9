/**
 * Performance marks at the moments the benchmark measures (performance.md): standard User Timing
 * entries that `npm run bench` reads from the page, costless otherwise.
 */
export const MARKS = {
  engineReady: 'lab:engine-ready',
  demoReady: 'lab:demo-ready',
  datasetReady: (table: string) => `lab:dataset-ready:${table}`,
  chartDrawn: 'lab:chart-drawn',
  /** The engine's wasm memory, read after engine work; its detail is an EngineMemory. */
  memory: 'lab:memory',
} as const;

export function mark(name: string, detail?: unknown): void {
  globalThis.performance?.mark?.(name, detail === undefined ? undefined : { detail });
}

/** Mark once the browser has painted the next frame (a chart is drawn when it is on screen). */
export function markAfterPaint(name: string): void {
  if (typeof requestAnimationFrame !== 'function') return mark(name);
  requestAnimationFrame(() => setTimeout(() => mark(name), 0));
}
