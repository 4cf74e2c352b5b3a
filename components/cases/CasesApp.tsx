import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../lib/detect/types';
import { CASE_STATUSES, type CaseRow, type CaseStatus, type Source } from '../../lib/db/schema';
import { loadSettings, watchSettings } from '../../lib/platform/settings-store';
import { backupJsonChunks } from '../../lib/records/backup';
import { casesToCsvChunks } from '../../lib/records/csv';
import { changeStatusMany } from '../../lib/records/lifecycle';
import {
  distinctContexts,
  filterCases,
  localDayRange,
  sortCases,
  type CaseFilter,
  type SortKey,
} from '../../lib/records/query';
import type { Settings } from '../../lib/settings/schema';
import { assistTranslator, type AssistKey } from '../assist/i18n';
import { downloadText } from '../shared/download';
import { uiLocaleFor } from '../shared/useUiLocale';
import { CaseDetail } from './CaseDetail';
import { CaseTable } from './CaseTable';
import { DataTab, ImportPanel } from './DataTab';
import { casesTranslator } from './i18n';
import { Patterns } from './Patterns';
import { db, useCases } from './useCases';
import './cases.css';

type Tab = 'cases' | 'patterns' | 'data';

/** The case id in the address (`cases.html#case=<id>`), as opened from a badge or the sidebar. */
function caseIdFromHash(): string | null {
  const m = /(?:^#|&)case=([^&]+)/.exec(location.hash);
  return m ? decodeURIComponent(m[1]!) : null;
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The cases dashboard (`/cases.html`). */
export function CasesApp() {
  const { cases, write } = useCases();
  const [settings, setSettings] = useState<Settings | null>(null);
  const locale = uiLocaleFor(settings?.uiLanguage);
  const t = useMemo(() => casesTranslator(locale), [locale]);
  const ta = useMemo(() => assistTranslator(locale), [locale]);
  const [tab, setTab] = useState<Tab>('cases');
  const [filter, setFilter] = useState<CaseFilter>({});
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [sort, setSort] = useState<SortKey>('deadline');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | null>(caseIdFromHash());
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'error' } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const tableBody = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadSettings().then(({ settings }) => setSettings(settings));
    const off = watchSettings(setSettings);
    const onHash = () => setOpenId(caseIdFromHash());
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
    () => ({ ...filter, search: deferredSearch, from: localDayRange(fromDay)?.start, to: localDayRange(toDay)?.end }),
    [filter, deferredSearch, fromDay, toDay],
  );
  const rows = useMemo(
    () => (cases ? sortCases(filterCases(cases, fullFilter, now), sort) : []),
    [cases, fullFilter, sort, now],
  );
  const contexts = useMemo(() => (cases ? distinctContexts(cases) : []), [cases]);
  /** The selection as far as it is shown: exports and bulk changes act on these. */
  const selectedRows = useMemo(() => rows.filter((r) => selected.has(r.id)), [rows, selected]);
  const openRow = useMemo(() => cases?.find((c) => c.id === openId) ?? null, [cases, openId]);
  const notify = useCallback((text: string, kind: 'ok' | 'error' = 'ok') => setNotice({ text, kind }), []);

  const open = (id: string | null) => {
    history.replaceState(null, '', id ? `#case=${encodeURIComponent(id)}` : '#');
    setOpenId(id);
    if (!id) requestAnimationFrame(() => tableBody.current?.focus());
  };

  // Escape closes the open case from anywhere on the page (focus then returns to the table).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !openId || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('[role="dialog"]')) return;
      open(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  /** The cases an export covers: the selection if any, else the current filter. */
  const exportRows = (): CaseRow[] => (selectedRows.length ? selectedRows : rows);

  async function exportCsv() {
    const list = exportRows();
    const parts: string[] = [];
    setProgress({ done: 0, total: list.length });
    try {
      for await (const { chunk, done } of casesToCsvChunks(list)) {
        parts.push(chunk);
        setProgress({ done, total: list.length });
      }
      downloadText(`tactful-cases-${stamp()}.csv`, new Blob(parts, { type: 'text/csv;charset=utf-8' }));
      notify(t('exported', { count: list.length }));
    } catch (err) {
      notify(t('actionFailed', { reason: errorText(err) }), 'error');
    } finally {
      setProgress(null);
    }
  }

  async function exportJson() {
    const list = exportRows();
    const parts: string[] = [];
    setProgress({ done: 0, total: list.length });
    try {
      for await (const { chunk, done } of backupJsonChunks(
        db(),
        list.map((r) => r.id),
      )) {
        parts.push(chunk);
        setProgress({ done, total: list.length });
      }
      downloadText(`tactful-backup-${stamp()}.json`, new Blob(parts, { type: 'application/json' }));
      notify(t('exported', { count: list.length }));
    } catch (err) {
      notify(t('actionFailed', { reason: errorText(err) }), 'error');
    } finally {
      setProgress(null);
    }
  }

  async function bulkStatus(status: CaseStatus) {
    try {
      const result = await write((d) =>
        changeStatusMany(
          d,
          selectedRows.map((r) => r.id),
          status,
        ),
      );
      setSelected(new Set());
      notify(
        [
          t('bulkDone', { changed: result.changed.length }),
          result.skipped.length ? t('bulkSkipped', { count: result.skipped.length }) : '',
        ]
          .join(' ')
          .trim(),
      );
    } catch (err) {
      notify(t('actionFailed', { reason: errorText(err) }), 'error');
    }
  }

  const setField = <K extends keyof CaseFilter>(key: K, value: CaseFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));
  const single = <T extends string>(value: string) => (value ? [value as T] : undefined);

  return (
    <div className="app">
      <header className="top">
        <h1>{t('title')}</h1>
        <nav role="tablist" aria-label={t('title')}>
          {(['cases', 'patterns', 'data'] as Tab[]).map((id) => (
            <button
              key={id}
              role="tab"
              aria-selected={tab === id}
              data-tactful-tab={id}
              className={tab === id ? 'tab on' : 'tab'}
              onClick={() => setTab(id)}
            >
              {t(id === 'cases' ? 'tabCases' : id === 'patterns' ? 'tabPatterns' : 'tabData')}
            </button>
          ))}
        </nav>
        <div className="actions">
          <button
            type="button"
            data-tactful-action="export-csv"
            disabled={!rows.length || progress !== null}
            onClick={() => void exportCsv()}
          >
            {t('exportCsv')}
          </button>
          <button
            type="button"
            data-tactful-action="export-json"
            disabled={!rows.length || progress !== null}
            onClick={() => void exportJson()}
          >
            {t('exportJson')}
          </button>
          <ImportPanel t={t} write={write} notify={notify} />
        </div>
      </header>
      {progress && (
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={progress.done}
          data-tactful="export-progress"
        >
          <div style={{ width: `${progress.total ? (progress.done / progress.total) * 100 : 100}%` }} />
          <span>{t('exporting', { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      {notice && (
        <p
          className={`notice ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-tactful="notice"
          data-kind={notice.kind}
          onClick={() => setNotice(null)}
        >
          {notice.text}
        </p>
      )}

      {tab === 'cases' && (
        <>
          <div className="filters" role="search">
            <input
              type="search"
              data-tactful="search"
              placeholder={t('search')}
              aria-label={t('search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <select
              aria-label={t('colStatus')}
              data-tactful="filter-status"
              value={filter.statuses?.[0] ?? ''}
              onChange={(e) => setField('statuses', single<CaseStatus>(e.target.value))}
            >
              <option value="">{t('allStatuses')}</option>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ta(`status_${s}` as AssistKey)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('colSeverity')}
              data-tactful="filter-severity"
              value={filter.severities?.[0] ?? ''}
              onChange={(e) => setField('severities', single<Severity>(e.target.value))}
            >
              <option value="">{t('allSeverities')}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {ta(`severity_${s}` as AssistKey)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('colSource')}
              data-tactful="filter-source"
              value={filter.sources?.[0] ?? ''}
              onChange={(e) => setField('sources', single<Source>(e.target.value))}
            >
              <option value="">{t('allSources')}</option>
              <option value="gmail">Gmail</option>
              <option value="facebook">Facebook</option>
            </select>
            <select
              aria-label={t('category')}
              data-tactful="filter-category"
              value={filter.categories?.[0] ?? ''}
              onChange={(e) => setField('categories', single<Category>(e.target.value))}
            >
              <option value="">{t('allCategories')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {ta(`cat_${c}` as AssistKey)}
                </option>
              ))}
            </select>
            <input
              type="text"
              list="tactful-contexts"
              data-tactful="filter-context"
              aria-label={t('contextFilter')}
              placeholder={t('contextFilter')}
              value={filter.context ?? ''}
              onChange={(e) => setField('context', e.target.value || undefined)}
            />
            <datalist id="tactful-contexts">
              {contexts.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
            <label className="inline">
              {t('from')}
              <input
                type="date"
                data-tactful="filter-from"
                value={fromDay}
                max={toDay || undefined}
                onChange={(e) => setFromDay(e.target.value)}
              />
            </label>
            <label className="inline">
              {t('to')}
              <input
                type="date"
                data-tactful="filter-to"
                value={toDay}
                min={fromDay || undefined}
                onChange={(e) => setToDay(e.target.value)}
              />
            </label>
            <label className="inline check">
              <input
                type="checkbox"
                data-tactful="filter-overdue"
                checked={Boolean(filter.overdue)}
                onChange={(e) => setField('overdue', e.target.checked || undefined)}
              />
              {t('overdueOnly')}
            </label>
            <label className="inline">
              {t('sortBy')}
              <select value={sort} data-tactful="sort" onChange={(e) => setSort(e.target.value as SortKey)}>
                <option value="deadline">{t('sortDeadline')}</option>
                <option value="severity">{t('sortSeverity')}</option>
                <option value="activity">{t('sortActivity')}</option>
                <option value="firstSeen">{t('sortFirstSeen')}</option>
              </select>
            </label>
            <button
              type="button"
              data-tactful-action="clear-filters"
              onClick={() => {
                setFilter({});
                setSearch('');
                setFromDay('');
                setToDay('');
              }}
            >
              {t('clearFilters')}
            </button>
          </div>
          <div className="bar">
            <span
              data-tactful="case-count"
              data-shown={rows.length}
              data-total={cases?.length ?? 0}
              data-search={deferredSearch}
            >
              {t('shown', { shown: rows.length, total: cases?.length ?? 0 })}
            </span>
            {selectedRows.length > 0 && (
              <>
                <span data-tactful="selected-count">{t('selected', { count: selectedRows.length })}</span>
                <select
                  aria-label={t('setStatus')}
                  data-tactful="bulk-status"
                  value=""
                  onChange={(e) => {
                    if (e.target.value) void bulkStatus(e.target.value as CaseStatus);
                  }}
                >
                  <option value="">{t('setStatus')}</option>
                  {CASE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {ta(`status_${s}` as AssistKey)}
                    </option>
                  ))}
                </select>
              </>
            )}
            <span className="hint small">{t('keyboardHint')}</span>
          </div>
          <main className={openRow ? 'split' : ''}>
            {cases === null ? null : cases.length === 0 ? (
              <div className="empty" data-tactful="empty">
                <h2>{t('emptyTitle')}</h2>
                <p>{t('emptyBody')}</p>
              </div>
            ) : rows.length === 0 ? (
              <div className="empty" data-tactful="no-match">
                <p>{t('noMatch')}</p>
              </div>
            ) : (
              <CaseTable
                rows={rows}
                selected={selected}
                activeIndex={Math.min(active, rows.length - 1)}
                openId={openId}
                now={now}
                locale={locale}
                t={t}
                ta={ta}
                bodyRef={tableBody}
                onActive={setActive}
                onOpen={open}
                onClose={() => open(null)}
                onToggle={(id) =>
                  setSelected((s) => {
                    const next = new Set(s);
                    if (next.has(id)) next.delete(id);
                    else next.add(id);
                    return next;
                  })
                }
                onToggleAll={() =>
                  setSelected((s) => (rows.every((r) => s.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id))))
                }
              />
            )}
            {openRow && (
              <CaseDetail
                key={openRow.id}
                row={openRow}
                locale={locale}
                t={t}
                ta={ta}
                write={write}
                notify={notify}
                onClose={() => open(null)}
              />
            )}
          </main>
        </>
      )}
      {tab === 'patterns' && cases && (
        <Patterns
          rows={cases}
          locale={locale}
          t={t}
          ta={ta}
          now={now}
          onPickAuthor={(contact) => {
            setSearch(contact);
            setTab('cases');
          }}
        />
      )}
      {tab === 'data' && (
        <DataTab total={cases?.length ?? 0} settings={settings} locale={locale} t={t} write={write} notify={notify} />
      )}
    </div>
  );
}
