import * as Plot from '@observablehq/plot';
/**
 * Fitting text into a chart without a renderer at hand: widths estimated from the characters (a
 * CJK glyph is about one em, Latin text about 0.6 em), good enough to choose a layout that keeps
 * labels apart and inside the figure. The browser layout test measures the real boxes.
 */

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Estimated width in pixels of `text` at `fontSize`. */
export function textWidth(text: string, fontSize = 10): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.62;
  return em * fontSize;
}

/**
 * Text broken into lines of at most `width` px (at spaces; text without spaces, such as Chinese,
 * between any two characters), for a label that has room for a few short lines but not one long.
 */
export function wrapText(text: string, width: number, fontSize = 10): string {
  const spaced = /\s/.test(text.trim());
  const words = spaced ? text.trim().split(/\s+/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line}${spaced ? ' ' : ''}${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** The width of the widest line of a multi-line text. */
export const linesWidth = (text: string, fontSize = 10) =>
  Math.max(0, ...text.split('\n').map((l) => textWidth(l, fontSize)));

/**
 * Tick labels of a band (categorical) axis across `available` pixels: level when each fits its
 * band, else slanted, else upright; with the bottom margin that holds them.
 */
export function bandTicks(
  labels: readonly string[],
  available: number,
  fontSize = 10,
): { tickRotate: number; marginBottom: number } {
  const band = available / Math.max(1, labels.length);
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  if (widest + 6 <= band) return { tickRotate: 0, marginBottom: 30 };
  // Slanted labels stand apart when the band exceeds a line's height over sin(angle).
  const line = fontSize * 1.5;
  const angle = band * Math.sin(Math.PI / 6) >= line ? 30 : 90;
  const drop = widest * Math.sin((angle * Math.PI) / 180) + fontSize;
  return { tickRotate: -angle, marginBottom: Math.min(200, Math.ceil(drop + 14)) };
}

/**
 * The left margin that holds a band axis's labels (English names run longer than Chinese ones):
 * the widest label plus the tick's gap, at least `min`.
 */
export function bandMargin(labels: readonly string[], fontSize = 10, min = 40): number {
  return Math.max(min, Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, fontSize)))) + 14);
}

export interface LabelPoint {
  /** Position in pixels. */
  x: number;
  y: number;
  /** Radius of the mark the label belongs to, in pixels. */
  r: number;
  text: string;
}

export type LabelPlacement = 'above' | 'below' | 'right' | 'left' | 'hidden';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Where each point's label goes: above its mark, else below, right or left, whichever first keeps
 * clear of the labels placed before it and inside the frame; else hidden (the tooltip still has
 * it). Larger marks are placed first (they anchor the reading).
 */
export function placeLabels(
  points: readonly LabelPoint[],
  frame: { width: number; height: number },
  fontSize = 10,
): LabelPlacement[] {
  const height = fontSize * 1.3;
  const boxFor = (p: LabelPoint, at: Exclude<LabelPlacement, 'hidden'>): Box => {
    const w = textWidth(p.text, fontSize);
    const a = labelAnchor(p, at);
    const { textAnchor, lineAnchor } = LABEL_ANCHORS[at];
    const left = textAnchor === 'middle' ? a.x - w / 2 : textAnchor === 'start' ? a.x : a.x - w;
    const top =
      lineAnchor === 'middle' ? a.y - height / 2 : lineAnchor === 'top' ? a.y : a.y - height;
    return { left, right: left + w, top, bottom: top + height };
  };
  const clear = (a: Box, b: Box) =>
    a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
  const inside = (b: Box) =>
    b.left >= 0 && b.top >= 0 && b.right <= frame.width && b.bottom <= frame.height;
  const placed: Box[] = [];
  const result: LabelPlacement[] = points.map(() => 'hidden');
  const order = points.map((_, i) => i).sort((i, j) => points[j]!.r - points[i]!.r);
  for (const i of order) {
    const point = points[i]!;
    for (const at of ['above', 'below', 'right', 'left'] as const) {
      const box = boxFor(point, at);
      if (inside(box) && placed.every((other) => clear(box, other))) {
        placed.push(box);
        result[i] = at;
        break;
      }
    }
  }
  return result;
}

/** How a label sits on its anchor point (Plot's textAnchor and lineAnchor). */
export const LABEL_ANCHORS = {
  above: { textAnchor: 'middle', lineAnchor: 'bottom' },
  below: { textAnchor: 'middle', lineAnchor: 'top' },
  right: { textAnchor: 'start', lineAnchor: 'middle' },
  left: { textAnchor: 'end', lineAnchor: 'middle' },
} as const;

/** The pixel point a label placed `at` hangs from (see LABEL_ANCHORS). */
export function labelAnchor(
  p: LabelPoint,
  at: Exclude<LabelPlacement, 'hidden'>,
): { x: number; y: number } {
  switch (at) {
    case 'above':
      return { x: p.x, y: p.y - p.r - 2 };
    case 'below':
      return { x: p.x, y: p.y + p.r + 2 };
    case 'right':
      return { x: p.x + p.r + 3, y: p.y };
    case 'left':
      return { x: p.x - p.r - 3, y: p.y };
  }
}

/** A linear scale from `domain` to pixels `range`, and back. */
export function linear(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return {
    toPixel: (v: number) => r0 + ((v - d0) / span) * (r1 - r0),
    fromPixel: (px: number) => d0 + ((px - r0) / (r1 - r0)) * span,
  };
}

/** `values`' extent (with `include`) widened by `pad` of its span on each side. */
export function paddedExtent(
  values: readonly number[],
  pad = 0.05,
  include: readonly number[] = [],
): [number, number] {
  const all = [...values, ...include].filter(Number.isFinite);
  if (!all.length) return [0, 1];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || Math.abs(hi) || 1;
  return [lo - span * pad, hi + span * pad];
}

/**
 * Labels for points whose pixel positions are known (the chart's domains are explicit): one text
 * mark per side, each label where `placeLabels` put it, in data coordinates; hidden ones dropped.
 */
export function pointLabelMarks<T>(
  rows: readonly T[],
  at: {
    x: (d: T) => number;
    y: (d: T) => number;
    r: (d: T) => number;
    text: (d: T) => string;
  },
  scales: { x: ReturnType<typeof linear>; y: ReturnType<typeof linear> },
  frame: { width: number; height: number },
  style: { fontSize?: number; fill?: string } = {},
): Plot.Markish[] {
  const fontSize = style.fontSize ?? 10;
  const points = rows.map((d) => ({
    x: scales.x.toPixel(at.x(d)),
    y: scales.y.toPixel(at.y(d)),
    r: at.r(d),
    text: at.text(d),
  }));
  const placement = placeLabels(points, frame, fontSize);
  return (['above', 'below', 'right', 'left'] as const).map((side) => {
    const labels = points.flatMap((p, i) => {
      if (placement[i] !== side) return [];
      const anchor = labelAnchor(p, side);
      return [{ x: scales.x.fromPixel(anchor.x), y: scales.y.fromPixel(anchor.y), text: p.text }];
    });
    return Plot.text(labels, {
      x: 'x',
      y: 'y',
      text: 'text',
      fontSize,
      // Plot leaves a stroked text unfilled unless told.
      fill: style.fill ?? 'currentColor',
      // A white halo keeps a label readable where it crosses another mark.
      stroke: 'white',
      strokeWidth: 3,
      paintOrder: 'stroke',
      ...LABEL_ANCHORS[side],
    });
  });
}
