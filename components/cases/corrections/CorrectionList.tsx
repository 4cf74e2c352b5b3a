import { useMemo } from 'react';
import type { StoredCorrection } from '../../../lib/corrections/schema';
import { supersededIds } from '../../../lib/corrections/store';
import type { CaseRow } from '../../../lib/db/schema';
import { quadrantKey, type AssistKey } from '../../assist/i18n';
import { correctionErrorText, undoCorrection } from '../../corrections/actions';
import type { CorrectionsKey } from '../../corrections/i18n';
import { BidiText } from '../BidiText';
import { useDashboard } from '../context';
import { formatTime } from '../format';

/**
 * Every correction, newest first: `[data-tactful="correction-row"][data-correction-id]`
 * (`data-superseded` when a later correction of the same text took its place), with
 * `[data-tactful-action="correction-open-case"]` and `[data-tactful-action="correction-undo"]`.
 */
export function CorrectionList({ entries, afterUndo }: { entries: StoredCorrection[]; afterUndo: () => void }) {
  const { cases, tc } = useDashboard();
  const superseded = useMemo(() => supersededIds(entries), [entries]);
  const caseOf = useMemo(() => {
    const byId = new Map<string, CaseRow>();
    const byKey = new Map<string, CaseRow>();
    for (const c of cases ?? []) {
      byId.set(c.id, c);
      byKey.set(c.sourceKey, c);
    }
    return (e: StoredCorrection) =>
      (e.local?.caseId && byId.get(e.local.caseId)) ||
      (e.correction.sourceKey && byKey.get(e.correction.sourceKey)) ||
      null;
  }, [cases]);
  const newestFirst = useMemo(() => [...entries].reverse(), [entries]);
  return (
    <table className="corrections-list">
      <thead>
        <tr>
          <th scope="col">{tc('colWhen')}</th>
          <th scope="col">{tc('colVerdict')}</th>
          <th scope="col">{tc('colWhere')}</th>
          <th scope="col">{tc('colText')}</th>
          <th scope="col">
            <span className="visually-hidden">{tc('undo')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((entry) => (
          <Row
            key={entry.correction.id}
            entry={entry}
            superseded={superseded.has(entry.correction.id)}
            linked={caseOf(entry)}
            afterUndo={afterUndo}
          />
        ))}
      </tbody>
    </table>
  );
}

function Row(props: { entry: StoredCorrection; superseded: boolean; linked: CaseRow | null; afterUndo: () => void }) {
  const { tc, ta, locale, notify, dispatch, open } = useDashboard();
  const { correction, via, local } = props.entry;
  const verdict = correction.complaint
    ? [
        correction.severity
          ? tc('verdictComplaint', { severity: ta(`severity_${correction.severity}` as AssistKey) })
          : tc('isComplaint'),
        correction.quadrant ? ta(quadrantKey(correction.quadrant)) : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : tc('notComplaint');
  return (
    <tr
      data-tactful="correction-row"
      data-correction-id={correction.id}
      data-complaint={String(correction.complaint)}
      data-superseded={props.superseded ? 'true' : undefined}
      className={props.superseded ? 'superseded' : undefined}
    >
      <td className="nowrap">{formatTime(Date.parse(correction.createdAt), locale)}</td>
      <td>
        {verdict}
        {props.superseded && <div className="muted small">{tc('superseded')}</div>}
      </td>
      <td>
        {tc(`via_${via}` as CorrectionsKey)}
        {local?.context && (
          <div className="muted small">
            <BidiText text={local.context} />
          </div>
        )}
      </td>
      <td className="excerpt" data-tactful="correction-excerpt">
        {local?.excerpt ? <BidiText text={local.excerpt} /> : <span className="muted">{tc('noExcerpt')}</span>}
      </td>
      <td className="actions">
        {props.linked && (
          <button
            type="button"
            className="link"
            data-tactful-action="correction-open-case"
            onClick={() => {
              dispatch({ type: 'tab', tab: 'cases' });
              open(props.linked!.id);
            }}
          >
            {tc('openCase')}
          </button>
        )}
        <button
          type="button"
          title={tc('undoTitle')}
          data-tactful-action="correction-undo"
          onClick={() =>
            void undoCorrection(correction.id).then(
              () => {
                notify(tc('undone'));
                props.afterUndo();
              },
              (err: unknown) => notify(tc('failed', { reason: correctionErrorText(err, tc) }), 'error'),
            )
          }
        >
          {tc('undo')}
        </button>
      </td>
    </tr>
  );
}
