/** Goods-analysis charts: quadrant, funnel, grades, price bands, new-product curves, slow movers. */
import * as Plot from '@observablehq/plot';
import type { PlotData, RecordRow } from '../../src/panel/contract';
import { formatMetric, formatPercent, metricTicks } from '../../src/i18n/format';
import { pick } from '../../src/panel/sql';
import { PALETTE } from '../../src/plot/palette';
import { bandMargin } from '../../src/plot/fit';
import { labelOf } from '../common/labels';
import { FUNNEL_RATES, GRADE_COLORS, GRADES, PRICE_BANDS, QUADRANTS, WORDS } from './words';

type Locale = PlotData['locale'];
const w = (key: keyof typeof WORDS, locale: Locale) => pick(WORDS[key], locale);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const gradeColors = (l: Locale) => ({
  legend: true,
  domain: GRADE_COLORS.domain.map((g) => labelOf(GRADES, g, l)),
  range: GRADE_COLORS.range,
});

/** A ratio to the median on a log axis: 0.5×, 1×, 2× (not SI's 500m). */
const times = (v: number) => `${Number(v.toPrecision(2))}×`;

/** The last row of each run of `key` (rows ordered by key, then day): where a line ends. */
function lastOfEach(rows: readonly RecordRow[], key: string): RecordRow[] {
  const last = new Map<string, RecordRow>();
  for (const r of rows) last.set(String(r[key]), r);
  return [...last.values()];
}

/** Each SKU's traffic and conversion against its category's medians (log scales, 1 = median). */
export function buildQuadrantPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const shown = data.rows
    .filter((r) => Number(r.traffic_rel) > 0 && Number(r.conversion_rel) > 0)
    .map((r) => ({ ...r, gradeName: labelOf(GRADES, r.grade, l) }));
  const hidden = data.rows.length - shown.length;
  const corner = (
    q: string,
    frameAnchor: 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left',
  ) =>
    Plot.text([labelOf(QUADRANTS, q, l)], {
      frameAnchor,
      dx: frameAnchor.endsWith('left') ? 6 : -6,
      dy: frameAnchor.startsWith('top') ? 6 : -6,
      fontSize: 10,
      fill: PALETTE.muted,
    });
  return {
    width: data.width,
    height: 340,
    marginLeft: 56,
    marginRight: 16,
    x: { type: 'log', grid: true, label: `${w('trafficRel', l)} →`, tickFormat: times },
    y: { type: 'log', grid: true, label: `↑ ${w('conversionRel', l)}`, tickFormat: times },
    color: gradeColors(l),
    r: { range: [3, 14] },
    caption: pick(
      {
        zh: `每点一个商品，按同叶子类目的中位数归一（1 = 中位数），点大小为 GMV。${hidden ? `另有 ${hidden} 个商品无详情页流量或无转化，未画出。` : ''}`,
        en: `One dot per SKU, scaled by its leaf category’s medians (1 = the median); dot size is GMV.${hidden ? ` ${hidden} SKUs without product-page traffic or conversion are not drawn.` : ''}`,
      },
      l,
    ),
    marks: [
      Plot.ruleX([1], { stroke: PALETTE.median, strokeDasharray: '4,3' }),
      Plot.ruleY([1], { stroke: PALETTE.median, strokeDasharray: '4,3' }),
      corner('push', 'top-right'),
      corner('fix', 'bottom-right'),
      corner('potential', 'top-left'),
      corner('tail', 'bottom-left'),
      Plot.dot(shown, {
        x: 'traffic_rel',
        y: 'conversion_rel',
        r: 'gmv',
        fill: 'gradeName',
        fillOpacity: 0.75,
        stroke: 'white',
        title: (d: RecordRow) =>
          `#${String(d.product_id)} ${String(d.category)}\n${w('gmv', l)} ${formatMetric(l, d.gmv, 'money')}\n${w('pdp', l)} ${formatMetric(l, d.pdp_uv)} · ${w('conversion', l)} ${formatPercent(l, Number(d.conversion ?? 0), 1)}`,
        tip: true,
      }),
    ],
  };
}

/** The brand's step rates through the funnel against its categories' (all brands). */
export function buildFunnelPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const steps = data.rows.filter((r) => r.brand_rate !== null || r.category_rate !== null);
  const stage = (r: RecordRow) => labelOf(FUNNEL_RATES, r.stage, l);
  const long = steps.flatMap((r) => [
    { stage: stage(r), who: w('brand', l), rate: num(r.brand_rate), uv: num(r.brand_uv) },
    {
      stage: stage(r),
      who: w('categoryAll', l),
      rate: num(r.category_rate),
      uv: num(r.category_uv),
    },
  ]);
  const stages = steps.map(stage);
  const who = [w('brand', l), w('categoryAll', l)];
  return {
    width: data.width,
    height: stages.length * 56 + 70,
    marginLeft: bandMargin(stages, 11, 60),
    marginRight: 110,
    x: { grid: true, label: `${w('stepRate', l)} →`, tickFormat: '%' },
    y: { label: null, domain: who, axis: null },
    fy: { label: null, domain: stages },
    color: { legend: true, domain: who, range: [PALETTE.focus, PALETTE.compare] },
    caption: pick(
      {
        zh: '点击率 = 点击 ÷ 曝光；收加率 = 收藏加购 ÷ 详情页人数；转化率 = 看过详情页的买家 ÷ 详情页人数；右侧为本品牌人数。',
        en: 'CTR = click ÷ exposure; fav/cart rate = favourite/cart ÷ product-page UV; conversion = buyers who opened the page ÷ product-page UV; the brand’s consumers on the right.',
      },
      l,
    ),
    marks: [
      Plot.barX(long, { fy: 'stage', y: 'who', x: 'rate', fill: 'who', tip: true }),
      Plot.text(long, {
        fy: 'stage',
        y: 'who',
        x: 'rate',
        text: (d: { rate: number | null }) => formatPercent(l, d.rate ?? 0, 1),
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
      }),
      Plot.text(
        long.filter((d) => d.who === w('brand', l)),
        {
          fy: 'stage',
          frameAnchor: 'right',
          dx: 104,
          textAnchor: 'end',
          fontSize: 10,
          text: (d: { uv: number | null }) =>
            `${formatMetric(l, d.uv ?? 0)} ${pick({ zh: '人', en: 'people' }, l)}`,
        },
      ),
      Plot.ruleX([0]),
    ],
  };
}

/** SKUs per grade now and in the window before, with each grade's GMV share now. */
export function buildGradesPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const total = data.rows.reduce((s, r) => s + Number(r.gmv ?? 0), 0);
  const periods = [
    pick({ zh: '本窗口', en: 'This window' }, l),
    pick({ zh: '上一窗口', en: 'Window before' }, l),
  ];
  const long = GRADE_COLORS.domain.flatMap((g) => {
    const cur = data.rows.filter((r) => r.grade === g);
    const gmv = cur.reduce((s, r) => s + Number(r.gmv ?? 0), 0);
    return [
      {
        grade: labelOf(GRADES, g, l),
        period: periods[0]!,
        n: cur.length,
        share: total ? gmv / total : 0,
      },
      {
        grade: labelOf(GRADES, g, l),
        period: periods[1]!,
        n: data.rows.filter((r) => r.grade_before === g).length,
        share: null,
      },
    ];
  });
  const grades = GRADE_COLORS.domain.map((g) => labelOf(GRADES, g, l));
  return {
    width: data.width,
    height: grades.length * 52 + 70,
    marginLeft: bandMargin(grades, 11, 60),
    marginRight: 90,
    x: { grid: true, label: `${w('skus', l)} →` },
    y: { label: null, domain: periods, axis: null },
    fy: { label: null, domain: grades },
    color: { legend: true, domain: periods, range: [PALETTE.focus, PALETTE.compare] },
    marks: [
      Plot.barX(long, { fy: 'grade', y: 'period', x: 'n', fill: 'period', tip: true }),
      Plot.text(long, {
        fy: 'grade',
        y: 'period',
        x: 'n',
        text: 'n',
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
      }),
      Plot.text(
        long.filter((d) => d.share !== null),
        {
          fy: 'grade',
          frameAnchor: 'right',
          dx: 84,
          textAnchor: 'end',
          fontSize: 10,
          text: (d: { share: number | null }) => `GMV ${formatPercent(l, d.share ?? 0, 0)}`,
        },
      ),
      Plot.ruleX([0]),
    ],
  };
}

/** The brand's GMV by price band against its categories' (all brands). */
export function buildPriceBandsPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const who = [w('brand', l), w('categoryAll', l)];
  const bands = data.rows.map((r) => labelOf(PRICE_BANDS, String(r.band), l));
  const long = data.rows.flatMap((r) => [
    {
      band: labelOf(PRICE_BANDS, String(r.band), l),
      who: who[0]!,
      share: Number(r.brand_share ?? 0),
    },
    {
      band: labelOf(PRICE_BANDS, String(r.band), l),
      who: who[1]!,
      share: Number(r.category_share ?? 0),
    },
  ]);
  return {
    width: data.width,
    height: 260,
    marginLeft: 48,
    x: { label: null, domain: who, axis: null },
    fx: { label: `${w('band', l)} →`, domain: bands },
    y: { grid: true, label: `↑ ${w('gmvShare', l)}`, tickFormat: '%' },
    color: { legend: true, domain: who, range: [PALETTE.focus, PALETTE.compare] },
    marks: [
      Plot.barY(long, { fx: 'band', x: 'who', y: 'share', fill: 'who', tip: true }),
      Plot.text(long, {
        fx: 'band',
        x: 'who',
        y: 'share',
        text: (d: { share: number }) => formatPercent(l, d.share, 0),
        dy: -6,
        fontSize: 10,
      }),
      Plot.ruleY([0]),
    ],
  };
}

/** Cumulative GMV of each new SKU by day since launch, against the category's P50 and P80. */
export function buildLaunchPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const skus = data.rows.filter((r) => r.series === 'sku');
  const bench = data.rows.filter((r) => r.series !== 'sku');
  const ends = lastOfEach(skus, 'product_id');
  const benchName = (r: RecordRow) =>
    r.series === 'p50'
      ? pick({ zh: '类目新品中位数', en: 'Category launches: median' }, l)
      : pick({ zh: '类目新品 P80', en: 'Category launches: P80' }, l);
  return {
    width: data.width,
    height: 300,
    marginLeft: 60,
    marginRight: 60,
    x: { grid: true, label: `${w('daysSince', l)} →` },
    // A square-root scale: one breakout would otherwise flatten every other launch to the floor.
    y: {
      type: 'sqrt',
      grid: true,
      label: `↑ ${w('cumGmv', l)}`,
      tickFormat: metricTicks(l, 'money'),
    },
    caption: pick(
      {
        zh: `本品牌近期新品 ${ends.length} 个（彩色，线尾标商品号）；灰色虚线为同类目已满 90 天新品的中位数（长虚线）与 P80（点线）；纵轴为平方根刻度。`,
        en: `${ends.length} recent launches of the brand (coloured, SKU number at the line’s end); grey: the median (dashes) and P80 (dots) of the categories’ launches with 90 days observed; square-root scale.`,
      },
      l,
    ),
    marks: [
      ...(['p50', 'p80'] as const).map((series) =>
        Plot.lineY(
          bench.filter((r) => r.series === series),
          {
            x: 't',
            y: 'cum_gmv',
            stroke: PALETTE.median,
            strokeDasharray: series === 'p50' ? '4,3' : '1,3',
            title: benchName,
          },
        ),
      ),
      Plot.lineY(skus, {
        x: 't',
        y: 'cum_gmv',
        z: 'product_id',
        stroke: PALETTE.focus,
        strokeOpacity: 0.7,
        tip: true,
        title: (r: RecordRow) =>
          `#${String(r.product_id)} · ${w('daysSince', l)} ${String(r.t)} · ${formatMetric(l, r.cum_gmv, 'money')}`,
      }),
      Plot.text(ends, {
        x: 't',
        y: 'cum_gmv',
        text: (r: RecordRow) => `#${String(r.product_id)}`,
        dx: 4,
        textAnchor: 'start',
        fontSize: 9,
        fill: PALETTE.focus,
      }),
      Plot.ruleY([0]),
    ],
  };
}

/** The longest-idle SKUs: days without a sale. */
export function buildSlowPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const rows = data.rows
    .slice(0, 15)
    .map((r) => ({ ...r, name: `#${String(r.product_id)} ${String(r.category)}` }));
  const names = rows.map((r) => r.name);
  return {
    width: data.width,
    height: Math.max(120, rows.length * 24 + 60),
    marginLeft: bandMargin(names, 11, 80),
    marginRight: 40,
    x: { grid: true, label: `${w('idle', l)} →` },
    y: { label: null, domain: names },
    caption: pick(
      {
        zh: `${data.rows.length} 个滞销商品${data.rows.length > 15 ? '（图中为最久的 15 个，表格视图列出全部）' : ''}`,
        en: `${data.rows.length} slow movers${data.rows.length > 15 ? ' (the 15 longest idle; the table view lists all)' : ''}`,
      },
      l,
    ),
    marks: [
      Plot.barX(rows, { y: 'name', x: 'idle_days', fill: PALETTE.compare, tip: true }),
      Plot.text(rows, {
        y: 'name',
        x: 'idle_days',
        text: 'idle_days',
        dx: 4,
        textAnchor: 'start',
        fontSize: 10,
      }),
      Plot.ruleX([0]),
    ],
  };
}

/** The top SKUs by GMV, each labelled with its CTR, fav/cart rate and conversion. */
export function buildSkuPlot(data: PlotData): Plot.PlotOptions {
  const l = data.locale;
  const rows = data.rows
    .slice(0, 12)
    .map((r) => ({ ...r, name: `#${String(r.product_id)} ${String(r.category)}` }));
  const names = rows.map((r) => r.name);
  const rate = (v: unknown) =>
    v === null || v === undefined ? '—' : formatPercent(l, Number(v), 1);
  return {
    width: data.width,
    height: Math.max(120, rows.length * 26 + 60),
    marginLeft: bandMargin(names, 11, 80),
    marginRight: 250,
    x: { grid: true, label: `${w('gmv', l)} →`, tickFormat: metricTicks(l, 'money') },
    y: { label: null, domain: names },
    color: gradeColors(l),
    caption: pick(
      {
        zh: `GMV 前 ${rows.length} 的商品（共 ${data.rows.length} 个，表格视图列出全部），颜色为等级。`,
        en: `The top ${rows.length} SKUs by GMV (of ${data.rows.length}; the table view lists all), coloured by grade.`,
      },
      l,
    ),
    marks: [
      Plot.barX(rows, {
        y: 'name',
        x: 'gmv',
        fill: (r: RecordRow) => labelOf(GRADES, r.grade, l),
        tip: true,
      }),
      Plot.text(rows, {
        y: 'name',
        frameAnchor: 'right',
        dx: 246,
        textAnchor: 'end',
        fontSize: 10,
        text: (r: RecordRow) =>
          `${w('ctr', l)} ${rate(r.ctr)} · ${w('favcartRate', l)} ${rate(r.favcart_rate)} · ${w('conversion', l)} ${rate(r.conversion)}`,
      }),
      Plot.ruleX([0]),
    ],
  };
}
