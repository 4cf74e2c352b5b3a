/**
 * What a page's own scripts can do to Tactful (issue 12, point 3): they can read its UI (the
 * shadow roots are open) but cannot make it act — record, insert, copy — nor switch it off,
 * nor learn the extension's id; verdicts are not written on the page's own DOM.
 */
import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { EDITED, FACEBOOK_FIXTURES, HOSTILE } from '../fixtures/facebook/posts';
import { setSettings } from '../support/browser';
import { FACEBOOK_IDLE, serveFacebook } from '../support/facebook';
import { dbTable, expect, test } from './fixtures';

const ZH = FACEBOOK_FIXTURES.zhTW;
const badge = (page: Page, id: string) => page.locator(`[data-tactful="badge"][data-comment-id="${id}"]`);
const idle = (page: Page) => expect(page.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 15_000 });

/** Runs in the page's own world (not Tactful's): what any script of the page could run. */
type PageWorld = Window & { fbFixture: { editComment(id: string, text: string): void } };

test('a page script’s synthetic clicks record, insert and open nothing; a real click still records', async ({
  ext,
}) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS); // this page is not monitored, auto-record is off
  await serveFacebook(ext.context, { [ZH.url]: ZH.html() });
  const page = await ext.context.newPage();
  await page.goto(ZH.url);
  await idle(page);
  const card = page.locator('[data-tactful="suggestion"]');

  // Every badge: the host clicked, its button clicked inside the (open) shadow root, a composed click, Enter.
  const forged = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-tactful="badge-host"]')];
    for (const host of hosts) {
      host.click();
      const button = host.shadowRoot!.querySelector('button')!;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    return hosts.length;
  });
  expect(forged).toBeGreaterThanOrEqual(8);
  await idle(page);
  await expect(card).toHaveCount(0);

  // The user opens a card; the page presses its buttons.
  await badge(page, HOSTILE.id).locator('button').click();
  await expect(card).toBeVisible();
  await idle(page);
  await page.evaluate(() => {
    const root = document.querySelector('[data-tactful="card-host"]')!.shadowRoot!;
    for (const action of ['record', 'insert-public', 'copy-private']) {
      const button = root.querySelector<HTMLElement>(`[data-tactful-action="${action}"]`)!;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    // A forged edit of the draft: the value is the page's, the input event never reaches Tactful.
    const draft = root.querySelector<HTMLTextAreaElement>('[data-tactful="public-draft"]')!;
    draft.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'x' }));
  });
  await idle(page); // a forged capture or insertion would be counted as pending work until it ended
  expect(await dbTable(ext, 'cases')).toEqual([]);
  await expect(page.locator('[data-tactful="case-status"]')).toHaveCount(0);
  await expect(page.locator('[data-tactful="notice"]')).toHaveCount(0);
  await expect(page.locator('form[role=presentation] [contenteditable]')).toHaveCount(1); // no reply box opened
  await expect(page.locator('form[data-fixture-composer="top"] [contenteditable]')).toHaveText('');

  // The user's own click records.
  await card.locator('[data-tactful-action="record"]').click();
  await expect(page.locator('[data-tactful="case-status"]')).toBeVisible();
  expect((await dbTable<{ sourceKey: string }>(ext, 'cases')).map((c) => c.sourceKey)).toEqual([
    `facebook:comment:${HOSTILE.id}`,
  ]);
});

test('replaying WXT’s start-up signal (event and message) leaves Tactful working', async ({ ext }) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  await serveFacebook(ext.context, { [ZH.url]: ZH.html() });
  const page = await ext.context.newPage();
  await page.goto(ZH.url);
  await idle(page);
  // What stopped Tactful before: the event name WXT used, which names the extension.
  await page.evaluate((id) => {
    const type = `${id}:facebook:wxt:content-script-started`;
    const detail = { contentScriptName: 'facebook', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, ext.extensionId);
  // Still working: a comment edited into a complaint gets its badge, and the card records.
  await page.evaluate(
    ([id, text]) => (window as unknown as PageWorld).fbFixture.editComment(id!, text!),
    [EDITED.id, EDITED.after],
  );
  await expect(badge(page, EDITED.id)).toHaveCount(1, { timeout: 15_000 });
  await badge(page, EDITED.id).locator('button').click();
  await page.locator('[data-tactful-action="record"]').click();
  await expect(page.locator('[data-tactful="case-status"]')).toBeVisible();
  expect((await dbTable<{ text: string }>(ext, 'records')).map((r) => r.text)).toEqual([EDITED.after]);
});

test('no page-visible attribute, event or message names the extension or carries a verdict', async ({ ext }) => {
  await setSettings(ext.serviceWorker, {
    ...SAMPLE_SETTINGS,
    monitoredPages: ['https://www.facebook.com/xiaorizi.select'],
  });
  await serveFacebook(ext.context, { [ZH.url]: ZH.html() });
  const page = await ext.context.newPage();
  // Installed before the page's own scripts, in the page's world: everything a page script could hear.
  await page.addInitScript((id) => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    window.addEventListener('message', (e) => heard.push(`message ${JSON.stringify(e.data)}`), true);
    for (const target of [window, document])
      target.addEventListener(`${id}:facebook:wxt:content-script-started`, () => heard.push('wxt event'), true);
  }, ext.extensionId);
  await page.goto(ZH.url);
  await idle(page);
  // Tactful's UI in use: a card open, live lint attached to the comment box.
  await badge(page, HOSTILE.id).locator('button').click();
  await expect(page.locator('[data-tactful="suggestion"]')).toBeVisible();
  await page.locator('form[data-fixture-composer="top"] [contenteditable="true"]').click();
  await page.keyboard.type('我們馬上退款');
  await expect(page.locator('[data-tactful="live-lint-count"]')).toHaveAttribute('data-count', /[1-9]/);

  const seen = await page.evaluate(() => ({
    heard: (window as unknown as { heard: string[] }).heard,
    // The page's own DOM as a page script serialises it (shadow roots are not part of it).
    html: document.documentElement.outerHTML,
    resources: performance.getEntriesByType('resource').map((r) => r.name),
  }));
  expect(seen.heard).toEqual([]);
  expect(seen.html).not.toContain(ext.extensionId);
  expect(seen.resources.filter((r) => r.includes(ext.extensionId) || r.startsWith('chrome-extension:'))).toEqual([]);
  // Tactful's nodes in the page say only that they are Tactful's; verdicts live inside their shadow roots.
  for (const attribute of ['data-severity', 'data-complaint', 'data-comment-id', 'data-count'])
    expect(seen.html, attribute).not.toContain(attribute);
  await expect(page.locator('[data-tactful="badge-host"]').first()).toBeAttached();
});
