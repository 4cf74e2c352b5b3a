import { useId, useRef, useState } from 'react';
import { parseLibraryFile, planImport, serializeLibrary, type ImportCounts } from '../../lib/draft/library';
import type { Library } from '../../lib/draft/types';
import { downloadText } from '../shared/download';
import type { LibraryT } from './i18n';
import { StatusLine, type Notice } from './StatusLine';

type Save = (next: (current: Library) => Library) => Promise<Library>;

/**
 * Export the library as JSON; import a file all-or-nothing: it is checked completely
 * first (a bad file changes nothing and says what is wrong and where), then a dry run
 * shows what merging or replacing would do before anything is written.
 */
export function LibraryFileSection(props: { library: Library; save: Save; t: LibraryT }) {
  const { library, t } = props;
  const [pending, setPending] = useState<{ file: string; incoming: Library } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const uid = useId();
  const plan = pending ? planImport(library, pending.incoming) : null;

  async function onFile(file: File) {
    setPending(null);
    const result = parseLibraryFile(await file.text());
    if (!result.ok) {
      setNotice({ kind: 'error', text: t('importFailed', { reason: result.error }) });
      return;
    }
    setNotice(null);
    setPending({ file: file.name, incoming: result.library });
  }

  async function apply(how: 'merge' | 'replace') {
    if (!pending) return;
    const { incoming } = pending;
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
    setNotice({ kind: 'ok', text: how === 'merge' ? t('importMerged') : t('importReplaced') });
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
          onClick={() => downloadText('tactful-library.json', serializeLibrary(library))}
        >
          {t('exportLibrary')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('importLibrary')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-tactful="library-import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </div>
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
