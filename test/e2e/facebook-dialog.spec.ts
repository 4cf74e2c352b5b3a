/**
 * The comment dialog (`[role=dialog]`) opened over a page's timeline (saved page
 * dialog-en.html): the feed underneath keeps a visible copy of the first comment. Badges
 * belong to the copy the user reads (the dialog's), one per comment, and move back to the
 * feed when the dialog closes.
 */
import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { EN_POST, FACEBOOK_FIXTURES, KNOWN_DISAGREEMENTS, labelledComments } from '../fixtures/facebook/posts';
import { setSettings } from '../support/browser';
import { FACEBOOK_IDLE, serveFacebook } from '../support/facebook';
import { expect, test } from './fixtures';

const DIALOG = FACEBOOK_FIXTURES.enDialog;
const badges = (page: Page) => page.locator('[data-tactful="badge"]');

test('comments in a comment dialog get their badges inside the dialog, and Insert uses the dialog’s reply box', async ({
  ext,
}) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  await serveFacebook(ext.context, { [DIALOG.url]: DIALOG.html() });
  const page = await ext.context.newPage();
  await page.goto(DIALOG.url);
  // Every labelled complaint gets its badge inside the dialog (detector disagreements aside:
  // this test is about where badges go, not about the detector).
  const complaints = labelledComments(EN_POST).filter((c) => c.complaint && !(c.id in KNOWN_DISAGREEMENTS));
  for (const c of complaints)
    await expect(page.locator(`[role=dialog] [data-tactful="badge"][data-comment-id="${c.id}"]`)).toHaveCount(1, {
      timeout: 15_000,
    });
  await expect(page.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 15_000 });
  // None outside the dialog (the feed's copy of the first comment has none), none twice.
  expect(await page.locator('[role=main] [data-tactful="badge"]').count()).toBe(0);
  const ids = await page
    .locator('[data-tactful="badge"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-id')));
  expect(new Set(ids).size).toBe(ids.length);
  await page.screenshot({ path: test.info().outputPath('dialog-badges.png') });

  // The first comment is also previewed in the feed: Insert goes to the dialog's copy.
  const id = EN_POST.comments[0]!.id;
  await page.locator(`[role=dialog] [data-tactful="badge"][data-comment-id="${id}"] button`).click();
  const card = page.locator('[data-tactful="suggestion"]');
  await expect(card).toBeVisible();
  const draft = await card.locator('[data-tactful="public-draft"]').inputValue();
  await card.locator('[data-tactful-action="insert-public"]').click();
  const editor = page.locator(
    `[role=dialog] [data-fixture-comment="${id}"] > form[role=presentation] [contenteditable="true"]`,
  );
  await expect(editor).toHaveText(draft);
  expect(await editor.evaluate((el) => window.fbFixtureEditorText(el as HTMLElement))).toBe(draft);
  expect(await page.locator('[role=main] form[role=presentation]').count()).toBe(0);
  await page.screenshot({ path: test.info().outputPath('dialog-inserted.png') });

  // Closing the dialog: the feed's copy of the first comment takes the badge over.
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.querySelector('[role=dialog]')!.parentElement!.remove());
  await expect(page.locator(`[role=main] [data-tactful="badge"][data-comment-id="${id}"]`)).toHaveCount(1, {
    timeout: 10_000,
  });
  await expect(badges(page)).toHaveCount(1); // the other comments left with the dialog
});
