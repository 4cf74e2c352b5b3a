import { useEffect, useRef, useState } from 'react';
import type { Verdict } from '../../lib/corrections/detector';
import { QUADRANTS, SEVERITIES, type Quadrant, type Severity } from '../../lib/detect/types';
import { quadrantKey, type AssistKey, type AssistT } from '../assist/i18n';
import type { CorrectionsT } from './i18n';

type ComplaintSeverity = Exclude<Severity, 'none'>;
const COMPLAINT_SEVERITIES = SEVERITIES.filter((s): s is ComplaintSeverity => s !== 'none');

export interface CorrectionControlsProps {
  /** The verdict shown now (with the corrections applied). */
  complaint: boolean;
  severity: Severity;
  quadrant: Quadrant | null;
  /** Stores the CSM's verdict; rejects with a reason the controls show. */
  onCorrect: (verdict: Verdict) => Promise<void>;
  t: CorrectionsT;
  ta: AssistT;
}

/**
 * One click on a wrong verdict: "Not a complaint" on a complaint, "This is a complaint" on
 * anything else, and for complaints the right severity and situation in a small form.
 * Stable hooks: `[data-tactful="correction-controls"]`, actions `correct-not-complaint`,
 * `correct-complaint`, `correct-refine`, `correct-save`, `correct-cancel`; the form's fields
 * `[data-tactful="correct-severity"]` and `[data-tactful="correct-situation"]`.
 */
export function CorrectionControls({ complaint, severity, quadrant, onCorrect, t, ta }: CorrectionControlsProps) {
  const [refining, setRefining] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refineButton = useRef<HTMLButtonElement>(null);

  // The buttons say they are busy rather than being disabled: a disabled button loses the
  // keyboard focus, and the one pressed is replaced in place by its opposite once saved.
  async function correct(verdict: Verdict) {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await onCorrect(verdict);
      setRefining(false);
    } catch (err) {
      setError(t('failed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setSaving(false);
    }
  }

  const closeForm = () => {
    setRefining(false);
    requestAnimationFrame(() => refineButton.current?.focus());
  };

  return (
    <div className="tf-correct" data-tactful="correction-controls" aria-busy={saving}>
      <div className="tf-correct-buttons">
        {complaint ? (
          <button
            type="button"
            aria-disabled={saving}
            data-tactful-action="correct-not-complaint"
            onClick={() => void correct({ complaint: false })}
          >
            {t('notComplaint')}
          </button>
        ) : (
          <button
            type="button"
            aria-disabled={saving}
            data-tactful-action="correct-complaint"
            onClick={() => void correct({ complaint: true })}
          >
            {t('isComplaint')}
          </button>
        )}
        <button
          type="button"
          ref={refineButton}
          aria-disabled={saving}
          aria-expanded={refining}
          data-tactful-action="correct-refine"
          onClick={() => {
            if (saving) return;
            if (refining) closeForm();
            else setRefining(true);
          }}
        >
          {t('refine')}
        </button>
      </div>
      {refining && (
        <RefineForm
          severity={severity === 'none' ? 'medium' : severity}
          quadrant={quadrant}
          saving={saving}
          onSave={(v) => void correct(v)}
          onCancel={closeForm}
          t={t}
          ta={ta}
        />
      )}
      {saving && (
        <p className="tf-correct-status" role="status">
          {t('saving')}
        </p>
      )}
      {error && (
        <p className="tf-correct-error" role="alert" data-tactful="correction-error">
          {error}
        </p>
      )}
    </div>
  );
}

function RefineForm(props: {
  severity: ComplaintSeverity;
  quadrant: Quadrant | null;
  saving: boolean;
  onSave: (verdict: Verdict) => void;
  onCancel: () => void;
  t: CorrectionsT;
  ta: AssistT;
}) {
  const { t, ta } = props;
  const [severity, setSeverity] = useState<ComplaintSeverity>(props.severity);
  const [quadrant, setQuadrant] = useState<Quadrant | ''>(props.quadrant ?? '');
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      className="tf-correct-form"
      aria-label={t('refineTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({ complaint: true, severity, ...(quadrant ? { quadrant } : {}) });
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        props.onCancel();
      }}
    >
      <label>
        {t('severity')}
        <select
          ref={first}
          value={severity}
          data-tactful="correct-severity"
          onChange={(e) => setSeverity(e.target.value as ComplaintSeverity)}
        >
          {COMPLAINT_SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {ta(`severity_${s}` as AssistKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('situation')}
        <select
          value={quadrant}
          data-tactful="correct-situation"
          onChange={(e) => setQuadrant(e.target.value as Quadrant | '')}
        >
          <option value="">{t('situationUnsure')}</option>
          {QUADRANTS.map((q) => (
            <option key={q} value={q}>
              {ta(quadrantKey(q))}
            </option>
          ))}
        </select>
      </label>
      <div className="tf-correct-buttons">
        <button type="submit" className="primary" disabled={props.saving} data-tactful-action="correct-save">
          {t('save')}
        </button>
        <button type="button" data-tactful-action="correct-cancel" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
