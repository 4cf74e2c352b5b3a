import { makeTranslator, type UiLocale } from '../i18n';
import { assistStrings } from '../i18n/strings/assist';
import { contentStrings } from '../i18n/strings/content';

/** Translators for what the content scripts draw without React (badges, live lint, notices). */
export type AssistKey = keyof (typeof assistStrings)['en'];
export type AssistT = (key: AssistKey, params?: Record<string, string | number>) => string;
export type ContentKey = keyof (typeof contentStrings)['en'];
export type ContentT = (key: ContentKey, params?: Record<string, string | number>) => string;

export const assistTranslator = (locale: UiLocale): AssistT => makeTranslator(assistStrings, locale);
export const contentTranslator = (locale: UiLocale): ContentT => makeTranslator(contentStrings, locale);
