import * as Plot from '@observablehq/plot';
import { pick } from '../../src/panel/sql';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { FLOW_MOVES, labelOf, labelsOf } from '../common/labels';
import { formatValue, matrixCells, seriesLines, STAGE_COLORS } from '../common/plots';

const STAGES = ['∅', 'A', 'I', 'P', 'L'];

/** 100% bars of the stage mix per brand, labelled with counts. */
export function buildStageMixPlot(data: PlotData): Plot.PlotOptions {
  const brands = [...new Set(data.rows.map((r) => String(r.brand)))];
  return {
    width: data.width,
    height: brands.length * 30 + 60,
    marginLeft: 80,
    x: { tickFormat: '%', label: pick({ zh: '阶段构成', en: 'Stage mix' }, data.locale) },
    y: { label: null, domain: brands },
    color: { ...STAGE_COLORS, legend: true },
    marks: [
      Plot.barX(
        data.rows,
        Plot.stackX({
          x: 'share',
          y: 'brand',
          fill: 'stage',
          order: STAGE_COLORS.domain,
          tip: { channels: { n: 'n' } },
        }),
      ),
      Plot.text(
        data.rows,
        Plot.stackX({
          x: 'share',
          y: 'brand',
          z: 'stage',
          order: STAGE_COLORS.domain,
          text: (d: RecordRow) => (Number(d.share) > 0.06 ? formatValue(data.locale, d.n) : ''),
          fontSize: 10,
          fill: 'white',
        }),
      ),
    ],
  };
}

export function buildStageTrendPlot(data: PlotData): Plot.PlotOptions {
  return seriesLines(data, {
    x: 'day',
    y: 'n',
    series: 'stage',
    label: pick({ zh: '人数', en: 'Consumers' }, data.locale),
    colors: STAGE_COLORS,
  });
}

export function buildFlowMatrixPlot(data: PlotData): Plot.PlotOptions {
  return matrixCells(data, {
    x: 'to_stage',
    y: 'from_stage',
    value: 'n',
    domain: STAGES,
    text: (d) =>
      `${formatValue(data.locale, d.n)}${d.rate === null ? '' : `\n${formatValue(data.locale, d.rate, 'share')}`}`,
  });
}

export function buildFlowSummaryPlot(data: PlotData): Plot.PlotOptions {
  const moves = ['stay', 'upgrade', 'downgrade', 'churn', 'entry'];
  const rows = data.rows.map((r) => ({ ...r, move: labelOf(FLOW_MOVES, r.move, data.locale) }));
  return {
    width: data.width,
    height: 280,
    marginLeft: 50,
    fx: { label: null, padding: 0.12 },
    x: { axis: null, domain: labelsOf(FLOW_MOVES, moves, data.locale) },
    y: {
      grid: true,
      tickFormat: '%',
      label: pick({ zh: '占起点人数', en: 'Share of start pool' }, data.locale),
    },
    color: {
      legend: true,
      domain: labelsOf(FLOW_MOVES, moves, data.locale),
      range: ['#adb5bd', '#2f9e44', '#f08c00', '#e03131', '#1c7ed6'],
    },
    marks: [
      Plot.barY(rows, {
        fx: 'brand',
        x: 'move',
        y: 'rate',
        fill: 'move',
        tip: { channels: { n: 'n' } },
      }),
      Plot.ruleY([0]),
    ],
  };
}
