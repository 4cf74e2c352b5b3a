import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { validateTemplate } from '../../lib/draft/library';
import { DRAFT_LANGUAGES, type Template } from '../../lib/draft/types';
import type { TemplateVariable } from '../../lib/draft/template-variables';
import type { UiLocale } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import {
  bodyErrorTexts,
  categoryLabel,
  fieldIssueText,
  quadrantLabel,
  toneLabel,
  type AssistT,
  type LibraryT,
} from './i18n';
import { CATEGORIES, insertAt, LANGUAGE_NAMES, QUADRANTS, templateFieldIssues } from './model';
import { TemplatePreview } from './TemplatePreview';
import { VariablePalette } from './VariablePalette';

export type EditorMode = 'new' | 'edit' | 'view';

/**
 * One template: its fields, the text with a variable palette, and a live preview on the
 * sample case of its language, rendered with the current settings and linted. Unknown or
 * incomplete variables block saving; a sample that fails the reply check only warns.
 * Escape cancels. Built-in templates open read-only, with "Duplicate to edit".
 */
export function TemplateEditor(props: {
  mode: EditorMode;
  initial: Template;
  title: string;
  settings: Settings;
  locale: UiLocale;
  t: LibraryT;
  ta: AssistT;
  onSave: (template: Template) => Promise<void>;
  onCancel: () => void;
  onDuplicate?: () => void;
}) {
  const { t, ta, mode } = props;
  const readOnly = mode === 'view';
  const [draft, setDraft] = useState<Template>(props.initial);
  const [saving, setSaving] = useState(false);
  // "Required" shows once a field has been left or changed, not on a blank new template.
  const [touched, setTouched] = useState<Record<string, boolean>>(mode === 'new' ? {} : { name: true, body: true });
  const touch = (field: string) => setTouched((x) => (x[field] ? x : { ...x, [field]: true }));
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;

  useEffect(() => {
    if (readOnly) headingRef.current?.focus();
    else firstRef.current?.focus();
  }, [readOnly]);

  const issues = useMemo(() => templateFieldIssues(draft), [draft]);
  const bodyErrors = useMemo(() => bodyErrorTexts(t, draft.body), [t, draft.body]);
  const deferred = useDeferredValue(draft);
  const check = useMemo(
    () => validateTemplate(deferred, props.settings, { uiLocale: props.locale }),
    [deferred, props.settings, props.locale],
  );
  const blocked = Object.keys(issues).length > 0 || bodyErrors.length > 0;

  const set = <K extends keyof Template>(key: K, value: Template[K]) => {
    touch(key);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  function insertVariable(name: TemplateVariable) {
    const el = bodyRef.current;
    const start = el?.selectionStart ?? draft.body.length;
    const end = el?.selectionEnd ?? draft.body.length;
    const next = insertAt(draft.body, start, end, `{{${name}}}`);
    set('body', next.text);
    requestAnimationFrame(() => {
      if (!bodyRef.current) return;
      bodyRef.current.focus();
      bodyRef.current.setSelectionRange(next.caret, next.caret);
    });
  }

  async function save() {
    if (blocked || readOnly || saving) return;
    setSaving(true);
    try {
      await props.onSave({ ...draft, name: draft.name.trim() });
    } finally {
      setSaving(false);
    }
  }

  const select = <V extends string>(
    name: keyof Template,
    label: string,
    value: V,
    options: readonly (readonly [V, string])[],
    onChange: (v: V) => void,
  ) => (
    <div className="field">
      <label htmlFor={id(name)}>{label}</label>
      <select
        id={id(name)}
        data-field={name}
        value={value}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  const errorText = (field: string) => {
    if (!touched[field]) return null;
    const text = fieldIssueText(t, issues[field]);
    return text ? (
      <p className="error" id={id(`${field}-error`)} data-tactful="template-field-error" data-field={field}>
        {text}
      </p>
    ) : null;
  };

  return (
    <div
      className="lib-editor"
      data-tactful="template-editor"
      data-mode={mode}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <div className="lib-editor-head">
        <h3 tabIndex={-1} ref={headingRef}>
          {props.title}
        </h3>
        {readOnly && <p className="hint">{t('builtinReadOnly')}</p>}
      </div>
      <div className="lib-editor-grid">
        <form
          className="lib-editor-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="field">
            <label htmlFor={id('name')}>{t('fieldName')}</label>
            <input
              ref={firstRef}
              id={id('name')}
              type="text"
              data-field="name"
              value={draft.name}
              readOnly={readOnly}
              aria-invalid={Boolean(touched.name && issues.name)}
              onBlur={() => touch('name')}
              aria-describedby={issues.name ? id('name-error') : undefined}
              onChange={(e) => set('name', e.target.value)}
            />
            {!readOnly && errorText('name')}
          </div>
          <div className="lib-selects">
            {select(
              'language',
              t('fieldLanguage'),
              draft.language,
              DRAFT_LANGUAGES.map((l) => [l, LANGUAGE_NAMES[l]] as const),
              (v) => set('language', v),
            )}
            {select(
              'kind',
              t('fieldKind'),
              draft.kind,
              [
                ['public', t('kind_public')],
                ['private', t('kind_private')],
              ] as const,
              (v) => set('kind', v),
            )}
            {select(
              'tone',
              t('fieldTone'),
              draft.tone,
              (['any', 'formal', 'warm'] as const).map((v) => [v, toneLabel(t, v)] as const),
              (v) => set('tone', v),
            )}
            {select(
              'quadrant',
              t('fieldQuadrant'),
              draft.quadrant,
              (['any', ...QUADRANTS] as const).map((v) => [v, quadrantLabel(ta, v, t)] as const),
              (v) => set('quadrant', v),
            )}
            {select(
              'category',
              t('fieldCategory'),
              draft.category,
              (['any', ...CATEGORIES] as const).map((v) => [v, categoryLabel(ta, v, t)] as const),
              (v) => set('category', v),
            )}
          </div>
          <div className="field">
            <label htmlFor={id('body')}>{t('fieldBody')}</label>
            <textarea
              ref={bodyRef}
              id={id('body')}
              data-field="body"
              rows={draft.kind === 'private' ? 16 : 7}
              value={draft.body}
              readOnly={readOnly}
              spellCheck={false}
              aria-invalid={Boolean(touched.body && issues.body) || bodyErrors.length > 0}
              onBlur={() => touch('body')}
              aria-describedby={`${id('body-hint')} ${id('body-errors')}`}
              onChange={(e) => set('body', e.target.value)}
            />
            <p className="hint" id={id('body-hint')}>
              {t('bodyHint')}
            </p>
            <div id={id('body-errors')}>
              {!readOnly && errorText('body')}
              {!readOnly &&
                bodyErrors.map((e) => (
                  <p className="error" key={e} data-tactful="template-error">
                    {e}
                  </p>
                ))}
            </div>
          </div>
          {!readOnly && <VariablePalette t={t} idOf={id} onInsert={insertVariable} />}
          <div className="lib-actions">
            {readOnly ? (
              <>
                <button
                  type="button"
                  className="primary"
                  data-tactful-action="duplicate-template"
                  onClick={props.onDuplicate}
                >
                  {t('duplicateToEdit')}
                </button>
                <button type="button" onClick={props.onCancel}>
                  {t('close')}
                </button>
              </>
            ) : (
              <>
                <button
                  type="submit"
                  className="primary"
                  disabled={blocked || saving}
                  data-tactful-action="save-template"
                >
                  {t('save')}
                </button>
                <button type="button" onClick={props.onCancel} data-tactful-action="cancel-template">
                  {t('cancel')}
                </button>
                {blocked && Object.keys(touched).length > 0 && <span className="error">{t('errCannotSave')}</span>}
              </>
            )}
          </div>
        </form>
        <TemplatePreview check={check} blocked={bodyErrors.length > 0} t={t} ta={ta} />
      </div>
    </div>
  );
}
