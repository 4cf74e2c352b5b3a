import { useSyncedState } from '../shared/useSyncedState';
import { useMemo } from 'react';
import type { SidebarActions, SidebarMessage, SidebarState } from '../../lib/content/gmail/view';
import { makeTranslator, type UiLocale } from '../../lib/i18n';
import { gmailStrings } from '../../lib/i18n/strings/gmail';
import type { CaseSummary } from '../../lib/protocol';
import { CaseStatusLine } from '../assist/CaseStatusLine';
import { CaptureProblem } from '../shared/CaptureProblem';
import { NoticeLine, RecordButton } from '../assist/CaseActions';
import { DraftingPanel } from '../assist/DraftingPanel';
import { assistTranslator } from '../assist/i18n';
import { useActionStatus } from '../assist/useActionStatus';
import { VerdictSummary } from '../assist/VerdictSummary';
import { VerdictCorrection } from '../corrections/VerdictCorrection';

const DAY = 86_400_000;

/**
 * The Gmail sidebar. Test contract: host `[data-tactful="sidebar"]`; verdict
 * `[data-tactful="verdict"][data-severity][data-message-id]`; `[data-tactful="reply-draft"]`;
 * actions `insert-reply`, `record`, `toggle-sidebar`.
 */
export function Sidebar({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  const t = useMemo(() => makeTranslator(gmailStrings, state.locale), [state.locale]);
  const ta = useMemo(() => assistTranslator(state.locale), [state.locale]);
  if (state.collapsed) {
    return (
      <aside className="tf-root tf-sidebar tf-collapsed">
        <button
          type="button"
          className="tf-tab"
          data-tactful-action="toggle-sidebar"
          aria-expanded="false"
          aria-label={t('toggle')}
          title={t('toggle')}
          onClick={actions.toggle}
        >
          T
        </button>
      </aside>
    );
  }
  return (
    <aside className="tf-root tf-sidebar" aria-label="Tactful">
      <header className="tf-side-head">
        <h3>{t('title')}</h3>
        <button
          type="button"
          className="tf-close"
          data-tactful-action="toggle-sidebar"
          aria-expanded="true"
          aria-label={t('toggle')}
          title={t('toggle')}
          onClick={actions.toggle}
        >
          ⟩
        </button>
      </header>
      <div className="tf-side-body">
        {!state.threadId ? (
          <p className="tf-muted" data-tactful="empty">
            {t('noThread')}
          </p>
        ) : !state.message ? (
          <p className="tf-muted" data-tactful="empty">
            {t('noCustomerMessage')}
          </p>
        ) : (
          <ThreadPanel
            key={`${state.threadId}:${state.message.id}`}
            state={state as SidebarState & { message: SidebarMessage }}
            actions={actions}
            t={t}
            ta={ta}
          />
        )}
      </div>
    </aside>
  );
}

function ThreadPanel({
  state,
  actions,
  t,
  ta,
}: {
  state: SidebarState & { message: SidebarMessage };
  actions: SidebarActions;
  t: ReturnType<typeof makeTranslator<keyof (typeof gmailStrings)['en']>>;
  ta: ReturnType<typeof assistTranslator>;
}) {
  const { message, settings, library, locale } = state;
  const { detection } = message;
  const [caseSummary, setCaseSummary] = useSyncedState<CaseSummary | null>(state.caseSummary);
  const { busy, notice, setNotice, run } = useActionStatus(ta);
  return (
    <>
      <section
        className="tf-verdict"
        data-tactful="verdict"
        data-severity={detection.severity}
        data-message-id={message.id}
        data-complaint={String(detection.complaint)}
      >
        <p className="tf-muted tf-small-text">
          {t('latestFrom', { name: message.senderName || message.senderEmail })} · {message.date}
        </p>
        <VerdictSummary detection={detection} text={message.newText} t={ta} />
        {!detection.complaint && <p className="tf-muted tf-small-text">{t('quotedIgnored')}</p>}
        <VerdictCorrection
          detection={detection}
          deciding={state.decidingCorrection}
          locale={locale}
          onCorrect={actions.correct}
          onUndo={actions.undoCorrection}
        />
      </section>
      <History history={state.history} currentId={caseSummary?.id ?? null} t={t} ta={ta} locale={locale} />
      <DraftingPanel
        idPrefix="tf-gm"
        text={message.newText}
        detection={detection}
        authorName={message.senderName}
        source="gmail"
        settings={settings}
        library={library}
        locale={locale}
        showPublic={false}
        privateTestId="reply-draft"
        rows={{ public: 4, private: 12 }}
      >
        {(drafts) => (
          <div className="tf-actions">
            <button
              type="button"
              className="tf-primary"
              data-tactful-action="insert-reply"
              disabled={busy}
              onClick={() =>
                run(async () =>
                  setNotice(
                    (await actions.insertReply(drafts.privateText))
                      ? { kind: 'ok', text: t('insertOk') }
                      : { kind: 'error', text: t('insertFailed') },
                  ),
                )
              }
            >
              {t('insertReply')}
            </button>
            <RecordButton
              caseSummary={caseSummary}
              busy={busy}
              t={ta}
              onRecord={() => void run(async () => setCaseSummary(await actions.record()))}
              onOpen={actions.openCase}
            />
          </div>
        )}
      </DraftingPanel>
      <CaseStatusLine summary={caseSummary} locale={locale} t={ta} />
      <CaptureProblem text={state.captureProblem} />
      <NoticeLine notice={notice} />
    </>
  );
}

function History({
  history,
  currentId,
  t,
  ta,
  locale,
}: {
  history: CaseSummary[];
  currentId: string | null;
  t: ReturnType<typeof makeTranslator<keyof (typeof gmailStrings)['en']>>;
  ta: ReturnType<typeof assistTranslator>;
  locale: UiLocale;
}) {
  const earlier = history.filter((c) => c.id !== currentId);
  const all = [...history].sort((a, b) => a.firstSeenAt - b.firstSeenAt);
  const open = history.filter((c) => !['resolved', 'closed'].includes(c.status)).length;
  const interval = all.length >= 2 ? all[1]!.firstSeenAt - all[0]!.firstSeenAt : null;
  const fmtInterval = (ms: number) =>
    ms >= DAY
      ? t('days', { count: Math.round(ms / DAY) })
      : t('hours', { count: Math.max(1, Math.round(ms / 3_600_000)) });
  return (
    <section className="tf-history" data-tactful="history" data-count={history.length}>
      <h4>{t('history')}</h4>
      {earlier.length === 0 ? (
        <p className="tf-muted">{t('historyNone')}</p>
      ) : (
        <>
          <p>{t('historyCount', { count: history.length, open })}</p>
          {interval !== null && <p className="tf-muted">{t('historyInterval', { interval: fmtInterval(interval) })}</p>}
          <ul className="tf-history-list">
            {all.map((c) => (
              <li key={c.id}>
                {new Date(c.firstSeenAt).toLocaleDateString(locale)} · {c.context} · {ta(`status_${c.status}` as never)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
