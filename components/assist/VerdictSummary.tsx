import type { DetectionResult, Signal } from '../../lib/detect/types';
import type { AssistT, AssistKey } from './i18n';

/**
 * Props: `detection` (the detector's result), `text` (the analysed text the signal offsets
 * point into), `t` (assist translator), `excerptMax` (characters of context shown).
 * Shows severity, categories, need and the signals highlighted in a quoted excerpt —
 * rendered as text nodes, never as HTML.
 */
export function VerdictSummary(props: { detection: DetectionResult; text: string; t: AssistT; excerptMax?: number }) {
  const { detection, text, t } = props;
  const shown = detection.signals.filter((s) => s.kind !== 'concrete_fact');
  return (
    <div className="tf-verdict-summary">
      <div className="tf-row">
        <SeverityPill severity={detection.severity} t={t} />
        {detection.complaint && (
          <span className="tf-muted">{detection.categories.map((c) => t(`cat_${c}` as AssistKey)).join(' · ')}</span>
        )}
      </div>
      {detection.complaint && <p className="tf-need">{t(`need_${detection.need}` as AssistKey)}</p>}
      {detection.complaint && (
        <>
          <h4>{t('signals')}</h4>
          {shown.length ? (
            <ul className="tf-signals">
              {groupByKind(shown).map(([kind, signals]) => (
                <li key={kind}>
                  <span className={`tf-kind tf-kind-${kind}`}>{t(`kind_${kind}` as AssistKey)}</span>{' '}
                  {signals.map((s) => `「${s.text}」`).join(' ')}
                </li>
              ))}
            </ul>
          ) : (
            <p className="tf-muted">{t('noSignals')}</p>
          )}
          <HighlightedExcerpt text={text} signals={shown} max={props.excerptMax ?? 280} />
        </>
      )}
    </div>
  );
}

export function SeverityPill(props: { severity: DetectionResult['severity']; t: AssistT }) {
  return (
    <span className={`tf-pill tf-sev-${props.severity}`}>{props.t(`severity_${props.severity}` as AssistKey)}</span>
  );
}

function groupByKind(signals: Signal[]): [string, Signal[]][] {
  const map = new Map<string, Signal[]>();
  for (const s of signals) map.set(s.kind, [...(map.get(s.kind) ?? []), s]);
  return [...map];
}

/** The text around the signals with each signal wrapped in <mark> — all as text nodes. */
export function HighlightedExcerpt(props: { text: string; signals: Signal[]; max: number }) {
  const { text, signals, max } = props;
  const first = signals.length ? Math.min(...signals.map((s) => s.start)) : 0;
  const start = Math.max(0, Math.min(first - 40, text.length - max));
  const end = Math.min(text.length, start + max);
  const parts: { text: string; mark?: string }[] = [];
  let at = start;
  for (const s of [...signals].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > end) continue;
    if (s.start > at) parts.push({ text: text.slice(at, s.start) });
    parts.push({ text: text.slice(s.start, s.end), mark: s.kind });
    at = s.end;
  }
  if (at < end) parts.push({ text: text.slice(at, end) });
  return (
    <blockquote className="tf-excerpt" data-tactful="excerpt">
      {start > 0 && '…'}
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className={`tf-kind-${p.mark}`}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
      {end < text.length && '…'}
    </blockquote>
  );
}
