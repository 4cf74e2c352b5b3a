import { useId, useMemo, useState } from 'react';
import type { Library, Template } from '../../lib/draft/types';
import type { DraftLanguage } from '../../lib/draft/types';
import type { UiLocale } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import { categoryLabel, quadrantLabel, templateName, toneLabel, type AssistT, type LibraryT } from './i18n';
import {
  blankTemplate,
  LANGUAGE_NAMES,
  listTemplates,
  newId,
  NO_FILTER,
  restoreAt,
  takenIds,
  upsert,
  type TemplateFilter,
} from './model';
import { TemplateFilters } from './TemplateFilters';
import { FocusRestorer, StatusLine, useFocusKey, type Notice } from './StatusLine';
import { TemplateEditor, type EditorMode } from './TemplateEditor';

type Save = (next: (current: Library) => Library) => Promise<Library>;

interface Editing {
  mode: EditorMode;
  template: Template;
  /** Where focus goes back when the editor closes. */
  returnTo: string;
  key: number;
}

/** The template list (built-in and the user's), its filters, and the editor. */
export function TemplatesSection(props: {
  library: Library;
  save: Save;
  settings: Settings;
  locale: UiLocale;
  t: LibraryT;
  ta: AssistT;
  defaultLanguage: DraftLanguage;
}) {
  const { library, t, ta } = props;
  const [filter, setFilter] = useState<TemplateFilter>(NO_FILTER);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusKey, setFocusKey] = useFocusKey();
  const uid = useId();

  const rows = useMemo(() => listTemplates(library.templates, filter), [library.templates, filter]);
  const total = library.templates.length + listTemplates([], NO_FILTER).length;

  // A template being edited that disappears (deleted in another window) closes the editor.
  const [rawEditing, setEditing] = useState<Editing | null>(null);
  const editing =
    rawEditing?.mode === 'edit' && !library.templates.some((x) => x.id === rawEditing.template.id) ? null : rawEditing;

  const open = (mode: EditorMode, template: Template, returnTo: string) => {
    setNotice(null);
    setEditing({ mode, template, returnTo, key: Date.now() });
  };
  const close = () => {
    const back = editing?.returnTo;
    setEditing(null);
    if (back) setFocusKey(back);
  };
  const duplicate = (template: Template, returnTo: string) =>
    open(
      'new',
      { ...template, id: '', name: t('copyName', { name: templateName(t, template) }).slice(0, 200) },
      returnTo,
    );

  async function onSave(template: Template) {
    const isNew = !template.id;
    const final = isNew ? { ...template, id: newId('tpl', takenIds(library)) } : template;
    try {
      await props.save((current) => ({ ...current, templates: upsert(current.templates, final) }));
    } catch (err) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: err instanceof Error ? err.message : String(err) }) });
      return;
    }
    setEditing(null);
    setNotice({ kind: 'ok', text: t('savedTemplate', { name: final.name }) });
    setFocusKey(`tpl-edit-${final.id}`);
  }

  async function onDelete(template: Template) {
    const index = library.templates.findIndex((x) => x.id === template.id);
    try {
      await props.save((current) => ({ ...current, templates: current.templates.filter((x) => x.id !== template.id) }));
    } catch (err) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: err instanceof Error ? err.message : String(err) }) });
      return;
    }
    setNotice({
      kind: 'ok',
      text: t('deletedTemplate', { name: template.name }),
      undo: async () => {
        await props.save((current) => ({ ...current, templates: restoreAt(current.templates, template, index) }));
        setNotice(null);
        setFocusKey(`tpl-edit-${template.id}`);
      },
    });
  }

  if (editing) {
    const title =
      editing.mode === 'view'
        ? `${t('editorView')}: ${templateName(t, editing.template)}`
        : editing.mode === 'edit'
          ? t('editorEdit')
          : t('editorNew');
    return (
      <section className="lib-section" aria-labelledby={`${uid}-h`} data-tactful="library-templates">
        <h2 id={`${uid}-h`}>{t('templatesTitle')}</h2>
        <TemplateEditor
          key={editing.key}
          mode={editing.mode}
          initial={editing.template}
          title={title}
          settings={props.settings}
          locale={props.locale}
          t={t}
          ta={ta}
          onSave={onSave}
          onCancel={close}
          onDuplicate={() => duplicate(editing.template, editing.returnTo)}
        />
      </section>
    );
  }

  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  return (
    <section className="lib-section" aria-labelledby={`${uid}-h`} data-tactful="library-templates">
      <div className="lib-section-head">
        <h2 id={`${uid}-h`}>{t('templatesTitle')}</h2>
        <button
          type="button"
          className="primary"
          data-focus-key="tpl-new"
          data-tactful-action="new-template"
          onClick={() => open('new', blankTemplate(props.defaultLanguage), 'tpl-new')}
        >
          + {t('newTemplate')}
        </button>
      </div>
      <StatusLine notice={notice} t={t} testId="templates-status" />
      <TemplateFilters filter={filter} onChange={setFilter} t={t} ta={ta} />
      <p className="hint lib-count" aria-live="polite">
        {t('templateCount', { shown: rows.length, total })}
        {filtered && (
          <>
            {' · '}
            <button type="button" className="link" onClick={() => setFilter(NO_FILTER)}>
              {t('clearFilters')}
            </button>
          </>
        )}
        {(filter.quadrant !== 'all' || filter.category !== 'all') && <> · {t('filterAppliesHint')}</>}
      </p>
      {library.templates.length === 0 && filter.source !== 'builtin' && (
        <p className="lib-empty" data-tactful="templates-empty">
          {t('noTemplatesYet')}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="lib-empty">{t('noTemplateMatch')}</p>
      ) : (
        <div className="lib-table-wrap">
          <table className="lib-table" data-tactful="template-list">
            <thead>
              <tr>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colLanguage')}</th>
                <th scope="col">{t('colKind')}</th>
                <th scope="col">{t('colQuadrant')}</th>
                <th scope="col">{t('colCategory')}</th>
                <th scope="col">{t('colTone')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ template: x, builtin }) => (
                <tr key={`${builtin ? 'b' : 'u'}:${x.id}`} data-template-id={x.id} data-builtin={builtin}>
                  <th scope="row">
                    <span className="lib-name">{templateName(t, x)}</span>{' '}
                    <span className={builtin ? 'lib-badge' : 'lib-badge mine'}>
                      {builtin ? t('builtinBadge') : t('mineBadge')}
                    </span>
                  </th>
                  <td>{LANGUAGE_NAMES[x.language]}</td>
                  <td>{t(`kind_${x.kind}`)}</td>
                  <td>{quadrantLabel(ta, x.quadrant, t)}</td>
                  <td>{categoryLabel(ta, x.category, t)}</td>
                  <td>{toneLabel(t, x.tone)}</td>
                  <td className="lib-row-actions">
                    {builtin ? (
                      <>
                        <button
                          type="button"
                          className="small"
                          data-focus-key={`tpl-view-${x.id}`}
                          data-action="view"
                          onClick={() => open('view', { ...x, name: templateName(t, x) }, `tpl-view-${x.id}`)}
                        >
                          {t('view')}
                        </button>
                        <button
                          type="button"
                          className="small"
                          data-focus-key={`tpl-dup-${x.id}`}
                          data-action="duplicate"
                          onClick={() => duplicate(x, `tpl-dup-${x.id}`)}
                        >
                          {t('duplicateToEdit')}
                        </button>
                      </>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="small"
                          data-focus-key={`tpl-edit-${x.id}`}
                          data-action="edit"
                          onClick={() => open('edit', x, `tpl-edit-${x.id}`)}
                        >
                          {t('edit')}
                        </button>
                        <button
                          type="button"
                          className="small"
                          data-focus-key={`tpl-dup-${x.id}`}
                          data-action="duplicate"
                          onClick={() => duplicate(x, `tpl-dup-${x.id}`)}
                        >
                          {t('duplicate')}
                        </button>
                        <button
                          type="button"
                          className="small danger"
                          data-action="delete"
                          onClick={() => void onDelete(x)}
                        >
                          {t('delete')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FocusRestorer focusKey={focusKey} />
    </section>
  );
}
