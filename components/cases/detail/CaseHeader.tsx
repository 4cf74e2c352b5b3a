import { useEffect, useRef } from 'react';
import type { CaseRow } from '../../../lib/db/schema';
import { BidiText } from '../BidiText';
import { useDashboard } from '../context';
import { formatTime, safeHttpUrl } from '../format';

/** Who (each field isolated: a name cannot reorder the contact beside it), where, a link to the original, "no longer visible". */
export function CaseHeader({ row }: { row: CaseRow }) {
  const { t, locale, open } = useDashboard();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [row.id]);
  const link = safeHttpUrl(row.url);
  const where = [row.authorContact, row.context].filter(Boolean);
  return (
    <>
      <header className="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          <BidiText text={row.authorName || row.authorContact || '—'} />
        </h2>
        <button
          type="button"
          className="icon"
          aria-label={t('detailClose')}
          title={`${t('detailClose')} (Esc)`}
          data-tactful-action="close-detail"
          onClick={() => open(null)}
        >
          ×
        </button>
      </header>
      <p className="muted" data-tactful="case-where">
        {where.map((field, i) => (
          <span key={i}>
            {i > 0 && ' · '}
            <BidiText text={field} />
          </span>
        ))}
      </p>
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer" data-tactful="open-original">
            {t('openOriginal')}
          </a>
        </p>
      )}
      {row.goneSince !== null && (
        <p className="warning" data-tactful="gone-since">
          {t('goneSince', { time: formatTime(row.goneSince, locale) })}
        </p>
      )}
    </>
  );
}
