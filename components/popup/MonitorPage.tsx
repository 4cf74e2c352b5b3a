import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { popupStrings } from '../../lib/i18n/strings/popup';
import type { makeTranslator } from '../../lib/i18n';
import { saveSettings } from '../../lib/platform/settings-store';
import { monitoredPageUrl, pageKeyOfUrl, withMonitoredPage } from '../../lib/sites/facebook/page';
import type { Settings } from '../../lib/settings/schema';

type PopupT = ReturnType<typeof makeTranslator<keyof (typeof popupStrings)['en']>>;

/**
 * "Monitor this page" / "Stop monitoring" for the Facebook page in the active tab: adds or
 * removes it (as https://www.facebook.com/<name>) in the settings' monitored pages, where
 * complaints are recorded automatically when auto-record is on. The popup sees the tab's
 * address through the Facebook host permissions (no `tabs` permission); on an address that
 * names no page (home, groups, a photo viewer) it shows nothing.
 */
export function MonitorPage({ settings, t }: { settings: Settings; t: PopupT }) {
  const [tabUrl, setTabUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabUrl(tab?.url ?? null));
  }, []);

  const pageUrl = tabUrl ? monitoredPageUrl(tabUrl) : null;
  if (!tabUrl || !pageUrl) return null;
  const key = pageKeyOfUrl(pageUrl);
  const monitored = settings.monitoredPages.some((u) => pageKeyOfUrl(u) === key);
  const toggle = (on: boolean) => {
    setBusy(true);
    void saveSettings({ ...settings, monitoredPages: withMonitoredPage(settings.monitoredPages, tabUrl, on) }).finally(
      () => setBusy(false),
    );
  };

  return (
    <section
      data-tactful="monitor-page"
      data-monitored={monitored ? 'true' : 'false'}
      style={{ display: 'grid', gap: 6, justifyItems: 'start' }}
    >
      <p className="muted" style={{ margin: 0 }} title={pageUrl}>
        {pageUrl.replace(/^https:\/\/www\./, '')}
      </p>
      {monitored ? (
        <>
          <p style={{ margin: 0 }}>✓ {t('monitoredPage')}</p>
          <button type="button" data-tactful-action="unmonitor-page" disabled={busy} onClick={() => toggle(false)}>
            {t('stopMonitoring')}
          </button>
        </>
      ) : (
        <button type="button" data-tactful-action="monitor-page" disabled={busy} onClick={() => toggle(true)}>
          {t('monitorPage')}
        </button>
      )}
      {!settings.autoRecord && (
        <p className="muted" style={{ margin: 0 }}>
          {t('autoRecordOff')}
        </p>
      )}
    </section>
  );
}
