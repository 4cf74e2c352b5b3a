import type { CaseSummary } from '../../lib/protocol';
import type { UiLocale } from '../../lib/i18n';
import { formatDue, type AssistT, type AssistKey } from './i18n';

/** Props: `summary` (the recorded case, or null), `locale`, `t`. Status, due time and versions. */
export function CaseStatusLine(props: { summary: CaseSummary | null; locale: UiLocale; t: AssistT }) {
  const { summary, t } = props;
  if (!summary) return null;
  const due = formatDue(summary.deadlineAt, props.locale);
  return (
    <p className="tf-case-status" data-tactful="case-status" data-status={summary.status}>
      <span className="tf-pill tf-status">{t(`status_${summary.status}` as AssistKey)}</span>
      <span className={due.overdue ? 'tf-error' : 'tf-muted'}>{due.text}</span>
      {summary.versionCount > 1 && <span className="tf-muted">{t('versions', { count: summary.versionCount })}</span>}
    </p>
  );
}
