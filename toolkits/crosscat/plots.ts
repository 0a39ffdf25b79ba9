/** Cross-category charts: the rules with their direction, the lift heatmap, the network, where to enter. */
import * as Plot from '@observablehq/plot';
import type { Localized, PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { PALETTE } from '../../src/plot/palette';
import { bandMargin, textWidth } from '../../src/plot/fit';
import { CROWDS, labelOf } from '../common/labels';

export const WORDS = {
  lift: { zh: '提升度（lift）', en: 'Lift' },
  forward: { zh: '顺序提升度 A→B', en: 'Sequential lift A→B' },
  back: { zh: '顺序提升度 B→A', en: 'Sequential lift B→A' },
  plain: { zh: '同篮提升度', en: 'Basket lift' },
  rulesCaption: {
    zh: '先买 A 后在窗口天数内买 B 的概率 ÷ B 的基础概率：A→B 远高于 B→A 说明方向是由 A 带动 B。',
    en: 'P(buy B within the window after first buying A) ÷ B’s base rate: A→B well above B→A means A leads to B.',
  },
  networkCaption: {
    zh: '箭头由 A 指向 B，粗细为顺序提升度；只画满足最小共同买家数与提升度的规则。',
    en: 'Arrows point from A to B, their width the sequential lift; only rules with enough shared buyers and lift are drawn.',
  },
  heatmapCaption: {
    zh: '行为先买的品类 A，列为品类 B；1 为无关联，高于 1 为常被一起购买。',
    en: 'Rows: category A; columns: category B. 1 means no association; above 1, bought together more often than chance.',
  },
  expectedGmv: {
    zh: '预期 GMV（受众 × 置信度 × B 客单价）',
    en: 'Expected GMV (audience × confidence × B’s AOV)',
  },
  none: { zh: '暂无满足条件的规则。', en: 'No rule meets the thresholds.' },
} satisfies Record<string, Localized>;

const w = (key: keyof typeof WORDS, locale: PlotData['locale']) => pick(WORDS[key], locale);
export const ruleName = (r: RecordRow) => `${String(r.name_a)} → ${String(r.name_b)}`;
const fixed = (v: unknown) => (v === null || v === undefined ? '—' : Number(v).toFixed(1));

/** The strongest rules: sequential lift both ways (dots) and the basket lift (tick). */
export function buildRulesPlot(data: PlotData): Plot.PlotOptions {
  const rows: RecordRow[] = data.rows.slice(0, 12).map((r) => ({ ...r, rule: ruleName(r) }));
  const series = [w('forward', data.locale), w('back', data.locale), w('plain', data.locale)];
  const long = rows
    .flatMap((r) => [
      { rule: r.rule, series: series[0], value: r.seq_lift },
      { rule: r.rule, series: series[1], value: r.seq_lift_back },
    ])
    .filter((d) => d.value !== null && d.value !== undefined);
  return {
    width: data.width,
    height: Math.max(160, 26 * rows.length + 70),
    marginLeft: bandMargin(
      rows.map((r) => String(r.rule)),
      11,
    ),
    caption: w('rulesCaption', data.locale),
    x: {
      label: `${w('lift', data.locale)} →`,
      grid: true,
      type: 'log',
      tickFormat: (v: number) => String(v),
    },
    y: { label: null, domain: rows.map((r) => String(r.rule)) },
    color: {
      legend: true,
      domain: series,
      range: [PALETTE.focus, PALETTE.compare, PALETTE.median],
    },
    marks: [
      Plot.ruleX([1], { stroke: '#adb5bd' }),
      Plot.ruleY(rows, {
        y: 'rule',
        x1: 'seq_lift_back',
        x2: 'seq_lift',
        stroke: '#dee2e6',
        strokeWidth: 3,
      }),
      Plot.tickX(rows, { x: 'lift', y: 'rule', stroke: () => series[2], strokeWidth: 2 }),
      Plot.dot(long, { x: 'value', y: 'rule', fill: 'series', r: 5, tip: true }),
    ],
  };
}

/** Basket lift of each ordered pair among the strongest rules' categories. */
export function buildHeatmapPlot(data: PlotData): Plot.PlotOptions {
  const cats = [...new Set(data.rows.flatMap((r) => [String(r.name_a), String(r.name_b)]))].sort();
  const left = bandMargin(cats, 11);
  // Column names above, slanted when they would not fit a column.
  const slant = cats.some((c) => textWidth(c, 10) > 48);
  const top = slant ? Math.ceil(Math.max(...cats.map((c) => textWidth(c, 10))) * 0.75) + 24 : 40;
  const lifts = data.rows.map((r) => Number(r.lift));
  return {
    // The figure's full width: an export is the chart as shown.
    width: data.width,
    height: 46 * cats.length + top + 20,
    marginLeft: left,
    marginTop: top,
    // Cells of a readable size: what the grid does not need stays blank on the right.
    marginRight: Math.max(30, data.width - left - 64 * cats.length),
    padding: 0.04,
    caption: w('heatmapCaption', data.locale),
    x: { axis: 'top', label: null, domain: cats, ...(slant ? { tickRotate: -40 } : {}) },
    y: { label: null, domain: cats },
    color: {
      type: 'diverging',
      pivot: 1,
      domain: [Math.min(1, ...lifts), Math.max(1, ...lifts)],
      range: ['#4dabf7', '#f8f9fa', PALETTE.focus],
      legend: true,
      label: w('plain', data.locale),
      tickFormat: (v: number) => v.toFixed(1),
    },
    marks: [
      Plot.cell(data.rows, { x: 'name_b', y: 'name_a', fill: 'lift', tip: true }),
      Plot.text(data.rows, {
        x: 'name_b',
        y: 'name_a',
        text: (r: RecordRow) => fixed(r.lift),
        fontSize: 11,
      }),
    ],
  };
}

/** Categories on a circle, a rule an arrow from A to B (width by sequential lift). */
export function buildNetworkPlot(data: PlotData): Plot.PlotOptions | null {
  const rules = data.rows.filter((r) => r.seq_lift !== null).slice(0, 14);
  const cats = [...new Set(rules.flatMap((r) => [String(r.name_a), String(r.name_b)]))];
  if (!cats.length) return null;
  const at = new Map(
    cats.map((c, i) => {
      const angle = (2 * Math.PI * i) / cats.length - Math.PI / 2;
      return [c, { x: Math.cos(angle), y: Math.sin(angle) }];
    }),
  );
  const node = (name: unknown) => at.get(String(name)) ?? { x: 0, y: 0 };
  const edges = rules.map((r) => ({
    ...r,
    rule: ruleName(r),
    x1: node(r.name_a).x,
    y1: node(r.name_a).y,
    x2: node(r.name_b).x,
    y2: node(r.name_b).y,
  }));
  const nodes = cats.map((c) => ({ name: c, ...node(c) }));
  const height = 420;
  return {
    width: data.width,
    height,
    caption: w('networkCaption', data.locale),
    x: { domain: [-1.6, 1.6], axis: null },
    y: { domain: [-1.3, 1.3], axis: null },
    marks: [
      Plot.arrow(edges, {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        bend: true,
        inset: 14,
        stroke: PALETTE.focus,
        strokeOpacity: 0.75,
        strokeWidth: (r: RecordRow) => Math.min(8, 1 + Math.log2(Math.max(1, Number(r.seq_lift)))),
        channels: {
          [w('forward', data.locale)]: (r: RecordRow) => fixed(r.seq_lift),
          rule: 'rule',
        },
        tip: { format: { x1: false, y1: false, x2: false, y2: false } },
      }),
      Plot.dot(nodes, { x: 'x', y: 'y', r: 10, fill: PALETTE.median }),
      // Names outside the circle: above the top nodes, below the bottom ones, beside the rest.
      ...(
        [
          [(d: { y: number }) => d.y < -0.2, -20],
          [(d: { y: number }) => d.y > 0.2, 20],
          [(d: { y: number }) => Math.abs(d.y) <= 0.2, 0],
        ] as const
      ).map(([where, dy]) =>
        Plot.text(nodes.filter(where), {
          x: 'x',
          y: 'y',
          text: 'name',
          dy,
          ...(dy === 0 ? { dx: 16, textAnchor: 'start' as const } : {}),
          fontSize: 12,
          fontWeight: 600,
          stroke: 'white',
          strokeWidth: 3,
          fill: 'currentColor',
        }),
      ),
    ],
  };
}

/** The brand's best categories to enter: expected GMV, from which of its categories, with which crowd. */
export function buildEnterPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.map((r) => ({
    ...r,
    label: pick(
      {
        zh: `${String(r.name_b)}（来自 ${String(r.name_a)}${r.crowd ? ` · ${labelOf(CROWDS, r.crowd, 'zh-CN')}` : ''}）`,
        en: `${String(r.name_b)} (from ${String(r.name_a)}${r.crowd ? ` · ${labelOf(CROWDS, r.crowd, 'en')}` : ''})`,
      },
      data.locale,
    ),
  }));
  return {
    width: data.width,
    height: Math.max(140, 30 * rows.length + 60),
    marginLeft: bandMargin(
      rows.map((r) => r.label),
      11,
    ),
    x: {
      label: `${w('expectedGmv', data.locale)} →`,
      grid: true,
      tickFormat: (v: number) => formatMetric(data.locale, v, 'money'),
    },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [Plot.barX(rows, { x: 'expected_gmv', y: 'label', fill: PALETTE.focus, tip: true })],
  };
}
