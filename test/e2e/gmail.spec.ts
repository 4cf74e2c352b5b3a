import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import {
  EN_THREADS,
  GMAIL_URL,
  GROUPS_THREAD,
  HOSTILE_BODY,
  renderGmailEn,
  renderGmailZh,
  threadUrl,
  ZH_THREADS,
} from '../fixtures/gmail/threads';
import { setSettings } from '../support/browser';
import { isPageImage, serveGmail } from '../support/gmail';
import { dbTable, expect, test } from './fixtures';

const verdict = (page: Page) => page.locator('[data-tactful="verdict"]');
const sidebar = (page: Page) => page.locator('[data-tactful="sidebar"]');
/** The sidebar once Tactful has nothing left to do on the page (no timers, lookups or captures pending). */
const idle = (page: Page) => page.locator('[data-tactful="sidebar"][data-tactful-state="idle"]');

async function openThread(page: Page, url: string) {
  await page.goto(url);
  await expect(sidebar(page)).toBeVisible();
}

test.describe('Gmail sidebar', () => {
  test('the verdict matches the labelled threads, judging only the new part of the latest customer message', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    for (const [html, threads] of [
      [renderGmailEn(), EN_THREADS],
      [renderGmailZh(), ZH_THREADS],
    ] as const) {
      await ext.context.unrouteAll();
      await ext.context.route('**/*', (route) =>
        route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort(),
      );
      await serveGmail(ext.context, html);
      const page = await ext.context.newPage();
      for (const thread of threads) {
        await openThread(page, threadUrl(thread));
        await expect(verdict(page)).toHaveAttribute('data-message-id', `#msg-f:${thread.latestId}`);
        await expect(verdict(page), thread.subject).toHaveAttribute('data-complaint', String(thread.complaint));
        if (thread.complaint) await expect(verdict(page)).not.toHaveAttribute('data-severity', 'none');
        else await expect(verdict(page)).toHaveAttribute('data-severity', 'none');
      }
      await page.close();
    }
  });

  test('a complaint delivered through a Google Group is judged and can be recorded (the group’s footer is not a newsletter’s)', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailEn());
    const page = await ext.context.newPage();
    await openThread(page, threadUrl(GROUPS_THREAD));
    // Gmail shows its Unsubscribe control (the group sets List-Unsubscribe) and the body ends with the group's footer.
    await expect(page.locator('[data-fixture-view]:visible span.Ca')).toBeVisible();
    await expect(verdict(page)).toHaveAttribute('data-message-id', `#msg-f:${GROUPS_THREAD.latestId}`);
    await expect(verdict(page)).toHaveAttribute('data-complaint', 'true');
    await expect(verdict(page)).not.toHaveAttribute('data-severity', 'none');
    // The footer is not part of what is judged or restated.
    const draft = await page.locator('[data-tactful="reply-draft"]').inputValue();
    expect(draft).toContain('You promised a refund');
    expect(draft).not.toContain('Google Groups');
    await page.locator('[data-tactful-action="record"]').click();
    await expect(page.locator('[data-tactful="case-status"]')).toBeVisible();
    const [kase] = await dbTable<{ sourceKey: string; authorContact: string }>(ext, 'cases');
    expect(kase).toMatchObject({
      sourceKey: `gmail:#msg-f:${GROUPS_THREAD.latestId}`,
      authorContact: 'sara.kim@mail.example',
    });
    // The record keeps the whole body as displayed, footer included.
    const [record] = await dbTable<{ text: string }>(ext, 'records');
    expect(record!.text).toContain('If the money is not back by Friday');
    expect(record!.text).toContain('support+unsubscribe@littledays.example');
  });

  test('quoted history does not change the verdict', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailZh());
    const page = await ext.context.newPage();
    // Polite thanks on top of an angry quoted message: not a complaint.
    await openThread(page, threadUrl(ZH_THREADS[0]!));
    await expect(verdict(page)).toHaveAttribute('data-severity', 'none');
    // An angry message on top of a polite quoted one: a complaint.
    await openThread(page, threadUrl(ZH_THREADS[1]!));
    await expect(verdict(page)).toHaveAttribute('data-severity', /high|critical|medium/);
    await expect(verdict(page)).not.toContainText('祝您有美好的一天');
  });

  test('navigating inbox → thread → inbox → another thread updates the sidebar with no stale state', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailEn());
    const page = await ext.context.newPage();
    await page.goto(`${GMAIL_URL}#inbox`);
    await expect(page.locator('[data-tactful="empty"]')).toBeVisible();
    await page.locator(`[data-fixture-open="${EN_THREADS[0]!.token}"]`).click();
    await expect(verdict(page)).toHaveAttribute('data-message-id', `#msg-f:${EN_THREADS[0]!.latestId}`);
    await expect(page.locator('[data-tactful="reply-draft"]')).toHaveValue(/Jane Miller/);
    await page.goBack();
    await expect(page.locator('[data-tactful="empty"]')).toBeVisible();
    await expect(verdict(page)).toHaveCount(0);
    await page.locator(`[data-fixture-open="${EN_THREADS[1]!.token}"]`).click();
    await expect(verdict(page)).toHaveAttribute('data-message-id', `#msg-f:${EN_THREADS[1]!.latestId}`);
    await expect(page.locator('[data-tactful="reply-draft"]')).not.toHaveValue(/Jane/);
    expect(ext.unroutedRequests.filter((u) => !isPageImage(u))).toEqual([]);
  });

  test('Insert puts the draft into the reply box above the signature; Gmail’s state sees it and undo removes it', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailEn());
    const page = await ext.context.newPage();
    await openThread(page, threadUrl(EN_THREADS[0]!));
    const draft = await page.locator('[data-tactful="reply-draft"]').inputValue();
    expect(draft).toContain('2345-6789'); // the English line (+886) from the settings' English wording
    await page.locator('[data-tactful-action="insert-reply"]').click();
    const editor = page.locator('[g_editable="true"]');
    await expect(editor).toContainText(draft.split('\n')[0]!);
    const text = await editor.innerText();
    expect(text.indexOf('Hi Jane Miller')).toBeLessThan(text.indexOf('林雅婷 林小姐｜小日子選物'));
    await expect(editor).toHaveAttribute('data-fixture-draft', /Hi Jane Miller/);
    await expect(page.locator('.T-I-atl')).toHaveAttribute('aria-disabled', 'false');
    // The sidebar does not cover the reply box.
    const box = await editor.boundingBox();
    const side = await sidebar(page).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(side!.x + 1);
    await editor.click();
    await page.keyboard.press('Control+z');
    await expect(editor).not.toContainText('Hi Jane Miller');
    await expect(editor).toContainText('林雅婷 林小姐');
  });

  test('the CSM’s edits survive a change of situation: the rewritten draft is offered, not forced', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailEn());
    const page = await ext.context.newPage();
    await openThread(page, threadUrl(EN_THREADS[0]!));
    const draft = page.locator('[data-tactful="reply-draft"]');
    const quadrant = page.locator('[data-tactful="quadrant"]');
    // Unedited, a new situation rewrites the draft at once.
    const first = await draft.inputValue();
    const choices = await quadrant.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const current = await quadrant.inputValue();
    const next = choices.find((v) => v !== current)!;
    // With the keyboard, as a user does: Tactful's UI ignores the synthetic events of selectOption().
    const choose = async (value: string) => {
      const from = choices.indexOf(await quadrant.inputValue());
      await quadrant.focus();
      for (let i = from; i !== choices.indexOf(value); i += from < choices.indexOf(value) ? 1 : -1)
        await page.keyboard.press(from < choices.indexOf(value) ? 'ArrowDown' : 'ArrowUp');
      await expect(quadrant).toHaveValue(value);
    };
    await choose(next);
    await expect(draft).not.toHaveValue(first);
    await expect(page.locator('[data-tactful="draft-pending"]')).toHaveCount(0);
    // Edited, the text stays as typed and the rewritten suggestion waits.
    const mine = `${await draft.inputValue()}\nP.S. I have asked the courier myself.`;
    await draft.fill(mine);
    await choose(current);
    await expect(page.locator('[data-tactful="draft-pending"]')).toBeVisible();
    await expect(draft).toHaveValue(mine);
    await page.locator('[data-tactful-action="use-new-draft"]').click();
    // Chosen by the CSM, the situation is now confirmed (the hint alone never admits fault): a new wording.
    await expect(draft).not.toHaveValue(mine);
    await expect(page.locator('[data-tactful="draft-pending"]')).toHaveCount(0);
  });

  test('Record stores the message byte-exact with sender and subject; HTML-looking text stays text', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailEn());
    const page = await ext.context.newPage();
    const thread = EN_THREADS[3]!;
    await openThread(page, threadUrl(thread));
    await expect(verdict(page)).toHaveAttribute('data-complaint', 'true');
    await page.locator('[data-tactful-action="record"]').click();
    await expect(page.locator('[data-tactful="case-status"]')).toBeVisible();
    expect((await dbTable<{ text: string }>(ext, 'records')).map((r) => r.text)).toEqual([HOSTILE_BODY]);
    expect((await dbTable(ext, 'cases'))[0]).toMatchObject({
      source: 'gmail',
      sourceKey: `gmail:#msg-f:${thread.latestId}`,
      context: thread.subject,
      authorName: '郭俊宏',
      authorContact: 'junhong.kuo@example.tw',
    });
    await expect(page.locator('[data-tactful="excerpt"]')).toContainText('<script>alert("x")</script>');
    expect(await page.locator('[data-tactful="sidebar"] script').count()).toBe(0);
  });

  test('customer history counts earlier cases from the same address, with the interval', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailEn());
    const page = await ext.context.newPage();
    await page.goto(`${GMAIL_URL}#inbox`);
    for (const [i, text] of ['Mug chipped', 'Still no reply about the chipped mug'].entries()) {
      await ext.serviceWorker.evaluate(
        async ([i, text]) => {
          const tactful = (globalThis as unknown as { tactful: { handleMessage(m: unknown): Promise<unknown> } })
            .tactful;
          return tactful.handleMessage({
            type: 'capture',
            capture: {
              source: 'gmail',
              sourceKey: `gmail:#msg-f:99${i}`,
              url: 'x',
              context: `Earlier ${i}`,
              author: { name: 'Jane', contact: 'jane.miller@brightside.example' },
              text,
            },
          });
        },
        [i, text] as const,
      );
    }
    await page.locator(`[data-fixture-open="${EN_THREADS[0]!.token}"]`).click();
    const history = page.locator('[data-tactful="history"]');
    await expect(history).toHaveAttribute('data-count', '2');
    await expect(history).toContainText('2 cases from this address, 2 open');
  });

  test('auto-record records a complaint as soon as it is judged one; the sidebar collapses and remembers it', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, autoRecord: true });
    await serveGmail(ext.context, renderGmailZh());
    const page = await ext.context.newPage();
    await openThread(page, threadUrl(ZH_THREADS[1]!));
    await expect
      .poll(async () => (await dbTable<{ sourceKey: string }>(ext, 'cases')).map((c) => c.sourceKey))
      .toEqual([`gmail:#msg-f:${ZH_THREADS[1]!.latestId}`]);
    await openThread(page, threadUrl(ZH_THREADS[2]!)); // a question: not recorded
    await expect(verdict(page)).toHaveAttribute('data-message-id', `#msg-f:${ZH_THREADS[2]!.latestId}`);
    await expect(idle(page)).toBeAttached(); // judged, looked up, nothing left to record
    expect((await dbTable(ext, 'cases')).length).toBe(1);
    await page.locator('[data-tactful-action="toggle-sidebar"]').click();
    await expect(verdict(page)).toHaveCount(0);
    expect(await ext.serviceWorker.evaluate(() => chrome.storage.local.get('gmailSidebarCollapsed'))).toEqual({
      gmailSidebarCollapsed: true,
    });
    await page.keyboard.press('Alt+Shift+T');
    await expect(verdict(page)).toBeVisible();
  });
});
