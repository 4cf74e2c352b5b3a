import type { ReactNode } from 'react';
import type { validateTemplate } from '../../lib/draft/library';
import type { TemplateAdvice } from '../../lib/draft/library';
import type { LintFinding } from '../../lib/draft/types';
import { categoryLabel, quadrantLabel, type AssistT, type LibraryT } from './i18n';

const ADVICE_KEYS: Record<TemplateAdvice, Parameters<LibraryT>[0]> = {
  'private-without-verbatim': 'advice_private_without_verbatim',
  'private-without-faq': 'advice_private_without_faq',
  'public-with-verbatim': 'advice_public_with_verbatim',
};

/**
 * The live preview of a template: the sample case, the text a customer would receive (with
 * the reply check's findings marked), the findings and the advice.
 */
export function TemplatePreview(props: {
  check: ReturnType<typeof validateTemplate>;
  blocked: boolean;
  t: LibraryT;
  ta: AssistT;
}) {
  const { check, t, ta } = props;
  const errorCount = check.lintErrors.length;
  return (
    <aside className="lib-preview" aria-label={t('preview')}>
      <h4>{t('preview')}</h4>
      <p className="hint">{t('previewHint')}</p>
      <blockquote className="lib-sample" data-tactful="template-sample">
        <p>{t('previewSample', { name: check.sample.customerName, text: check.sample.text })}</p>
        <p className="hint">
          {t('previewContext', {
            quadrant: quadrantLabel(ta, check.sample.quadrant, t),
            category: categoryLabel(ta, check.sample.category, t),
          })}
        </p>
      </blockquote>
      <pre className="lib-preview-text" data-tactful="template-preview">
        {highlight(check.preview, check.findings)}
      </pre>
      {!props.blocked && errorCount > 0 && (
        <p className="warning" role="status" data-tactful="template-lint-warning">
          {t('warnLint', { count: errorCount })}
        </p>
      )}
      <h4>{t('checkTitle')}</h4>
      {props.blocked ? (
        <p className="hint">{t('previewUnavailable')}</p>
      ) : check.findings.length === 0 ? (
        <p className="ok" data-tactful="template-lint-clean">
          ✓ {t('checkClean')}
        </p>
      ) : (
        <ul className="lib-findings" data-tactful="template-findings">
          {check.findings.map((f, i) => (
            <li key={i} className={`sev-${f.severity}`} data-rule={f.rule}>
              <span className="lib-sev">{t(`severity_${f.severity}`)}</span> {f.message}
              {f.suggestion && <span className="hint"> {f.suggestion}</span>}
            </li>
          ))}
        </ul>
      )}
      {check.advice.length > 0 && (
        <ul className="lib-advice">
          {check.advice.map((a) => (
            <li key={a} className="hint" data-advice={a}>
              {t(ADVICE_KEYS[a])}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/** The preview text with the findings' ranges marked; text only, never HTML. */
function highlight(text: string, findings: readonly LintFinding[]): ReactNode[] {
  const ranges = findings
    .filter((f) => f.end > f.start)
    .map((f) => [f.start, f.end, f.severity] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: ReactNode[] = [];
  let at = 0;
  for (const [start, end, severity] of ranges) {
    if (start < at) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <mark key={start} className={`sev-${severity}`}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  out.push(text.slice(at));
  return out;
}
