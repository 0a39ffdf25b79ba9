import { PALETTE } from '../../src/plot/palette';
import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import type { KpiParams } from './index';
import { formatCompact } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';

/** The period the card covers, and what its change compares with, in the reader's language. */
const PERIOD = (days: number) => ({ zh: `近 ${days} 天`, en: `Last ${days} days` });
const VERSUS = { zh: '较上一周期', en: 'vs previous period' };

export interface KpiSummary {
  current: number | null;
  previous: number | null;
  /** Relative change vs the previous period, null when there is no previous value. */
  change: number | null;
}

export function summarizeKpi(rows: readonly RecordRow[]): KpiSummary {
  const total = (period: string) => {
    const row = rows.find((r) => r.period === period && r.day === null);
    return typeof row?.value === 'number' ? row.value : null;
  };
  const current = total('current');
  const previous = total('previous');
  const change = current !== null && previous ? current / previous - 1 : null;
  return { current, previous, change };
}

/** A KPI card: the value, its change vs the previous period, and a sparkline of the current one. */
export function buildKpiPlot(p: KpiParams, data: PlotData): Plot.PlotOptions {
  const { current, change } = summarizeKpi(data.rows);
  const format = { format: (v: number) => formatCompact(data.locale, v) };
  const series = data.rows.filter((r) => r.period === 'current' && r.day !== null);
  const changeText =
    change === null
      ? ''
      : `${change >= 0 ? '▲' : '▼'} ${(Math.abs(change) * 100).toFixed(1)}% ${pick(VERSUS, data.locale)}`;
  return {
    width: data.width,
    height: 140,
    margin: 8,
    marginTop: 70,
    axis: null,
    marks: [
      Plot.text([0], {
        frameAnchor: 'top-left',
        dy: -60,
        text: () => (current === null ? '—' : format.format(current)),
        fontSize: 30,
        fontWeight: 600,
      }),
      Plot.text([0], {
        frameAnchor: 'top-left',
        dy: -22,
        text: () => changeText,
        fontSize: 14,
        fill: change !== null && change < 0 ? PALETTE.down : PALETTE.up,
      }),
      Plot.text([0], {
        frameAnchor: 'top-right',
        dy: -60,
        text: () => pick(PERIOD(p.days), data.locale),
        fill: PALETTE.muted,
      }),
      Plot.areaY(series, {
        x: 'day',
        y: 'value',
        fill: PALETTE.focus,
        fillOpacity: 0.15,
      }),
      Plot.lineY(series, { x: 'day', y: 'value', stroke: PALETTE.focus }),
    ],
  };
}
