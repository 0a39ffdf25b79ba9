import * as Plot from '@observablehq/plot';
import { metricTicks } from '../../src/i18n/format';
import { measureLabel } from '../../src/panel/sql';
import type { PlotData } from '../../src/panel/contract';
import type { BarsParams } from './index';

/** Stacked, grouped or 100% bars of `value` by `x`, coloured by `series`. */
export function buildBarsPlot(p: BarsParams, data: PlotData): Plot.PlotOptions {
  // Largest total first, as the query orders them (Plot would sort the names alphabetically).
  const order = [...new Set(data.rows.map((r) => String(r.x)))];
  const base = {
    width: data.width,
    height: 320,
    marginLeft: 60,
    color: { legend: true, type: 'ordinal' as const },
    y: {
      grid: true,
      label: `↑ ${measureLabel(p.aggregate, p.value, data.locale)}`,
      tickFormat: metricTicks(data.locale),
    },
  } as const;
  if (p.mode === 'grouped')
    return {
      ...base,
      fx: { label: p.x, padding: 0.1, domain: order },
      x: { axis: null },
      marks: [
        Plot.barY(data.rows, { fx: 'x', x: 'series', y: 'value', fill: 'series', tip: true }),
        Plot.ruleY([0]),
      ],
    };
  const stack =
    p.mode === 'normalized'
      ? Plot.stackY({ offset: 'normalize' }, { x: 'x', y: 'value', fill: 'series', tip: true })
      : { x: 'x', y: 'value', fill: 'series', tip: true };
  return {
    ...base,
    x: { label: p.x, domain: order },
    y: {
      ...base.y,
      ...(p.mode === 'normalized'
        ? { tickFormat: '%', label: `↑ ${data.locale === 'en' ? 'Share' : '占比'}` }
        : {}),
    },
    marks: [Plot.barY(data.rows, stack), Plot.ruleY([0])],
  };
}
