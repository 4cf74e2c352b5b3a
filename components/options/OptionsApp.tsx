import { useEffect, useRef, useState } from 'react';
import { libraryStrings } from '../../lib/i18n/strings/library';
import { optionsStrings } from '../../lib/i18n/strings/options';
import { LibraryPanel } from '../library/LibraryPanel';
import { uiLocaleFor, useTranslator } from '../shared/useUiLocale';
import { OptionsTabs, tabFromHash, type Tab } from './OptionsTabs';
import { SettingsPanel } from './SettingsPanel';
import { useSettingsForm, type SettingsMessages } from './useSettingsForm';
import './options.css';

/** The options page: the Settings tab (settings form and file) and the Templates & FAQ tab. */
export function OptionsApp() {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  // The messages are read when an action runs, in the interface language of that moment.
  const messages = useRef<SettingsMessages | null>(null);
  const api = useSettingsForm(() => messages.current!);
  const locale = uiLocaleFor(api.form?.uiLanguage ?? api.saved?.uiLanguage);
  const t = useTranslator(optionsStrings, locale);
  const tl = useTranslator(libraryStrings, locale);
  useEffect(() => {
    messages.current = {
      saved: t('savedAt'),
      imported: t('importDone'),
      importFailed: (reason: string) => t('importFailed', { reason }),
      confirmRetention: (days: number) => window.confirm(t('retentionConfirm', { days })),
    };
  }, [t]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('title');
  }, [locale, t]);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (!api.form || !api.saved) return <p className="loading">…</p>;

  const selectTab = (next: Tab, focus = false) => {
    setTab(next);
    history.replaceState(null, '', next === 'library' ? '#library' : location.pathname + location.search);
    if (focus) document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <main className={tab === 'library' ? 'options wide' : 'options'}>
      <header>
        <h1>{t('title')}</h1>
        <p className="subtitle">{t('subtitle')}</p>
      </header>
      <OptionsTabs
        tab={tab}
        label={t('title')}
        names={{ settings: tl('tabSettings'), library: tl('tabLibrary') }}
        onSelect={selectTab}
      />
      {tab === 'library' ? (
        <div role="tabpanel" id="panel-library" aria-labelledby="tab-library">
          <LibraryPanel settings={api.saved} locale={locale} />
        </div>
      ) : (
        <SettingsPanel api={api} t={t} locale={locale} />
      )}
    </main>
  );
}
