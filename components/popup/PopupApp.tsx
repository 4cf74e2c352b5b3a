import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { popupStrings } from '../../lib/i18n/strings/popup';
import { send } from '../../lib/platform/messaging';
import { loadSettings, saveSettings, watchSettings } from '../../lib/platform/settings-store';
import type { Settings } from '../../lib/settings/schema';
import { settingsWarnings } from '../../lib/settings/warnings';
import { uiLocaleFor, useTranslator } from '../shared/useUiLocale';
import { MonitorPage } from './MonitorPage';
import './popup.css';

type Counts = { new: number; overdue: number; open: number };

/** Which of our sites the active tab is on (its URL is visible to us only on those sites). */
async function activeSite(): Promise<'gmail' | 'facebook' | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const host = tab?.url ? new URL(tab.url).hostname : '';
  if (host === 'mail.google.com') return 'gmail';
  if (host === 'www.facebook.com' || host === 'web.facebook.com') return 'facebook';
  return null;
}

export function PopupApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [countsError, setCountsError] = useState(false);
  const [site, setSite] = useState<'gmail' | 'facebook' | null>(null);

  useEffect(() => {
    void loadSettings().then(({ settings }) => setSettings(settings));
    void send({ type: 'cases.counts' }).then(setCounts, () => setCountsError(true));
    void activeSite().then(setSite);
    return watchSettings(setSettings);
  }, []);

  const t = useTranslator(popupStrings, uiLocaleFor(settings?.uiLanguage));
  if (!settings) return null;

  // Optimistic: the checkbox follows the click at once (a controlled input that waited for
  // storage would snap back until the write finished); the saved value then confirms it.
  const toggleSite = (which: 'gmail' | 'facebook', on: boolean) => {
    const next = { ...settings, sites: { ...settings.sites, [which]: on } };
    setSettings(next);
    void saveSettings(next).then(setSettings, () => setSettings(settings));
  };
  const needsSetup = settingsWarnings(settings).some(
    (w) => w.code === 'missing_dedicated_line' || w.code === 'missing_handler',
  );

  return (
    <main className="popup">
      <div className="counts" data-tactful="popup-counts">
        <div className={counts?.new ? 'count new' : 'count'}>
          <strong data-count="new">{counts?.new ?? '–'}</strong>
          <span>{t('newCases')}</span>
        </div>
        <div className={counts?.overdue ? 'count overdue' : 'count'}>
          <strong data-count="overdue">{counts?.overdue ?? '–'}</strong>
          <span>{t('overdueCases')}</span>
        </div>
        <div className="count">
          <strong data-count="open">{counts?.open ?? '–'}</strong>
          <span>{t('openCases')}</span>
        </div>
      </div>
      {countsError && <p className="muted">{t('unreachable')}</p>}
      <button
        type="button"
        className="primary"
        data-tactful-action="open-dashboard"
        onClick={() => void send({ type: 'dashboard.open' }).then(() => window.close())}
      >
        {t('openDashboard')}
      </button>
      <fieldset>
        <legend>{site ? t('thisSite') : t('sites')}</legend>
        {(site === null || site === 'gmail') && (
          <label className="check">
            <input
              type="checkbox"
              data-tactful="site-toggle"
              data-site="gmail"
              checked={settings.sites.gmail}
              onChange={(e) => toggleSite('gmail', e.target.checked)}
            />
            {t('workInGmail')}
          </label>
        )}
        {(site === null || site === 'facebook') && (
          <label className="check">
            <input
              type="checkbox"
              data-tactful="site-toggle"
              data-site="facebook"
              checked={settings.sites.facebook}
              onChange={(e) => toggleSite('facebook', e.target.checked)}
            />
            {t('workOnFacebook')}
          </label>
        )}
      </fieldset>
      {/* Room for per-page controls (e.g. "monitor this page" on a Facebook fan page). */}
      {site === 'facebook' && settings.sites.facebook && <MonitorPage settings={settings} t={t} />}
      {needsSetup && <p className="warning">{t('setupNeeded')}</p>}
      <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </main>
  );
}
