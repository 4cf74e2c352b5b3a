import { browser } from 'wxt/browser';
import { createRouter } from '../lib/background/router';
import { openDatabase } from '../lib/db/schema';
import { caseCounts } from '../lib/records/lifecycle';
import { loadSettings, repairStoredSettings } from '../lib/platform/settings-store';

/**
 * The background owns the case database (in the extension's origin) and answers the
 * protocol in lib/protocol.ts. This file only wires browser events to lib/ code.
 */
export default defineBackground(() => {
  const db = openDatabase();

  // MV3 (Chrome) has `action`; the Firefox MV2 build has `browserAction`.
  const toolbar = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  async function refreshBadge() {
    const counts = await caseCounts(db);
    const shown = counts.overdue || counts.new;
    await toolbar.setBadgeText({ text: shown ? String(shown) : '' });
    await toolbar.setBadgeBackgroundColor({ color: counts.overdue ? '#c62828' : '#1565c0' });
  }

  const handleMessage = createRouter({
    db,
    getSettings: async () => (await loadSettings()).settings,
    openDashboard: async (caseId) => {
      const url = browser.runtime.getURL(`/cases.html${caseId ? `#case=${encodeURIComponent(caseId)}` : ''}` as '/cases.html');
      await browser.tabs.create({ url });
    },
    onCasesChanged: () => void refreshBadge(),
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own content scripts and pages can reach onMessage; still, be explicit.
    if (sender.id !== browser.runtime.id) return false;
    handleMessage(message).then(sendResponse);
    return true; // keeps the channel open for the async answer
  });

  void repairStoredSettings();
  void refreshBadge();
  // Exposed for the end-to-end tests and for debugging from the service worker console.
  (globalThis as Record<string, unknown>).tactful = { db, handleMessage };
});
