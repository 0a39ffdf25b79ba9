import type { EngineErrorInfo } from '../engine/errors';
import { formatBytes, formatNumber, type Locale } from './format';
import { en, type MessageKey } from './messages-en';
import { zh } from './messages-zh';

const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zh };
const STORAGE_KEY = 'ecology-lab.locale';

/** Chinese first: English only when the user chose it (the language menu keeps the choice). */
function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

export const i18n = $state({ locale: initialLocale() });

export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}

/** Translate a key, filling `{name}` placeholders. Numbers are formatted for the locale. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = MESSAGES[i18n.locale][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? formatNumber(i18n.locale, value) : value;
  });
}

/** The user-facing message for an engine error, in the current language. */
export function describeError(info: EngineErrorInfo): string {
  if (info.code) {
    const key = `error.${info.code}`;
    if (isMessageKey(key)) {
      const detail = { ...info.detail };
      for (const field of ['size', 'limit'] as const)
        if (typeof detail[field] === 'number')
          detail[field] = formatBytes(i18n.locale, detail[field]);
      // What a file turned out to be ("text", "parquet") is a word too: say it in the user's language.
      const actual = `format.${detail.actual}`;
      if (isMessageKey(actual)) detail.actual = t(actual);
      return t(key, detail);
    }
  }
  if (info.kind === 'sql') return `${t('error.sql', { name: info.name })} ${info.message}`;
  return info.message || t('error.unknown');
}

/** A notice about a lab that was opened (a link, a file, a saved lab), in the current language. */
export function describeNotice(notice: {
  code: string;
  detail?: Record<string, string | number>;
}): string {
  const key = `notice.${notice.code}`;
  return isMessageKey(key) ? t(key, notice.detail ?? {}) : notice.code;
}
