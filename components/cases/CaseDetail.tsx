import { useSyncedState } from '../shared/useSyncedState';
import { useEffect, useRef, useState } from 'react';
import { CATEGORIES, QUADRANTS, SEVERITIES, type Category, type Quadrant, type Severity } from '../../lib/detect/types';
import { CASE_STATUSES, type CaseRow, type EventRow, type RecordRow, type TactfulDB } from '../../lib/db/schema';
import type { UiLocale } from '../../lib/i18n';
import { verifyCase, versionsOf } from '../../lib/records/capture';
import { countByAuthor, eraseAuthor, eraseCase } from '../../lib/records/erase';
import { addNote, canTransition, changeStatus, editCase, setDeadline } from '../../lib/records/lifecycle';
import { quadrantKey, type AssistKey, type AssistT } from '../assist/i18n';
import { ClosingReplies } from './ClosingReplies';
import { formatTime, safeHttpUrl, toLocalInput } from './format';
import type { CasesKey, CasesT } from './i18n';
import { db, type Write } from './useCases';

const HOUR = 3_600_000;

/**
 * One case: every verbatim version with its hash and whether the chain verifies, notes
 * (with "read back and confirmed by the customer"), drafts used, the timeline, status /
 * severity / quadrant / category controls beside the detector's values, the due time with
 * snooze, a link back to the original, and erasure on request. Captured text is rendered
 * as text only.
 */
export function CaseDetail(props: {
  row: CaseRow;
  locale: UiLocale;
  t: CasesT;
  ta: AssistT;
  write: Write;
  onClose: () => void;
  notify: (text: string, kind?: 'ok' | 'error') => void;
}) {
  const { row, t, ta, locale } = props;
  const [versions, setVersions] = useState<RecordRow[]>([]);
  const [events, setEvents] = useState<EventRow[]>([]);
  const [chain, setChain] = useState<{ ok: boolean; brokenAtSeq: number | null } | null>(null);
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [erase, setErase] = useState<{ scope: 'case' | 'author'; count: number } | null>(null);
  const [due, setDue] = useSyncedState(toLocalInput(row.deadlineAt));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [v, e, c] = await Promise.all([
        versionsOf(db(), row.id),
        db().events.where('caseId').equals(row.id).sortBy('at'),
        verifyCase(db(), row.id),
      ]);
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

  /** Writes, reporting a failure (e.g. a transition that is not allowed) instead of losing it. */
  const act = <T,>(work: (d: TactfulDB) => Promise<T>): Promise<T | undefined> =>
    props.write(work).catch((err: unknown) => {
      props.notify(t('actionFailed', { reason: err instanceof Error ? err.message : String(err) }), 'error');
      return undefined;
    });

  const statusLabel = (s: unknown) => ta(`status_${String(s)}` as AssistKey);
  const editValue = (key: string, v: unknown): string => {
    if (v === null || v === undefined) return '—';
    if (key === 'severity') return ta(`severity_${String(v)}` as AssistKey);
    if (key === 'quadrant') return ta(quadrantKey(String(v)));
    if (key === 'categories' && Array.isArray(v))
      return v.map((c) => ta(`cat_${String(c)}` as AssistKey)).join('、') || '—';
    return String(v);
  };
  const eventText = (e: EventRow): string => {
    const d = e.data as Record<string, unknown>;
    switch (e.type) {
      case 'status':
        return t('ev_status', { from: statusLabel(d.from), to: statusLabel(d.to) });
      case 'edit':
        return t('ev_edit_detail', {
          changes: Object.entries(d)
            .map(([key, change]) => {
              const c = change as { from?: unknown; to?: unknown };
              const label =
                key === 'severity'
                  ? t('severity')
                  : key === 'quadrant'
                    ? t('quadrant')
                    : key === 'categories'
                      ? t('category')
                      : key;
              return `${label} ${editValue(key, c.from)} → ${editValue(key, c.to)}`;
            })
            .join('; '),
        });
      case 'deadline':
        return t('ev_deadline_detail', {
          from: formatTime(Number(d.from), locale),
          to: formatTime(Number(d.to), locale),
        });
      case 'visibility':
        return t(d.visible ? 'ev_visibility_back' : 'ev_visibility_gone');
      case 'note':
        return `${t(d.confirmedByCustomer ? 'ev_note_confirmed' : 'ev_note')}: ${String(d.text ?? '').slice(0, 200)}`;
      case 'draft_used':
        return `${t('ev_draft_used', { kind: draftKind(d.kind) })}: ${String(d.text ?? '').slice(0, 120)}`;
      default:
        return t(`ev_${e.type}` as CasesKey);
    }
  };
  const draftKind = (kind: unknown) =>
    kind === 'public' || kind === 'private' || kind === 'email' ? t(`draftKind_${kind}`) : String(kind);

  // The timeline: each verbatim version (when it was seen) and each event, in time order.
  // (Data recorded before schema 3 also has `created` / `version` events: the versions stand for them.)
  const timeline = [
    ...versions.map((v) => ({
      key: `v${v.seq}`,
      at: v.capturedAt,
      type: v.seq === 1 ? 'created' : 'version',
      text: v.seq === 1 ? t('ev_created') : t('ev_version_seq', { seq: v.seq }),
    })),
    ...events
      .filter((e) => e.type !== 'created' && e.type !== 'version')
      .map((e) => ({ key: `e${e.id}`, at: e.at, type: e.type, text: eventText(e) })),
  ].sort((a, b) => a.at - b.at);
  const notes = events.filter((e) => e.type === 'note');
  const drafts = events.filter((e) => e.type === 'draft_used');
  const link = safeHttpUrl(row.url);
  const snooze = (ms: number) => void act((d) => setDeadline(d, row.id, Math.max(Date.now(), row.deadlineAt) + ms));

  return (
    <aside className="detail" aria-labelledby="detail-title" data-tactful="case-detail" data-case-id={row.id}>
      <header className="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {row.authorName || row.authorContact || '—'}
        </h2>
        <button
          type="button"
          className="icon"
          aria-label={t('detailClose')}
          title={`${t('detailClose')} (Esc)`}
          data-tactful-action="close-detail"
          onClick={props.onClose}
        >
          ×
        </button>
      </header>
      <p className="muted">{[row.authorContact, row.context].filter(Boolean).join(' · ')}</p>
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

      <div className="grid2">
        <label>
          {t('colStatus')}
          <select
            value={row.status}
            data-tactful="case-status-select"
            onChange={(e) => void act((d) => changeStatus(d, row.id, e.target.value as CaseRow['status']))}
          >
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s} disabled={s !== row.status && !canTransition(row.status, s)}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('severity')}
          <select
            value={row.severity}
            data-tactful="case-severity-select"
            onChange={(e) => void act((d) => editCase(d, row.id, { severity: e.target.value as Severity }))}
          >
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {ta(`severity_${s}` as AssistKey)}
              </option>
            ))}
          </select>
          {row.detected && (
            <small className="muted">
              {t('detected', { value: ta(`severity_${row.detected.severity}` as AssistKey) })}
            </small>
          )}
        </label>
        <label>
          {t('quadrant')}
          <select
            value={row.quadrant ?? ''}
            data-tactful="case-quadrant-select"
            onChange={(e) =>
              void act((d) => editCase(d, row.id, { quadrant: (e.target.value || null) as Quadrant | null }))
            }
          >
            <option value="">—</option>
            {QUADRANTS.map((q) => (
              <option key={q} value={q}>
                {ta(quadrantKey(q))}
              </option>
            ))}
          </select>
          {row.detected && (
            <small className="muted">
              {t('detected', { value: row.detected.quadrant ? ta(quadrantKey(row.detected.quadrant)) : '—' })}
            </small>
          )}
        </label>
        <label>
          {t('category')}
          <select
            value={row.categories[0] ?? 'other'}
            data-tactful="case-category-select"
            onChange={(e) => {
              const first = e.target.value as Category;
              void act((d) =>
                editCase(d, row.id, { categories: [first, ...row.categories.filter((c) => c !== first)] }),
              );
            }}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {ta(`cat_${c}` as AssistKey)}
              </option>
            ))}
          </select>
          {row.detected && (
            <small className="muted">
              {t('detected', { value: editValue('categories', row.detected.categories) })}
            </small>
          )}
        </label>
      </div>
      <div className="row due-row">
        <label className="inline">
          {t('deadline')}
          <input type="datetime-local" data-tactful="due-input" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        {due !== toLocalInput(row.deadlineAt) && Number.isFinite(new Date(due).getTime()) && (
          <button
            type="button"
            className="primary"
            data-tactful-action="set-due"
            onClick={() => void act((d) => setDeadline(d, row.id, new Date(due).getTime()))}
          >
            {t('setDue')}
          </button>
        )}
        <button type="button" data-tactful-action="snooze-1h" onClick={() => snooze(HOUR)}>
          {t('snooze1h')}
        </button>
        <button type="button" data-tactful-action="snooze-24h" onClick={() => snooze(24 * HOUR)}>
          {t('snooze24h')}
        </button>
      </div>

      <ClosingReplies
        row={row}
        locale={locale}
        ta={ta}
        onResolve={() => void act((d) => changeStatus(d, row.id, 'resolved'))}
      />

      <h3>{t('versionsTitle')}</h3>
      <p
        className={chain ? (chain.ok ? 'ok' : 'error') : 'muted'}
        data-tactful="chain-status"
        data-ok={chain ? String(chain.ok) : undefined}
      >
        {chain
          ? chain.ok
            ? `✓ ${t('chainOk')}`
            : `✗ ${t('chainBroken', { seq: chain.brokenAtSeq ?? '?' })}`
          : t('chainChecking')}
      </p>
      <ol className="versions">
        {versions.map((v) => (
          <li key={v.seq} data-tactful="version" data-seq={v.seq}>
            <div className="muted small">
              {t('version', { seq: v.seq, time: formatTime(v.capturedAt, locale) })}{' '}
              {v.truncated && t('truncatedVersion')}
            </div>
            <pre className="verbatim" data-tactful="verbatim">
              {v.text}
            </pre>
            <code className="hash" title={t('hashTitle')} data-tactful="version-hash">
              {v.hash}
            </code>
          </li>
        ))}
      </ol>

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
              <pre className="verbatim">{String(n.data.text ?? '')}</pre>
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

      <h3>{t('draftsUsed')}</h3>
      {drafts.length === 0 ? (
        <p className="muted small">{t('draftsNone')}</p>
      ) : (
        <ul className="notes" data-tactful="drafts-used">
          {drafts.map((d) => (
            <li key={d.id}>
              <div className="muted small">
                {formatTime(d.at, locale)} · {draftKind(d.data.kind)}
              </div>
              <pre className="verbatim">{String(d.data.text ?? '')}</pre>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('timeline')}</h3>
      <ul className="timeline" data-tactful="timeline">
        {timeline.map((e) => (
          <li key={e.key} data-event-type={e.type}>
            <span className="muted small">{formatTime(e.at, locale)}</span> <span className="ev">{e.text}</span>
          </li>
        ))}
      </ul>

      <div className="danger">
        {erase ? (
          <>
            <p>
              {erase.scope === 'case'
                ? t('eraseConfirm')
                : t('eraseAuthorConfirm', { count: erase.count, who: row.authorContact })}
            </p>
            <button
              type="button"
              className="danger-btn"
              data-tactful-action="erase-confirm"
              onClick={() =>
                void act((d) =>
                  erase.scope === 'case' ? eraseCase(d, row.id) : eraseAuthor(d, row.authorContact),
                ).then((count) => {
                  if (count === undefined) return;
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
            <button
              type="button"
              onClick={() => setErase({ scope: 'case', count: 1 })}
              data-tactful-action="erase-case"
            >
              {t('eraseCase')}
            </button>
            {row.authorContact && (
              <button
                type="button"
                data-tactful-action="erase-author"
                onClick={() =>
                  void countByAuthor(db(), row.authorContact).then((count) => setErase({ scope: 'author', count }))
                }
              >
                {t('eraseAuthor')}
              </button>
            )}
          </>
        )}
      </div>
    </aside>
  );
}
