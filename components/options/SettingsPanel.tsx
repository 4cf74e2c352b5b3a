import { useMemo } from 'react';
import { JsonFileButton } from '../shared/JsonFileButton';
import { settingsWarnings, type SettingsWarningCode } from '../../lib/settings/warnings';
import { commonStrings } from '../../lib/i18n/strings/common';
import { dismissSettingsNotice } from '../../lib/platform/settings-store';
import { serializeSettings } from '../../lib/settings/parse';
import { downloadText } from '../shared/download';
import { useTranslator } from '../shared/useUiLocale';
import type { UiLocale } from '../../lib/i18n';
import { FormContext, type OptionsT } from './fields';
import { fieldForWarningPath, type FieldId } from './form-model';
import { BrandSection, LineSection } from './sections/BrandAndLine';
import { LanguagesSection } from './sections/Languages';
import {
  BoundarySection,
  ChannelsSection,
  DetectionAndInterface,
  RepliesSection,
  SitesSection,
} from './sections/Replies';
import type { SettingsFormApi } from './useSettingsForm';

const WARNING_KEYS: Record<SettingsWarningCode, Parameters<OptionsT>[0]> = {
  toll_free_line: 'warnTollFree',
  missing_dedicated_line: 'warnMissingLine',
  missing_handler: 'warnMissingHandler',
  missing_brand: 'warnMissingBrand',
  monitored_page_not_facebook: 'warnNotFacebook',
};

/** The Settings tab: the stored-settings notice, the form with its save bar, and the settings file. */
export function SettingsPanel(props: { api: SettingsFormApi; t: OptionsT; locale: UiLocale }) {
  const { api, t } = props;
  const tc = useTranslator(commonStrings, props.locale);
  const { form, validation, notice, status, saved } = api;
  const warnings = useMemo(() => {
    const out: Partial<Record<FieldId, string>> = {};
    if (validation?.settings)
      for (const w of settingsWarnings(validation.settings)) {
        const field = fieldForWarningPath(w.field);
        if (field && !out[field]) out[field] = t(WARNING_KEYS[w.code]);
      }
    return out;
  }, [validation, t]);
  if (!form || !validation) return null;
  return (
    <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings">
      {notice && (notice.resetFields.length > 0 || notice.migratedFields.length > 0) && (
        <div className="notice" role="status" data-tactful="settings-notice">
          <strong>{t('noticeTitle')}</strong>
          {notice.resetFields.length > 0 && <p>{t('noticeReset', { fields: notice.resetFields.join(', ') })}</p>}
          {notice.migratedFields.length > 0 && (
            <p>{t('noticeMigrated', { fields: notice.migratedFields.join(', ') })}</p>
          )}
          <button type="button" onClick={() => void dismissSettingsNotice().then(api.dismissNotice)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <FormContext.Provider value={{ form, errors: validation.errors, warnings, update: api.update, t }}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void api.save();
          }}
        >
          <BrandSection />
          <LineSection />
          <RepliesSection />
          <ChannelsSection />
          <LanguagesSection />
          <SitesSection />
          <BoundarySection />
          <DetectionAndInterface />
          <div className="savebar" aria-live="polite">
            <button
              type="submit"
              className="primary"
              disabled={!validation.settings || !api.dirty}
              data-tactful-action="save-settings"
            >
              {tc('save')}
            </button>
            {!validation.settings && <span className="error">{t('fixErrors')}</span>}
            {validation.settings && api.dirty && <span className="muted">{t('unsaved')}</span>}
            {status && (
              <span
                className={status.kind === 'ok' ? 'ok' : 'error'}
                role={status.kind === 'error' ? 'alert' : 'status'}
                data-tactful="settings-status"
              >
                {status.text}
              </span>
            )}
          </div>
        </form>
      </FormContext.Provider>
      <section>
        <h2>{t('sectionFile')}</h2>
        <p className="hint">{t('fileHint')}</p>
        <div className="buttons">
          <button
            type="button"
            data-tactful-action="settings-export"
            onClick={() => saved && downloadText('tactful-settings.json', serializeSettings(saved))}
          >
            {t('exportSettings')}
          </button>
          <JsonFileButton
            label={t('importSettings')}
            inputName="settings-import"
            onFile={(file) => void api.importFile(file)}
          />
        </div>
      </section>
    </div>
  );
}
