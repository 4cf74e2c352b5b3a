import { useState } from 'react';
import { saveSettings } from '../../../lib/platform/settings-store';
import { countPurgeable, purgeClosedOlderThan } from '../../../lib/records/erase';
import { useSyncedState } from '../../shared/useSyncedState';
import { errorText, useDashboard } from '../context';
import { db } from '../useCases';

/** Retention: purge closed cases older than N days, after saying how many would go now. */
export function RetentionSection() {
  const { settings, write, notify, t } = useDashboard();
  const current = settings?.retentionDays ?? null;
  const [days, setDays] = useSyncedState(current === null ? '' : String(current));
  const [pending, setPending] = useState<{ days: number; count: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const failed = (err: unknown) => notify(t('actionFailed', { reason: errorText(err) }), 'error');

  async function ask() {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 3650) {
      setError(t('retentionInvalid'));
      return;
    }
    setError(null);
    setPending({ days: n, count: await countPurgeable(db(), n) });
  }

  async function apply(rule: { days: number }) {
    if (!settings) return;
    try {
      await saveSettings({ ...settings, retentionDays: rule.days });
      const purged = await write((d) => purgeClosedOlderThan(d, rule.days));
      setPending(null);
      notify(t('retentionSaved', { days: rule.days, count: purged }));
    } catch (err) {
      failed(err);
    }
  }

  return (
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
        <button type="button" data-tactful-action="retention-save" onClick={() => void ask()} disabled={!settings}>
          {t('retentionSave')}
        </button>
        {current !== null && (
          <button
            type="button"
            data-tactful-action="retention-off"
            onClick={() =>
              settings &&
              void saveSettings({ ...settings, retentionDays: null }).then(
                () => notify(t('retentionTurnedOff')),
                failed,
              )
            }
          >
            {t('retentionTurnOff')}
          </button>
        )}
      </div>
      {error && <p className="error">{error}</p>}
      {pending && (
        <div className="confirm" role="alertdialog" aria-label={t('retentionTitle')}>
          <p>{t('retentionConfirm', { count: pending.count, days: pending.days })}</p>
          <button
            type="button"
            className="danger-btn"
            data-tactful-action="retention-confirm"
            onClick={() => void apply(pending)}
          >
            {t('retentionConfirmButton')}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
