import { useMemo } from 'react';
import type { Verdict } from '../../../lib/corrections/detector';
import type { CaseRow } from '../../../lib/db/schema';
import type { DetectionResult } from '../../../lib/detect/types';
import { editCase } from '../../../lib/records/lifecycle';
import { quadrantKey, type AssistKey } from '../../assist/i18n';
import { addCorrection, correctionErrorText, undoCorrection } from '../../corrections/actions';
import { CorrectionControls } from '../../corrections/CorrectionControls';
import { correctionReason } from '../../corrections/reason';
import '../../corrections/corrections.css';
import { useAct, useDashboard } from '../context';
import { formatTime } from '../format';

/**
 * The verdict on the case's newest verbatim text as Tactful gives it now (the CSM's
 * corrections applied), what decided it, and the controls to correct it. A correction here
 * also sets the case's own severity and situation to what the CSM said (an edit on the
 * timeline); undoing the correction leaves those as they are.
 * `[data-tactful="case-verdict"][data-complaint][data-correction]`.
 */
export function VerdictSection({ row }: { row: CaseRow }) {
  const { corrections, settings, tc, ta, locale, notify } = useDashboard();
  const act = useAct();
  const { detector, set, entries } = corrections;
  const result = useMemo(
    () => (detector && set ? detector.judge(row.latestText, set, settings?.sensitivity) : null),
    [detector, set, row.latestText, settings?.sensitivity],
  );
  if (!result || !detector || !entries)
    return (
      <section className="verdict" data-tactful="case-verdict" aria-busy="true">
        <h3>{tc('verdictTitle')}</h3>
        <p className="muted">{tc('judging')}</p>
      </section>
    );
  const deciding = result.correction?.id ? entries.find((e) => e.correction.id === result.correction!.id) : undefined;

  async function correct(verdict: Verdict) {
    const entry = detector!.correctionOf(
      {
        text: row.latestText,
        via: 'dashboard',
        sourceKey: row.sourceKey,
        context: row.context,
        caseId: row.id,
        authorContact: row.authorContact,
      },
      verdict,
    );
    try {
      await addCorrection(entry);
    } catch (err) {
      throw new Error(correctionErrorText(err, tc), { cause: err });
    }
    notify(tc('saved'));
    const after = detector!.judge(
      row.latestText,
      detector!.correctionSetOf([...entries!, entry]),
      settings?.sensitivity,
    );
    const severity = !verdict.complaint
      ? 'none'
      : (verdict.severity ?? (row.severity === 'none' ? after.severity : undefined));
    const quadrant = verdict.complaint ? verdict.quadrant : undefined;
    if ((severity && severity !== row.severity) || (quadrant && quadrant !== row.quadrant))
      await act((d) => editCase(d, row.id, { ...(severity ? { severity } : {}), ...(quadrant ? { quadrant } : {}) }));
  }

  return (
    <section
      className="verdict"
      data-tactful="case-verdict"
      data-complaint={String(result.complaint)}
      data-correction={result.correction?.match ?? 'none'}
    >
      <h3>{tc('verdictTitle')}</h3>
      <p className="verdict-line" data-tactful="verdict-now">
        <strong>{verdictText(result, tc, ta)}</strong>
        {result.complaint && <> · {ta(quadrantKey(result.quadrantHint.quadrant))}</>}{' '}
        <span className="muted small">{tc('verdictScore', { score: result.score.toFixed(2) })}</span>
      </p>
      <p className="muted small" data-tactful="verdict-reason">
        {correctionReason(result, deciding, tc, (ms) => formatTime(ms, locale))}{' '}
        {deciding && (
          <button
            type="button"
            className="link"
            data-tactful-action="verdict-undo"
            onClick={() =>
              void undoCorrection(deciding.correction.id).then(
                () => notify(tc('undone')),
                (err: unknown) => notify(tc('failed', { reason: correctionErrorText(err, tc) }), 'error'),
              )
            }
          >
            {tc('undo')}
          </button>
        )}
      </p>
      <CorrectionControls
        complaint={result.complaint}
        severity={result.severity}
        quadrant={result.complaint ? result.quadrantHint.quadrant : null}
        onCorrect={correct}
        t={tc}
        ta={ta}
      />
      {row.detected && (
        <p className="muted small" data-tactful="verdict-at-capture">
          {tc('atCapture', {
            verdict:
              row.detected.severity === 'none'
                ? tc('verdictNot')
                : tc('verdictComplaint', { severity: ta(`severity_${row.detected.severity}` as AssistKey) }),
          })}
        </p>
      )}
    </section>
  );
}

type Tc = ReturnType<typeof useDashboard>['tc'];
type Ta = ReturnType<typeof useDashboard>['ta'];

export function verdictText(result: Pick<DetectionResult, 'complaint' | 'severity'>, tc: Tc, ta: Ta): string {
  return result.complaint
    ? tc('verdictComplaint', { severity: ta(`severity_${result.severity}` as AssistKey) })
    : tc('verdictNot');
}
