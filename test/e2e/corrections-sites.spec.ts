import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { EDITED, FACEBOOK_FIXTURES } from '../fixtures/facebook/posts';
import { EN_THREADS, renderGmailEn, threadUrl } from '../fixtures/gmail/threads';
import { setSettings } from '../support/browser';
import { FACEBOOK_IDLE, serveFacebook } from '../support/facebook';
import { isPageImage, serveGmail } from '../support/gmail';
import { dbTable, expect, test } from './fixtures';
import { openDashboard } from './records-support';

/**
 * Corrections where the verdicts are shown: a badge's card on a fan page and the Gmail
 * sidebar. Each takes effect at once and after a reload; the dashboard lists both, and
 * undoing one brings the badge back.
 */

const ZH = FACEBOOK_FIXTURES.zhTW;
/** A complaint on the saved zh-TW fan page (「東西壞了，客服態度又差，真的很失望」). */
const COMMENT = '1000000000000006';
const THREAD = EN_THREADS.find((t) => t.complaint)!;

const badge = (page: Page, id: string) => page.locator(`[data-tactful="badge"][data-comment-id="${id}"]`);
const badgeIds = (page: Page) =>
  page
    .locator('[data-tactful="badge"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-comment-id')!).sort());
const storedCount = (sw: Parameters<typeof setSettings>[0]) =>
  sw.evaluate(async () => {
    const stored = (await chrome.storage.local.get('corrections')).corrections as { entries: unknown[] } | undefined;
    return stored?.entries.length ?? 0;
  });

async function openFanPage(page: Page) {
  await page.goto(ZH.url);
  await expect(page.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 20_000 }); // every comment read and badged
}

test('a badge and a Gmail verdict corrected in place stay corrected after a reload; the dashboard lists and undoes them', async ({
  ext,
}) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  await serveFacebook(ext.context, { [ZH.url]: ZH.html() });
  await serveGmail(ext.context, renderGmailEn());

  // Facebook: the badge's card says "Not a complaint"; the badge goes, the others stay.
  const fb = await ext.context.newPage();
  await openFanPage(fb);
  const before = await badgeIds(fb);
  expect(before).toContain(COMMENT);
  await badge(fb, COMMENT).locator('button').click();
  const card = fb.locator('[data-tactful="suggestion"]');
  await expect(card.locator('[data-tactful="verdict-correction"]')).toHaveAttribute('data-correction', 'none');
  // A page script's click on the control changes nothing (the card's shadow root is guarded).
  await fb.evaluate(() => {
    const root = document.querySelector('[data-tactful="card-host"]')!.shadowRoot!;
    root.querySelector<HTMLElement>('[data-tactful-action="correct-not-complaint"]')!.click();
  });
  await card.locator('[data-tactful-action="correct-not-complaint"]').click();
  await expect(badge(fb, COMMENT)).toHaveCount(0);
  await expect(card.locator('[data-tactful="verdict-correction"]')).toHaveAttribute('data-correction', 'same-text');
  await expect(card.locator('[data-tactful="corrected-by-you"]')).toContainText('Corrected by you');
  await expect(card.locator('[data-tactful-action="correct-complaint"]')).toBeVisible();
  expect(await storedCount(ext.serviceWorker)).toBe(1); // the user's click only

  await fb.reload();
  await expect(fb.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 20_000 });
  expect(await badgeIds(fb)).toEqual(before.filter((id) => id !== COMMENT));

  // Gmail: the sidebar's verdict corrected from the keyboard.
  const gmail = await ext.context.newPage();
  await gmail.goto(threadUrl(THREAD));
  const verdict = gmail.locator('[data-tactful="verdict"]');
  await expect(verdict).toHaveAttribute('data-complaint', 'true', { timeout: 20_000 });
  await gmail.locator('[data-tactful-action="correct-not-complaint"]').focus();
  await gmail.keyboard.press('Enter');
  await expect(verdict).toHaveAttribute('data-complaint', 'false');
  await expect(verdict.locator('[data-tactful="verdict-correction"]')).toHaveAttribute('data-correction', 'same-text');
  await expect(gmail.locator('[data-tactful-action="correct-complaint"]')).toBeFocused(); // focus stays on the control
  await gmail.reload();
  await expect(verdict).toHaveAttribute('data-message-id', `#msg-f:${THREAD.latestId}`, { timeout: 20_000 });
  await expect(verdict).toHaveAttribute('data-complaint', 'false');
  await expect(verdict.locator('[data-tactful="corrected-by-you"]')).toBeVisible();

  // The dashboard lists both; undoing the Facebook one brings its badge back.
  const dashboard = await openDashboard(ext);
  await dashboard.locator('[data-tactful-tab="corrections"]').click();
  const rows = dashboard.locator('[data-tactful="correction-row"]');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Gmail' })).toContainText(THREAD.subject);
  const facebookRow = rows.filter({ hasText: 'Facebook' });
  await expect(facebookRow).toContainText('東西壞了');
  await facebookRow.locator('[data-tactful-action="correction-undo"]').click();
  await expect(rows).toHaveCount(1);

  await fb.reload();
  await expect(fb.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 20_000 });
  await expect(badge(fb, COMMENT)).toHaveCount(1);
  expect(await badgeIds(fb)).toEqual(before);
  expect(ext.unroutedRequests.filter((url) => !isPageImage(url))).toEqual([]); // Gmail's own image proxy aside
});

test('Undo in the sidebar gives the verdict back at once, in every open tab', async ({ ext }) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  await serveGmail(ext.context, renderGmailEn());
  const pages = [await ext.context.newPage(), await ext.context.newPage()];
  for (const page of pages) {
    await page.goto(threadUrl(THREAD));
    await expect(page.locator('[data-tactful="verdict"]')).toHaveAttribute('data-complaint', 'true', {
      timeout: 20_000,
    });
  }
  const [one, other] = pages as [Page, Page];
  await one.locator('[data-tactful-action="correct-not-complaint"]').click();
  // The other tab re-judges without a reload.
  await expect(other.locator('[data-tactful="verdict"]')).toHaveAttribute('data-complaint', 'false');
  await one.locator('[data-tactful-action="correction-undo"]').click();
  for (const page of pages) {
    await expect(page.locator('[data-tactful="verdict"]')).toHaveAttribute('data-complaint', 'true');
    await expect(page.locator('[data-tactful="verdict-correction"]')).toHaveAttribute('data-correction', 'none');
  }
  expect(await storedCount(ext.serviceWorker)).toBe(0);
});

test('a question corrected as a complaint from its neutral marker gets a badge and, on a monitored page with auto-record, a case that stays when the correction is undone', async ({
  ext,
}) => {
  await setSettings(ext.serviceWorker, {
    ...SAMPLE_SETTINGS,
    showNeutralMarkers: true,
    autoRecord: true,
    monitoredPages: ['https://www.facebook.com/xiaorizi.select'],
  });
  await serveFacebook(ext.context, { [ZH.url]: ZH.html() });
  const fb = await ext.context.newPage();
  await openFanPage(fb);
  const sourceKey = `facebook:comment:${EDITED.id}`;
  const casesOf = async () =>
    (await dbTable<{ sourceKey: string }>(ext, 'cases')).filter((c) => c.sourceKey === sourceKey).length;
  expect(await casesOf()).toBe(0);
  await expect(badge(fb, EDITED.id)).toHaveCount(0);
  await fb.locator(`[data-tactful="neutral-marker"][data-comment-id="${EDITED.id}"]`).click();
  const card = fb.locator('[data-tactful="suggestion"]');
  await card.locator('[data-tactful-action="correct-refine"]').click();
  // From the keyboard (the card's shadow root lets only trusted events through, which
  // Playwright's selectOption does not send): the form takes the focus, End picks the last severity.
  await expect(card.locator('[data-tactful="correct-severity"]')).toBeFocused();
  await fb.keyboard.press('End');
  await card.locator('[data-tactful-action="correct-save"]').click();
  await expect(badge(fb, EDITED.id)).toHaveAttribute('data-severity', 'critical');
  await expect(fb.locator(`[data-tactful="neutral-marker"][data-comment-id="${EDITED.id}"]`)).toHaveCount(0);
  await expect(card.locator('[data-tactful="corrected-by-you"]')).toBeVisible();
  // Recorded by the usual auto-record rule (a complaint on a monitored page).
  await expect.poll(casesOf).toBe(1);
  // Undone: the badge goes back to a neutral marker; the case is a record and stays.
  await card.locator('[data-tactful-action="correction-undo"]').click();
  await expect(badge(fb, EDITED.id)).toHaveCount(0);
  await expect(fb.locator(`[data-tactful="neutral-marker"][data-comment-id="${EDITED.id}"]`)).toHaveCount(1);
  await expect(fb.locator(FACEBOOK_IDLE)).toBeAttached();
  expect(await casesOf()).toBe(1);
});
