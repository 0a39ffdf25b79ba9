/** The mind map's charts: the map itself, the pillar radar, the pillar trend. */
import * as Plot from '@observablehq/plot';
import { hierarchy, tree } from 'd3-hierarchy';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric, timeAxis } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { PALETTE, SERIES } from '../../src/plot/palette';
import { textWidth } from '../../src/plot/fit';
import { buildRadarPlot } from '../../panels/radar/plot';
import { CONTENT_TYPES, CROWDS, labelOf } from '../common/labels';
import { METRIC_BY_CODE, PILLAR_NAMES, PILLARS } from './metrics';

const DRIVER_WORDS = {
  crowd: { zh: '驱动人群：', en: 'Driving crowd: ' },
  content: { zh: '驱动内容：', en: 'Driving content: ' },
};

const WORDS = {
  percentile: { zh: '行业百分位', en: 'Industry percentile' },
  score: { zh: '得分', en: 'score' },
  brand: { zh: '本品牌', en: 'Brand' },
  median: { zh: '行业中位', en: 'Category median' },
  pillarScore: { zh: '支柱得分（行业百分位均值）', en: 'Pillar score (mean industry percentile)' },
};

/**
 * The ramp legend's end labels (0, 100) centre on its ends: margins keep them inside it. Plot
 * passes a scale's legend options through; its types do not list them, hence a spread.
 */
export const RAMP_MARGINS = { marginLeft: 8, marginRight: 14 };

/** Percentiles read red (behind the category) through grey to green (ahead of it). */
export const STRENGTH = {
  type: 'diverging' as const,
  domain: [0, 100],
  pivot: 50,
  range: [PALETTE.down, '#ced4da', PALETTE.up],
  interpolate: 'rgb' as const,
};

export interface MapNode {
  id: string;
  /** The pillar a pillar node stands for (what a click on it folds or unfolds). */
  pillar?: string;
  depth: number;
  x: number;
  y: number;
  label: string;
  pct: number | null;
}

/** A driver under its pillar: the crowd (or content type) that moves it, with its strength. */
export function driverName(r: RecordRow, locale: PlotData['locale']): string {
  const kind = r.metric === 'driver_content' ? 'content' : 'crowd';
  const name = labelOf(kind === 'content' ? CONTENT_TYPES : CROWDS, r.driver, locale);
  return `${pick(DRIVER_WORDS[kind], locale)}${name}`;
}

function driverItem(r: RecordRow, locale: PlotData['locale']) {
  const pct = r.pct === null || r.pct === undefined ? null : Number(r.pct);
  return {
    id: String(r.metric),
    label: `${driverName(r, locale)}${pct === null ? '' : ` · ${Math.round(pct)}`}`,
    pct,
  };
}

/**
 * The map's layout (d3-hierarchy's tidy tree, left to right): the brand, its three pillars, their
 * sub-metrics; each node with its label and its industry percentile (a pillar's is its score).
 */
export function mindMapLayout(
  rows: readonly RecordRow[],
  brand: string,
  locale: PlotData['locale'],
  rowHeight: number,
  folded: readonly string[] = [],
): { nodes: MapNode[]; links: { from: MapNode; to: MapNode }[]; height: number } {
  interface Item {
    id: string;
    label: string;
    pct: number | null;
    children?: Item[];
  }
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const pillars: Item[] = PILLARS.map((pillar) => {
    const own = rows.filter((r) => r.pillar === pillar);
    const score = num(own[0]?.score);
    const fold = folded.includes(pillar);
    return {
      id: pillar,
      // A folded pillar says how many sub-metrics it holds.
      label: `${pick(PILLAR_NAMES[pillar], locale)} ${score === null ? '—' : Math.round(score)}${fold ? ` (+${own.length})` : ''}`,
      pct: score,
      children: (fold ? [] : own).map((r) => {
        if (r.driver !== null && r.driver !== undefined) return driverItem(r, locale);
        const metric = METRIC_BY_CODE.get(String(r.metric));
        const value = formatMetric(locale, r.value, metric?.kind);
        const pct = num(r.pct);
        const rank = pct === null ? '' : ` · P${Math.round(pct)}`;
        return {
          id: String(r.metric),
          label: `${metric ? pick(metric.name, locale) : String(r.metric)} ${value}${rank}`,
          pct,
        };
      }),
    };
  });
  const scores = pillars.map((p) => p.pct).filter((v): v is number => v !== null);
  const overall = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  const root = hierarchy<Item>({
    id: 'brand',
    label: overall === null ? brand : `${brand} ${Math.round(overall)}`,
    pct: overall,
    children: pillars,
  });
  const laid = tree<Item>().nodeSize([rowHeight, 1])(root);
  const top = Math.min(...laid.descendants().map((n) => n.x));
  const byNode = new Map<unknown, MapNode>();
  for (const n of laid.descendants())
    byNode.set(n, {
      id: n.data.id,
      ...(n.depth === 1 ? { pillar: n.data.id } : {}),
      depth: n.depth,
      x: 0, // the caller places the columns (they depend on the labels' widths)
      y: n.x - top + rowHeight,
      label: n.data.label,
      pct: n.data.pct,
    });
  const nodes = [...byNode.values()];
  const links = laid.links().map((l) => ({
    from: byNode.get(l.source) as MapNode,
    to: byNode.get(l.target) as MapNode,
  }));
  return { nodes, links, height: Math.max(...nodes.map((n) => n.y)) + rowHeight };
}

/**
 * The brand mind map: the brand, its pillars (score = mean percentile) and their sub-metrics
 * (value and percentile), each dot coloured and sized by its percentile in the industry.
 */
export function buildMindMapPlot(data: PlotData): Plot.PlotOptions {
  const brand = String(data.rows[0]?.brand ?? '');
  const layout = mindMapLayout(data.rows, brand, data.locale, 26, data.folded);
  // Columns: the brand at the left edge; the pillars past the brand's label; the sub-metrics
  // where their longest label still ends inside the figure (or right after the pillars).
  const widest = (depth: number, size: number) =>
    Math.max(
      0,
      ...layout.nodes.filter((n) => n.depth === depth).map((n) => textWidth(n.label, size)),
    );
  const pillarAt = Math.max(widest(0, 13) + 10, Math.min(0.25 * data.width, 200));
  const leafAt = Math.max(
    pillarAt + widest(1, 13) - 20,
    Math.min(data.width - widest(2, 11) - 16, pillarAt + 220),
  );
  const columns = [12, pillarAt, leafAt];
  for (const n of layout.nodes) n.x = columns[n.depth] ?? 0;
  const r = (d: MapNode) => (d.depth === 0 ? 9 : 4 + 4 * ((d.pct ?? 50) / 100));
  return {
    width: data.width,
    height: layout.height + 40,
    margin: 0,
    marginTop: 10,
    marginBottom: 30,
    x: { domain: [0, data.width], axis: null },
    r: { type: 'identity' },
    y: { domain: [layout.height + 10, 0], axis: null },
    color: {
      ...STRENGTH,
      legend: true,
      label: pick(WORDS.percentile, data.locale),
      ...RAMP_MARGINS,
    },
    marks: [
      Plot.link(layout.links, {
        x1: (l: { from: MapNode }) => l.from.x,
        y1: (l: { from: MapNode }) => l.from.y,
        x2: (l: { to: MapNode }) => l.to.x,
        y2: (l: { to: MapNode }) => l.to.y,
        curve: 'bump-x',
        stroke: '#ced4da',
      }),
      Plot.dot(layout.nodes, {
        x: 'x',
        y: 'y',
        r,
        fill: (d: MapNode) => d.pct ?? 50,
        stroke: 'white',
        // The pointer's datum is what a click folds (a pillar); the tip says what the dot is.
        channels: { node: 'label' },
        tip: { format: { x: false, y: false, r: false, fill: false } },
      }),
      // Leaves to the right of their dot; the brand and pillars above theirs, clear of the links.
      Plot.text(
        layout.nodes.filter((n) => n.depth === 2),
        { x: 'x', y: 'y', text: 'label', dx: 10, textAnchor: 'start', fontSize: 11 },
      ),
      Plot.text(
        layout.nodes.filter((n) => n.depth < 2),
        {
          x: 'x',
          y: 'y',
          text: 'label',
          dy: -14,
          textAnchor: 'start',
          dx: -8,
          fontSize: 13,
          fontWeight: 600,
          stroke: 'white',
          strokeWidth: 3,
          fill: 'currentColor',
        },
      ),
    ],
  };
}

/** Pillar scores on one 0–100 scale: the brand, the category median, the three strongest others. */
export function buildPillarRadarPlot(data: PlotData): Plot.PlotOptions {
  const seriesName = (r: RecordRow) =>
    r.series === 'median' ? pick(WORDS.median, data.locale) : String(r.brand);
  const names = [...new Set(data.rows.map(seriesName))];
  const rows = names.map((series) => {
    const own = data.rows.filter((r) => seriesName(r) === series);
    return {
      series,
      ...Object.fromEntries(own.map((r) => [String(r.pillar), Number(r.score ?? 0)])),
    };
  });
  const focus = String(data.rows.find((r) => r.is_focus)?.brand ?? '');
  const median = pick(WORDS.median, data.locale);
  const others = names.filter((n) => n !== focus && n !== median);
  return buildRadarPlot(
    { axes: [...PILLARS] },
    {
      ...data,
      rows,
      names: Object.fromEntries(PILLARS.map((p) => [p, pick(PILLAR_NAMES[p], data.locale)])),
    },
    {
      scale: 100,
      color: {
        domain: [focus, median, ...others],
        range: [PALETTE.focus, PALETTE.median, ...SERIES.slice(1, 1 + others.length)],
      },
    },
  );
}

/** Each pillar's score every four weeks: the brand (solid) against the category median (dashed). */
export function buildPillarTrendPlot(data: PlotData): Plot.PlotOptions {
  const pillar = (r: RecordRow) => labelOf(PILLAR_NAMES, r.pillar, data.locale);
  const domain = PILLARS.map((p) => pick(PILLAR_NAMES[p], data.locale));
  return {
    width: data.width,
    height: 260,
    marginLeft: 50,
    x: timeAxis(data.locale),
    y: { grid: true, domain: [0, 100], label: `↑ ${pick(WORDS.pillarScore, data.locale)}` },
    // Hues of their own: the lab's orange means the focus brand elsewhere.
    color: { legend: true, domain, range: [SERIES[1], SERIES[4], SERIES[2]] },
    marks: [
      Plot.ruleY([50], { stroke: '#adb5bd' }),
      Plot.lineY(data.rows, {
        x: 'day',
        y: 'median',
        stroke: pillar,
        strokeDasharray: '4,3',
        strokeOpacity: 0.6,
      }),
      Plot.lineY(data.rows, { x: 'day', y: 'score', stroke: pillar, strokeWidth: 2.5, tip: true }),
      Plot.dot(data.rows, { x: 'day', y: 'score', fill: pillar }),
    ],
  };
}
