import { useEffect, useMemo, useRef, useState } from 'react';
import { lintReply } from '../../lib/draft/lint/lint';
import type { LintFinding, ReplyKind } from '../../lib/draft/types';
import { useDraftingContext } from './DraftingContext';
import type { AssistT } from './i18n';
import type { PendingDraft } from './useDrafts';

/**
 * One editable, linted draft. Props: `label`, `value` / `onChange`, `kind` (public |
 * private, picks the lint rules), `testId` (the `data-tactful` contract name of the
 * textarea), `rows`, and `pending`: a rewritten suggestion held back because the CSM edited
 * this draft. The lint context (settings, detection, situation…) comes from the drafting
 * context. The textarea keeps its text content in step with its value so outside checks can
 * read the current draft either way. Lint re-runs shortly after each edit.
 */
export function DraftBox(props: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  kind: ReplyKind;
  testId: string;
  rows?: number;
  pending?: PendingDraft | null;
}) {
  const context = useDraftingContext();
  const { t } = context;
  const ref = useRef<HTMLTextAreaElement>(null);
  const [linted, setLinted] = useState(props.value);
  useEffect(() => {
    if (ref.current) ref.current.defaultValue = props.value;
    const timer = setTimeout(() => setLinted(props.value), 200);
    return () => clearTimeout(timer);
  }, [props.value]);
  const findings = useMemo(
    () =>
      lintReply(linted, {
        kind: props.kind,
        settings: context.settings,
        detection: context.detection,
        customerText: context.customerText,
        quadrant: context.quadrant,
        purpose: context.purpose,
        uiLocale: context.locale,
      }),
    [linted, props.kind, context],
  );
  const id = `tf-${props.testId}`;
  return (
    <div className="tf-draft">
      <div className="tf-draft-head">
        <label htmlFor={id}>{props.label}</label>
        <LintBadge findings={findings} t={t} />
      </div>
      <textarea
        id={id}
        ref={ref}
        data-tactful={props.testId}
        value={props.value}
        rows={props.rows ?? 6}
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.pending && (
        <div className="tf-draft-pending" role="status" data-tactful="draft-pending">
          <span>{t('draftChanged')}</span>
          <button type="button" data-tactful-action="use-new-draft" onClick={props.pending.apply}>
            {t('useNewDraft')}
          </button>
          <button type="button" className="tf-link" data-tactful-action="keep-edits" onClick={props.pending.dismiss}>
            {t('keepEdits')}
          </button>
        </div>
      )}
      <LintList findings={findings} />
    </div>
  );
}

export function LintBadge(props: { findings: LintFinding[]; t: AssistT }) {
  const errors = props.findings.filter((f) => f.severity === 'error').length;
  if (!props.findings.length) return <span className="tf-lint-ok">✓ {props.t('lintOk')}</span>;
  return (
    <span className={errors ? 'tf-lint-count tf-error' : 'tf-lint-count tf-warning'} data-tactful="lint-count">
      {props.t('lintCount', { count: props.findings.length })}
    </span>
  );
}

/** Props: `findings`. Each finding's message and suggestion, as text. */
export function LintList(props: { findings: LintFinding[] }) {
  if (!props.findings.length) return null;
  return (
    <ul className="tf-lint" data-tactful="lint">
      {props.findings.map((f, i) => (
        <li key={i} className={`tf-${f.severity}`} data-rule={f.rule}>
          <span className="tf-lint-icon" aria-hidden="true">
            {f.severity === 'error' ? '●' : f.severity === 'warning' ? '▲' : 'i'}
          </span>
          <span>
            {f.message}
            {f.suggestion && <span className="tf-suggestion"> {f.suggestion}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
