import { useState } from 'react';
import { LOCALIZED_FIELDS, LOCALIZED_LANGUAGES, type LocalizedField, type LocalizedLanguage } from '../form-model';
import { issueMessage, useForm, type OptionsT } from '../fields';

const LABELS: Record<LocalizedField, Parameters<OptionsT>[0]> = {
  brand: 'brand',
  handlerName: 'handlerName',
  handlerTitle: 'handlerTitle',
  phone: 'phone',
  extension: 'extension',
  hours: 'hours',
  paid: 'paid',
  included: 'included',
  bonus: 'bonus',
};
const LISTS: ReadonlySet<LocalizedField> = new Set(['paid', 'included', 'bonus']);

/**
 * Per-language wording (`localized`): the brand, handler, line and service names as drafts
 * in that language should say them ("Ms. Lin", "+886-2-2345-6789"). One language at a time.
 */
export function LanguagesSection() {
  const { t, form, update, errors } = useForm();
  const [language, setLanguage] = useState<LocalizedLanguage>('en');
  const values = form.localized[language];
  const count = (l: LocalizedLanguage) => LOCALIZED_FIELDS.filter((f) => form.localized[l][f].trim()).length;
  const set = (field: LocalizedField, value: string) =>
    update('localized', { ...form.localized, [language]: { ...values, [field]: value } });
  return (
    <section data-tactful="localized-settings">
      <h2>{t('sectionLanguages')}</h2>
      <p className="hint">{t('languagesHint')}</p>
      <div className="lang-tabs" role="group" aria-label={t('sectionLanguages')}>
        {LOCALIZED_LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={language === l}
            data-localized-language={l}
            onClick={() => setLanguage(l)}
          >
            {t(`lang_${l}`)}
            {count(l) > 0 && <span className="muted"> · {t('localizedOverrides', { count: count(l) })}</span>}
          </button>
        ))}
      </div>
      <div className="lang-grid">
        {LOCALIZED_FIELDS.map((field) => {
          const id = `field-localized-${language}-${field}`;
          const issue = errors.localized?.[`${language}.${field}`];
          return (
            <div className={`field${issue ? ' has-error' : ''}`} key={`${language}-${field}`}>
              <label htmlFor={id}>{t(LABELS[field])}</label>
              {LISTS.has(field) ? (
                <textarea id={id} rows={2} value={values[field]} onChange={(e) => set(field, e.target.value)} />
              ) : (
                <input id={id} type="text" value={values[field]} onChange={(e) => set(field, e.target.value)} />
              )}
              {issue && (
                <p className="error" role="alert" data-tactful="field-error">
                  {issueMessage(t, issue)}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
