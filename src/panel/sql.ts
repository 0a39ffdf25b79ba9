/** Small pure SQL pieces the panels share. Values and names always go through the quoting module. */
import { ident } from '../sql/quote';
import type { Aggregate, Localized } from './contract';

/** `sum("x")::DOUBLE` etc.; `count` ignores the column. Results are DOUBLE so no BigInt escapes. */
export function aggregateSql(aggregate: Aggregate, column: string): string {
  const c = column ? ident(column) : '*';
  switch (aggregate) {
    case 'count':
      return 'count(*)::DOUBLE';
    case 'count_distinct':
      return `count(DISTINCT ${c})::DOUBLE`;
    case 'median':
      return `median(${c})::DOUBLE`;
    default:
      return `${aggregate}(${c})::DOUBLE`;
  }
}

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A date column truncated to a grain, as DATE (Plot reads it as a date). */
export function truncSql(grain: Grain, column: string): string {
  return grain === 'day'
    ? `CAST(${ident(column)} AS DATE)`
    : `CAST(date_trunc('${grain}', ${ident(column)}) AS DATE)`;
}

export const AGGREGATE_LABELS: Record<Aggregate, Localized> = {
  sum: { zh: '求和', en: 'Sum' },
  avg: { zh: '平均', en: 'Average' },
  count: { zh: '行数', en: 'Row count' },
  count_distinct: { zh: '去重计数', en: 'Distinct count' },
  min: { zh: '最小', en: 'Minimum' },
  max: { zh: '最大', en: 'Maximum' },
  median: { zh: '中位数', en: 'Median' },
};

export const GRAIN_OPTIONS: { value: Grain; label: Localized }[] = [
  { value: 'day', label: { zh: '日', en: 'Day' } },
  { value: 'week', label: { zh: '周', en: 'Week' } },
  { value: 'month', label: { zh: '月', en: 'Month' } },
  { value: 'quarter', label: { zh: '季度', en: 'Quarter' } },
  { value: 'year', label: { zh: '年', en: 'Year' } },
];

/** Pick the label in the UI language. */
export function pick(text: Localized, locale: 'zh-CN' | 'en'): string {
  return locale === 'en' ? text.en : text.zh;
}

/** A column as the reader calls it: its dictionary name when it has one, else its own name. */
export function columnLabel(
  column: string,
  data: { names?: Readonly<Record<string, string>> },
): string {
  return data.names?.[column] ?? column;
}

/** A value of a column as the reader reads it: its dictionary label (直播 for livestream), else as is. */
export function valueLabel(
  column: string,
  value: unknown,
  data: { values?: Readonly<Record<string, Readonly<Record<string, string>>>> },
): string {
  const text = value === null || value === undefined ? '' : String(value);
  return data.values?.[column]?.[text] ?? text;
}

/**
 * What an aggregated axis measures, in the reader's language: "支付金额（求和）" / "Sum of Paid
 * amount" (the column by its dictionary name when it has one), "行数" / "Rows" for a count (the
 * column name alone hid the aggregation).
 */
export function measureLabel(
  aggregate: Aggregate,
  column: string,
  data: { locale: 'zh-CN' | 'en'; names?: Readonly<Record<string, string>> },
): string {
  const { locale } = data;
  if (aggregate === 'count' || !column) return locale === 'en' ? 'Rows' : '行数';
  const how = pick(AGGREGATE_LABELS[aggregate], locale);
  const name = columnLabel(column, data);
  return locale === 'en' ? `${how} of ${name}` : `${name}（${how}）`;
}
