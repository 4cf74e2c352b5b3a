import { useEffect, useRef, useState } from 'react';
import { MAX_CORRECTIONS } from '../../lib/corrections/schema';
import { correctionErrorText, resetCorrections } from '../corrections/actions';
import { useDashboard } from './context';
import { CorrectionList } from './corrections/CorrectionList';
import { DamagedNotice } from './corrections/DamagedNotice';

/**
 * The Corrections tab: "learned from N corrections", every correction (newest first) with
 * its date, verdict, where it was made, an excerpt and a link to its case, undo per
 * correction, and reset all after a confirmation. `[data-tactful="corrections-view"]`.
 */
export function CorrectionsTab() {
  const { corrections, tc, notify, locale } = useDashboard();
  const { entries, problem } = corrections;
  const heading = useRef<HTMLHeadingElement>(null);
  const count = entries?.length ?? 0;
  return (
    <main className="corrections-tab" data-tactful="corrections-view">
      <section className="panel">
        <header className="corrections-head">
          <h2 tabIndex={-1} ref={heading} data-tactful="corrections-count" data-count={entries ? count : undefined}>
            {entries === null ? tc('judging') : count === 1 ? tc('learnedFromOne') : tc('learnedFrom', { count })}
          </h2>
          {count > 0 && (
            <ResetAll
              count={count}
              onReset={() =>
                resetCorrections().then(
                  () => {
                    notify(tc('resetDone'));
                    heading.current?.focus();
                  },
                  (err: unknown) => notify(tc('failed', { reason: correctionErrorText(err, tc) }), 'error'),
                )
              }
            />
          )}
        </header>
        <p className="muted small">{tc('limitNote', { max: MAX_CORRECTIONS.toLocaleString(locale) })}</p>
        <p className="muted small">{tc('privacyNote')}</p>
        <DamagedNotice problem={problem} />
      </section>
      {entries !== null &&
        (count === 0 ? (
          <div className="empty" data-tactful="corrections-empty">
            <h2>{tc('emptyTitle')}</h2>
            <p>{tc('emptyBody')}</p>
          </div>
        ) : (
          <CorrectionList entries={entries} afterUndo={() => heading.current?.focus()} />
        ))}
    </main>
  );
}

/** "Reset all…", then a confirmation that says how many (Escape or Cancel goes back). */
function ResetAll({ count, onReset }: { count: number; onReset: () => Promise<void> }) {
  const { tc } = useDashboard();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  if (!confirming)
    return (
      <button type="button" ref={opener} data-tactful-action="corrections-reset" onClick={() => setConfirming(true)}>
        {tc('resetAll')}
      </button>
    );
  return (
    <div
      className="confirm"
      role="group"
      aria-label={tc('resetAll')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <p>{tc('resetConfirm', { count })}</p>
      <button
        type="button"
        ref={confirmButton}
        className="danger-btn"
        data-tactful-action="corrections-reset-confirm"
        onClick={() => void onReset().then(() => setConfirming(false))}
      >
        {tc('resetButton')}
      </button>
      <button type="button" onClick={cancel}>
        {tc('cancel')}
      </button>
    </div>
  );
}
