/**
 * The lab's one palette, by role, so a deck reads the same in every chart: the focus brand (the
 * lab's orange) against competitors and earlier periods (grey), the category median (dark, dashed),
 * ranges (light grey), up and down (green and red). Series without a role take SERIES in order,
 * the focus colour first. Colours are literal (not CSS variables) so exported SVG and PNG keep them.
 */
export const PALETTE = {
  focus: '#ff5000',
  compare: '#868e96',
  median: '#343a40',
  band: '#e9ecef',
  up: '#2f9e44',
  down: '#e03131',
  muted: '#667085',
} as const;

/** Distinct hues for series with no role (brands in a legend, statuses, crowds). */
export const SERIES = [
  '#ff5000',
  '#1c7ed6',
  '#2f9e44',
  '#f59f00',
  '#7048e8',
  '#0ca678',
  '#e64980',
  '#868e96',
  '#a61e4d',
  '#364fc7',
] as const;

/** A categorical colour scale over SERIES, with its legend. */
export function seriesColors(domain?: readonly string[]) {
  return {
    type: 'categorical' as const,
    range: [...SERIES],
    legend: true,
    ...(domain ? { domain: [...domain] } : {}),
  };
}

/**
 * The opacity of a clickable mark: marks outside the panel's own click selection fade, so the
 * clicked panel shows what it selected while it keeps every mark to click (it is not filtered).
 */
export function selectionOpacity(
  selected: readonly string[] | undefined,
  field: string,
  base = 1,
): number | ((d: Record<string, unknown>) => number) {
  if (!selected?.length) return base;
  const chosen = new Set(selected);
  return (d) => (chosen.has(String(d[field])) ? base : base * 0.25);
}
