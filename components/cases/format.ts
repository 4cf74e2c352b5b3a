import type { UiLocale } from '../../lib/i18n';

export function formatTime(ms: number, locale: UiLocale): string {
  return new Date(ms).toLocaleString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

export function formatDate(ms: number, locale: UiLocale): string {
  return new Date(ms).toLocaleDateString(locale, { month: 'short', day: 'numeric' });
}

/** "3 d" / "5 h" (rounded) for intervals and due times. */
export function formatInterval(ms: number, t: (k: 'days' | 'hours', p: { count: number }) => string): string {
  const abs = Math.abs(ms);
  return abs >= 86_400_000 ? t('days', { count: Math.round(abs / 86_400_000) }) : t('hours', { count: Math.max(1, Math.round(abs / 3_600_000)) });
}
