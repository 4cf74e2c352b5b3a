import { useDashboard } from './context';
import { ImportPanel } from './ImportPanel';
import type { Tab } from './state';
import { useExport } from './useExport';

const TABS: { id: Tab; label: 'tabCases' | 'tabPatterns' | 'tabData' | 'tabCorrections' }[] = [
  { id: 'cases', label: 'tabCases' },
  { id: 'patterns', label: 'tabPatterns' },
  { id: 'corrections', label: 'tabCorrections' },
  { id: 'data', label: 'tabData' },
];

/** Title, tabs, and export / import (on every tab). */
export function Header() {
  const { state, dispatch, rows, cases, corrections, t } = useDashboard();
  const { exportCsv, exportJson } = useExport();
  const busy = !rows.length || state.progress !== null;
  // With no case at all, a backup can still hold the corrections.
  const onlyCorrections = !cases?.length && Boolean(corrections.entries?.length);
  return (
    <header className="top">
      <h1>{t('title')}</h1>
      <nav role="tablist" aria-label={t('title')}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            role="tab"
            aria-selected={state.tab === id}
            data-tactful-tab={id}
            className={state.tab === id ? 'tab on' : 'tab'}
            onClick={() => dispatch({ type: 'tab', tab: id })}
          >
            {t(label)}
          </button>
        ))}
      </nav>
      <div className="actions">
        <button type="button" data-tactful-action="export-csv" disabled={busy} onClick={() => void exportCsv()}>
          {t('exportCsv')}
        </button>
        <button
          type="button"
          data-tactful-action="export-json"
          disabled={busy && !(onlyCorrections && state.progress === null)}
          onClick={() => void exportJson()}
        >
          {t('exportJson')}
        </button>
        <ImportPanel />
      </div>
    </header>
  );
}

/** Export progress and the last notice (click to dismiss). */
export function StatusLine() {
  const { state, dispatch, t } = useDashboard();
  const { progress, notice } = state;
  return (
    <>
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
          onClick={() => dispatch({ type: 'notice', notice: null })}
        >
          {notice.text}
        </p>
      )}
    </>
  );
}
