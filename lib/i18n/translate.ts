import { UI_LOCALES, type StringTable, type UiLocale } from './types';

/** Picks the UI locale: the explicit setting, else the browser's language. */
export function resolveUiLocale(setting: string | undefined, browserLanguage: string | undefined): UiLocale {
  if (setting && (UI_LOCALES as readonly string[]).includes(setting)) return setting as UiLocale;
  const lang = (browserLanguage ?? 'en').toLowerCase();
  if (lang.startsWith('zh')) {
    // zh-CN, zh-SG and zh-Hans use Simplified; zh-TW, zh-HK, zh-MO and zh-Hant Traditional.
    return /^zh-(cn|sg|hans)/.test(lang) ? 'zh-CN' : 'zh-TW';
  }
  return 'en';
}

export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders; unknown placeholders are left visible. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function makeTranslator<K extends string>(table: StringTable<K>, locale: UiLocale) {
  return (key: K, params?: Params): string => interpolate(table[locale][key] ?? table.en[key] ?? key, params);
}
