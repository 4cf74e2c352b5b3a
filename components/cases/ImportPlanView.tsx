import type { ReactNode } from 'react';
import { MAX_CORRECTIONS } from '../../lib/corrections/schema';
import type { ImportPlan, KeptField } from '../../lib/records/backup';
import { BidiText } from './BidiText';
import { useDashboard } from './context';
import type { CasesKey } from './i18n';

/** Items listed per kind of change; the counts above them are complete. */
const SHOWN = 20;

const short = (id: string) => id.slice(0, 8);

/**
 * The dry run, by kind of change: new cases, versions added to cases here (with the fields
 * where the backup differs and that stay as they are here), cases skipped because they were
 * erased here, and cases refused, each with its reason. Every item is
 * `[data-tactful="import-change"][data-kind][data-case-id]`.
 */
export function ImportPlanView({ plan }: { plan: ImportPlan }) {
  const { t } = useDashboard();
  const versions = plan.appended.reduce((n, a) => n + a.versions.length, 0);
  const kept = (fields: KeptField[]) =>
    fields.length
      ? ` ${t('importKept', { fields: fields.map((f) => t(`field_${f}` as CasesKey)).join(t('listSeparator')) })}`
      : '';
  return (
    <>
      <p
        data-tactful="import-summary"
        data-new={plan.newCases.length}
        data-updated={plan.appended.length}
        data-versions={versions}
        data-unchanged={plan.unchanged.length}
        data-erased={plan.erased.length}
        data-conflicts={plan.refused.length}
      >
        {t('importPlan', {
          new: plan.newCases.length,
          versions,
          appended: plan.appended.length,
          unchanged: plan.unchanged.length,
          erased: plan.erased.length,
          refused: plan.refused.length,
        })}
      </p>
      {plan.corrections.add.length + plan.corrections.already + plan.corrections.undone + plan.corrections.overLimit >
        0 && (
        <p
          data-tactful="import-corrections"
          data-new={plan.corrections.add.length}
          data-already={plan.corrections.already}
          data-restored={plan.corrections.restore.length}
          data-undone={plan.corrections.undone}
          data-over-limit={plan.corrections.overLimit}
        >
          {t('importCorrections', {
            add: plan.corrections.add.length,
            already: plan.corrections.already,
            undone: plan.corrections.undone,
            overLimit: plan.corrections.overLimit,
            max: MAX_CORRECTIONS,
          })}
        </p>
      )}
      <p className="muted small">{t('importAppendOnly')}</p>
      <ChangeList title={t('importNewTitle', { count: plan.newCases.length })} kind="new" total={plan.newCases.length}>
        {plan.newCases.slice(0, SHOWN).map((c) => (
          <Change key={c.id} kind="new" id={c.id}>
            {short(c.id)} · <BidiText text={c.authorName || c.authorContact} /> · <BidiText text={c.context} />
          </Change>
        ))}
      </ChangeList>
      <ChangeList
        title={t('importAppendedTitle', { count: plan.appended.length })}
        kind="appended"
        total={plan.appended.length}
      >
        {plan.appended.slice(0, SHOWN).map((a) => (
          <Change key={a.existing.id} kind="appended" id={a.existing.id}>
            {short(a.existing.id)} · <BidiText text={a.existing.context} /> ·{' '}
            {a.versions.length === 1
              ? t('importAppendedOne', { seq: a.versions[0]!.seq })
              : t('importAppendedRow', { from: a.versions[0]!.seq, to: a.versions.at(-1)!.seq })}
            {kept(a.keptHere)}
          </Change>
        ))}
      </ChangeList>
      <ChangeList
        title={t('importErasedTitle', { count: plan.erased.length })}
        kind="erased"
        total={plan.erased.length}
      >
        {plan.erased.slice(0, SHOWN).map((e) => (
          <Change key={e.caseId} kind="erased" id={e.caseId}>
            <BidiText text={short(e.caseId)} /> · {t(`erasedReason_${e.reason}`)}
          </Change>
        ))}
      </ChangeList>
      <ChangeList
        title={t('importRefusedTitle', { count: plan.refused.length })}
        kind="refused"
        total={plan.refused.length}
      >
        {plan.refused.slice(0, SHOWN).map((r) => (
          <Change key={r.caseId} kind="refused" id={r.caseId}>
            <BidiText text={short(r.caseId)} /> · <BidiText text={r.sourceKey} /> · {t(`refusedReason_${r.reason}`)}
          </Change>
        ))}
      </ChangeList>
    </>
  );
}

function ChangeList(props: { title: string; kind: string; total: number; children: ReactNode }) {
  const { t } = useDashboard();
  if (!props.total) return null;
  return (
    <section className="import-changes" data-kind={props.kind}>
      <h4>{props.title}</h4>
      <ul className="small">
        {props.children}
        {props.total > SHOWN && <li className="muted">{t('importMore', { count: props.total - SHOWN })}</li>}
      </ul>
    </section>
  );
}

function Change(props: { kind: string; id: string; children: ReactNode }) {
  return (
    <li data-tactful="import-change" data-kind={props.kind} data-case-id={props.id}>
      {props.children}
    </li>
  );
}
