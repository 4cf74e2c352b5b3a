import { useMemo, useRef, useState } from 'react';
import type { Verdict } from '../../lib/corrections/detector';
import type { StoredCorrection } from '../../lib/corrections/schema';
import type { DetectionResult } from '../../lib/detect/types';
import type { UiLocale } from '../../lib/i18n';
import { assistTranslator, formatTime } from '../assist/i18n';
import { correctionErrorText } from './actions';
import { CorrectionControls } from './CorrectionControls';
import { correctionsTranslator } from './i18n';
import { correctionReason } from './reason';

export interface VerdictCorrectionProps {
  /** The verdict shown (the CSM's corrections applied). */
  detection: DetectionResult;
  /** The stored correction that decided it, when one did. */
  deciding: StoredCorrection | null;
  locale: UiLocale;
  /** Stores the CSM's verdict on the text as judged (rejects with the background's error). */
  onCorrect: (verdict: Verdict) => Promise<void>;
  onUndo: (correctionId: string) => Promise<void>;
}

/**
 * Under a verdict in the Facebook card and the Gmail sidebar: "Corrected by you" with Undo
 * when the CSM's correction decided it, and the controls to correct it. The new verdict shows
 * when the content script re-judges (it follows the stored corrections), not from here.
 * `[data-tactful="verdict-correction"][data-correction]`, undo action `correction-undo`.
 */
export function VerdictCorrection({ detection, deciding, locale, onCorrect, onUndo }: VerdictCorrectionProps) {
  const t = useMemo(() => correctionsTranslator(locale), [locale]);
  const ta = useMemo(() => assistTranslator(locale), [locale]);
  const [error, setError] = useState<string | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const match = detection.correction?.match;

  async function undo(id: string) {
    if (undoing) return;
    setUndoing(true);
    setError(null);
    setStatus(null);
    try {
      await onUndo(id);
      setStatus(t('undone'));
      // The Undo line goes once the verdict is judged again: the focus goes to the controls.
      section.current?.querySelector<HTMLElement>('[data-tactful="correction-controls"] button')?.focus();
    } catch (err) {
      setError(t('undoFailed', { reason: correctionErrorText(err, t) }));
    } finally {
      setUndoing(false);
    }
  }

  return (
    <section
      ref={section}
      className="tf-verdict-correction"
      data-tactful="verdict-correction"
      data-correction={match ?? 'none'}
    >
      {(match === 'same-text' || match === 'similar-text') && (
        <p className="tf-small-text" data-tactful="corrected-by-you">
          <strong>{t('correctedByYou')}</strong> ·{' '}
          <span className="tf-muted">{correctionReason(detection, deciding, t, (ms) => formatTime(ms, locale))}</span>{' '}
          {deciding && (
            <button
              type="button"
              className="tf-link"
              aria-disabled={undoing}
              data-tactful-action="correction-undo"
              onClick={() => void undo(deciding.correction.id)}
            >
              {t('undo')}
            </button>
          )}
        </p>
      )}
      {match === 'learned' && (
        <p className="tf-small-text tf-muted">
          {correctionReason(detection, deciding, t, (ms) => formatTime(ms, locale))}
        </p>
      )}
      <CorrectionControls
        complaint={detection.complaint}
        severity={detection.severity}
        quadrant={detection.complaint ? detection.quadrantHint.quadrant : null}
        onCorrect={async (verdict) => {
          setStatus(null);
          try {
            await onCorrect(verdict);
            setStatus(t('saved'));
          } catch (err) {
            throw new Error(correctionErrorText(err, t), { cause: err });
          }
        }}
        t={t}
        ta={ta}
      />
      {status && (
        <p className="tf-small-text tf-muted" role="status" data-tactful="correction-status">
          {status}
        </p>
      )}
      {error && (
        <p className="tf-correct-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
