/** Service-provider charts: leaderboard, content DAU, managed brands' MGI, tier migrations. */
import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric, formatPercent, metricTicks, timeAxis } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { PALETTE, SERIES } from '../../src/plot/palette';
import { bandMargin } from '../../src/plot/fit';
import { FOCUS_COLORS } from '../common/plots';
import { labelOf } from '../common/labels';
import { COMPONENT_KEYS, COMPONENTS, TIER_ORDER, TIERS, WORDS } from './words';
import type { ProviderInputs } from './inputs';

type Locale = PlotData['locale'];
const w = (key: keyof typeof WORDS, locale: Locale) => pick(WORDS[key], locale);
const round = (v: unknown) => (v === null || v === undefined ? '—' : String(Math.round(Number(v))));

/** Providers by score, the chosen one highlighted; MGI and content percentile beside each. */
export function buildLeaderboardPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const rows = data.rows.filter((r) => r.score !== null);
  const names = rows.map((r) => String(r.name));
  return {
    width: data.width,
    height: rows.length * 30 + 60,
    marginLeft: bandMargin(names, 11, 80),
    marginRight: 230,
    x: { grid: true, label: `${w('score', l)} →`, domain: [0, 100] },
    y: { label: null, domain: names },
    color: FOCUS_COLORS,
    marks: [
      Plot.barX(rows, { y: 'name', x: 'score', fill: 'is_focus', tip: true }),
      Plot.text(rows, {
        y: 'name',
        x: 'score',
        text: (r: RecordRow) => round(r.score),
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
      }),
      Plot.text(rows, {
        y: 'name',
        frameAnchor: 'right',
        dx: 226,
        textAnchor: 'end',
        fontSize: 10,
        text: (r: RecordRow) =>
          `MGI ${round(r.mgi)} · ${w('interaction', l)} ${formatPercent(l, Number(r.interaction_rate ?? 0), 1)} · ${r.brands} ${pick({ zh: '个品牌', en: 'brands' }, l)}`,
      }),
      Plot.ruleX([0]),
    ],
  };
}

/** Daily content DAU and its 7-day mean; WAU, MAU and stickiness in the caption. */
export function buildDauPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const last = data.rows.at(-1) ?? {};
  return {
    width: data.width,
    height: 240,
    marginLeft: 56,
    x: timeAxis(l),
    y: { grid: true, label: `↑ ${w('dau', l)}`, tickFormat: metricTicks(l), zero: true },
    caption: `${w('wau', l)} ${formatMetric(l, last.wau)} · ${w('mau', l)} ${formatMetric(l, last.mau)} · ${w('stickiness', l)} ${formatPercent(l, Number(last.stickiness ?? 0), 1)}`,
    marks: [
      Plot.lineY(data.rows, {
        x: 'day',
        y: 'dau',
        stroke: PALETTE.compare,
        strokeWidth: 1,
        tip: true,
      }),
      Plot.lineY(data.rows, { x: 'day', y: 'dau7', stroke: PALETTE.focus, strokeWidth: 2 }),
      Plot.text(data.rows.slice(-1), {
        x: 'day',
        y: 'dau7',
        text: () => w('dau7', l),
        dx: -4,
        dy: -10,
        textAnchor: 'end',
        fontSize: 10,
        fill: PALETTE.focus,
      }),
      Plot.ruleY([0]),
    ],
  };
}

/** Each managed brand's MGI as stacked weighted component percentiles. */
export function buildBrandsPlot(data: PlotData, p: ProviderInputs): Plot.PlotOptions {
  const l = data.locale;
  const weights: Record<string, number> = {
    gmv: p.wGmv,
    new: p.wNew,
    f: p.wF,
    deepen: p.wDeepen,
    repurchase: p.wRepurchase,
    t: p.wT,
    content: p.wContent,
  };
  const long = data.rows.flatMap((r) => {
    const present = COMPONENT_KEYS.filter((k) => r[`r_${k}`] !== null && r[`r_${k}`] !== undefined);
    const total = present.reduce((s, k) => s + (weights[k] ?? 0), 0) || 1;
    return present.map((k) => ({
      brand: String(r.name),
      part: labelOf(COMPONENTS, k, l),
      value: (Number(r[`r_${k}`]) * (weights[k] ?? 0)) / total,
    }));
  });
  const names = data.rows.map((r) => String(r.name));
  return {
    width: data.width,
    height: names.length * 30 + 80,
    marginLeft: bandMargin(names, 11, 80),
    marginRight: 60,
    x: { grid: true, label: `${w('contribution', l)} →`, domain: [0, 100] },
    y: { label: null, domain: names },
    color: {
      legend: true,
      domain: COMPONENT_KEYS.map((k) => labelOf(COMPONENTS, k, l)),
      range: SERIES.slice(0, COMPONENT_KEYS.length) as unknown as string[],
    },
    marks: [
      Plot.barX(long, Plot.stackX({ y: 'brand', x: 'value', fill: 'part', tip: true })),
      Plot.text(data.rows, {
        y: 'name',
        x: 'mgi',
        text: (r: RecordRow) => `MGI ${round(r.mgi)}`,
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
      }),
      Plot.ruleX([0]),
    ],
  };
}

/** Each managed brand's tier a year ago and now, a line between them. */
export function buildTiersPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  // The two days compared, dated: a deck read later says which year it means.
  const first = data.rows[0] ?? {};
  const when = [
    `${w('yearAgo', l)}\n${String(first.day_before ?? '')}`.trim(),
    `${w('now', l)}\n${String(first.day_now ?? '')}`.trim(),
  ];
  const tiers = [...TIER_ORDER].reverse().map((t) => labelOf(TIERS, t, l));
  const long = data.rows.flatMap((r) => [
    { brand: String(r.name), when: when[0]!, tier: labelOf(TIERS, r.tier_before, l) },
    { brand: String(r.name), when: when[1]!, tier: labelOf(TIERS, r.tier, l) },
  ]);
  const moved = data.rows.filter((r) => r.tier !== r.tier_before).length;
  const retained = data.rows.filter((r) => r.retained).length;
  const before = data.rows.filter((r) => Number(r.gmv_ly) > 0).length;
  // Brands on the same tier pair share a line: spread their labels down the band.
  const seen = new Map<string, number>();
  const labelled = long
    .filter((d) => d.when === when[1])
    .map((d) => {
      const k = d.tier;
      const i = seen.get(k) ?? 0;
      seen.set(k, i + 1);
      return { ...d, dy: i * 13 - 12 };
    });
  return {
    width: data.width,
    height: 250,
    marginBottom: 40,
    marginLeft: bandMargin(tiers, 11, 60),
    marginRight: 110,
    x: { label: null, domain: when, padding: 0.3 },
    y: { label: null, domain: tiers },
    caption: pick(
      {
        zh: `${moved} 个品牌层级变化；品牌留存 ${before ? `${retained}/${before}` : '—'}（一年前同期有成交、本期仍有成交）。`,
        en: `Brands that changed tier: ${moved}; brand retention ${before ? `${retained}/${before}` : '—'} (selling a year before and still selling).`,
      },
      l,
    ),
    marks: [
      Plot.line(long, {
        x: 'when',
        y: 'tier',
        z: 'brand',
        stroke: PALETTE.focus,
        strokeOpacity: 0.6,
        strokeWidth: 2,
      }),
      Plot.dot(long, { x: 'when', y: 'tier', fill: PALETTE.focus, r: 4 }),
      ...labelled.map((d) =>
        Plot.text([d], {
          x: 'when',
          y: 'tier',
          text: 'brand',
          dx: 8,
          dy: d.dy,
          textAnchor: 'start',
          fontSize: 10,
        }),
      ),
    ],
  };
}
