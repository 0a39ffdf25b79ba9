import type { ColumnKind, RecordRow } from '../engine/records';

export interface ResultShape {
  columns: { name: string; kind: ColumnKind }[];
  rows: number;
}

/** A chart choice for a query result: which mark and which columns. Pure; rendered by `plot/render`. */
export type AutoChart =
  | { mark: 'line'; x: string; y: string; series?: string }
  | { mark: 'bar'; x: string; y: string }
  | { mark: 'dot'; x: string; y: string; label?: string }
  | { mark: 'histogram'; x: string };

/**
 * Pick a chart when the result's shape allows one: time + number → line (by series when a text
 * column is present); text + number → ranked bars (≤ 60 rows); two numbers → scatter; one number →
 * histogram. Anything else, and results too small to chart (a single value is a number, not a
 * chart), gets no chart rather than a misleading one.
 */
export function chooseAutoChart(shape: ResultShape): AutoChart | null {
  if (shape.rows < 2) return null;
  const of = (kind: ColumnKind) => shape.columns.filter((c) => c.kind === kind).map((c) => c.name);
  const [time] = of('temporal');
  const numbers = of('numeric');
  const texts = of('text');
  const [y, y2] = numbers;
  if (time && y)
    return texts[0] ? { mark: 'line', x: time, y, series: texts[0] } : { mark: 'line', x: time, y };
  if (texts[0] && y && !y2 && shape.rows <= 60) return { mark: 'bar', x: texts[0], y };
  if (y && y2)
    return texts[0] ? { mark: 'dot', x: y, y: y2, label: texts[0] } : { mark: 'dot', x: y, y: y2 };
  if (y && texts.length === 0 && shape.rows >= 10) return { mark: 'histogram', x: y };
  return null;
}

/** Rows sorted for a ranked bar chart (largest first). */
export function rankRows(rows: readonly RecordRow[], y: string): RecordRow[] {
  return [...rows].sort((a, b) => Number(b[y] ?? 0) - Number(a[y] ?? 0));
}
