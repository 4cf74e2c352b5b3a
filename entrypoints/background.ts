import { browser } from 'wxt/browser';
import { createBadgeKeeper, type BadgeCounts } from '../lib/background/badge';
import { createCorrectionsKeeper } from '../lib/background/corrections';
import { createRouter } from '../lib/background/router';
import { senderSite } from '../lib/background/sender';
import { openDatabase, type CaseRow } from '../lib/db/schema';
import { makeTranslator, resolveUiLocale } from '../lib/i18n';
import { popupStrings } from '../lib/i18n/strings/popup';
import { announceCasesChanged, onCasesChanged } from '../lib/platform/case-events';
import { correctionStorage } from '../lib/platform/corrections-store';
import { loadSettings, repairStoredSettings, watchSettings } from '../lib/platform/settings-store';
import { isolatePlain } from '../lib/records/bidi';
import { purgeClosedOlderThan } from '../lib/records/erase';
import { caseCounts, casesDueSoon } from '../lib/records/lifecycle';
import type { Settings } from '../lib/settings/schema';

const TICK = 'tactful-tick';
const NOTIFIED_KEY = 'notifiedDue';
const LAST_PURGE_KEY = 'lastRetentionPurge';
const HOUR = 3_600_000;

/**
 * The background owns the case database (in the extension's origin) and answers the
 * protocol in lib/protocol.ts. It also keeps the toolbar badge (overdue, else new
 * cases), checks deadlines every few minutes with `alarms`, sends opt-in "due within an
 * hour" notifications and applies the optional retention rule. Wiring only: the logic
 * lives in lib/.
 */
export default defineBackground(() => {
  const db = openDatabase();
  // MV3 (Chrome) has `action`; the Firefox MV2 build has `browserAction`.
  const toolbar = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  async function showBadge(counts: BadgeCounts) {
    const shown = counts.overdue || counts.new;
    await toolbar.setBadgeText({ text: shown ? String(shown) : '' });
    await toolbar.setBadgeBackgroundColor({ color: counts.overdue ? '#c62828' : '#1565c0' });
  }

  // Captures can arrive in bursts (a monitored page with hundreds of comments, batches of
  // 1,000): the badge adds the cases they create to the counts it knows and counts the
  // database only once they pause (lib/background/badge.ts); open dashboards are told at
  // most once a second (each reload reads every case).
  const warnBadge = (err: unknown) => console.warn('Tactful: badge update failed', err);
  const badge = createBadgeKeeper({ count: () => caseCounts(db), show: showBadge, onError: warnBadge });
  const announce = throttled(1000, async () => announceCasesChanged());
  function casesChanged(change?: { created: CaseRow[] }) {
    if (change) badge.created(change.created);
    else badge.changed();
    announce();
  }
  const refreshBadge = () => badge.refresh().catch(warnBadge);

  // Settings are read on every capture (the reply time limit): keep them in memory.
  let settingsCache: Promise<Settings> | null = null;
  const currentSettings = () => (settingsCache ??= loadSettings().then((l) => l.settings));
  watchSettings(() => {
    settingsCache = null;
  });

  async function openDashboard(caseId?: string) {
    const url = browser.runtime.getURL(
      `/cases.html${caseId ? `#case=${encodeURIComponent(caseId)}` : ''}` as '/cases.html',
    );
    await browser.tabs.create({ url });
  }

  // The only writer of the CSM's corrections (storage.local `corrections`), one change at a time.
  const corrections = createCorrectionsKeeper(correctionStorage, db);
  const warnCorrections = (err: unknown) => console.warn('Tactful: corrections sweep failed', err);

  const handleMessage = createRouter({
    db,
    getSettings: currentSettings,
    openDashboard,
    onCasesChanged: casesChanged,
    corrections,
  });

  const extensionBase = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own content scripts and pages can reach onMessage; still, be explicit.
    if (sender.id !== browser.runtime.id) return false;
    handleMessage(message, senderSite(sender, extensionBase)).then(sendResponse);
    return true; // keeps the channel open for the async answer
  });

  /** Notifies once per case when it is due within the hour (opt-in in the settings). */
  async function notifyDueSoon() {
    const { settings } = await loadSettings();
    if (!settings.notifyDueSoon) return;
    const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY] as string[] | undefined;
    const notified = new Set(stored ?? []);
    const due = (await casesDueSoon(db, HOUR)).filter((c) => !notified.has(c.id));
    const t = makeTranslator(popupStrings, resolveUiLocale(settings.uiLanguage, navigator.language));
    for (const c of due) {
      await browser.notifications.create(`case:${c.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('dueSoonTitle'),
        message: t('dueSoonBody', {
          who: isolatePlain(c.authorName || c.authorContact),
          where: isolatePlain(c.context),
        }),
      });
      notified.add(c.id);
    }
    if (due.length) await browser.storage.local.set({ [NOTIFIED_KEY]: [...notified].slice(-1000) });
  }

  /** The optional retention rule, at most once a day. */
  async function applyRetention() {
    const { settings } = await loadSettings();
    if (!settings.retentionDays) return;
    const last = ((await browser.storage.local.get(LAST_PURGE_KEY))[LAST_PURGE_KEY] as number | undefined) ?? 0;
    if (Date.now() - last < 24 * HOUR) return;
    const purged = await purgeClosedOlderThan(db, settings.retentionDays);
    await browser.storage.local.set({ [LAST_PURGE_KEY]: Date.now() });
    if (purged) {
      announceCasesChanged();
      await corrections.forgetErased().catch(warnCorrections);
    }
  }

  async function tick() {
    await refreshBadge();
    await notifyDueSoon();
    await applyRetention();
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK) void tick();
  });
  void browser.alarms.get(TICK).then((existing) => {
    if (!existing) void browser.alarms.create(TICK, { periodInMinutes: 5, delayInMinutes: 1 });
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('case:')) void openDashboard(id.slice(5));
  });
  // The dashboard writes directly (same origin) and announces it: keep the badge in step.
  onCasesChanged(() => badge.changed());

  void repairStoredSettings();
  void refreshBadge();
  // Catches an erasure whose sweep did not run (a dashboard closed at that moment).
  void corrections.forgetErased().catch(warnCorrections);
  // Exposed for the end-to-end tests and for debugging from the service worker console.
  (globalThis as Record<string, unknown>).tactful = { db, handleMessage, tick, corrections };
});

/**
 * Runs `work` soon after a call, then at most once per `intervalMs` while calls keep
 * coming, never two runs at once; a call during a run schedules one more run after it.
 */
function throttled(intervalMs: number, work: () => Promise<unknown>): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let pending = false;
  let last = 0;
  const run = async () => {
    timer = null;
    running = true;
    pending = false;
    last = Date.now();
    try {
      await work();
    } finally {
      running = false;
      if (pending) schedule();
    }
  };
  const schedule = () => {
    if (timer) return;
    if (running) {
      pending = true;
      return;
    }
    timer = setTimeout(() => void run(), Math.max(50, last + intervalMs - Date.now()));
  };
  return schedule;
}
