import { columnLabel, measureLabel, valueLabel } from '../../src/panel/sql';
import type { PanelTable, PlotData, RecordRow } from '../../src/panel/contract';
import type { PivotParams } from './index';
import { OTHER, ROW, TOTAL, TOTAL_ROW } from './query';

const WORDS = {
  total: { 'zh-CN': '合计', en: 'Total' },
  other: { 'zh-CN': '其他', en: 'Other' },
} as const;

/**
 * The pivot as the reader sees it: the row header first, value columns by their total (largest
 * first) or by header, "other" and the totals column last, the totals row pinned under the rows.
 */
export function buildPivotTable(p: PivotParams, data: PlotData): PanelTable {
  const word = (w: keyof typeof WORDS) => WORDS[w][data.locale];
  const isTotalRow = (r: RecordRow) => Number(r[TOTAL_ROW] ?? 0) === 1;
  const totals = data.rows.find(isTotalRow);
  const values = data.columns
    .map((c) => c.name)
    .filter((n) => n !== ROW && n !== TOTAL_ROW && n !== TOTAL && n !== OTHER);
  const byTotal = (a: string, b: string) => Number(totals?.[b] ?? 0) - Number(totals?.[a] ?? 0);
  values.sort(
    p.sort === 'label' || !totals
      ? (a, b) => a.localeCompare(b, 'zh-CN', { numeric: true })
      : byTotal,
  );
  const present = new Set(data.columns.map((c) => c.name));
  const tail = [OTHER, TOTAL].filter((n) => present.has(n));
  const header = p.columns
    ? `${columnLabel(p.rows, data)} ╲ ${columnLabel(p.columns, data)}`
    : columnLabel(p.rows, data);
  // Row and column values read as the dictionary says (直播, not livestream).
  const relabel = (r: RecordRow): RecordRow => ({
    ...r,
    [ROW]: r[ROW] === OTHER ? word('other') : valueLabel(p.rows, r[ROW], data),
  });
  return {
    columns: [
      { name: ROW, label: header, numeric: false },
      ...[...values, ...tail].map((name) => ({
        name,
        // Without a column field the totals column is the only one: it says what it measures.
        label:
          name === TOTAL
            ? p.columns
              ? word('total')
              : measureLabel(p.aggregate, p.value, data)
            : name === OTHER
              ? word('other')
              : valueLabel(p.columns, name, data),
        numeric: true,
      })),
    ],
    rows: data.rows.filter((r) => !isTotalRow(r)).map(relabel),
    ...(totals ? { footer: { ...totals, [ROW]: word('total') } } : {}),
  };
}
