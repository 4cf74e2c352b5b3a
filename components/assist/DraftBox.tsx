import { useEffect, useMemo, useRef, useState } from 'react';
import type { DetectionResult, Quadrant } from '../../lib/detect/types';
import { lintReply } from '../../lib/draft/lint/lint';
import type { LintFinding, ReplyKind } from '../../lib/draft/types';
import type { UiLocale } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import type { AssistT } from './i18n';
import type { PendingDraft } from './useDrafts';

/**
 * Props: `label`, `value` / `onChange` (the editable draft), `kind` (public | private,
 * picks the lint rules), `testId` (the `data-tactful` contract name of the textarea),
 * lint context (`settings`, `detection`, `customerText`, `quadrant`, `locale`), `t`, and
 * `pending`: a rewritten suggestion held back because the CSM edited this draft.
 * The textarea keeps its text content in step with its value so outside checks can read
 * the current draft either way. Lint re-runs shortly after each edit.
 */
export function DraftBox(props: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  kind: ReplyKind;
  testId: string;
  settings: Settings;
  detection: DetectionResult;
  customerText: string;
  quadrant: Quadrant;
  locale: UiLocale;
  t: AssistT;
  rows?: number;
  pending?: PendingDraft | null;
}) {
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
        settings: props.settings,
        detection: props.detection,
        customerText: props.customerText,
        quadrant: props.quadrant,
        uiLocale: props.locale,
      }),
    [linted, props.kind, props.settings, props.detection, props.customerText, props.quadrant, props.locale],
  );
  const id = `tf-${props.testId}`;
  return (
    <div className="tf-draft">
      <div className="tf-draft-head">
        <label htmlFor={id}>{props.label}</label>
        <LintBadge findings={findings} t={props.t} />
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
          <span>{props.t('draftChanged')}</span>
          <button type="button" data-tactful-action="use-new-draft" onClick={props.pending.apply}>
            {props.t('useNewDraft')}
          </button>
          <button type="button" className="tf-link" data-tactful-action="keep-edits" onClick={props.pending.dismiss}>
            {props.t('keepEdits')}
          </button>
        </div>
      )}
      <LintList findings={findings} text={linted} />
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

/** Props: `findings`, `text` (the linted text, to show each finding's span). */
export function LintList(props: { findings: LintFinding[]; text: string }) {
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
