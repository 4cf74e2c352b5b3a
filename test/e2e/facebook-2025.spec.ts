/**
 * The 2025 Facebook structure seen on real saved pages (issue 13), on the fixtures that
 * reproduce it: comments are plain `div`s (no `li`), addresses use `pfbid` tokens, a Messenger
 * chat box is open, a shared post's first heading link names the original author, and the
 * interface is Spanish or Traditional Chinese (Hong Kong).
 */
import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import {
  ES_2025_POST,
  FACEBOOK_FIXTURES,
  KNOWN_DISAGREEMENTS,
  knownDisagreementsIn,
  labelledComments,
  LINKED_COMMENT,
  ZH_HK_SHARED_POST,
} from '../fixtures/facebook/posts';
import { displayedText } from '../fixtures/facebook/render';
import { setSettings } from '../support/browser';
import { FACEBOOK_IDLE, serveFacebook } from '../support/facebook';
import { dbTable, expect, test } from './fixtures';

const ES = FACEBOOK_FIXTURES.es2025;
const HK = FACEBOOK_FIXTURES.zhHKShared;
const badge = (page: Page, id: string) => page.locator(`[data-tactful="badge"][data-comment-id="${id}"]`);

async function openIdle(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 15_000 });
}

test('every complaint on the 2025 pages is badged with its own id (no li, pfbid addresses, Spanish and Hong Kong interfaces)', async ({
  ext,
}) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  await serveFacebook(ext.context, { [ES.url]: ES.html(), [HK.url]: HK.html() });
  const page = await ext.context.newPage();
  const disagreements: string[] = [];
  for (const [url, post] of [
    [ES.url, ES_2025_POST],
    [HK.url, ZH_HK_SHARED_POST],
  ] as const) {
    await openIdle(page, url);
    const comments = labelledComments(post).filter((c) => c.author !== post.pageName); // the page's own replies are skipped
    for (const comment of comments) {
      const count = await badge(page, comment.id).count();
      expect(count, `one badge per comment (${comment.id})`).toBeLessThanOrEqual(1);
      if ((count === 1) !== comment.complaint) disagreements.push(comment.id);
    }
    // No badge carries an id that is not one of this page's comments (ids from the comments' own links).
    const ids = await page
      .locator('[data-tactful="badge"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-id')));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(comments.map((c) => c.id)).toContain(id);
  }
  const unexpected = disagreements.filter((id) => !(id in KNOWN_DISAGREEMENTS));
  expect(unexpected, unexpected.join(', ')).toEqual([]);
  const resolved = knownDisagreementsIn([ES_2025_POST, ZH_HK_SHARED_POST]).filter((k) => !disagreements.includes(k));
  expect(resolved, 'fixed: remove from KNOWN_DISAGREEMENTS and docs/facebook.md').toEqual([]);
  expect(ext.unroutedRequests).toEqual([]);
});

test('Insert puts the reply into that comment’s own reply box when comments are not list items', async ({ ext }) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  await serveFacebook(ext.context, { [ES.url]: ES.html() });
  const page = await ext.context.newPage();
  await openIdle(page, ES.url);
  const card = page.locator('[data-tactful="suggestion"]');
  const forms = page.locator('form[role=presentation] [contenteditable="true"]');
  await expect(forms).toHaveCount(1); // the post's own "Escribe un comentario…" box

  // A top-level comment: its reply box opens in its own wrapper, after it.
  const top = LINKED_COMMENT.id;
  await badge(page, top).locator('button').click();
  let draft = await card.locator('[data-tactful="public-draft"]').inputValue();
  await card.locator('[data-tactful-action="insert-public"]').click();
  const topBox = page.locator(`[data-fixture-comment="${top}"] > form[role=presentation] [contenteditable="true"]`);
  await expect(topBox).toHaveText(draft);
  expect(await topBox.evaluate((el) => window.fbFixtureEditorText(el as HTMLElement))).toBe(draft);
  await expect(topBox).toHaveAttribute('aria-label', 'Responder a Daniel Ruiz');
  await card.locator('.tf-close').click(); // (Escape now goes to the reply box, which has the focus)

  // A reply: Facebook opens its box at the end of the thread, addressed to the reply's author.
  const reply = '5000000000000003';
  await badge(page, reply).locator('button').click();
  draft = await card.locator('[data-tactful="public-draft"]').inputValue();
  await card.locator('[data-tactful-action="insert-public"]').click();
  const threadBox = page.locator(
    '[data-fixture-comment="5000000000000001"] > form[role=presentation] [contenteditable="true"]',
  );
  await expect(threadBox).toHaveText(draft);
  await expect(threadBox).toHaveAttribute('aria-label', 'Responder a Maria Lopez');
  expect(await threadBox.evaluate((el) => window.fbFixtureEditorText(el as HTMLElement))).toBe(draft);
  // Nothing went into another box: the post's box and the top-level comment's keep what they had.
  await expect(forms).toHaveCount(3);
  await expect(page.locator('form[data-fixture-composer="top"] [contenteditable="true"]')).toHaveText('');
  await page.screenshot({ path: test.info().outputPath('es-2025-inserted.png') });
});

test('live lint never attaches to a Messenger chat box, only to comment and reply boxes', async ({ ext }) => {
  await setSettings(ext.serviceWorker, {
    ...SAMPLE_SETTINGS,
    monitoredPages: ['https://www.facebook.com/sunnysidebakery.la'],
  });
  await serveFacebook(ext.context, { [ES.url]: ES.html() });
  const page = await ext.context.newPage();
  await openIdle(page, ES.url);
  const chip = page.locator('[data-tactful="live-lint-count"]');
  // The chat box: a Lexical editor like the comment box, labelled "Mensaje", outside any form.
  const chat = page.locator('[data-fixture-chat] [contenteditable="true"]');
  await chat.click();
  await page.keyboard.type('您誤會了，我們馬上退款給您');
  await expect(chat).toHaveText('您誤會了，我們馬上退款給您');
  await expect(page.locator('[data-tactful="live-lint"]')).toHaveCount(0); // attached on focus if ever
  // The post's comment box on the same page is linted.
  const box = page.locator('form[data-fixture-composer="top"] [contenteditable="true"]');
  await box.click();
  await page.keyboard.type('您誤會了，我們馬上退款給您');
  await expect(chip).toHaveAttribute('data-count', /[1-9]/);
});

test('a shared post’s comments belong to the sharer’s page, not to the original author’s', async ({ ext }) => {
  // Monitoring the original author ("Paco Myers", the post's first heading link) records nothing here.
  await setSettings(ext.serviceWorker, {
    ...SAMPLE_SETTINGS,
    autoRecord: true,
    monitoredPages: ['https://www.facebook.com/paco.myers'],
  });
  await serveFacebook(ext.context, { [HK.url]: HK.html() });
  const page = await ext.context.newPage();
  await openIdle(page, HK.url);
  expect(new URL(page.url()).pathname).toBe('/'); // the news feed: the address names no page
  expect(await dbTable(ext, 'cases')).toEqual([]);

  // Monitoring the sharer: the complaints on screen are recorded at once, as the sharer's.
  await setSettings(ext.serviceWorker, {
    ...SAMPLE_SETTINGS,
    autoRecord: true,
    monitoredPages: ['https://www.facebook.com/islanddessert.hk'],
  });
  const badged = await page
    .locator('[data-tactful="badge"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-id')!).sort());
  expect(badged.length).toBeGreaterThanOrEqual(2);
  type Case = { sourceKey: string; context: string; url: string; authorName: string };
  await expect
    .poll(async () => (await dbTable<Case>(ext, 'cases')).map((c) => c.sourceKey).sort(), { timeout: 15_000 })
    .toEqual(badged.map((id) => `facebook:comment:${id}`));
  const cases = await dbTable<Case>(ext, 'cases');
  for (const c of cases) {
    expect(c.context).toBe('港島甜品屋');
    expect(c.url).toMatch(
      new RegExp(
        `^https://www\\.facebook\\.com/islanddessert\\.hk/posts/${ZH_HK_SHARED_POST.pfbid!.links}\\?comment_id=`,
      ),
    );
  }
  // The sharer's own reply (which the detector would flag) is the page answering: never badged, never recorded.
  await expect(badge(page, '6000000000000002')).toHaveCount(0);
  expect(cases.map((c) => c.authorName)).not.toContain('港島甜品屋');
});

test('a comment whose text links to another comment gets its own badge and its own case', async ({ ext }) => {
  await setSettings(ext.serviceWorker, {
    ...SAMPLE_SETTINGS,
    autoRecord: true,
    monitoredPages: ['https://www.facebook.com/sunnysidebakery.la'],
  });
  // The linked comment was recorded earlier (it may be off screen when the new one is read).
  const linked = labelledComments(ES_2025_POST).find((c) => c.id === LINKED_COMMENT.linksTo)!;
  await ext.serviceWorker.evaluate(
    ([id, text]) =>
      (globalThis as unknown as { tactful: { handleMessage(m: unknown): Promise<unknown> } }).tactful.handleMessage({
        type: 'capture',
        capture: {
          source: 'facebook',
          sourceKey: `facebook:comment:${id}`,
          url: 'https://www.facebook.com/sunnysidebakery.la/posts/x',
          context: 'Sunny Side Bakery',
          author: { name: 'Maria Lopez', contact: 'https://www.facebook.com/maria.lopez.5' },
          text,
        },
      }),
    [linked.id, displayedText(linked)] as const,
  );
  await serveFacebook(ext.context, { [ES.url]: ES.html() });
  const page = await ext.context.newPage();
  await openIdle(page, ES.url);
  await expect(badge(page, LINKED_COMMENT.id)).toHaveCount(1);
  const linking = labelledComments(ES_2025_POST).find((c) => c.id === LINKED_COMMENT.id)!;
  type Case = { id: string; sourceKey: string; authorName: string; versionCount: number };
  await expect
    .poll(async () => (await dbTable<Case>(ext, 'cases')).find((c) => c.sourceKey.endsWith(LINKED_COMMENT.id)))
    .toMatchObject({ authorName: 'Daniel Ruiz', versionCount: 1 });
  await expect(page.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 15_000 });
  const cases = await dbTable<Case>(ext, 'cases');
  const maria = cases.find((c) => c.sourceKey === `facebook:comment:${linked.id}`)!;
  expect(maria).toMatchObject({ authorName: 'Maria Lopez', versionCount: 1 });
  const records = await dbTable<{ caseId: string; text: string }>(ext, 'records');
  expect(records.filter((r) => r.caseId === maria.id).map((r) => r.text)).toEqual([displayedText(linked)]);
  const daniel = cases.find((c) => c.sourceKey.endsWith(LINKED_COMMENT.id))!;
  expect(records.filter((r) => r.caseId === daniel.id).map((r) => r.text)).toEqual([displayedText(linking)]);
});

test('a capture the case store refuses (a case of another author under this id) is shown on the badge and the card', async ({
  ext,
}) => {
  // The case of comment 5000000000000003 exists, by someone else (as if its id had been taken over).
  const sendCapture = (name: string) =>
    ext.serviceWorker.evaluate(
      (author) =>
        (
          globalThis as unknown as { tactful: { handleMessage(m: unknown): Promise<{ ok: boolean }> } }
        ).tactful.handleMessage({
          type: 'capture',
          capture: {
            source: 'facebook',
            sourceKey: 'facebook:comment:5000000000000003',
            url: 'https://www.facebook.com/sunnysidebakery.la/posts/x',
            context: 'Sunny Side Bakery',
            author: { name: author, contact: `https://www.facebook.com/${author.replace(' ', '.')}` },
            text: 'An earlier text',
          },
        }),
      name,
    );
  await sendCapture('Forged Person');
  const refuses = await sendCapture('Other Person');
  expect(refuses.ok).toBe(false);

  await setSettings(ext.serviceWorker, {
    ...SAMPLE_SETTINGS,
    autoRecord: true,
    monitoredPages: ['https://www.facebook.com/sunnysidebakery.la'],
  });
  await serveFacebook(ext.context, { [ES.url]: ES.html() });
  const page = await ext.context.newPage();
  await openIdle(page, ES.url);
  const shown = badge(page, '5000000000000003');
  await expect(shown).toHaveAttribute('data-problem', 'capture');
  await expect(shown.locator('.problem')).toHaveAttribute(
    'title',
    /^Not recorded: a case with this id already belongs/,
  );
  await shown.locator('button').click();
  await expect(page.locator('[data-tactful="capture-problem"]')).toContainText('Not recorded');
  // Pressing Record says so too, and stores nothing.
  await page.locator('[data-tactful-action="record"]').click();
  await expect(page.locator('[data-tactful="notice"]')).toContainText('Not recorded');
  const cases = await dbTable<{ sourceKey: string; authorName: string; versionCount: number }>(ext, 'cases');
  expect(cases.find((c) => c.sourceKey === 'facebook:comment:5000000000000003')).toMatchObject({
    authorName: 'Forged Person',
    versionCount: 1,
  });
});
