import type { DataDictionary } from '../data/demo';

/** Longer than this, a description is a sentence, not a name for an axis. */
const MAX_NAME = { 'zh-CN': 12, en: 28 } as const;

/**
 * What a chart calls a table's columns in the reader's language: the dictionary's description up
 * to its first bracket or colon ("支付金额（GMV 口径…）" → "支付金额"), or the column's own name
 * when there is no description or it is a sentence.
 */
export function columnNames(
  dictionary: DataDictionary,
  table: string | undefined,
  locale: 'zh-CN' | 'en',
): Record<string, string> {
  const columns = table ? dictionary[table]?.columns : undefined;
  if (!columns) return {};
  const names: Record<string, string> = {};
  for (const [column, description] of Object.entries(columns)) {
    const text = (locale === 'en' ? description.en : description.zh) ?? '';
    const name = text.split(/[（(：:]/)[0]!.trim();
    if (name && name.length <= MAX_NAME[locale]) names[column] = name;
  }
  return names;
}

/**
 * What a table's coded values read as, per column, in the reader's language (`livestream` →
 * 直播): a chart's legend and axes show these instead of the codes.
 */
export function valueNames(
  dictionary: DataDictionary,
  table: string | undefined,
  locale: 'zh-CN' | 'en',
): Record<string, Record<string, string>> {
  const columns = table ? dictionary[table]?.columns : undefined;
  const names: Record<string, Record<string, string>> = {};
  for (const [column, description] of Object.entries(columns ?? {}))
    if (description.values)
      names[column] = Object.fromEntries(
        Object.entries(description.values).map(([code, text]) => [
          code,
          locale === 'en' ? text.en : text.zh,
        ]),
      );
  return names;
}

/** Both, for a plot: the names of a table's columns and the labels of their coded values. */
export const dictionaryLabels = (
  dictionary: DataDictionary,
  table: string | undefined,
  locale: 'zh-CN' | 'en',
) => ({
  names: columnNames(dictionary, table, locale),
  values: valueNames(dictionary, table, locale),
});
