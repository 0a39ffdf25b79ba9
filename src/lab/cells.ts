import type { Cell } from '../engine/records';
import { formatDate, formatDateTime, formatNumber, type Locale } from '../i18n/format';

/** Text of one table cell: numbers in the locale, dates in ISO, nulls as an empty mark. */
export function formatCell(locale: Locale, value: Cell): string {
  if (value === null) return '∅';
  if (value instanceof Date)
    return value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds()
      ? formatDateTime(value)
      : formatDate(value);
  if (typeof value === 'number') return formatNumber(locale, value, 4);
  // Intl formats a BigInt exactly (a 19-digit id keeps its last digits).
  if (typeof value === 'bigint') return formatNumber(locale, value, 0);
  return String(value);
}
