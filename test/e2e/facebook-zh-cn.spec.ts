/**
 * The Simplified Chinese interface on web.facebook.com (saved page post-zh-CN.html), with
 * zh-CN, zh-TW and English comments: the same guarantees as the English and Traditional
 * Chinese pages (facebook.spec.ts), under the other host and interface language.
 */
import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { EDITED_CN, FACEBOOK_FIXTURES, HOSTILE_CN, labelledComments, ZH_CN_POST } from '../fixtures/facebook/posts';
import { displayedText } from '../fixtures/facebook/render';
import { setSettings } from '../support/browser';
import { FACEBOOK_IDLE, serveFacebook } from '../support/facebook';
import { dbTable, expect, test } from './fixtures';

const CN = FACEBOOK_FIXTURES.zhCN;
// Monitored as the user would add it from the popup (www), while the page is read on web.facebook.com.
const MONITORING = { ...SAMPLE_SETTINGS, autoRecord: true, monitoredPages: ['https://www.facebook.com/nuanshan.tea'] };
const badge = (page: Page, id: string) => page.locator(`[data-tactful="badge"][data-comment-id="${id}"]`);
type FixtureHooks = { fbFixture: { editComment(id: string, text: string): void } };
const editComment = (page: Page, id: string, text: string) =>
  page.evaluate(([i, t]) => (window as unknown as FixtureHooks).fbFixture.editComment(i!, t!), [id, text]);

async function open(page: Page) {
  await page.goto(CN.url);
  expect(new URL(page.url()).hostname).toBe('web.facebook.com');
  await expect(page.locator('[data-tactful="badge"]').first()).toBeVisible({ timeout: 15_000 });
}

test.describe('Facebook, Simplified Chinese interface on web.facebook.com', () => {
  test('the card drafts with the dedicated line and handler, and Insert fills that reply’s own box so Lexical registers it', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveFacebook(ext.context, { [CN.url]: CN.html() });
    const page = await ext.context.newPage();
    await open(page);
    // A reply (nested list) in English under a zh-CN thread: the reply box must open under this reply.
    const id = '4000000000000003';
    const comment = labelledComments(ZH_CN_POST).find((c) => c.id === id)!;
    await badge(page, id).locator('button').click();
    const card = page.locator('[data-tactful="suggestion"]');
    await expect(card).toBeVisible();
    const publicDraft = card.locator('[data-tactful="public-draft"]');
    await expect(publicDraft).toHaveValue(/02-2345-6789/);
    await expect(publicDraft).toHaveValue(/林小姐/);
    // The follow-up reads back the reply's points (the verbatim text stays in the record).
    expect(await card.locator('[data-tactful="private-draft"]').inputValue()).toContain(
      displayedText(comment).split('？')[1]!,
    );
    await page.screenshot({ path: test.info().outputPath('zh-cn-card.png') });
    const draft = await publicDraft.inputValue();
    await card.locator('[data-tactful-action="insert-public"]').click();
    const item = page.locator(`[data-fixture-comment="${id}"]`);
    const editor = item.locator(':scope > form[role=presentation] [contenteditable="true"]');
    await expect(editor).toHaveText(draft);
    await expect(editor).toHaveAttribute('aria-label', '回复王磊…');
    expect(await editor.evaluate((el) => window.fbFixtureEditorText(el as HTMLElement))).toBe(draft);
    await expect(item.locator(':scope > form[role=presentation] [aria-label="评论"]')).toHaveAttribute(
      'aria-disabled',
      'false',
    );
    // Only the top composer and this reply box exist: nothing was opened elsewhere, nothing posted.
    expect(await page.locator('form[role=presentation] [contenteditable]').count()).toBe(2);
    await page.screenshot({ path: test.info().outputPath('zh-cn-inserted.png') });
  });

  test('Record stores HTML-looking text byte-exact and the page shows it as text', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveFacebook(ext.context, { [CN.url]: CN.html() });
    const page = await ext.context.newPage();
    await open(page);
    await badge(page, HOSTILE_CN.id).locator('button').click();
    const card = page.locator('[data-tactful="suggestion"]');
    // The card quotes it as text: the literal "<script>" and "&lt;" are visible characters.
    expect(await card.locator('[data-tactful="private-draft"]').inputValue()).toContain(
      '<script>alert(1)</script> 和 &lt;错误&gt;，<b>根本没法付款</b>',
    );
    await card.locator('[data-tactful-action="record"]').click();
    await expect(page.locator('[data-tactful="case-status"]')).toBeVisible();
    expect((await dbTable<{ text: string }>(ext, 'records')).map((r) => r.text)).toEqual([HOSTILE_CN.text]);
    const [kase] = await dbTable<{
      sourceKey: string;
      context: string;
      authorName: string;
      authorContact: string;
      url: string;
    }>(ext, 'cases');
    expect(kase).toMatchObject({
      sourceKey: `facebook:comment:${HOSTILE_CN.id}`,
      context: '暖山茶饮',
      authorName: '刘强',
      // Links on web.facebook.com are recorded on www, without tracking parameters.
      authorContact: 'https://www.facebook.com/qiang.liu.wh',
      url: `https://www.facebook.com/nuanshan.tea/posts/4234567890123456/?comment_id=${HOSTILE_CN.id}`,
    });
    // Neither the comments nor Tactful's shadow roots (badges, card) hold elements made from the text.
    const madeFromText = await page.evaluate(() => {
      const shadows = [...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
      const suspects = [
        ...document.querySelectorAll('[role=article] b, [role=article] script'),
        ...shadows.flatMap((r) => [...r.querySelectorAll('b, script')]),
      ];
      return suspects.filter((el) => /根本没法付款|alert\(1\)/.test(el.textContent ?? '')).length;
    });
    expect(madeFromText).toBe(0);
  });

  test('on a monitored page (listed as www, read on web) complaints are recorded, "展开" is expanded, edits are captured', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, MONITORING);
    await serveFacebook(ext.context, { [CN.url]: CN.html() });
    const page = await ext.context.newPage();
    await open(page);
    const complaints = labelledComments(ZH_CN_POST).filter((c) => c.complaint);
    await expect
      .poll(async () => (await dbTable(ext, 'cases')).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(complaints.length);
    // The page's own replies are never recorded.
    const keys = (await dbTable<{ sourceKey: string }>(ext, 'cases')).map((c) => c.sourceKey);
    expect(keys).not.toContain('facebook:comment:4000000000000002');
    expect(keys).not.toContain('facebook:comment:4000000000000023');
    // The comment truncated behind 展开 was expanded and recorded in full.
    const truncated = complaints.find((c) => c.seeMoreAt)!;
    await expect
      .poll(async () =>
        (await dbTable<{ text: string }>(ext, 'records')).some((r) => r.text === displayedText(truncated)),
      )
      .toBe(true);
    // A multi-paragraph comment keeps its line break.
    await expect
      .poll(async () =>
        (await dbTable<{ text: string }>(ext, 'records')).some(
          (r) => r.text === '昨天下午在静安店买的芝士奶盖，回家发现已经过期了。\n小票我还留着，希望给个说法。',
        ),
      )
      .toBe(true);
    // A question edited into a complaint is recorded with its new text.
    await editComment(page, EDITED_CN.id, EDITED_CN.after);
    await expect
      .poll(async () => (await dbTable<{ text: string }>(ext, 'records')).some((r) => r.text === EDITED_CN.after))
      .toBe(true);
    await expect(badge(page, EDITED_CN.id)).toBeVisible();
    // A recorded complaint edited by its author appends a version.
    await editComment(page, '4000000000000008', '外卖送到的时候杯子都漏了，退款到现在也没处理');
    await expect
      .poll(async () =>
        (await dbTable<{ text: string }>(ext, 'records'))
          .filter((r) => r.text.startsWith('外卖送到'))
          .map((r) => r.text),
      )
      .toEqual([
        '外卖送到的时候杯子都漏了，洒了一袋子，申请退款商家一直不处理',
        '外卖送到的时候杯子都漏了，退款到现在也没处理',
      ]);
  });

  test('nothing is recorded automatically when this page is not monitored', async ({ ext }) => {
    await setSettings(ext.serviceWorker, {
      ...SAMPLE_SETTINGS,
      autoRecord: true,
      monitoredPages: ['https://www.facebook.com/xiaorizi.select'],
    });
    await serveFacebook(ext.context, { [CN.url]: CN.html() });
    const page = await ext.context.newPage();
    await open(page);
    await expect(page.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 15_000 });
    expect(await dbTable(ext, 'cases')).toEqual([]);
    // Badges and suggestions still work on any page.
    expect(await page.locator('[data-tactful="badge"]').count()).toBeGreaterThanOrEqual(10);
  });
});
