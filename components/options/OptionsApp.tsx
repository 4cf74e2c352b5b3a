import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { commonStrings } from '../../lib/i18n/strings/common';
import { libraryStrings } from '../../lib/i18n/strings/library';
import { optionsStrings } from '../../lib/i18n/strings/options';
import { dismissSettingsNotice, loadSettings, saveSettings, watchSettings } from '../../lib/platform/settings-store';
import { parseSettingsFile, serializeSettings, type SettingsNotice } from '../../lib/settings/parse';
import type { Settings } from '../../lib/settings/schema';
import { settingsWarnings, type SettingsWarningCode } from '../../lib/settings/warnings';
import { LibraryPanel } from '../library/LibraryPanel';
import { downloadText } from '../shared/download';
import { uiLocaleFor, useTranslator } from '../shared/useUiLocale';
import { fieldForWarningPath, settingsToForm, validateForm, type FieldId, type FormState } from './form-model';
import './options.css';

type T = ReturnType<typeof useTranslator<keyof (typeof optionsStrings)['en']>>;

const WARNING_KEYS: Record<SettingsWarningCode, Parameters<T>[0]> = {
  toll_free_line: 'warnTollFree',
  missing_dedicated_line: 'warnMissingLine',
  missing_handler: 'warnMissingHandler',
  missing_brand: 'warnMissingBrand',
  monitored_page_not_facebook: 'warnNotFacebook',
};

function issueMessage(t: T, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' ? t('errNumber') : t('errInvalid');
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string' && issue.code === 'too_big') return t('errTooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'number') return t('errRange', rangeOf(issue));
      return t('errInvalid');
    }
    case 'invalid_format':
      return t('errFormat', { what: issue.format === 'email' ? t('whatEmail') : t('whatUrl') });
    default:
      return t('errInvalid');
  }
}

// Ranges come from the schema; shown in the message so the user knows what fits.
const RANGES: Record<string, { min: number; max: number }> = {
  replyWithinHours: { min: 1, max: 720 },
  'publicReplyLimit.cjkChars': { min: 20, max: 2000 },
  'publicReplyLimit.enWords': { min: 10, max: 1000 },
  retentionDays: { min: 1, max: 3650 },
};
function rangeOf(issue: z.core.$ZodIssue) {
  return RANGES[issue.path.join('.')] ?? { min: 0, max: 1 };
}

type Tab = 'settings' | 'library';
const TABS: readonly Tab[] = ['settings', 'library'];
/** `options.html#library` opens the Templates & FAQ tab directly. */
const tabFromHash = (): Tab =>
  typeof location !== 'undefined' && location.hash === '#library' ? 'library' : 'settings';

export function OptionsApp() {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const [saved, setSaved] = useState<Settings | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadSettings().then(({ settings, notice }) => {
      setSaved(settings);
      setForm(settingsToForm(settings));
      setNotice(notice);
    });
    // Another tab (or the popup) may change the settings; follow it when nothing is being edited here.
    return watchSettings((settings) => setSaved(settings));
  }, []);

  const locale = uiLocaleFor(form?.uiLanguage ?? saved?.uiLanguage);
  const t = useTranslator(optionsStrings, locale);
  const tc = useTranslator(commonStrings, locale);
  const tl = useTranslator(libraryStrings, locale);
  const validation = useMemo(() => (form ? validateForm(form) : null), [form]);
  const dirty = useMemo(
    () => Boolean(form && saved && JSON.stringify(validation?.settings) !== JSON.stringify(saved)),
    [form, saved, validation],
  );
  const warnings = useMemo(() => {
    const out: Partial<Record<FieldId, string>> = {};
    if (validation?.settings)
      for (const w of settingsWarnings(validation.settings)) {
        const field = fieldForWarningPath(w.field);
        if (field && !out[field]) out[field] = t(WARNING_KEYS[w.code]);
      }
    return out;
  }, [validation, t]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('title');
  }, [locale, t]);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (!form || !validation || !saved) return <p className="loading">…</p>;

  const selectTab = (next: Tab, focus = false) => {
    setTab(next);
    history.replaceState(null, '', next === 'library' ? '#library' : location.pathname + location.search);
    if (focus) document.getElementById(`tab-${next}`)?.focus();
  };

  const update = <K extends FieldId>(field: K, value: FormState[K]) => {
    setStatus(null);
    setForm({ ...form, [field]: value });
  };

  /**
   * Purging closed cases deletes evidence: turning the retention rule on, or shortening it,
   * asks first (the dashboard's Data tab shows how many cases it would remove).
   */
  const retentionConfirmed = (next: Settings): boolean => {
    const before = saved?.retentionDays ?? null;
    if (next.retentionDays === null || (before !== null && next.retentionDays >= before)) return true;
    return window.confirm(t('retentionConfirm', { days: next.retentionDays }));
  };

  async function onSave() {
    if (!validation?.settings) return;
    if (!retentionConfirmed(validation.settings)) return;
    const stored = await saveSettings(validation.settings);
    setSaved(stored);
    setStatus({ kind: 'ok', text: t('savedAt') });
  }

  async function onImport(file: File) {
    const result = parseSettingsFile(await file.text());
    if (!result.ok) {
      setStatus({ kind: 'error', text: t('importFailed', { reason: result.error }) });
      return;
    }
    if (!retentionConfirmed(result.settings)) return;
    const stored = await saveSettings(result.settings);
    setSaved(stored);
    setForm(settingsToForm(stored));
    setStatus({ kind: 'ok', text: t('importDone') });
  }

  const field = (id: FieldId, label: string, input: ReactNode, hint?: string) => {
    const error = validation.errors[id];
    const warning = warnings[id];
    return (
      <div className={`field${error ? ' has-error' : ''}`} key={id}>
        <label htmlFor={`field-${id}`}>{label}</label>
        {input}
        {hint && (
          <p className="hint" id={`hint-${id}`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="error" role="alert" data-tactful="field-error" data-field={id}>
            {issueMessage(t, error)}
          </p>
        )}
        {!error && warning && (
          <p className="warning" data-tactful="field-warning" data-field={id}>
            {warning}
          </p>
        )}
      </div>
    );
  };

  const text = (id: FieldId, opts: { type?: string; multiline?: boolean; placeholder?: string } = {}) => {
    const common = {
      id: `field-${id}`,
      value: String(form[id]),
      placeholder: opts.placeholder,
      'aria-invalid': Boolean(validation.errors[id]),
      'aria-describedby': `hint-${id}`,
    };
    return opts.multiline ? (
      <textarea {...common} rows={3} onChange={(e) => update(id, e.target.value as never)} />
    ) : (
      <input {...common} type={opts.type ?? 'text'} onChange={(e) => update(id, e.target.value as never)} />
    );
  };

  const check = (id: 'gmail' | 'facebook' | 'autoRecord' | 'notifyDueSoon' | 'showNeutralMarkers', label: string) => (
    <label className="check" key={id}>
      <input id={`field-${id}`} type="checkbox" checked={form[id]} onChange={(e) => update(id, e.target.checked)} />
      {label}
    </label>
  );

  return (
    <main className={tab === 'library' ? 'options wide' : 'options'}>
      <header>
        <h1>{t('title')}</h1>
        <p className="subtitle">{t('subtitle')}</p>
      </header>

      <div className="tabs" role="tablist" aria-label={t('title')}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            data-tactful-tab={id}
            onClick={() => selectTab(id)}
            onKeyDown={(e) => {
              const i = TABS.indexOf(id);
              const next =
                e.key === 'ArrowRight'
                  ? TABS[(i + 1) % TABS.length]
                  : e.key === 'ArrowLeft'
                    ? TABS[(i + TABS.length - 1) % TABS.length]
                    : e.key === 'Home'
                      ? TABS[0]
                      : e.key === 'End'
                        ? TABS[TABS.length - 1]
                        : undefined;
              if (next) {
                e.preventDefault();
                selectTab(next, true);
              }
            }}
          >
            {id === 'settings' ? tl('tabSettings') : tl('tabLibrary')}
          </button>
        ))}
      </div>

      {tab === 'library' ? (
        <div role="tabpanel" id="panel-library" aria-labelledby="tab-library">
          <LibraryPanel settings={saved} locale={locale} />
        </div>
      ) : (
        <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings">
          {notice && (notice.resetFields.length > 0 || notice.migratedFields.length > 0) && (
            <div className="notice" role="status" data-tactful="settings-notice">
              <strong>{t('noticeTitle')}</strong>
              {notice.resetFields.length > 0 && <p>{t('noticeReset', { fields: notice.resetFields.join(', ') })}</p>}
              {notice.migratedFields.length > 0 && (
                <p>{t('noticeMigrated', { fields: notice.migratedFields.join(', ') })}</p>
              )}
              <button type="button" onClick={() => void dismissSettingsNotice().then(() => setNotice(null))}>
                {t('dismiss')}
              </button>
            </div>
          )}

          <form
            onSubmit={(e) => {
              e.preventDefault();
              void onSave();
            }}
          >
            <section>
              <h2>{t('sectionBrand')}</h2>
              {field('brand', t('brand'), text('brand', { placeholder: '小日子選物' }))}
              <div className="row">
                {field('handlerName', t('handlerName'), text('handlerName', { placeholder: '林雅婷' }))}
                {field(
                  'handlerTitle',
                  t('handlerTitle'),
                  text('handlerTitle', { placeholder: '林小姐' }),
                  t('handlerTitleHint'),
                )}
              </div>
            </section>

            <section>
              <h2>{t('sectionLine')}</h2>
              <div className="row">
                {field(
                  'phone',
                  t('phone'),
                  text('phone', { type: 'tel', placeholder: '02-2345-6789' }),
                  t('phoneHint'),
                )}
                {field('extension', t('extension'), text('extension', { placeholder: '123' }))}
              </div>
              {field('hours', t('hours'), text('hours', { placeholder: '週一至週五 09:00–18:00' }))}
              {field(
                'contactEmail',
                t('contactEmail'),
                text('contactEmail', { type: 'email', placeholder: 'care@example.tw' }),
              )}
            </section>

            <section>
              <h2>{t('sectionReplies')}</h2>
              {field(
                'replyWithinHours',
                t('replyWithinHours'),
                text('replyWithinHours', { type: 'number' }),
                t('replyWithinHoursHint'),
              )}
              <div className="row">
                {field(
                  'language',
                  t('language'),
                  <select
                    id="field-language"
                    value={form.language}
                    onChange={(e) => update('language', e.target.value as Settings['language'])}
                  >
                    <option value="auto">{t('languageAuto')}</option>
                    <option value="zh-TW">繁體中文</option>
                    <option value="zh-CN">简体中文</option>
                    <option value="en">English</option>
                  </select>,
                )}
                {field(
                  'tone',
                  t('tone'),
                  <select
                    id="field-tone"
                    value={form.tone}
                    onChange={(e) => update('tone', e.target.value as Settings['tone'])}
                  >
                    <option value="formal">{t('toneFormal')}</option>
                    <option value="warm">{t('toneWarm')}</option>
                  </select>,
                )}
              </div>
              <div className="row">
                {field('cjkChars', t('publicLimitCjk'), text('cjkChars', { type: 'number' }))}
                {field('enWords', t('publicLimitEn'), text('enWords', { type: 'number' }))}
              </div>
            </section>

            <section>
              <h2>{t('sectionSites')}</h2>
              <div className="checks">
                {check('gmail', t('gmail'))}
                {check('facebook', t('facebook'))}
                {check('autoRecord', t('autoRecord'))}
                {check('notifyDueSoon', t('notifyDueSoon'))}
                {check('showNeutralMarkers', t('showNeutralMarkers'))}
              </div>
              {field(
                'monitoredPages',
                t('monitoredPages'),
                text('monitoredPages', { multiline: true, placeholder: 'https://www.facebook.com/xiaorizi.select' }),
                t('monitoredPagesHint'),
              )}
              {field(
                'retentionDays',
                t('retentionDays'),
                text('retentionDays', { type: 'number' }),
                t('retentionHint'),
              )}
            </section>

            <section>
              <h2>{t('sectionBoundary')}</h2>
              <p className="hint">{t('onePerLine')}</p>
              <div className="row three">
                {field('paid', t('paid'), text('paid', { multiline: true, placeholder: '廣告代操' }))}
                {field('included', t('included'), text('included', { multiline: true, placeholder: '頁面修改建議' }))}
                {field('bonus', t('bonus'), text('bonus', { multiline: true, placeholder: '協助初步設定廣告' }))}
              </div>
            </section>

            <section>
              <h2>{t('sectionDetection')}</h2>
              {field(
                'sensitivity',
                `${t('sensitivity')}: ${form.sensitivity.toFixed(2)}`,
                <div className="range">
                  <span>{t('sensitivityLow')}</span>
                  <input
                    id="field-sensitivity"
                    type="range"
                    min={0}
                    max={1}
                    step={0.05}
                    value={form.sensitivity}
                    onChange={(e) => update('sensitivity', Number(e.target.value))}
                  />
                  <span>{t('sensitivityHigh')}</span>
                </div>,
                t('sensitivityHint'),
              )}
            </section>

            <section>
              <h2>{t('sectionInterface')}</h2>
              {field(
                'uiLanguage',
                t('uiLanguage'),
                <select
                  id="field-uiLanguage"
                  value={form.uiLanguage}
                  onChange={(e) => update('uiLanguage', e.target.value as Settings['uiLanguage'])}
                >
                  <option value="auto">{t('uiLanguageAuto')}</option>
                  <option value="zh-TW">繁體中文</option>
                  <option value="zh-CN">简体中文</option>
                  <option value="en">English</option>
                </select>,
              )}
            </section>

            <div className="savebar" aria-live="polite">
              <button
                type="submit"
                className="primary"
                disabled={!validation.settings || !dirty}
                data-tactful-action="save-settings"
              >
                {tc('save')}
              </button>
              {!validation.settings && <span className="error">{t('fixErrors')}</span>}
              {validation.settings && dirty && <span className="muted">{t('unsaved')}</span>}
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
              <button type="button" onClick={() => fileInput.current?.click()}>
                {t('importSettings')}
              </button>
              <input
                ref={fileInput}
                type="file"
                accept="application/json,.json"
                hidden
                data-tactful="settings-import"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void onImport(file);
                }}
              />
            </div>
          </section>
        </div>
      )}
    </main>
  );
}
