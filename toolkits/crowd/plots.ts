import { PALETTE, selectionOpacity } from '../../src/plot/palette';
import * as Plot from '@observablehq/plot';
import { pick } from '../../src/panel/sql';
import { ATTRIBUTE_VALUES, ATTRIBUTES, CROWDS, labelOf } from '../common/labels';

/** Rows with their crowd in the reader's language; `crowd_key` keeps the value a click filters by. */
const byCrowdName = (data: PlotData): RecordRow[] =>
  data.rows.map((r) => ({
    ...r,
    crowd_key: r.crowd ?? null,
    crowd: labelOf(CROWDS, r.crowd, data.locale),
  }));
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatValue, STAGE_COLORS } from '../common/plots';
import { bandMargin, linear, paddedExtent, pointLabelMarks } from '../../src/plot/fit';

/** TGI per crowd (100 = parity), suppressed crowds grey, labelled with the buyer share. */
export function buildTgiBarsPlot(data: PlotData): Plot.PlotOptions {
  const rows = byCrowdName(data).sort((a, b) => Number(b.tgi ?? -1) - Number(a.tgi ?? -1));
  return {
    width: data.width,
    height: rows.length * 26 + 50,
    marginLeft: bandMargin(rows.map((r) => String(r.crowd))),
    marginRight: 70,
    x: { grid: true, label: 'TGI' },
    y: { label: null, domain: rows.map((r) => String(r.crowd)) },
    marks: [
      Plot.barX(rows, {
        x: (d: RecordRow) => d.tgi ?? 0,
        y: 'crowd',
        fill: (d: RecordRow) =>
          d.suppressed ? '#dee2e6' : Number(d.tgi) >= 100 ? PALETTE.focus : '#74c0fc',
        fillOpacity: selectionOpacity(data.selected, 'crowd_key'),
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

/**
 * x = penetration, y = TGI, size = GMV share. The domains are explicit so labels can be placed
 * clear of each other (or left to the tooltip) and the largest bubble stays inside the frame.
 */
export function buildBubblePlot(data: PlotData): Plot.PlotOptions {
  const rows = byCrowdName(data).filter((r) => r.tgi !== null);
  const height = 300;
  const margin = { top: 20, right: 20, bottom: 36, left: 50 };
  const rMax = 28;
  const inset = rMax + 2;
  const maxShare = Math.max(1e-12, ...rows.map((r) => Number(r.gmv_share) || 0));
  const radius = (v: number) => 3 + (rMax - 3) * Math.sqrt(Math.max(0, v) / maxShare);
  const xDomain = paddedExtent(rows.map((r) => Number(r.penetration)));
  const yDomain = paddedExtent(
    rows.map((r) => Number(r.tgi)),
    0.05,
    [100],
  );
  const scales = {
    x: linear(xDomain, [margin.left + inset, data.width - margin.right - inset]),
    y: linear(yDomain, [height - margin.bottom - inset, margin.top + inset]),
  };
  return {
    width: data.width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: {
      domain: xDomain,
      inset,
      grid: true,
      tickFormat: '%',
      label: pick({ zh: '渗透率', en: 'Penetration' }, data.locale),
    },
    y: { domain: yDomain, inset, grid: true, label: 'TGI' },
    r: { domain: [0, maxShare], range: [3, rMax] },
    marks: [
      Plot.ruleY([100], { stroke: '#333', strokeDasharray: '4,3' }),
      Plot.dot(rows, {
        x: 'penetration',
        y: 'tgi',
        r: 'gmv_share',
        fill: PALETTE.focus,
        fillOpacity: 0.5,
        stroke: PALETTE.focus,
        // A label left out for lack of room is still in the tooltip.
        channels: { crowd: 'crowd' },
        tip: true,
      }),
      ...pointLabelMarks(
        rows,
        {
          x: (r) => Number(r.penetration),
          y: (r) => Number(r.tgi),
          r: (r) => radius(Number(r.gmv_share) || 0),
          text: (r) => String(r.crowd),
        },
        scales,
        { width: data.width, height },
      ),
    ],
  };
}

export function buildCrowdStagesPlot(data: PlotData): Plot.PlotOptions {
  const rows = byCrowdName(data);
  const crowds = [...new Set(rows.map((r) => String(r.crowd)))];
  return {
    width: data.width,
    height: crowds.length * 26 + 60,
    marginLeft: bandMargin(crowds),
    x: { tickFormat: '%', label: null },
    y: { label: null, domain: crowds },
    color: { ...STAGE_COLORS, legend: true },
    marks: [
      Plot.barX(
        rows,
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
    marginLeft: bandMargin(labels),
    marginBottom: 30,
    x: { grid: true, label: 'TGI' },
    y: { label: null, domain: labels },
    marks: [
      Plot.barX(data.rows, {
        x: (d: RecordRow) => d.tgi ?? 0,
        y: label,
        fill: (d: RecordRow) =>
          d.suppressed ? '#dee2e6' : Number(d.tgi) >= 100 ? PALETTE.focus : '#74c0fc',
        tip: true,
      }),
      Plot.ruleX([100], { stroke: '#333', strokeDasharray: '4,3' }),
    ],
  };
}
