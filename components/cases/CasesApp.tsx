import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../lib/detect/types';
import { CASE_STATUSES, type CaseRow, type CaseStatus, type Source } from '../../lib/db/schema';
import { loadSettings, watchSettings } from '../../lib/platform/settings-store';
import { exportBackup } from '../../lib/records/backup';
import { casesToCsvChunks } from '../../lib/records/csv';
import { canTransition, changeStatus } from '../../lib/records/lifecycle';
import { filterCases, sortCases, type CaseFilter, type SortKey } from '../../lib/records/query';
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

/** The cases dashboard (`/cases.html`). */
export function CasesApp() {
  const { cases, write } = useCases();
  const [settings, setSettings] = useState<Settings | null>(null);
  const locale = uiLocaleFor(settings?.uiLanguage);
  const t = useMemo(() => casesTranslator(locale), [locale]);
  const ta = useMemo(() => assistTranslator(locale), [locale]);
  const [tab, setTab] = useState<Tab>('cases');
  const [filter, setFilter] = useState<CaseFilter>({});
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [sort, setSort] = useState<SortKey>('deadline');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | null>(caseIdFromHash());
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'error' } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [now, setNow] = useState(Date.now());

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

  const rows = useMemo(
    () => (cases ? sortCases(filterCases(cases, { ...filter, search: deferredSearch }, now), sort) : []),
    [cases, filter, deferredSearch, sort, now],
  );
  const openRow = useMemo(() => cases?.find((c) => c.id === openId) ?? null, [cases, openId]);
  const notify = useCallback((text: string, kind: 'ok' | 'error' = 'ok') => setNotice({ text, kind }), []);

  const open = (id: string | null) => {
    history.replaceState(null, '', id ? `#case=${encodeURIComponent(id)}` : '#');
    setOpenId(id);
  };

  /** The cases an export covers: the selection if any, else the current filter. */
  const exportRows = (): CaseRow[] => (selected.size ? rows.filter((r) => selected.has(r.id)) : rows);

  async function exportCsv() {
    const list = exportRows();
    const parts: string[] = [];
    setProgress({ done: 0, total: list.length });
    for await (const { chunk, done } of casesToCsvChunks(list)) {
      parts.push(chunk);
      setProgress({ done, total: list.length });
    }
    downloadText(`tactful-cases-${stamp()}.csv`, new Blob(parts, { type: 'text/csv;charset=utf-8' }));
    setProgress(null);
    notify(t('exported', { count: list.length }));
  }

  async function exportJson() {
    const list = exportRows();
    setProgress({ done: 0, total: list.length });
    const backup = await exportBackup(db(), list.map((r) => r.id));
    downloadText(`tactful-backup-${stamp()}.json`, JSON.stringify(backup));
    setProgress(null);
    notify(t('exported', { count: list.length }));
  }

  const setField = <K extends keyof CaseFilter>(key: K, value: CaseFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));
  const single = <T extends string>(value: string) => (value ? [value as T] : undefined);

  return (
    <div className="app">
      <header className="top">
        <h1>{t('title')}</h1>
        <nav role="tablist" aria-label={t('title')}>
          {(['cases', 'patterns', 'data'] as Tab[]).map((id) => (
            <button key={id} role="tab" aria-selected={tab === id} className={tab === id ? 'tab on' : 'tab'} onClick={() => setTab(id)}>
              {t(id === 'cases' ? 'tabCases' : id === 'patterns' ? 'tabPatterns' : 'tabData')}
            </button>
          ))}
        </nav>
        <div className="actions">
          <button type="button" data-tactful-action="export-csv" disabled={!rows.length || progress !== null} onClick={() => void exportCsv()}>
            {t('exportCsv')}
          </button>
          <button type="button" data-tactful-action="export-json" disabled={!rows.length || progress !== null} onClick={() => void exportJson()}>
            {t('exportJson')}
          </button>
          <ImportPanel t={t} write={write} notify={notify} />
        </div>
      </header>
      {progress && (
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} data-tactful="export-progress">
          <div style={{ width: `${progress.total ? (progress.done / progress.total) * 100 : 100}%` }} />
          <span>{t('exporting', { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      {notice && (
        <p className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-tactful="notice" onClick={() => setNotice(null)}>
          {notice.text}
        </p>
      )}

      {tab === 'cases' && (
        <>
          <div className="filters" role="search">
            <input type="search" data-tactful="search" placeholder={t('search')} aria-label={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} />
            <select aria-label={t('colStatus')} data-tactful="filter-status" value={filter.statuses?.[0] ?? ''} onChange={(e) => setField('statuses', single<CaseStatus>(e.target.value))}>
              <option value="">{t('allStatuses')}</option>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ta(`status_${s}` as AssistKey)}
                </option>
              ))}
            </select>
            <select aria-label={t('colSeverity')} data-tactful="filter-severity" value={filter.severities?.[0] ?? ''} onChange={(e) => setField('severities', single<Severity>(e.target.value))}>
              <option value="">{t('allSeverities')}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {ta(`severity_${s}` as AssistKey)}
                </option>
              ))}
            </select>
            <select aria-label={t('colSource')} data-tactful="filter-source" value={filter.sources?.[0] ?? ''} onChange={(e) => setField('sources', single<Source>(e.target.value))}>
              <option value="">{t('allSources')}</option>
              <option value="gmail">Gmail</option>
              <option value="facebook">Facebook</option>
            </select>
            <select aria-label={t('category')} data-tactful="filter-category" value={filter.categories?.[0] ?? ''} onChange={(e) => setField('categories', single<Category>(e.target.value))}>
              <option value="">{t('allCategories')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {ta(`cat_${c}` as AssistKey)}
                </option>
              ))}
            </select>
            <input type="text" aria-label={t('contextFilter')} placeholder={t('contextFilter')} value={filter.context ?? ''} onChange={(e) => setField('context', e.target.value || undefined)} />
            <label className="inline">
              {t('from')}
              <input type="date" onChange={(e) => setField('from', e.target.value ? new Date(`${e.target.value}T00:00`).getTime() : undefined)} />
            </label>
            <label className="inline">
              {t('to')}
              <input type="date" onChange={(e) => setField('to', e.target.value ? new Date(`${e.target.value}T23:59:59`).getTime() : undefined)} />
            </label>
            <label className="inline check">
              <input type="checkbox" data-tactful="filter-overdue" checked={Boolean(filter.overdue)} onChange={(e) => setField('overdue', e.target.checked || undefined)} />
              {t('overdueOnly')}
            </label>
            <label className="inline">
              {t('sortBy')}
              <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
                <option value="deadline">{t('sortDeadline')}</option>
                <option value="severity">{t('sortSeverity')}</option>
                <option value="activity">{t('sortActivity')}</option>
                <option value="firstSeen">{t('sortFirstSeen')}</option>
              </select>
            </label>
            <button
              type="button"
              onClick={() => {
                setFilter({});
                setSearch('');
              }}
            >
              {t('clearFilters')}
            </button>
          </div>
          <div className="bar">
            <span data-tactful="case-count">{t('shown', { shown: rows.length, total: cases?.length ?? 0 })}</span>
            {selected.size > 0 && (
              <>
                <span>{t('selected', { count: selected.size })}</span>
                <select
                  aria-label={t('setStatus')}
                  data-tactful="bulk-status"
                  value=""
                  onChange={(e) => {
                    const status = e.target.value as CaseStatus;
                    if (!status) return;
                    void write(async (d) => {
                      for (const id of selected) {
                        const row = cases?.find((c) => c.id === id);
                        if (row && canTransition(row.status, status)) await changeStatus(d, id, status);
                      }
                    }).then(() => setSelected(new Set()));
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
                onActive={setActive}
                onOpen={open}
                onToggle={(id) =>
                  setSelected((s) => {
                    const next = new Set(s);
                    if (next.has(id)) next.delete(id);
                    else next.add(id);
                    return next;
                  })
                }
                onToggleAll={() => setSelected((s) => (rows.every((r) => s.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id))))}
              />
            )}
            {openRow && <CaseDetail key={openRow.id} row={openRow} locale={locale} t={t} ta={ta} write={write} notify={notify} onClose={() => open(null)} />}
          </main>
        </>
      )}
      {tab === 'patterns' && cases && <Patterns rows={cases} locale={locale} t={t} ta={ta} now={now} />}
      {tab === 'data' && <DataTab total={cases?.length ?? 0} settings={settings} t={t} write={write} notify={notify} />}
    </div>
  );
}
