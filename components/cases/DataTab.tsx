import { useRef, useState } from 'react';
import type { TactfulDB } from '../../lib/db/schema';
import { applyImport, ImportError, parseBackup, planImport, type ImportPlan } from '../../lib/records/backup';
import { deleteAllData } from '../../lib/records/erase';
import type { Settings } from '../../lib/settings/schema';
import type { CasesT } from './i18n';
import { db } from './useCases';

type Write = <T>(work: (database: TactfulDB) => Promise<T>) => Promise<T>;

/**
 * Import of a JSON backup: the file is checked completely, a dry run says what would
 * change, and "Apply" writes it in one transaction. Always rendered (the file input is a
 * stable control: `[data-tactful="import-file"]`, `[data-tactful-action="import-apply"]`).
 */
export function ImportPanel(props: { t: CasesT; write: Write; notify: (text: string, kind?: 'ok' | 'error') => void }) {
  const { t, write } = props;
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function onFile(file: File) {
    setPlan(null);
    setError(null);
    try {
      const backup = await parseBackup(await file.text());
      setPlan(await planImport(db(), backup));
    } catch (err) {
      setError(t('importFailed', { reason: err instanceof ImportError || err instanceof Error ? err.message : String(err) }));
    }
  }

  return (
    <div className="import">
      <button type="button" onClick={() => input.current?.click()}>
        {t('importTitle')}…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept="application/json,.json"
        data-tactful="import-file"
        aria-label={t('importTitle')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      {(error || plan) && (
        <div className="import-plan panel" data-tactful="import-plan" role="dialog" aria-label={t('importTitle')}>
          <p className="muted small">{t('importHint')}</p>
          {error && (
            <p className="error" role="alert" data-tactful="import-error">
              {error}
            </p>
          )}
          {plan && (
            <>
              <p>{t('importPlan', { new: plan.newCases.length, updated: plan.updatedCases.length, unchanged: plan.unchanged, conflicts: plan.conflicts.length })}</p>
              {plan.conflicts.length > 0 && (
                <ul className="muted small">
                  {plan.conflicts.slice(0, 10).map((c) => (
                    <li key={c.caseId}>
                      {c.sourceKey}: {c.reason}
                    </li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                className="primary"
                data-tactful-action="import-apply"
                disabled={plan.newCases.length + plan.updatedCases.length === 0}
                onClick={() =>
                  void write((d) => applyImport(d, plan))
                    .then((r) => {
                      setPlan(null);
                      props.notify(t('imported', r));
                    })
                    .catch((err: unknown) => setError(t('importFailed', { reason: err instanceof Error ? err.message : String(err) })))
                }
              >
                {t('importApply')}
              </button>
            </>
          )}
          <button
            type="button"
            onClick={() => {
              setPlan(null);
              setError(null);
            }}
          >
            {t('cancel')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Retention and "delete all data". */
export function DataTab(props: { total: number; settings: Settings | null; t: CasesT; write: Write; notify: (text: string, kind?: 'ok' | 'error') => void }) {
  const { t, write } = props;
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <div className="data-tab">
      <section className="panel">
        <p className="muted">{props.settings?.retentionDays ? t('retention', { days: props.settings.retentionDays }) : t('retentionOff')}</p>
      </section>
      <section className="panel danger">
        <h3>{t('dangerTitle')}</h3>
        <p className="muted">{t('dangerBody')}</p>
        {confirmDelete ? (
          <>
            <p>{t('deleteAllConfirm', { count: props.total })}</p>
            <button
              type="button"
              className="danger-btn"
              data-tactful-action="delete-all-confirm"
              onClick={() =>
                void write((d) => deleteAllData(d)).then(() => {
                  setConfirmDelete(false);
                  props.notify(t('deleted'));
                })
              }
            >
              {t('confirm')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" data-tactful-action="delete-all" onClick={() => setConfirmDelete(true)}>
            {t('deleteAll')}
          </button>
        )}
      </section>
    </div>
  );
}
