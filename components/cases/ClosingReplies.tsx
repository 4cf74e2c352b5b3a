import { useEffect, useMemo, useState } from 'react';
import type { CaseRow } from '../../lib/db/types';
import { detect } from '../../lib/detect';
import { draftReplies } from '../../lib/draft/draft';
import type { UiLocale } from '../../lib/i18n';
import { loadSettings } from '../../lib/platform/settings-store';
import { canTransition } from '../../lib/records/lifecycle';
import type { Settings } from '../../lib/settings/schema';
import type { AssistT } from '../assist/i18n';

/**
 * Closing the loop (the practice's transparency step): once a case is resolved, a short
 * public note for the original comment — handled, thanks for the patience, no details, no
 * personal data — and a private closing message. Before that, a "Resolved" action.
 */
export function ClosingReplies(props: { row: CaseRow; locale: UiLocale; ta: AssistT; onResolve: () => void }) {
  const { row, ta } = props;
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then(({ settings: s }) => live && setSettings(s));
    return () => {
      live = false;
    };
  }, []);
  const resolved = row.status === 'resolved' || row.status === 'closed';
  const drafts = useMemo(
    () =>
      settings && resolved
        ? draftReplies({
            text: row.latestText,
            detection: detect(row.latestText),
            authorName: row.authorName,
            source: row.source,
            settings,
            stage: 'resolved',
            uiLocale: props.locale,
          })
        : null,
    [settings, resolved, row.latestText, row.authorName, row.source, props.locale],
  );
  return (
    <section className="closing" data-tactful="closing-replies">
      <h3>{ta('closingTitle')}</h3>
      {!resolved ? (
        <button
          type="button"
          data-tactful-action="resolve-case"
          disabled={!canTransition(row.status, 'resolved')}
          onClick={props.onResolve}
        >
          {ta('closingResolve')}
        </button>
      ) : drafts ? (
        <>
          {row.source === 'facebook' && (
            <>
              <p className="muted small">{ta('closingHint')}</p>
              <CopyableText label={ta('closingPublic')} testId="closing-public" initial={drafts.public} ta={ta} />
            </>
          )}
          <CopyableText label={ta('closingPrivate')} testId="closing-private" initial={drafts.private} ta={ta} />
        </>
      ) : (
        <p className="muted">…</p>
      )}
    </section>
  );
}

function CopyableText(props: { label: string; testId: string; initial: string; ta: AssistT }) {
  const [text, setText] = useState(props.initial);
  const id = `closing-${props.testId}`;
  return (
    <div className="closing-draft">
      <label htmlFor={id}>{props.label}</label>
      <textarea id={id} data-tactful={props.testId} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={() => void navigator.clipboard.writeText(text).catch(() => {})}>
        {props.ta('closingCopy')}
      </button>
    </div>
  );
}
