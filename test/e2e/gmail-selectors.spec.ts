import { chromium, expect, test } from '@playwright/test';
import { SELECTOR_EXPECTATIONS } from '../../lib/sites/gmail/selectors';
import { renderGmailEn, renderGmailZh } from '../fixtures/gmail/threads';
import { CHROMIUM_PATH } from '../support/browser';

/**
 * Every Gmail selector against the saved pages, with the counts lib/sites/gmail/selectors.ts
 * expects: a Gmail change (once the fixtures are refreshed) breaks this test, not a user.
 * No extension is needed, only the pages.
 */
const FIXTURES = { en: renderGmailEn(), 'zh-TW': renderGmailZh() };

test('each Gmail selector matches what it should in the fixtures', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  const page = await browser.newPage();
  // The fixture's own script routes by hash, as Gmail does; serve it under a URL with one.
  await page.route('https://mail.google.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: FIXTURES[new URL(route.request().url()).searchParams.get('f') as 'en'],
    }),
  );
  const rows = Object.entries(SELECTOR_EXPECTATIONS).flatMap(([selector, list]) => list.map((e) => ({ selector, e })));
  expect(rows.length).toBeGreaterThan(10);
  for (const { selector, e } of rows) {
    const [count, fixture, route, replyOpen] = e;
    await page.goto(`https://mail.google.com/mail/u/0/?f=${fixture}${route}`);
    if (replyOpen) await page.locator('[data-fixture-view]:visible span.ams.bkH').first().click();
    await expect(
      page.locator(selector),
      `${selector} in ${fixture} ${route}${replyOpen ? ' (reply open)' : ''}`,
    ).toHaveCount(count);
  }
  await browser.close();
});
