import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useState, type RefObject } from 'react';
import { loadSettings, watchSettings } from '../../lib/platform/settings-store';
import { filterCases, localDayRange, sortCases, type CaseFilter } from '../../lib/records/query';
import type { Settings } from '../../lib/settings/schema';
import { assistTranslator } from '../assist/i18n';
import { correctionsTranslator } from '../corrections/i18n';
import { useCorrections } from '../corrections/useCorrections';
import { uiLocaleFor } from '../shared/useUiLocale';
import type { Dashboard } from './context';
import { casesTranslator } from './i18n';
import { initialState, reducer } from './state';
import { useCases } from './useCases';

/** The case id in the address (`cases.html#case=<id>`), as opened from a badge or the sidebar. */
function caseIdFromHash(): string | null {
  const m = /(?:^#|&)case=([^&]+)/.exec(location.hash);
  return m ? decodeURIComponent(m[1]!) : null;
}

/**
 * Everything the dashboard shares: cases (reloaded on every change), settings and the UI
 * language, the reducer's state and what it derives (the rows shown, the selection shown),
 * and the page-wide behaviour — the address's `#case=`, a clock for overdue marks, the
 * document's language and title, Escape closing the open case.
 */
export function useDashboardModel(tableBody: RefObject<HTMLDivElement | null>): Dashboard {
  const { cases, write } = useCases();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, dispatch] = useReducer(reducer, null, () => initialState(caseIdFromHash()));
  const [now, setNow] = useState(() => Date.now());
  const locale = uiLocaleFor(settings?.uiLanguage);
  const t = useMemo(() => casesTranslator(locale), [locale]);
  const ta = useMemo(() => assistTranslator(locale), [locale]);
  const tc = useMemo(() => correctionsTranslator(locale), [locale]);
  const corrections = useCorrections();
  const search = useDeferredValue(state.search);

  useEffect(() => {
    void loadSettings().then(({ settings }) => setSettings(settings));
    const off = watchSettings(setSettings);
    const onHash = () => dispatch({ type: 'open', id: caseIdFromHash() });
    window.addEventListener('hashchange', onHash);
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => {
      off();
      window.removeEventListener('hashchange', onHash);
      clearInterval(timer);
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('title');
  }, [locale, t]);

  const fullFilter = useMemo<CaseFilter>(
    () => ({
      ...state.filter,
      search,
      from: localDayRange(state.fromDay)?.start,
      to: localDayRange(state.toDay)?.end,
    }),
    [state.filter, search, state.fromDay, state.toDay],
  );
  const rows = useMemo(
    () => (cases ? sortCases(filterCases(cases, fullFilter, now), state.sort) : []),
    [cases, fullFilter, state.sort, now],
  );
  const selectedRows = useMemo(() => rows.filter((r) => state.selected.has(r.id)), [rows, state.selected]);
  const notify = useCallback(
    (text: string, kind: 'ok' | 'error' = 'ok') => dispatch({ type: 'notice', notice: { text, kind } }),
    [],
  );
  const open = useCallback(
    (id: string | null) => {
      history.replaceState(null, '', id ? `#case=${encodeURIComponent(id)}` : '#');
      dispatch({ type: 'open', id });
      if (!id) requestAnimationFrame(() => tableBody.current?.focus());
    },
    [tableBody],
  );

  // Escape closes the open case from anywhere on the page (focus then returns to the table).
  const openId = state.openId;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !openId || e.defaultPrevented) return;
      if ((e.target as HTMLElement | null)?.closest('[role="dialog"]')) return;
      open(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openId, open]);

  return {
    state,
    dispatch,
    cases,
    appliedSearch: search,
    rows,
    selectedRows,
    settings,
    locale,
    t,
    ta,
    tc,
    corrections,
    now,
    write,
    notify,
    open,
  };
}
