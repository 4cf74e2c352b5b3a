import { makeTranslator, type UiLocale } from '../../lib/i18n';
import { correctionsStrings } from '../../lib/i18n/strings/corrections';

export type CorrectionsKey = keyof (typeof correctionsStrings)['en'];
export type CorrectionsT = (key: CorrectionsKey, params?: Record<string, string | number>) => string;
export const correctionsTranslator = (locale: UiLocale): CorrectionsT => makeTranslator(correctionsStrings, locale);
