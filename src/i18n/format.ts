/** Locale-aware formatting. zh-CN uses 万/亿 for compact numbers (Intl does this natively). */
export type Locale = 'zh-CN' | 'en';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

export function formatNumber(
  locale: Locale,
  value: number | bigint,
  maximumFractionDigits = 2,
): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** 12,345 → "1.23万" (zh-CN) / "12.3K" (en). */
export function formatCompact(locale: Locale, value: number): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

export function formatPercent(locale: Locale, share: number, digits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export function formatBytes(locale: Locale, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(locale, value, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/** Dates are always ISO (product rule). */
export function formatDate(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

export function formatDateTime(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().replace('T', ' ').slice(0, 19);
}

/**
 * A number as an alert or a definition states it: small values keep their significant digits
 * (a P25 of 0.0095 stays 0.0095, not 0.01), larger ones one decimal.
 */
export function formatSignificant(locale: Locale, value: number): string {
  return Math.abs(value) < 1 && value !== 0
    ? numberFormat(locale, { maximumSignificantDigits: 3 }).format(value)
    : formatNumber(locale, value, 1);
}

export type MetricKind = 'money' | 'count' | 'share' | 'ratio';

/**
 * A metric in a chart label, a card or a table: money and counts compact (1.23万 / 12.3K), shares
 * as percents, ratios with two decimals; '—' for a missing value. The one formatter charts and
 * the UI share, so an axis and the label beside it agree.
 */
export function formatMetric(locale: Locale, value: unknown, kind: MetricKind = 'count'): string {
  const v = typeof value === 'number' ? value : Number(value);
  if (value === null || value === undefined || !Number.isFinite(v)) return '—';
  if (kind === 'share') return formatPercent(locale, v);
  if (kind === 'ratio') return formatNumber(locale, v, 2);
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
}

/** An axis tick formatter in the same units as `formatMetric` (万/亿 in Chinese, K/M in English). */
export function metricTicks(locale: Locale, kind: MetricKind = 'count'): (value: number) => string {
  return (value) => formatMetric(locale, value, kind);
}

/**
 * Tick labels for a time axis in Chinese (Plot's own are English month names): months as
 * "11月" (with the year at the first tick and at each January), days as "22日" with the month at
 * the first tick and where it changes ("11月1日"). English keeps Plot's labels (undefined).
 */
export function dateTicks(
  locale: Locale,
): ((date: Date, index: number, ticks?: readonly Date[]) => string) | undefined {
  if (locale !== 'zh-CN') return undefined;
  // Plot passes the ticks as the third argument (it maps over them); without them each label
  // stands alone.
  return (date, index, ticks = [date]) => {
    const previous = index > 0 && ticks.length > 1 ? ticks[index - 1] : undefined;
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const newYear = !previous || previous.getUTCFullYear() !== year;
    if (ticks.every((t) => t.getUTCDate() === 1))
      return newYear || month === 1 ? `${year}年${month}月` : `${month}月`;
    const newMonth = newYear || previous?.getUTCMonth() !== date.getUTCMonth();
    return newMonth ? `${month}月${day}日` : `${day}日`;
  };
}

/** A time x axis: UTC dates, no label, ticks in the reader's language. */
export function timeAxis(locale: Locale) {
  const tickFormat = dateTicks(locale);
  return { type: 'utc' as const, label: null, ...(tickFormat ? { tickFormat } : {}) };
}
