import { makeTranslator, type UiLocale } from '../../lib/i18n';
import { assistStrings } from '../../lib/i18n/strings/assist';

export type AssistKey = keyof (typeof assistStrings)['en'];
export type AssistT = (key: AssistKey, params?: Record<string, string | number>) => string;

export function assistTranslator(locale: UiLocale): AssistT {
  return makeTranslator(assistStrings, locale);
}

/** `reasonable-not-responsible` → `q_reasonable_not_responsible` */
export const quadrantKey = (q: string) => `q_${q.replace(/-/g, '_')}` as AssistKey;

/** Relative due time for a case, in the UI language. */
export function formatDue(deadlineAt: number, locale: UiLocale, now = Date.now()): { text: string; overdue: boolean } {
  const t = assistTranslator(locale);
  const when = new Date(deadlineAt).toLocaleString(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return deadlineAt < now
    ? { text: t('overdue', { time: when }), overdue: true }
    : { text: t('due', { time: when }), overdue: false };
}

/** A point in time, short, in the UI language (12月14日 12:00 / 14 Dec, 12:00). */
export function formatTime(at: number, locale: UiLocale): string {
  return new Date(at).toLocaleString(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
