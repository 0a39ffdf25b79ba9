import { bandTicks, textWidth } from '../../src/plot/fit';
import * as Plot from '@observablehq/plot';
import { metricTicks } from '../../src/i18n/format';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { pick } from '../../src/panel/sql';
import { CROWDS, CUSTOMERS, GROW_STEPS as STEPS, labelOf } from '../common/labels';
import { formatValue } from '../common/plots';

const COLORS = {
  domain: ['total', 'up', 'down', 'memo'],
  range: ['#495057', '#2f9e44', '#e03131', '#74c0fc'],
};
const tone = (d: RecordRow) =>
  d.kind === 'factor' ? (Number(d.value) >= 0 ? 'up' : 'down') : String(d.kind);

/** ΔGMV = G + R + O as a waterfall from GMV0 to GMV1; W shown beside it as memo bars. */
export function buildWaterfallPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows
    .filter((r) => r.value !== null)
    .map((r) => ({ ...r, step: labelOf(STEPS, r.step, data.locale) }));
  const share = data.rows[0]?.new_product_new_share;
  return {
    width: data.width,
    height: 300,
    marginLeft: 60,
    caption:
      share === null || share === undefined
        ? null
        : pick(
            {
              zh: `W 新品力附：新品买家中品牌新客占 ${formatValue(data.locale, share, 'share')}`,
              en: `W new products: ${formatValue(data.locale, share, 'share')} of new-product buyers are new to the brand`,
            },
            data.locale,
          ),
    x: { label: null, domain: data.rows.map((r) => labelOf(STEPS, r.step, data.locale)) },
    y: { grid: true, label: 'GMV', tickFormat: metricTicks(data.locale) },
    color: COLORS,
    marks: [
      Plot.rectY(rows, {
        x: 'step',
        y1: 'y1',
        y2: 'y2',
        fill: tone,
        insetLeft: 6,
        insetRight: 6,
        tip: true,
      }),
      Plot.text(rows, {
        x: 'step',
        y: (d: RecordRow) => Math.max(Number(d.y1), Number(d.y2)),
        text: (d: RecordRow) =>
          `${d.kind === 'factor' && Number(d.value) > 0 ? '+' : ''}${formatValue(data.locale, d.value)}`,
        dy: -6,
        fontSize: 10,
      }),
      Plot.ruleY([0]),
    ],
  };
}

/** G, R, O per segment as grouped bars. */
export function buildSegmentsPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.flatMap((r) =>
    (['g', 'r', 'o'] as const).map((f) => ({
      // A segment is a crowd or new / returning customers.
      segment: labelOf({ ...CUSTOMERS, ...CROWDS }, r.segment, data.locale),
      factor: f.toUpperCase(),
      value: r[f],
    })),
  );
  const first = data.rows[0];
  const short =
    first &&
    Number(first.history_days) < Number(first.lookback) &&
    data.rows.some((r) => r.segment === 'new');
  // Segment names (long in English) level, slanted or standing as they fit their facets.
  const segments = [...new Set(rows.map((r) => r.segment))];
  const ticks = bandTicks(segments, data.width - 60);
  // A slanted first label reaches left of its facet: the margin makes room for it.
  const reach = ticks.tickRotate === -30 ? textWidth(segments[0] ?? '', 10) * 0.87 : 0;
  const band = (data.width - 60) / Math.max(1, segments.length);
  return {
    width: data.width,
    height: 260 + ticks.marginBottom,
    marginLeft: Math.max(60, Math.ceil(reach - band / 2 + 10)),
    marginBottom: ticks.marginBottom,
    caption: short
      ? pick(
          {
            zh: `上期开始前只有 ${String(first.history_days)} 天数据，新客判定需回看 ${String(first.lookback)} 天：上期新客偏多。`,
            en: `Only ${String(first.history_days)} days of data precede period 0, and new/old needs ${String(first.lookback)}: period 0’s new customers are overstated.`,
          },
          data.locale,
        )
      : null,
    fx: { label: null, domain: segments, tickRotate: ticks.tickRotate },
    x: { axis: null, domain: ['G', 'R', 'O'] },
    y: { grid: true, label: 'ΔGMV', tickFormat: metricTicks(data.locale) },
    color: { legend: true, domain: ['G', 'R', 'O'], range: ['#1c7ed6', '#f08c00', '#2f9e44'] },
    marks: [
      Plot.barY(rows, { fx: 'segment', x: 'factor', y: 'value', fill: 'factor', tip: true }),
      Plot.ruleY([0]),
    ],
  };
}
