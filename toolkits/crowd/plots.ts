import * as Plot from '@observablehq/plot';
import { pick } from '../../src/panel/sql';
import { ATTRIBUTE_VALUES, ATTRIBUTES, labelOf } from '../common/labels';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatValue, STAGE_COLORS } from '../common/plots';

/** TGI per crowd (100 = parity), suppressed crowds grey, labelled with the buyer share. */
export function buildTgiBarsPlot(data: PlotData): Plot.PlotOptions {
  const rows = [...data.rows].sort((a, b) => Number(b.tgi ?? -1) - Number(a.tgi ?? -1));
  return {
    width: data.width,
    height: rows.length * 26 + 50,
    marginLeft: 80,
    marginRight: 70,
    x: { grid: true, label: 'TGI' },
    y: { label: null, domain: rows.map((r) => String(r.crowd)) },
    marks: [
      Plot.barX(rows, {
        x: (d: RecordRow) => d.tgi ?? 0,
        y: 'crowd',
        fill: (d: RecordRow) =>
          d.suppressed ? '#dee2e6' : Number(d.tgi) >= 100 ? '#d9480f' : '#74c0fc',
        tip: true,
      }),
      Plot.text(rows, {
        x: (d: RecordRow) => d.tgi ?? 0,
        y: 'crowd',
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
        text: (d: RecordRow) =>
          d.suppressed
            ? `n=${d.n} < min`
            : `${Math.round(Number(d.tgi))} · ${formatValue(data.locale, d.share, 'share')}`,
      }),
      Plot.ruleX([100], { stroke: '#333', strokeDasharray: '4,3' }),
    ],
  };
}

/** x = penetration, y = TGI, size = GMV share. */
export function buildBubblePlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.filter((r) => r.tgi !== null);
  return {
    width: data.width,
    height: 300,
    marginLeft: 50,
    x: {
      grid: true,
      tickFormat: '%',
      label: pick({ zh: '渗透率', en: 'Penetration' }, data.locale),
    },
    y: { grid: true, label: 'TGI' },
    r: { range: [3, 28] },
    marks: [
      Plot.ruleY([100], { stroke: '#333', strokeDasharray: '4,3' }),
      Plot.dot(rows, {
        x: 'penetration',
        y: 'tgi',
        r: 'gmv_share',
        fill: '#d9480f',
        fillOpacity: 0.5,
        stroke: '#d9480f',
        tip: true,
      }),
      Plot.text(rows, { x: 'penetration', y: 'tgi', text: 'crowd', dy: -12, fontSize: 10 }),
    ],
  };
}

export function buildCrowdStagesPlot(data: PlotData): Plot.PlotOptions {
  const crowds = [...new Set(data.rows.map((r) => String(r.crowd)))];
  return {
    width: data.width,
    height: crowds.length * 26 + 60,
    marginLeft: 80,
    x: { tickFormat: '%', label: null },
    y: { label: null, domain: crowds },
    color: { ...STAGE_COLORS, legend: true },
    marks: [
      Plot.barX(
        data.rows,
        Plot.stackX({
          x: 'share',
          y: 'crowd',
          fill: 'stage',
          order: STAGE_COLORS.domain,
          tip: { channels: { n: 'n' } },
        }),
      ),
    ],
  };
}

/**
 * TGI of each attribute value, one bar per value, grouped by attribute. One y axis labelled
 * "attribute · value": facets would share one y domain, squeezing every attribute's values into
 * every row.
 */
export function buildProfilePlot(data: PlotData): Plot.PlotOptions {
  const label = (r: RecordRow) =>
    `${labelOf(ATTRIBUTES, r.attribute, data.locale)} · ${labelOf(ATTRIBUTE_VALUES, r.value, data.locale)}`;
  const labels = [...new Set(data.rows.map(label))];
  return {
    width: data.width,
    height: labels.length * 18 + 50,
    marginLeft: 150,
    marginBottom: 30,
    x: { grid: true, label: 'TGI' },
    y: { label: null, domain: labels },
    marks: [
      Plot.barX(data.rows, {
        x: (d: RecordRow) => d.tgi ?? 0,
        y: label,
        fill: (d: RecordRow) =>
          d.suppressed ? '#dee2e6' : Number(d.tgi) >= 100 ? '#d9480f' : '#74c0fc',
        tip: true,
      }),
      Plot.ruleX([100], { stroke: '#333', strokeDasharray: '4,3' }),
    ],
  };
}
