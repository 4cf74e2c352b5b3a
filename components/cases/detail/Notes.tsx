import { useState } from 'react';
import type { CaseRow, EventRow } from '../../../lib/db/schema';
import { addNote } from '../../../lib/records/lifecycle';
import { BidiText } from '../BidiText';
import { useAct, useDashboard } from '../context';
import { formatTime } from '../format';
import { draftKindLabel } from './labels';

/** Notes (word for word, "read back and confirmed by the customer") and the form to add one. */
export function Notes({ row, notes }: { row: CaseRow; notes: EventRow[] }) {
  const { t, locale } = useDashboard();
  const act = useAct();
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  return (
    <>
      <h3>{t('notes')}</h3>
      {notes.length === 0 ? (
        <p className="muted small">{t('notesNone')}</p>
      ) : (
        <ul className="notes" data-tactful="notes">
          {notes.map((n) => (
            <li key={n.id} data-confirmed={String(Boolean(n.data.confirmedByCustomer))}>
              <div className="muted small">
                {formatTime(n.at, locale)} ·{' '}
                {n.data.confirmedByCustomer ? (
                  <span className="ok">✓ {t('noteConfirmed')}</span>
                ) : (
                  t('noteNotConfirmed')
                )}
              </div>
              <pre className="verbatim">
                <BidiText text={String(n.data.text ?? '')} />
              </pre>
            </li>
          ))}
        </ul>
      )}
      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!note.trim()) return;
          void act((d) => addNote(d, row.id, note, confirmed)).then((id) => {
            if (id === undefined) return;
            setNote('');
            setConfirmed(false);
          });
        }}
      >
        <textarea
          value={note}
          rows={3}
          placeholder={t('notePlaceholder')}
          aria-label={t('notes')}
          data-tactful="note-text"
          onChange={(e) => setNote(e.target.value)}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={confirmed}
            data-tactful="note-confirmed"
            onChange={(e) => setConfirmed(e.target.checked)}
          />{' '}
          {t('confirmed')}
        </label>
        <button type="submit" disabled={!note.trim()} data-tactful-action="add-note">
          {t('addNote')}
        </button>
      </form>
    </>
  );
}

/** The drafts the CSM inserted or copied for this case. */
export function DraftsUsed({ drafts }: { drafts: EventRow[] }) {
  const { t, locale } = useDashboard();
  return (
    <>
      <h3>{t('draftsUsed')}</h3>
      {drafts.length === 0 ? (
        <p className="muted small">{t('draftsNone')}</p>
      ) : (
        <ul className="notes" data-tactful="drafts-used">
          {drafts.map((d) => (
            <li key={d.id}>
              <div className="muted small">
                {formatTime(d.at, locale)} · {draftKindLabel(t, d.data.kind)}
              </div>
              <pre className="verbatim">
                <BidiText text={String(d.data.text ?? '')} />
              </pre>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
