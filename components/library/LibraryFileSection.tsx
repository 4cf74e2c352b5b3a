import { useId, useState } from 'react';
import { JsonFileButton } from '../shared/JsonFileButton';
import type { StoredCorrection } from '../../lib/corrections/schema';
import { mergeCorrections } from '../../lib/corrections/store';
import {
  parseLibraryFile,
  planImport,
  serializeLibrary,
  sharedCorrections,
  type ImportCounts,
} from '../../lib/draft/library';
import type { Library } from '../../lib/draft/types';
import { importCorrections } from '../corrections/actions';
import { downloadText } from '../shared/download';
import type { LibraryT } from './i18n';
import { StatusLine, type Notice } from './StatusLine';
import { useStoredCorrections } from '../corrections/useStoredCorrections';

type Save = (next: (current: Library) => Library) => Promise<Library>;

/**
 * Export the library as JSON; import a file all-or-nothing: it is checked completely
 * first (a bad file changes nothing and says what is wrong and where), then a dry run
 * shows what merging or replacing would do before anything is written. The file carries the
 * CSM's corrections too, so a team can share them: shared ones are only ever added (by id,
 * through the background, which skips those undone here), whether the library is merged or
 * replaced.
 */
export function LibraryFileSection(props: { library: Library; save: Save; t: LibraryT }) {
  const { library, t } = props;
  const [pending, setPending] = useState<{ file: string; incoming: Library; corrections: StoredCorrection[] } | null>(
    null,
  );
  const stored = useStoredCorrections()?.value;
  const [notice, setNotice] = useState<Notice | null>(null);
  const uid = useId();
  const plan = pending ? planImport(library, pending.incoming) : null;
  const newCorrections = pending && stored ? mergeCorrections(stored, pending.corrections).plan.add.length : null;

  async function onFile(file: File) {
    setPending(null);
    const result = parseLibraryFile(await file.text());
    if (!result.ok) {
      setNotice({ kind: 'error', text: t('importFailed', { reason: result.error }) });
      return;
    }
    setNotice(null);
    setPending({ file: file.name, incoming: result.library, corrections: sharedCorrections(result.corrections) });
  }

  async function apply(how: 'merge' | 'replace') {
    if (!pending) return;
    const { incoming, corrections } = pending;
    try {
      await props.save((current) => {
        if (how === 'replace') return incoming;
        const merged = planImport(current, incoming);
        if (!merged.merged) throw new Error(merged.mergeError ?? 'merge failed');
        return merged.merged;
      });
    } catch (err) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: err instanceof Error ? err.message : String(err) }) });
      return;
    }
    setPending(null);
    const done = how === 'merge' ? t('importMerged') : t('importReplaced');
    if (!corrections.length) return setNotice({ kind: 'ok', text: done });
    try {
      const { added } = await importCorrections(corrections);
      setNotice({ kind: 'ok', text: `${done} ${t('correctionsImported', { count: added })}` });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      setNotice({ kind: 'error', text: `${done} ${t('correctionsFailed', { reason })}` });
    }
  }

  const row = (label: string, c: ImportCounts) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{c.inFile}</td>
      <td>{c.added}</td>
      <td>{c.updated}</td>
      <td>{c.unchanged}</td>
      <td>{c.removedByReplace}</td>
    </tr>
  );

  return (
    <section className="lib-section" aria-labelledby={`${uid}-h`} data-tactful="library-file">
      <h2 id={`${uid}-h`}>{t('fileTitle')}</h2>
      <p className="hint">{t('fileHint')}</p>
      <div className="buttons">
        <button
          type="button"
          data-tactful-action="library-export"
          onClick={() => downloadText('tactful-library.json', serializeLibrary(library, stored?.entries))}
        >
          {t('exportLibrary')}
        </button>
        <JsonFileButton label={t('importLibrary')} inputName="library-import" onFile={(file) => void onFile(file)} />
      </div>
      {stored && stored.entries.length > 0 && (
        <p className="hint" data-tactful="library-corrections-shared">
          {t('correctionsShared', { count: stored.entries.length })}
        </p>
      )}
      <StatusLine notice={notice} t={t} testId="library-import-status" />
      {pending && plan && (
        <div className="lib-plan" data-tactful="library-import-plan">
          <p>{t('importReady', { file: pending.file })}</p>
          <table className="lib-table compact">
            <thead>
              <tr>
                <td />
                <th scope="col">{t('colInFile')}</th>
                <th scope="col">{t('colAdded')}</th>
                <th scope="col">{t('colUpdated')}</th>
                <th scope="col">{t('colUnchanged')}</th>
                <th scope="col">{t('colRemoved')}</th>
              </tr>
            </thead>
            <tbody>
              {row(t('rowTemplates'), plan.templates)}
              {row(t('rowFaq'), plan.faq)}
            </tbody>
          </table>
          {pending.corrections.length > 0 && (
            <p data-tactful="library-import-corrections" data-added={newCorrections ?? undefined}>
              {t('correctionsInFile', { inFile: pending.corrections.length, added: newCorrections ?? '…' })}
            </p>
          )}
          <div className="lib-plan-choices">
            <div>
              <button
                type="button"
                className="primary"
                data-tactful-action="library-import-merge"
                disabled={!plan.merged}
                onClick={() => void apply('merge')}
              >
                {t('merge')}
              </button>
              <span className="hint">
                {' '}
                {plan.merged ? t('mergeHint') : t('mergeImpossible', { reason: plan.mergeError ?? '' })}
              </span>
            </div>
            <div>
              <button type="button" data-tactful-action="library-import-replace" onClick={() => void apply('replace')}>
                {t('replace')}
              </button>
              <span className="hint"> {t('replaceHint')}</span>
            </div>
            <div>
              <button type="button" data-tactful-action="library-import-cancel" onClick={() => setPending(null)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
