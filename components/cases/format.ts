import type { UiLocale } from '../../lib/i18n';

export function formatTime(ms: number, locale: UiLocale): string {
  return new Date(ms).toLocaleString(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Month, day and time without the year (table cells). */
export function formatShortTime(ms: number, locale: UiLocale): string {
  return new Date(ms).toLocaleString(locale, {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

export function formatDate(ms: number, locale: UiLocale): string {
  return new Date(ms).toLocaleDateString(locale, { month: 'short', day: 'numeric' });
}

/** "3 d" / "5 h" / "20 min" (rounded) for intervals and due times. */
export function formatInterval(
  ms: number,
  t: (k: 'days' | 'hours' | 'minutes', p: { count: number }) => string,
): string {
  const abs = Math.abs(ms);
  if (abs >= 86_400_000) return t('days', { count: Math.round(abs / 86_400_000) });
  if (abs >= 3_600_000) return t('hours', { count: Math.round(abs / 3_600_000) });
  return t('minutes', { count: Math.max(1, Math.round(abs / 60_000)) });
}

/** Value of an `<input type="datetime-local">` for a time (local time, minutes). */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Only web links are shown as links (a recorded URL is untrusted input). */
export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
