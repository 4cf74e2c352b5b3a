export const UI_LOCALES = ['en', 'zh-TW', 'zh-CN'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** One table of strings per area of the product, in every UI language. */
export type StringTable<K extends string = string> = Record<UiLocale, Record<K, string>>;

/**
 * Declare an area's strings. English defines the keys; the other languages must
 * provide every one of them (a missing translation is a type error).
 */
export function defineStrings<K extends string>(table: {
  en: Record<K, string>;
  'zh-TW': Record<NoInfer<K>, string>;
  'zh-CN': Record<NoInfer<K>, string>;
}): StringTable<K> {
  return table;
}
