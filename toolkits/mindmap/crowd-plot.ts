/** The crowd × pillar heatmap: where among its consumers a brand is strong or weak against the industry. */
import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { pick } from '../../src/panel/sql';
import { bandMargin } from '../../src/plot/fit';
import { CROWDS, labelOf } from '../common/labels';
import { PILLAR_NAMES, PILLARS } from './metrics';
import { RAMP_MARGINS, STRENGTH } from './plots';

const WORDS = {
  score: {
    zh: '人群内得分（行业百分位）',
    en: 'Score in the crowd (percentile)',
  },
  buyers: { zh: '窗口内买家', en: 'Buyers in the window' },
};

export function buildCrowdPillarPlot(data: PlotData): Plot.PlotOptions {
  const rows = data.rows.map((r) => ({
    ...r,
    crowdName: labelOf(CROWDS, r.crowd, data.locale),
    pillarName: labelOf(PILLAR_NAMES, r.pillar, data.locale),
  }));
  // Crowds in the order of their buyers (the query's), largest first.
  const crowds = [...new Set(rows.map((r) => r.crowdName))];
  const score = (r: RecordRow) => (r.score === null ? null : Number(r.score));
  return {
    // The figure's full width: an export is the chart as shown.
    width: data.width,
    height: 40 * crowds.length + 90,
    marginLeft: bandMargin(crowds, 11),
    // Cells of a readable size: what the grid does not need stays blank on the right.
    marginRight: Math.max(20, data.width - bandMargin(crowds, 11) - 600),
    padding: 0.04,
    x: {
      axis: 'top',
      label: null,
      domain: PILLARS.map((p) => pick(PILLAR_NAMES[p], data.locale)),
    },
    y: { label: null, domain: crowds },
    color: { ...STRENGTH, legend: true, label: pick(WORDS.score, data.locale), ...RAMP_MARGINS },
    marks: [
      Plot.cell(rows, {
        x: 'pillarName',
        y: 'crowdName',
        fill: score,
        channels: { [pick(WORDS.buyers, data.locale)]: 'buyers' },
        tip: { format: { x: false, y: true } },
      }),
      Plot.text(rows, {
        x: 'pillarName',
        y: 'crowdName',
        text: (r: RecordRow) => (score(r) === null ? '—' : String(Math.round(score(r)!))),
        fontSize: 12,
      }),
    ],
  };
}
