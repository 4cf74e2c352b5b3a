import { useEffect, useId, useRef, useState } from 'react';
import { DRAFT_LANGUAGES, type DraftLanguage, type FaqEntry } from '../../lib/draft/types';
import { fieldIssueText, type LibraryT } from './i18n';
import { faqFieldIssues, formatTags, LANGUAGE_NAMES, parseTags } from './model';

export function FaqEditor(props: {
  mode: 'new' | 'edit';
  initial: FaqEntry;
  t: LibraryT;
  onSave: (entry: FaqEntry) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = props;
  const [entry, setEntry] = useState(props.initial);
  const [tagsText, setTagsText] = useState(formatTags(props.initial.tags));
  const [saving, setSaving] = useState(false);
  // "Required" shows once a field has been left or changed, not on a blank new form.
  const [touched, setTouched] = useState<Record<string, boolean>>(
    props.mode === 'edit' ? { question: true, answer: true, tags: true } : {},
  );
  const touch = (field: string) => setTouched((x) => (x[field] ? x : { ...x, [field]: true }));
  const firstRef = useRef<HTMLInputElement>(null);
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  useEffect(() => firstRef.current?.focus(), []);

  const candidate: FaqEntry = {
    ...entry,
    question: entry.question.trim(),
    answer: entry.answer.trim(),
    tags: parseTags(tagsText),
  };
  const issues = faqFieldIssues(candidate);
  const blocked = Object.keys(issues).length > 0;
  const error = (field: string) => {
    if (!touched[field]) return null;
    const text = field === 'tags' && issues.tags ? t('errTagTooLong') : fieldIssueText(t, issues[field]);
    return text ? (
      <p className="error" id={id(`${field}-error`)} data-tactful="faq-field-error" data-field={field}>
        {text}
      </p>
    ) : null;
  };

  return (
    <form
      className="lib-editor lib-faq-editor"
      data-tactful="faq-editor"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (blocked || saving) return;
        setSaving(true);
        void props.onSave(candidate).finally(() => setSaving(false));
      }}
    >
      <h3>{props.mode === 'new' ? t('editorNewFaq') : t('editorEditFaq')}</h3>
      <div className="field">
        <label htmlFor={id('question')}>{t('fieldQuestion')}</label>
        <input
          ref={firstRef}
          id={id('question')}
          type="text"
          data-field="question"
          value={entry.question}
          aria-invalid={Boolean(touched.question && issues.question)}
          aria-describedby={issues.question ? id('question-error') : undefined}
          onBlur={() => touch('question')}
          onChange={(e) => {
            touch('question');
            setEntry({ ...entry, question: e.target.value });
          }}
        />
        {error('question')}
      </div>
      <div className="field">
        <label htmlFor={id('answer')}>{t('fieldAnswer')}</label>
        <textarea
          id={id('answer')}
          data-field="answer"
          rows={5}
          value={entry.answer}
          aria-invalid={Boolean(touched.answer && issues.answer)}
          aria-describedby={issues.answer ? id('answer-error') : undefined}
          onBlur={() => touch('answer')}
          onChange={(e) => {
            touch('answer');
            setEntry({ ...entry, answer: e.target.value });
          }}
        />
        {error('answer')}
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor={id('tags')}>{t('fieldTags')}</label>
          <input
            id={id('tags')}
            type="text"
            data-field="tags"
            value={tagsText}
            aria-describedby={id('tags-hint')}
            onBlur={() => touch('tags')}
            onChange={(e) => {
              touch('tags');
              setTagsText(e.target.value);
            }}
          />
          <p className="hint" id={id('tags-hint')}>
            {t('tagsHint')}
          </p>
          {error('tags')}
        </div>
        <div className="field">
          <label htmlFor={id('language')}>{t('fieldLanguage')}</label>
          <select
            id={id('language')}
            data-field="language"
            value={entry.language}
            onChange={(e) => setEntry({ ...entry, language: e.target.value as DraftLanguage })}
          >
            {DRAFT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="lib-actions">
        <button type="submit" className="primary" disabled={blocked || saving} data-tactful-action="save-faq">
          {t('saveFaq')}
        </button>
        <button type="button" onClick={props.onCancel} data-tactful-action="cancel-faq">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
