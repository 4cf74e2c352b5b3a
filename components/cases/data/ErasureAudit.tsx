import { useEffect, useState } from 'react';
import { isolatePlain } from '../../../lib/records/bidi';
import { erasureLog } from '../../../lib/records/erase';
import { useDashboard } from '../context';
import { formatTime } from '../format';
import { db } from '../useCases';

type Audit = Awaited<ReturnType<typeof erasureLog>>;

/** The erasure audit: when, which case (short id) and why — nothing else. Reports its size to `onTotal`. */
export function ErasureAudit({ onTotal }: { onTotal: (total: number) => void }) {
  const { cases, locale, t } = useDashboard();
  const [audit, setAudit] = useState<Audit | null>(null);
  useEffect(() => {
    let live = true;
    void erasureLog(db(), 20).then((log) => {
      if (!live) return;
      setAudit(log);
      onTotal(log.total);
    });
    return () => {
      live = false;
    };
  }, [cases, onTotal]);
  return (
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
                  id: isolatePlain(e.caseId.slice(0, 8)),
                  reason: t(e.reason === 'retention' ? 'reason_retention' : 'reason_request'),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
