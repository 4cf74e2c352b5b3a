import { makeTranslator, type UiLocale } from '../../lib/i18n';
import { casesStrings } from '../../lib/i18n/strings/cases';

export type CasesKey = keyof (typeof casesStrings)['en'];
export type CasesT = (key: CasesKey, params?: Record<string, string | number>) => string;
export const casesTranslator = (locale: UiLocale): CasesT => makeTranslator(casesStrings, locale);
