import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useMemo, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { CATEGORIES, SEVERITIES } from '../../lib/detect/types';
import type { CaseRow } from '../../lib/db/schema';
import type { UiLocale } from '../../lib/i18n';
import { isolatePlain } from '../../lib/records/bidi';
import { byCategory, perDayBySeverity, repeatComplainants, spikes } from '../../lib/records/patterns';
import type { AssistKey, AssistT } from '../assist/i18n';
import { BidiText } from './BidiText';
import { formatInterval, formatTime } from './format';
import type { CasesT } from './i18n';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

/** Colours from the theme tokens, so charts follow light and dark mode. */
function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

/** Re-renders when the system switches between light and dark (chart colours are read from the theme). */
function useColorScheme(): 'light' | 'dark' {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark ? 'dark' : 'light';
}

/** "Complaints are events": per day by severity, by category, repeat complainants, spikes. */
export function Patterns(props: {
  rows: CaseRow[];
  locale: UiLocale;
  t: CasesT;
  ta: AssistT;
  now: number;
  onPickAuthor?: (contact: string) => void;
}) {
  const { rows, t, ta, now } = props;
  const scheme = useColorScheme();
  const daily = useMemo(() => perDayBySeverity(rows, 30, now), [rows, now]);
  const categories = useMemo(() => byCategory(rows), [rows]);
  const repeat = useMemo(() => repeatComplainants(rows), [rows]);
  const spiking = useMemo(() => spikes(rows, now), [rows, now]);
  const fg = token('--tf-fg-soft');
  const grid = token('--tf-border');
  const axes = {
    x: { stacked: true, ticks: { color: fg }, grid: { color: grid } },
    y: { stacked: true, beginAtZero: true, ticks: { color: fg, precision: 0 }, grid: { color: grid } },
  };
  const intervalT = (k: 'days' | 'hours' | 'minutes', p: { count: number }) => t(k, p);
  // Severity "none" (recorded by hand although the detector saw no complaint) only when present.
  const shownSeverities = SEVERITIES.filter((s) => s !== 'none' || daily.some((d) => d.counts.none > 0));

  if (!rows.length) {
    return (
      <div className="patterns" data-tactful="patterns">
        <div className="empty" data-tactful="patterns-empty">
          <p>{t('patternsEmpty')}</p>
        </div>
      </div>
    );
  }

  return (
    <div className="patterns" data-tactful="patterns" data-scheme={scheme}>
      <section className="panel">
        <h3>{t('spikes')}</h3>
        {spiking.length === 0 ? (
          <p className="muted">{t('spikesNone')}</p>
        ) : (
          <ul className="spikes" data-tactful="spikes">
            {spiking.map((s) => (
              <li key={s.category} className="warning" data-category={s.category}>
                ⚠{' '}
                {t('spikeRow', {
                  category: ta(`cat_${s.category}` as AssistKey),
                  count: s.last24h,
                  baseline: s.baseline.toFixed(1),
                })}
              </li>
            ))}
          </ul>
        )}
        <p className="muted small">{t('spikeRule')}</p>
      </section>
      <section className="panel chart">
        <h3>{t('perDay')}</h3>
        <Bar
          key={`day-${scheme}`}
          aria-label={t('perDay')}
          data={{
            labels: daily.map((d) => d.day.slice(5)),
            datasets: shownSeverities.map((s) => ({
              label: ta(`severity_${s}` as AssistKey),
              data: daily.map((d) => d.counts[s]),
              backgroundColor: token(`--tf-sev-${s}`),
            })),
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: axes,
            plugins: { legend: { labels: { color: fg } } },
          }}
        />
      </section>
      <section className="panel chart">
        <h3>{t('byCategory')}</h3>
        <Bar
          key={`cat-${scheme}`}
          aria-label={t('byCategory')}
          data={{
            labels: CATEGORIES.map((c) => ta(`cat_${c}` as AssistKey)),
            datasets: [
              {
                label: t('byCategory'),
                data: CATEGORIES.map((c) => categories[c]),
                backgroundColor: token('--tf-accent'),
              },
            ],
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            indexAxis: 'y',
            scales: {
              x: { beginAtZero: true, ticks: { color: fg, precision: 0 }, grid: { color: grid } },
              y: { ticks: { color: fg }, grid: { color: grid } },
            },
            plugins: { legend: { display: false } },
          }}
        />
      </section>
      <section className="panel">
        <h3>{t('repeat')}</h3>
        {repeat.length === 0 ? (
          <p className="muted">{t('repeatNone')}</p>
        ) : (
          <ul className="repeat" data-tactful="repeat-complainants">
            {repeat.slice(0, 50).map((r) => (
              <li key={r.authorContact} data-count={r.count} data-interval-ms={r.intervalMs}>
                <button
                  type="button"
                  className="link"
                  title={isolatePlain(r.authorContact)}
                  onClick={() => props.onPickAuthor?.(r.authorContact)}
                >
                  <BidiText text={r.authorName || r.authorContact} />
                </button>
                {t('repeatRow', { count: r.count, interval: formatInterval(r.intervalMs, intervalT), open: r.open })}
                <span className="muted small">
                  {' '}
                  ({formatTime(r.first, props.locale)} → {formatTime(r.second, props.locale)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
