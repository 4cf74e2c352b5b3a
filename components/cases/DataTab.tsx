import { useSyncedState } from '../shared/useSyncedState';
import { useEffect, useRef, useState } from 'react';
import type { UiLocale } from '../../lib/i18n';
import { saveSettings } from '../../lib/platform/settings-store';
import { applyImport, ImportError, parseBackup, planImport, type ImportPlan } from '../../lib/records/backup';
import {
  countByAuthor,
  countPurgeable,
  deleteAllData,
  eraseAuthor,
  erasureLog,
  purgeClosedOlderThan,
} from '../../lib/records/erase';
import type { Settings } from '../../lib/settings/schema';
import { formatTime } from './format';
import type { CasesT } from './i18n';
import { db, type Write } from './useCases';

/** Largest backup file read (a backup of 50,000 cases is roughly 50 MB). */
const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/**
 * Import of a JSON backup: the file is checked completely, a dry run says what would
 * change, and "Apply" writes it in one transaction. Always rendered (the file input is a
 * stable control: `[data-tactful="import-file"]`, `[data-tactful-action="import-apply"]`).
 */
export function ImportPanel(props: { t: CasesT; write: Write; notify: (text: string, kind?: 'ok' | 'error') => void }) {
  const { t, write } = props;
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function onFile(file: File) {
    setPlan(null);
    setError(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setError(t('importFailed', { reason: t('importTooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }) }));
      return;
    }
    setChecking(file.name);
    try {
      const backup = await parseBackup(await file.text());
      setPlan(await planImport(db(), backup));
    } catch (err) {
      setError(
        t('importFailed', { reason: err instanceof ImportError || err instanceof Error ? err.message : String(err) }),
      );
    } finally {
      setChecking(null);
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
      {checking && (
        <div className="import-plan panel" role="status" data-tactful="import-checking">
          {t('importChecking', { name: checking })}
        </div>
      )}
      {(error || plan) && (
        <div
          className="import-plan panel"
          data-tactful="import-plan"
          role="dialog"
          aria-label={t('importTitle')}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            setPlan(null);
            setError(null);
          }}
        >
          <p className="muted small">{t('importHint')}</p>
          {error && (
            <p className="error" role="alert" data-tactful="import-error">
              {error}
            </p>
          )}
          {plan && (
            <>
              <p
                data-tactful="import-summary"
                data-new={plan.newCases.length}
                data-updated={plan.updatedCases.length}
                data-conflicts={plan.conflicts.length}
              >
                {t('importPlan', {
                  new: plan.newCases.length,
                  updated: plan.updatedCases.length,
                  unchanged: plan.unchanged,
                  conflicts: plan.conflicts.length,
                })}
              </p>
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
                    .catch((err: unknown) =>
                      setError(t('importFailed', { reason: err instanceof Error ? err.message : String(err) })),
                    )
                }
              >
                {t('importApply')}
              </button>
            </>
          )}
          <button
            type="button"
            autoFocus
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

/** Retention (with confirmation), erase on request by customer, the erasure audit, and "delete all data". */
export function DataTab(props: {
  total: number;
  settings: Settings | null;
  locale: UiLocale;
  t: CasesT;
  write: Write;
  notify: (text: string, kind?: 'ok' | 'error') => void;
}) {
  const { t, write, locale } = props;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const current = props.settings?.retentionDays ?? null;
  const [days, setDays] = useSyncedState(current === null ? '' : String(current));
  const [retention, setRetention] = useState<{ days: number; count: number } | null>(null);
  const [retentionError, setRetentionError] = useState<string | null>(null);
  const [contact, setContact] = useState('');
  const [found, setFound] = useState<{ contact: string; count: number } | null>(null);
  const [audit, setAudit] = useState<Awaited<ReturnType<typeof erasureLog>> | null>(null);
  const failed = (err: unknown) =>
    props.notify(t('actionFailed', { reason: err instanceof Error ? err.message : String(err) }), 'error');

  useEffect(() => {
    void erasureLog(db(), 20).then(setAudit);
  }, [props.total]);

  async function askRetention() {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 3650) {
      setRetentionError(t('retentionInvalid'));
      return;
    }
    setRetentionError(null);
    setRetention({ days: n, count: await countPurgeable(db(), n) });
  }

  async function applyRetention(rule: { days: number }) {
    if (!props.settings) return;
    try {
      await saveSettings({ ...props.settings, retentionDays: rule.days });
      const purged = await write((d) => purgeClosedOlderThan(d, rule.days));
      setRetention(null);
      props.notify(t('retentionSaved', { days: rule.days, count: purged }));
    } catch (err) {
      failed(err);
    }
  }

  return (
    <div className="data-tab">
      <section className="panel" data-tactful="retention">
        <h3>{t('retentionTitle')}</h3>
        <p className="muted">{current ? t('retention', { days: current }) : t('retentionOff')}</p>
        <div className="row">
          <label className="inline">
            {t('retentionDays')}
            <input
              type="number"
              min={1}
              max={3650}
              value={days}
              data-tactful="retention-days"
              onChange={(e) => setDays(e.target.value)}
            />
          </label>
          <button
            type="button"
            data-tactful-action="retention-save"
            onClick={() => void askRetention()}
            disabled={!props.settings}
          >
            {t('retentionSave')}
          </button>
          {current !== null && (
            <button
              type="button"
              data-tactful-action="retention-off"
              onClick={() =>
                props.settings &&
                void saveSettings({ ...props.settings, retentionDays: null }).then(
                  () => props.notify(t('retentionTurnedOff')),
                  failed,
                )
              }
            >
              {t('retentionTurnOff')}
            </button>
          )}
        </div>
        {retentionError && <p className="error">{retentionError}</p>}
        {retention && (
          <div className="confirm" role="alertdialog" aria-label={t('retentionTitle')}>
            <p>{t('retentionConfirm', { count: retention.count, days: retention.days })}</p>
            <button
              type="button"
              className="danger-btn"
              data-tactful-action="retention-confirm"
              onClick={() => void applyRetention(retention)}
            >
              {t('retentionConfirmButton')}
            </button>
            <button type="button" onClick={() => setRetention(null)}>
              {t('cancel')}
            </button>
          </div>
        )}
      </section>

      <section className="panel" data-tactful="erase-request">
        <h3>{t('eraseRequestTitle')}</h3>
        <p className="muted">{t('eraseRequestBody')}</p>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            const who = contact;
            if (!who) return;
            void countByAuthor(db(), who).then((count) => setFound({ contact: who, count }), failed);
          }}
        >
          <input
            type="text"
            className="grow"
            value={contact}
            aria-label={t('eraseRequestField')}
            placeholder={t('eraseRequestField')}
            data-tactful="erase-contact"
            onChange={(e) => {
              setContact(e.target.value);
              setFound(null);
            }}
          />
          <button type="submit" disabled={!contact} data-tactful-action="erase-find">
            {t('eraseFind')}
          </button>
        </form>
        {found && (
          <div className="confirm">
            {found.count === 0 ? (
              <p>{t('eraseNone')}</p>
            ) : (
              <>
                <p>{t('eraseAuthorConfirm', { count: found.count, who: found.contact })}</p>
                <button
                  type="button"
                  className="danger-btn"
                  data-tactful-action="erase-author-confirm"
                  onClick={() =>
                    void write((d) => eraseAuthor(d, found.contact)).then((count) => {
                      setFound(null);
                      setContact('');
                      props.notify(t('erased', { count }));
                    }, failed)
                  }
                >
                  {t('confirm')}
                </button>
                <button type="button" onClick={() => setFound(null)}>
                  {t('cancel')}
                </button>
              </>
            )}
          </div>
        )}
      </section>

      <section className="panel" data-tactful="erasure-audit">
        <h3>{t('auditTitle')}</h3>
        {!audit || audit.total === 0 ? (
          <p className="muted">{t('auditNone')}</p>
        ) : (
          <>
            <p className="muted">{t('auditTotal', { count: audit.total })}</p>
            <ul className="timeline">
              {audit.entries.map((e) => (
                <li key={`${e.caseId}-${e.at}`} data-case-id={e.caseId}>
                  {t('auditRow', {
                    time: formatTime(e.at, locale),
                    id: e.caseId.slice(0, 8),
                    reason: t(e.reason === 'retention' ? 'reason_retention' : 'reason_request'),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="panel danger-zone">
        <h3>{t('dangerTitle')}</h3>
        <p className="muted">{t('dangerBody')}</p>
        {confirmDelete ? (
          <div className="confirm">
            <p>{t('deleteAllConfirm', { count: props.total })}</p>
            <button
              type="button"
              className="danger-btn"
              data-tactful-action="delete-all-confirm"
              onClick={() =>
                void write((d) => deleteAllData(d)).then(() => {
                  setConfirmDelete(false);
                  props.notify(t('deleted'));
                }, failed)
              }
            >
              {t('deleteConfirmButton')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            data-tactful-action="delete-all"
            onClick={() => setConfirmDelete(true)}
            disabled={props.total === 0 && !audit?.total}
          >
            {t('deleteAll')}
          </button>
        )}
      </section>
    </div>
  );
}
