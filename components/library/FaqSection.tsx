import { useId, useMemo, useState } from 'react';
import { searchFaq } from '../../lib/draft/faq';
import { type DraftLanguage, type FaqEntry, type Library } from '../../lib/draft/types';
import { type LibraryT } from './i18n';
import { blankFaq, LANGUAGE_NAMES, newId, restoreAt, takenIds, upsert } from './model';
import { FocusRestorer, StatusLine, useFocusKey, type Notice } from './StatusLine';
import { FaqEditor } from './FaqEditor';

type Save = (next: (current: Library) => Library) => Promise<Library>;

interface Editing {
  mode: 'new' | 'edit';
  entry: FaqEntry;
  returnTo: string;
  key: number;
}

/** FAQ entries: search (substring, works for Chinese; Traditional/Simplified folded), add, edit, delete with undo. */
export function FaqSection(props: { library: Library; save: Save; t: LibraryT; defaultLanguage: DraftLanguage }) {
  const { library, t } = props;
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusKey, setFocusKey] = useFocusKey();
  const uid = useId();
  const hits = useMemo(() => searchFaq(library.faq, query), [library.faq, query]);

  // An entry being edited that disappears (deleted in another window) closes the editor.
  const [rawEditing, setEditing] = useState<Editing | null>(null);
  const editing =
    rawEditing?.mode === 'edit' && !library.faq.some((f) => f.id === rawEditing.entry.id) ? null : rawEditing;

  const open = (mode: Editing['mode'], entry: FaqEntry, returnTo: string) => {
    setNotice(null);
    setEditing({ mode, entry, returnTo, key: Date.now() });
  };
  const close = () => {
    const back = editing?.returnTo;
    setEditing(null);
    if (back) setFocusKey(back);
  };

  async function onSave(entry: FaqEntry) {
    const final = entry.id ? entry : { ...entry, id: newId('faq', takenIds(library)) };
    try {
      await props.save((current) => ({ ...current, faq: upsert(current.faq, final) }));
    } catch (err) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: err instanceof Error ? err.message : String(err) }) });
      return;
    }
    setEditing(null);
    setNotice({ kind: 'ok', text: t('savedFaq') });
    setFocusKey(`faq-edit-${final.id}`);
  }

  async function onDelete(entry: FaqEntry) {
    const index = library.faq.findIndex((f) => f.id === entry.id);
    try {
      await props.save((current) => ({ ...current, faq: current.faq.filter((f) => f.id !== entry.id) }));
    } catch (err) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: err instanceof Error ? err.message : String(err) }) });
      return;
    }
    setNotice({
      kind: 'ok',
      text: t('deletedFaq', { name: entry.question.length > 40 ? `${entry.question.slice(0, 40)}…` : entry.question }),
      undo: async () => {
        await props.save((current) => ({ ...current, faq: restoreAt(current.faq, entry, index) }));
        setNotice(null);
        setFocusKey(`faq-edit-${entry.id}`);
      },
    });
  }

  return (
    <section className="lib-section" aria-labelledby={`${uid}-h`} data-tactful="library-faq">
      <div className="lib-section-head">
        <h2 id={`${uid}-h`}>{t('faqTitle')}</h2>
        {!editing && (
          <button
            type="button"
            className="primary"
            data-focus-key="faq-new"
            data-tactful-action="new-faq"
            onClick={() => open('new', blankFaq(props.defaultLanguage), 'faq-new')}
          >
            + {t('newFaq')}
          </button>
        )}
      </div>
      <p className="hint">{t('faqHint')}</p>
      <StatusLine notice={notice} t={t} testId="faq-status" />
      {editing ? (
        <FaqEditor
          key={editing.key}
          mode={editing.mode}
          initial={editing.entry}
          t={t}
          onSave={onSave}
          onCancel={close}
        />
      ) : library.faq.length === 0 ? (
        <p className="lib-empty" data-tactful="faq-empty">
          {t('noFaqYet')}
        </p>
      ) : (
        <>
          <div className="field lib-search">
            <label htmlFor={`${uid}-q`}>{t('faqSearch')}</label>
            <input
              id={`${uid}-q`}
              type="search"
              data-tactful="library-faq-search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <p className="hint lib-count" aria-live="polite">
            {t('faqCount', { shown: hits.length, total: library.faq.length })}
          </p>
          {hits.length === 0 ? (
            <p className="lib-empty">{t('noFaqMatch', { query })}</p>
          ) : (
            <ul className="lib-faq-list" data-tactful="faq-list">
              {hits.map((f) => (
                <li key={f.id} data-faq-id={f.id}>
                  <div className="lib-faq-main">
                    <p className="lib-faq-q">{f.question}</p>
                    <p className="lib-faq-a">{f.answer}</p>
                    <p className="lib-faq-meta">
                      <span className="lib-badge">{LANGUAGE_NAMES[f.language]}</span>
                      {f.tags.map((tag) => (
                        <span className="lib-tag" key={tag}>
                          #{tag}
                        </span>
                      ))}
                    </p>
                  </div>
                  <div className="lib-row-actions">
                    <button
                      type="button"
                      className="small"
                      data-focus-key={`faq-edit-${f.id}`}
                      data-action="edit"
                      onClick={() => open('edit', f, `faq-edit-${f.id}`)}
                    >
                      {t('edit')}
                    </button>
                    <button
                      type="button"
                      className="small danger"
                      data-action="delete"
                      onClick={() => void onDelete(f)}
                    >
                      {t('delete')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <FocusRestorer focusKey={focusKey} />
    </section>
  );
}
