import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { EDITED, EN_POST, FACEBOOK_FIXTURES, labelledComments } from '../fixtures/facebook/posts';
import { EN_THREADS, renderGmailEn, renderGmailZh, threadUrl, ZH_THREADS } from '../fixtures/gmail/threads';
import { setSettings } from '../support/browser';
import { serveFacebook } from '../support/facebook';
import { serveGmail } from '../support/gmail';
import { dbTable, expect, test } from './fixtures';

/**
 * Drafts as a CSM meets them (issue 10, "Done when"): a question gets no apology, an English
 * draft with the English wording carries no Chinese, the one-off bonus appears only once
 * ticked, and resolving a case offers the public closing reply. In the Facebook card, the
 * Gmail sidebar and the cases dashboard.
 */

const HAN = /[\u3400-\u9fff]/;
const APOLOGY = /抱歉|道歉|對不起|歉意|sorry|apolog/i;
const BONUS = /協助初步設定廣告|setting up your first ads/;
const ZH = FACEBOOK_FIXTURES.zhTW;
const EN = FACEBOOK_FIXTURES.en;

const card = (page: Page) => page.locator('[data-tactful="suggestion"]');
const draft = (page: Page, which: string) => page.locator(`[data-tactful="${which}"]`);

async function openFacebook(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-tactful="badge"]').first()).toBeVisible({ timeout: 15_000 });
}

test.describe('drafts in the Facebook card', () => {
  test('a question (opened from its neutral marker) gets an answer, no apology, and says it is not judged a complaint', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, showNeutralMarkers: true });
    await serveFacebook(ext.context, { [ZH.url]: ZH.html() });
    const page = await ext.context.newPage();
    await openFacebook(page, ZH.url);
    const marker = page.locator(`[data-tactful="neutral-marker"][data-comment-id="${EDITED.id}"]`);
    await marker.click();
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('[data-tactful="not-complaint"]')).toBeVisible();
    await expect(card(page).locator('[data-tactful="message-kind"]')).toHaveAttribute('data-kind', 'question');
    for (const which of ['public-draft', 'private-draft']) {
      await expect(draft(page, which)).not.toHaveValue('');
      expect(await draft(page, which).inputValue()).not.toMatch(APOLOGY);
    }
    await page.screenshot({ path: test.info().outputPath('card-question-zh-TW.png') });
  });

  test('an English complaint drafts with the English wording (no Chinese); the bonus appears only once ticked', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveFacebook(ext.context, { [EN.url]: EN.html() });
    const page = await ext.context.newPage();
    await openFacebook(page, EN.url);
    const complaint = labelledComments(EN_POST).find((c) => c.complaint && !HAN.test(c.author))!;
    await page.locator(`[data-tactful="badge"][data-comment-id="${complaint.id}"]`).click();
    await expect(card(page)).toBeVisible();
    const publicDraft = draft(page, 'public-draft');
    const privateDraft = draft(page, 'private-draft');
    await expect(publicDraft).toHaveValue(/Ms\. Lin/);
    expect(await publicDraft.inputValue()).not.toMatch(HAN);
    expect(await privateDraft.inputValue()).not.toMatch(HAN);
    // The full letter too, not only the Messenger version.
    await card(page).locator('[data-tactful="variant-letter"]').check();
    await expect(privateDraft).toHaveValue(/Best regards|Warm wishes/);
    expect(await privateDraft.inputValue()).not.toMatch(HAN);
    // The one-off bonus: absent until the CSM ticks it.
    expect(await privateDraft.inputValue()).not.toMatch(BONUS);
    await card(page).locator('[data-tactful="offer-bonus"]').check();
    await expect(privateDraft).toHaveValue(BONUS);
    await expect(privateDraft).toHaveValue(/normally part of a paid service/);
    await card(page).locator('[data-tactful="offer-bonus"]').uncheck();
    await expect(privateDraft).not.toHaveValue(BONUS);
    await page.screenshot({ path: test.info().outputPath('card-en.png') });
  });
});

test.describe('drafts in the Gmail sidebar', () => {
  test('a question gets an answer with no apology, and the sidebar says it is not judged a complaint', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailZh());
    const page = await ext.context.newPage();
    const question = ZH_THREADS.find((t) => t.subject === '詢問禮盒包裝')!;
    await page.goto(threadUrl(question));
    await expect(page.locator('[data-tactful="not-complaint"]')).toBeVisible();
    const reply = draft(page, 'reply-draft');
    await expect(reply).not.toHaveValue('');
    expect(await reply.inputValue()).not.toMatch(APOLOGY);
    await page.screenshot({ path: test.info().outputPath('sidebar-question-zh-TW.png') });
  });

  test('an English complaint carries no Chinese; the bonus appears only once ticked', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailEn());
    const page = await ext.context.newPage();
    await page.goto(threadUrl(EN_THREADS[0]!));
    const reply = draft(page, 'reply-draft');
    await expect(reply).toHaveValue(/Ms\. Lin/);
    expect(await reply.inputValue()).not.toMatch(HAN);
    expect(await reply.inputValue()).not.toMatch(BONUS);
    await page.locator('[data-tactful="offer-bonus"]').check();
    await expect(reply).toHaveValue(BONUS);
    expect(await reply.inputValue()).not.toMatch(HAN);
    await page.screenshot({ path: test.info().outputPath('sidebar-en.png') });
  });
});

test('resolving a recorded case offers the public closing reply and a private closing message', async ({ ext }) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  await serveFacebook(ext.context, { [ZH.url]: ZH.html() });
  const fb = await ext.context.newPage();
  await openFacebook(fb, ZH.url);
  await fb.locator('[data-tactful="badge"]').first().click();
  await fb.locator('[data-tactful-action="record"]').click();
  await expect(fb.locator('[data-tactful="case-status"]')).toBeVisible();
  const [recorded] = await dbTable<{ id: string }>(ext, 'cases');

  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/cases.html`);
  await page.locator(`[data-tactful="case-row"][data-case-id="${recorded!.id}"]`).click();
  const detail = page.locator(`[data-tactful="case-detail"][data-case-id="${recorded!.id}"]`);
  const closing = detail.locator('[data-tactful="closing-replies"]');
  await expect(closing.locator('[data-tactful="closing-public"]')).toHaveCount(0);
  await closing.locator('[data-tactful-action="resolve-case"]').click();
  await expect(detail.locator('[data-tactful="case-status-select"]')).toHaveValue('resolved');
  const publicClosing = closing.locator('[data-tactful="closing-public"]');
  await expect(publicClosing).toHaveValue(/處理完成/);
  // Short, no details, no personal data, no new promise.
  const text = await publicClosing.inputValue();
  expect(text.length).toBeLessThan(120);
  expect(text).not.toMatch(/\d{4,}|退款|賠償/);
  await expect(closing.locator('[data-tactful="closing-private"]')).toHaveValue(/林小姐/);
  await page.screenshot({ path: test.info().outputPath('closing-zh-TW.png'), fullPage: true });
});
