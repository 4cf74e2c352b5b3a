/**
 * The popup's "Monitor this page" on a Facebook page: it reads the active tab's address
 * (visible to the popup through the Facebook host permissions), stores the page as
 * https://www.facebook.com/<name> in the monitored pages, and the content script then
 * records complaints there automatically. Stop monitoring removes it.
 */
import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/schema';
import { FACEBOOK_FIXTURES } from '../fixtures/facebook/posts';
import { setSettings } from '../support/browser';
import { FACEBOOK_IDLE, serveFacebook } from '../support/facebook';
import { dbTable, expect, test } from './fixtures';

const CN = FACEBOOK_FIXTURES.zhCN;

/** The popup opened as a tab, answering for `tab` (brought to front so it is the active tab of the window). */
async function popupFor(popup: Page, tab: Page, extensionId: string) {
  await tab.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('[data-tactful="popup-counts"]')).toBeVisible();
}

test('"Monitor this page" adds the Facebook page (normalised), recording starts there, "Stop monitoring" removes it', async ({
  ext,
}) => {
  await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, autoRecord: true });
  await serveFacebook(ext.context, { [CN.url]: CN.html() });
  const storedSettings = () =>
    ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings').then((s) => s.settings as Settings));
  const fb = await ext.context.newPage();
  await fb.goto(`${CN.url}?__cft__[0]=AZtracking&__tn__=R`);
  await expect(fb.locator('[data-tactful="badge"]').first()).toBeVisible({ timeout: 15_000 });
  await expect(fb.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 15_000 });
  expect(await dbTable(ext, 'cases')).toEqual([]); // not monitored yet

  const popup = await ext.context.newPage();
  await popupFor(popup, fb, ext.extensionId);
  const section = popup.locator('[data-tactful="monitor-page"]');
  await expect(section).toHaveAttribute('data-monitored', 'false');
  await expect(section).toContainText('facebook.com/nuanshan.tea');
  await popup.locator('[data-tactful-action="monitor-page"]').click();
  await expect(section).toHaveAttribute('data-monitored', 'true');
  await expect(section).toContainText('This page is monitored');
  expect((await storedSettings()).monitoredPages).toEqual([
    'https://www.facebook.com/xiaorizi.select',
    'https://www.facebook.com/nuanshan.tea',
  ]);
  await popup.setViewportSize({ width: 340, height: 520 });
  await popup.screenshot({ path: test.info().outputPath('popup-monitored.png') });

  // The content script sees the new setting at once: the complaints on screen are recorded.
  await expect.poll(async () => (await dbTable(ext, 'cases')).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(5);

  await popupFor(popup, fb, ext.extensionId);
  await popup.locator('[data-tactful-action="unmonitor-page"]').click();
  await expect(section).toHaveAttribute('data-monitored', 'false');
  expect((await storedSettings()).monitoredPages).toEqual(['https://www.facebook.com/xiaorizi.select']);
});

test('the popup says when auto-record is off, and offers nothing on a Facebook address that names no page', async ({
  ext,
}) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS); // auto-record off; xiaorizi.select monitored
  const ZH = FACEBOOK_FIXTURES.zhTW;
  await serveFacebook(ext.context, { [ZH.url]: ZH.html() });
  const fb = await ext.context.newPage();
  await fb.goto(ZH.url);
  const popup = await ext.context.newPage();
  await popupFor(popup, fb, ext.extensionId);
  const section = popup.locator('[data-tactful="monitor-page"]');
  await expect(section).toHaveAttribute('data-monitored', 'true');
  await expect(section).toContainText('Auto-record is off');
  await popup.setViewportSize({ width: 340, height: 520 });
  await popup.screenshot({ path: test.info().outputPath('popup-auto-record-off.png') });

  await fb.goto('https://www.facebook.com/groups/123456789/posts/987654321');
  await popupFor(popup, fb, ext.extensionId);
  await expect(popup.locator('input[type=checkbox]').first()).toBeVisible();
  await expect(section).toHaveCount(0);
});
