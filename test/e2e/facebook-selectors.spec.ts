/**
 * The Facebook adapter on the saved pages, without the extension (plain Debian Chromium):
 * 1. every selector of lib/sites/facebook/selectors.ts matches what its table expects on
 *    each fixture (refined-github style), so a markup change breaks a test, not a user;
 * 2. the adapter, run in the page, extracts every labelled comment as the fixture shows it.
 * Runs in a browser because no DOM library (jsdom, happy-dom) is a dependency.
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import path from 'node:path';
import * as selectors from '../../lib/sites/facebook/selectors';
import {
  labelledComments,
  SAVED_PAGES,
  fixtureHtml,
  type FixtureName,
  type LabelledComment,
} from '../fixtures/facebook/posts';
import { displayedText, expectedPermalink } from '../fixtures/facebook/render';
import { CHROMIUM_PATH, REPO_ROOT } from '../support/browser';
import { withLexical } from '../support/facebook';

const FIXTURES = Object.keys(SAVED_PAGES) as FixtureName[];

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--disable-gpu', '--disable-background-networking'],
  });
});
test.afterAll(async () => browser?.close());

/** Opens a saved page under its real URL (nothing reaches the network). */
async function openFixture(name: FixtureName): Promise<Page> {
  const context = await browser.newContext();
  const { url } = SAVED_PAGES[name];
  await context.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withLexical(fixtureHtml(name)) })
      : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

type Table = ReadonlyArray<readonly [number, FixtureName]>;
const tables = Object.entries(selectors).filter(([key]) => !key.endsWith('_')) as [
  string,
  string | readonly string[],
][];

test.describe('Facebook selectors on the saved pages', () => {
  test('every selector has a table of expected matches', () => {
    const missing = tables.filter(([key]) => !(`${key}_` in selectors)).map(([key]) => key);
    expect(missing, `add FOO_ = [[count, fixture], …] beside: ${missing.join(', ')}`).toEqual([]);
  });

  for (const fixture of FIXTURES) {
    test(`match counts on ${SAVED_PAGES[fixture].file}`, async () => {
      const page = await openFixture(fixture);
      const wrong: string[] = [];
      for (const [key, value] of tables) {
        const expected = ((selectors as Record<string, unknown>)[`${key}_`] as Table | undefined)?.find(
          ([, f]) => f === fixture,
        )?.[0];
        if (expected === undefined) {
          wrong.push(`${key}: no expectation for ${fixture}`);
          continue;
        }
        const actual = await page.evaluate((sel) => {
          if (typeof sel === 'string') return document.querySelectorAll(sel).length;
          // A label list: buttons whose text or aria-label is one of the labels.
          return [...document.querySelectorAll('[role="button"]')].filter((b) =>
            sel.includes((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
          ).length;
        }, value);
        if (actual !== expected) wrong.push(`${key}: expected ${expected}, found ${actual}`);
      }
      expect(wrong, wrong.join('\n')).toEqual([]);
      await page.context().close();
    });
  }
});

let adapterBundle: string | null = null;
/** lib/sites/facebook bundled for the page, exposed as `window.fbAdapter`. */
function adapter(): string {
  adapterBundle ??= buildSync({
    entryPoints: [path.join(REPO_ROOT, 'lib/sites/facebook/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'fbAdapter',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return adapterBundle;
}

interface Extracted {
  id: string;
  parentId: string | null;
  authorName: string;
  authorUrl: string;
  text: string;
  truncated: boolean;
  timestampText: string;
  permalink: string;
  postId: string | null;
  hasReplyButton: boolean;
  inDialog: boolean;
  pageAuthor: boolean;
  pageName: string;
}

async function extractAll(page: Page): Promise<Extracted[]> {
  await page.addScriptTag({ content: adapter() });
  return page.evaluate(() => {
    type Adapter = typeof import('../../lib/sites/facebook');
    const fb = (window as unknown as { fbAdapter: Adapter }).fbAdapter;
    return fb
      .commentArticlesIn(document)
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => {
        const comment = fb.extractComment(el, location.pathname)!;
        const context = fb.postContextOf(el, comment.permalink, document, location);
        return {
          ...comment,
          hasReplyButton: fb.replyButtonOf(el) !== null,
          inDialog: el.closest(fb.DIALOG) !== null,
          pageAuthor: fb.isPageAuthor(comment, context),
          pageName: context.pageName,
        };
      });
  });
}

/** Profile URL as the adapter must report it: on www, without tracking parameters. */
const profileUrl = (profile: string) => `https://www.facebook.com${profile}`;

test.describe('Facebook adapter on the saved pages', () => {
  for (const fixture of FIXTURES) {
    test(`extracts every comment of ${SAVED_PAGES[fixture].file} as displayed`, async () => {
      const { post, url } = SAVED_PAGES[fixture];
      const page = await openFixture(fixture);
      const extracted = await extractAll(page);
      const parents = new Map<string, string>();
      const walk = (list: LabelledComment[], parent: string | null) =>
        list.forEach((c) => (parents.set(c.id, parent ?? ''), walk(c.replies ?? [], c.id)));
      walk(post.comments, null);
      const dialog = SAVED_PAGES[fixture].options.view === 'dialog';
      // Visible copies: each comment once, plus the feed's preview of the first one under a dialog.
      const expectedIds = labelledComments(post).map((c) => c.id);
      expect(
        extracted
          .map((e) => e.id)
          .filter((id, i, all) => all.indexOf(id) === i)
          .sort(),
      ).toEqual([...expectedIds].sort());
      expect(extracted.length).toBe(expectedIds.length + (dialog ? 1 : 0));
      for (const comment of labelledComments(post)) {
        const copies = extracted.filter((e) => e.id === comment.id);
        const full = displayedText(comment);
        for (const e of copies) {
          const truncated = comment.seeMoreAt !== undefined && full.length > comment.seeMoreAt;
          expect(e, comment.id).toMatchObject({
            parentId: parents.get(comment.id) || null,
            authorName: comment.author,
            authorUrl: profileUrl(comment.profile),
            // Cut text ends with the ellipsis Facebook shows (and a space before the button).
            text: truncated ? `${full.split('\n')[0]!.slice(0, comment.seeMoreAt)}… ` : full,
            truncated,
            timestampText: comment.age,
            hasReplyButton: true,
            pageAuthor: comment.author === post.pageName,
            pageName: post.pageName,
          });
          expect(e.permalink).toBe(expectedPermalink(post, comment.id, parents.get(comment.id) || null));
          expect(e.postId, comment.id).toBe(post.postId);
        }
        if (dialog)
          expect(
            copies.filter((e) => e.inDialog),
            comment.id,
          ).toHaveLength(1);
      }
      expect(new URL(url).hostname).toBe(post.host ?? 'www.facebook.com');
      await page.context().close();
    });
  }

  test('"See more" expands in place and the adapter then reads the full text', async () => {
    const page = await openFixture('zh-CN');
    await page.addScriptTag({ content: adapter() });
    const truncated = labelledComments(SAVED_PAGES['zh-CN'].post).find((c) => c.seeMoreAt)!;
    const read = () =>
      page.evaluate((id) => {
        const fb = (window as unknown as { fbAdapter: typeof import('../../lib/sites/facebook') }).fbAdapter;
        const el = fb
          .commentArticlesIn(document)
          .find((a) => (a as HTMLElement).checkVisibility() && fb.extractComment(a)?.id === id)!;
        return { comment: fb.extractComment(el)!, button: fb.seeMoreButton(el)?.textContent ?? null };
      }, truncated.id);
    expect((await read()).button).toBe('展开');
    await page.getByRole('button', { name: '展开', exact: true }).click();
    expect((await read()).comment).toMatchObject({ text: displayedText(truncated), truncated: false });
    await page.context().close();
  });
});

test('in an interface language without a known Reply label, the Reply button is found by its place in the action row', async () => {
  const page = await openFixture('es-2025');
  await page.addScriptTag({ content: adapter() });
  const found = await page.evaluate(() => {
    const fb = (window as unknown as { fbAdapter: typeof import('../../lib/sites/facebook') }).fbAdapter;
    // Relabel every Reply button with a word in no list (as in a language the adapter does not know).
    for (const b of document.querySelectorAll<HTMLElement>('[data-fixture-reply]')) b.textContent = 'Vastaa';
    return fb.commentArticlesIn(document).map((el) => fb.replyButtonOf(el)?.getAttribute('data-fixture-reply') ?? null);
  });
  const ids = labelledComments(SAVED_PAGES['es-2025'].post).map((c) => c.id);
  expect([...found].sort()).toEqual([...ids].sort());
  await page.context().close();
});
