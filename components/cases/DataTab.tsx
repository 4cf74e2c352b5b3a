import { useState } from 'react';
import { deleteAllData } from '../../lib/records/erase';
import { errorText, useDashboard } from './context';
import { EraseRequestSection } from './data/EraseRequestSection';
import { ErasureAudit } from './data/ErasureAudit';
import { RetentionSection } from './data/RetentionSection';

/** The Data tab: retention, erase on request by customer, the erasure audit, and "delete all data". */
export function DataTab() {
  const [audited, setAudited] = useState(0);
  return (
    <div className="data-tab">
      <RetentionSection />
      <EraseRequestSection />
      <ErasureAudit onTotal={setAudited} />
      <DeleteAll audited={audited} />
    </div>
  );
}

/** Deletes every case, version, note and audit entry, after a confirmation. */
function DeleteAll({ audited }: { audited: number }) {
  const { cases, write, notify, t } = useDashboard();
  const [confirm, setConfirm] = useState(false);
  const total = cases?.length ?? 0;
  return (
    <section className="panel danger-zone">
      <h3>{t('dangerTitle')}</h3>
      <p className="muted">{t('dangerBody')}</p>
      {confirm ? (
        <div className="confirm">
          <p>{t('deleteAllConfirm', { count: total })}</p>
          <button
            type="button"
            className="danger-btn"
            data-tactful-action="delete-all-confirm"
            onClick={() =>
              void write((d) => deleteAllData(d)).then(
                () => {
                  setConfirm(false);
                  notify(t('deleted'));
                },
                (err: unknown) => notify(t('actionFailed', { reason: errorText(err) }), 'error'),
              )
            }
          >
            {t('deleteConfirmButton')}
          </button>
          <button type="button" onClick={() => setConfirm(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          data-tactful-action="delete-all"
          onClick={() => setConfirm(true)}
          disabled={total === 0 && !audited}
        >
          {t('deleteAll')}
        </button>
      )}
    </section>
  );
}
