import { useEffect, useRef, useState } from 'react';
import { CATEGORIES, QUADRANTS, SEVERITIES, type Category, type Quadrant, type Severity } from '../../lib/detect/types';
import { CASE_STATUSES, type CaseRow, type EventRow, type RecordRow, type TactfulDB } from '../../lib/db/schema';
import type { UiLocale } from '../../lib/i18n';
import { verifyCase, versionsOf } from '../../lib/records/capture';
import { eraseAuthor, eraseCase } from '../../lib/records/erase';
import { addNote, canTransition, changeStatus, editCase, setDeadline } from '../../lib/records/lifecycle';
import { quadrantKey, type AssistKey, type AssistT } from '../assist/i18n';
import { formatTime } from './format';
import type { CasesKey, CasesT } from './i18n';
import { db } from './useCases';

type Write = <T>(work: (database: TactfulDB) => Promise<T>) => Promise<T>;

/**
 * One case: every verbatim version with its hash and whether the chain verifies, the
 * timeline, notes (with "read back and confirmed"), status / severity / quadrant /
 * category controls, deadline snooze, a link back to the original, and erasure.
 */
export function CaseDetail(props: { row: CaseRow; locale: UiLocale; t: CasesT; ta: AssistT; write: Write; onClose: () => void; notify: (text: string) => void }) {
  const { row, t, ta, locale, write } = props;
  const [versions, setVersions] = useState<RecordRow[]>([]);
  const [events, setEvents] = useState<EventRow[]>([]);
  const [chain, setChain] = useState<{ ok: boolean; brokenAtSeq: number | null } | null>(null);
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [erase, setErase] = useState<'case' | 'author' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [v, e, c] = await Promise.all([versionsOf(db(), row.id), db().events.where('caseId').equals(row.id).sortBy('at'), verifyCase(db(), row.id)]);
      if (!live) return;
      setVersions(v);
      setEvents(e);
      setChain(c);
    })();
    return () => {
      live = false;
    };
  }, [row]);

  useEffect(() => heading.current?.focus(), [row.id]);

  const eventText = (e: EventRow): string => {
    const d = e.data as Record<string, unknown>;
    switch (e.type) {
      case 'status':
        return t('ev_status', { from: ta(`status_${String(d.from)}` as AssistKey), to: ta(`status_${String(d.to)}` as AssistKey) });
      case 'note':
        return `${t(d.confirmedByCustomer ? 'ev_note_confirmed' : 'ev_note')}: ${String(d.text ?? '')}`;
      case 'draft_used':
        return `${t('ev_draft_used', { kind: String(d.kind) })}: ${String(d.text ?? '').slice(0, 120)}`;
      default:
        return t(`ev_${e.type}` as CasesKey);
    }
  };

  return (
    <aside className="detail" aria-labelledby="detail-title" data-tactful="case-detail" data-case-id={row.id} onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
      <header className="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {row.authorName || row.authorContact}
        </h2>
        <button type="button" className="icon" aria-label={t('detailClose')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <p className="muted">
        {row.authorContact} · {row.context}
      </p>
      {row.url && (
        <p>
          <a href={row.url} target="_blank" rel="noopener noreferrer">
            {t('openOriginal')}
          </a>
        </p>
      )}
      {row.goneSince !== null && <p className="warning">{t('goneSince', { time: formatTime(row.goneSince, locale) })}</p>}

      <div className="grid2">
        <label>
          {t('colStatus')}
          <select value={row.status} data-tactful="case-status-select" onChange={(e) => void write((d) => changeStatus(d, row.id, e.target.value as CaseRow['status']))}>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s} disabled={s !== row.status && !canTransition(row.status, s)}>
                {ta(`status_${s}` as AssistKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('severity')}
          <select value={row.severity} onChange={(e) => void write((d) => editCase(d, row.id, { severity: e.target.value as Severity }))}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {ta(`severity_${s}` as AssistKey)}
              </option>
            ))}
          </select>
          {row.detected && <small className="muted">{t('detected', { value: ta(`severity_${row.detected.severity}` as AssistKey) })}</small>}
        </label>
        <label>
          {t('quadrant')}
          <select value={row.quadrant ?? ''} onChange={(e) => void write((d) => editCase(d, row.id, { quadrant: (e.target.value || null) as Quadrant | null }))}>
            <option value="">—</option>
            {QUADRANTS.map((q) => (
              <option key={q} value={q}>
                {ta(quadrantKey(q))}
              </option>
            ))}
          </select>
          {row.detected?.quadrant && <small className="muted">{t('detected', { value: ta(quadrantKey(row.detected.quadrant)) })}</small>}
        </label>
        <label>
          {t('category')}
          <select
            value={row.categories[0] ?? 'other'}
            onChange={(e) => void write((d) => editCase(d, row.id, { categories: [e.target.value as Category, ...row.categories.filter((c) => c !== e.target.value)] }))}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {ta(`cat_${c}` as AssistKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <span>
          {t('deadline')}: <strong>{formatTime(row.deadlineAt, locale)}</strong>
        </span>
        <button type="button" onClick={() => void write((d) => setDeadline(d, row.id, Math.max(Date.now(), row.deadlineAt) + 3_600_000))}>
          {t('snooze1h')}
        </button>
        <button type="button" onClick={() => void write((d) => setDeadline(d, row.id, Math.max(Date.now(), row.deadlineAt) + 86_400_000))}>
          {t('snooze24h')}
        </button>
      </div>

      <h3>{t('versionsTitle')}</h3>
      {chain && (
        <p className={chain.ok ? 'ok' : 'error'} data-tactful="chain-status" data-ok={String(chain.ok)}>
          {chain.ok ? `✓ ${t('chainOk')}` : `✗ ${t('chainBroken', { seq: chain.brokenAtSeq ?? '?' })}`}
        </p>
      )}
      <ol className="versions">
        {versions.map((v) => (
          <li key={v.seq}>
            <div className="muted small">
              {t('version', { seq: v.seq, time: formatTime(v.capturedAt, locale) })} {v.truncated && t('truncatedVersion')}
            </div>
            <pre className="verbatim" data-tactful="verbatim">
              {v.text}
            </pre>
            <code className="hash" title="sha256(text + previous hash)">
              {v.hash}
            </code>
          </li>
        ))}
      </ol>

      <h3>{t('notes')}</h3>
      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!note.trim()) return;
          void write((d) => addNote(d, row.id, note, confirmed)).then(() => {
            setNote('');
            setConfirmed(false);
          });
        }}
      >
        <textarea value={note} rows={3} placeholder={t('notePlaceholder')} aria-label={t('notes')} onChange={(e) => setNote(e.target.value)} />
        <label className="check">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t('confirmed')}
        </label>
        <button type="submit" disabled={!note.trim()}>
          {t('addNote')}
        </button>
      </form>

      <h3>{t('timeline')}</h3>
      <ul className="timeline">
        {events.map((e) => (
          <li key={e.id}>
            <span className="muted small">{formatTime(e.at, locale)}</span> <span className="ev">{eventText(e)}</span>
          </li>
        ))}
      </ul>

      <div className="danger">
        {erase ? (
          <>
            <p>{t('eraseConfirm')}</p>
            <button
              type="button"
              className="danger-btn"
              data-tactful-action="erase-confirm"
              onClick={() =>
                void write((d) => (erase === 'case' ? eraseCase(d, row.id) : eraseAuthor(d, row.authorContact))).then((count) => {
                  props.notify(t('erased', { count }));
                  props.onClose();
                })
              }
            >
              {t('confirm')}
            </button>
            <button type="button" onClick={() => setErase(null)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => setErase('case')} data-tactful-action="erase-case">
              {t('eraseCase')}
            </button>
            {row.authorContact && (
              <button type="button" onClick={() => setErase('author')}>
                {t('eraseAuthor')}
              </button>
            )}
          </>
        )}
      </div>
    </aside>
  );
}
