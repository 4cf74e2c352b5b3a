import { useSyncedState } from '../shared/useSyncedState';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CardData } from '../../lib/content/facebook/card-manager';
import type { CaseSummary } from '../../lib/protocol';
import { privateReplyUntil } from '../../lib/draft/reply-window';
import { CaseStatusLine } from '../assist/CaseStatusLine';
import { CaptureProblem } from '../shared/CaptureProblem';
import { NoticeLine, RecordButton } from '../assist/CaseActions';
import { DraftingPanel } from '../assist/DraftingPanel';
import { assistTranslator, formatTime } from '../assist/i18n';
import { useActionStatus } from '../assist/useActionStatus';
import { VerdictSummary } from '../assist/VerdictSummary';
import { VerdictCorrection } from '../corrections/VerdictCorrection';

/** What the controller gives the card (lib/content/facebook/card-manager.ts). */
export type CardProps = CardData;

/**
 * The suggestion card for one comment: detection summary, quadrant, the limited public
 * reply and the private follow-up (editable, linted), FAQ, and the actions.
 * Test contract: `[data-tactful="suggestion"]` containing `[data-tactful="public-draft"]`,
 * `[data-tactful="private-draft"]` and the `insert-public`, `copy-private`, `record` actions.
 */
export function SuggestionCard(props: CardProps) {
  const { comment, detection, settings, library, locale, actions } = props;
  const t = assistTranslator(locale);
  const [caseSummary, setCaseSummary] = useSyncedState<CaseSummary | null>(props.caseSummary);
  const { busy, notice, setNotice, run } = useActionStatus(t);
  // The comment's age as shown when the card opened: Meta allows a private reply within 7 days.
  const [openedAt] = useState(() => Date.now());
  const replyUntil = privateReplyUntil(comment.timestampText, openedAt);
  const cardRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number }>({
    top: props.anchor.bottom + 8,
    left: props.anchor.left,
  });

  // Place the card beside the badge, inside the viewport.
  const { anchor, commentRect } = props;
  useLayoutEffect(() => {
    const el = cardRef.current;
    if (!el) return;
    const { innerWidth: vw, innerHeight: vh } = window;
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const comment = commentRect ?? anchor;
    const clampTop = (t: number) => Math.max(8, Math.min(vh - height - 8, t));
    const clampLeft = (l: number) => Math.max(8, Math.min(vw - width - 8, l));
    const below = anchor.bottom + 8;
    const above = Math.min(anchor.top, comment.top) - height - 8;
    const right = Math.max(anchor.right, comment.right) + 12;
    // Below the badge, else above the comment; when neither fits, beside the comment (right,
    // else left) so the card does not cover the text being answered; last, clamped in the viewport.
    if (below + height <= vh - 8) setPosition({ top: below, left: clampLeft(anchor.left) });
    else if (above >= 8) setPosition({ top: above, left: clampLeft(anchor.left) });
    else if (right + width <= vw - 8) setPosition({ top: clampTop(comment.top - 40), left: right });
    else if (comment.left - 12 - width >= 8)
      setPosition({ top: clampTop(comment.top - 40), left: comment.left - 12 - width });
    else setPosition({ top: clampTop(above), left: clampLeft(anchor.left) });
  }, [anchor, commentRect]);

  // The card is redrawn with new actions whenever its comment changes (a new verdict after a
  // correction, a case recorded): focus moves into it only when it opens, not on every redraw.
  const close = useRef(actions.close);
  useEffect(() => {
    close.current = actions.close;
  }, [actions]);
  useEffect(() => {
    cardRef.current?.querySelector<HTMLElement>('select, textarea, button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
    };
    const el = cardRef.current;
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div
      ref={cardRef}
      className="tf-root tf-card"
      role="dialog"
      aria-label={`Tactful · ${comment.authorName}`}
      data-tactful="suggestion"
      data-comment-id={comment.id}
      style={{ top: position.top, left: position.left }}
    >
      <header className="tf-card-head">
        <h3>Tactful</h3>
        <span className="tf-muted tf-author">{comment.authorName}</span>
        <button type="button" className="tf-close" aria-label={t('close')} onClick={actions.close}>
          ×
        </button>
      </header>
      <VerdictSummary detection={detection} text={comment.text} t={t} />
      <VerdictCorrection
        detection={detection}
        deciding={props.decidingCorrection}
        locale={locale}
        onCorrect={actions.correct}
        onUndo={actions.undoCorrection}
      />
      <DraftingPanel
        idPrefix="tf-fb"
        text={comment.text}
        detection={detection}
        authorName={comment.authorName}
        source="facebook"
        settings={settings}
        library={library}
        locale={locale}
        showPublic
        privateTestId="private-draft"
        rows={{ public: 4, private: 8 }}
      >
        {(drafts) => (
          <>
            {replyUntil !== null && (
              <p
                className={`tf-small-text ${replyUntil < openedAt ? 'tf-error' : 'tf-muted'}`}
                data-tactful="reply-window"
                data-until={new Date(replyUntil).toISOString()}
              >
                {replyUntil < openedAt
                  ? t('replyWindowClosed')
                  : t('replyWindow', { time: formatTime(replyUntil, locale) })}
              </p>
            )}
            <div className="tf-actions">
              <button
                type="button"
                className="tf-primary"
                data-tactful-action="insert-public"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    const result = await actions.insertPublic(drafts.publicText);
                    setNotice(
                      result === 'inserted'
                        ? { kind: 'ok', text: t('inserted') }
                        : result === 'copied'
                          ? { kind: 'ok', text: t('insertFallback') }
                          : { kind: 'error', text: t('copyFailed') },
                    );
                  })
                }
              >
                {t('insertPublic')}
              </button>
              <button
                type="button"
                data-tactful-action="copy-private"
                disabled={busy}
                onClick={() =>
                  run(async () =>
                    setNotice(
                      (await actions.copyPrivate(drafts.privateText))
                        ? { kind: 'ok', text: t('copied') }
                        : { kind: 'error', text: t('copyFailed') },
                    ),
                  )
                }
              >
                {t('copyPrivate')}
              </button>
              <RecordButton
                caseSummary={caseSummary}
                busy={busy}
                t={t}
                onRecord={() => void run(async () => setCaseSummary(await actions.record()))}
                onOpen={actions.openCase}
              />
              {comment.authorUrl && (
                <a href={comment.authorUrl} target="_blank" rel="noopener noreferrer" className="tf-profile">
                  {t('messageProfile')}
                </a>
              )}
            </div>
          </>
        )}
      </DraftingPanel>
      <CaseStatusLine summary={caseSummary} locale={locale} t={t} />
      <CaptureProblem text={props.captureProblem} />
      {caseSummary && comment.truncated && <p className="tf-muted">{t('truncated')}</p>}
      <NoticeLine notice={notice} />
    </div>
  );
}
