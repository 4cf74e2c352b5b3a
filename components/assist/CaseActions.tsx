import type { CaseSummary } from '../../lib/protocol';
import type { ActionNotice } from './useActionStatus';
import type { AssistT } from './i18n';

/** Record the message as a case, or open the case once it is recorded. */
export function RecordButton(props: {
  caseSummary: CaseSummary | null;
  busy: boolean;
  t: AssistT;
  onRecord: () => void;
  onOpen: (caseId: string) => void;
}) {
  const { caseSummary, t } = props;
  return caseSummary ? (
    <button type="button" data-tactful-action="open-case" onClick={() => props.onOpen(caseSummary.id)}>
      {t('openCase')}
    </button>
  ) : (
    <button type="button" data-tactful-action="record" disabled={props.busy} onClick={props.onRecord}>
      {props.busy ? t('recording') : t('record')}
    </button>
  );
}

/** The result of the last action, announced to screen readers. */
export function NoticeLine(props: { notice: ActionNotice }) {
  const { notice } = props;
  if (!notice) return null;
  return (
    <p
      className={`tf-notice ${notice.kind === 'error' ? 'tf-error' : ''}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-tactful="notice"
    >
      {notice.text}
    </p>
  );
}
