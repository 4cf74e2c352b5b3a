import { useMemo } from 'react';
import { makeTranslator, resolveUiLocale, type StringTable, type UiLocale } from '../../lib/i18n';

/** The UI locale from the settings' `uiLanguage`, falling back to the browser's language. */
export function uiLocaleFor(uiLanguage: string | undefined): UiLocale {
  return resolveUiLocale(uiLanguage, typeof navigator === 'undefined' ? undefined : navigator.language);
}

export function useTranslator<K extends string>(table: StringTable<K>, locale: UiLocale) {
  return useMemo(() => makeTranslator(table, locale), [table, locale]);
}
