import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { setSettings, type ExtensionBrowser } from '../support/browser';
import { expect, test } from './fixtures';
import {
  capture,
  dbSnapshot,
  download,
  openDashboard,
  row,
  rows,
  seed,
  shownIds,
  sorted,
  type Tactful,
} from './records-support';

/**
 * The dashboard against hostile backups and texts (issue 12): erasure that outlives an
 * older backup, an import that only appends, and CSV cells and bidi controls that cannot
 * run or reorder anything.
 */

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

async function importFile(page: Page, name: string, content: Buffer | string) {
  await page
    .locator('[data-tactful="import-file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

const summary = (page: Page) => page.locator('[data-tactful="import-summary"]');

test.describe('Hostile backups and texts', () => {
  test('an erased case stays erased after importing an older backup, also after "delete all"', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const wang = { name: '王小明', contact: 'https://www.facebook.com/xiaoming.wang' };
    const [first, second, other] = await seed(ext, [
      capture('1', '王小明：東西壞了，電話 0912-345-678', { author: wang }),
      capture('2', '王小明又來了', { author: wang }),
      capture('3', '別人的留言：退款呢'),
    ]);
    const page = await openDashboard(ext);
    await expect(rows(page)).toHaveCount(3);
    const lastWeek = await download(page, 'export-json');

    // The customer asks to be forgotten: erase every case of theirs from the case view.
    await row(page, first!).click();
    await page.locator('[data-tactful-action="erase-author"]').click();
    await page.locator('[data-tactful-action="erase-confirm"]').click();
    await expect(rows(page)).toHaveCount(1);

    // Importing last week's backup: the dry run says two cases are skipped as erased, and why.
    await importFile(page, 'last-week.json', lastWeek);
    await expect(summary(page)).toHaveAttribute('data-erased', '2');
    await expect(summary(page)).toHaveAttribute('data-new', '0');
    await expect(summary(page)).toContainText('Erased here, skipped: 2');
    const erased = page.locator('[data-tactful="import-change"][data-kind="erased"]');
    await expect(erased).toHaveCount(2);
    await expect(erased.first()).toContainText('this case was erased here');
    expect((await erased.evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id')!))).sort()).toEqual(
      sorted([first!, second!]),
    );
    await expect(page.locator('[data-tactful="import-plan"]')).not.toContainText('王小明');
    await expect(page.locator('[data-tactful-action="import-apply"]')).toBeDisabled(); // the other case is unchanged
    expect(await shownIds(page)).toEqual([other]);

    // Delete all data, then the same backup: the other case comes back, the erased ones do not.
    await page.locator('[data-tactful="import-plan"] button', { hasText: 'Cancel' }).click();
    await page.locator('[data-tactful-tab="data"]').click();
    await page.locator('[data-tactful-action="delete-all"]').click();
    await page.locator('[data-tactful-action="delete-all-confirm"]').click();
    await expect(page.locator('[data-tactful="notice"]')).toContainText('All data deleted');
    await importFile(page, 'last-week.json', lastWeek);
    await expect(summary(page)).toHaveAttribute('data-new', '1');
    await expect(summary(page)).toHaveAttribute('data-erased', '2');
    await page.locator('[data-tactful-action="import-apply"]').click();
    await page.locator('[data-tactful-tab="cases"]').click();
    await expect(rows(page)).toHaveCount(1);
    expect(await shownIds(page)).toEqual([other]);
    const stored = JSON.stringify(await dbSnapshot(ext)) + JSON.stringify(await erasureRows(ext));
    for (const trace of ['王小明', 'xiaoming', '0912-345-678', '東西壞了']) expect(stored).not.toContain(trace);
  });

  test('the crafted backup that rewrites a case is refused; with possible times it only appends version 2', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const [id] = await seed(ext, [capture('1', '東西壞了，客服態度又差')]);
    await ext.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as { tactful: Tactful }).tactful.handleMessage({
          type: 'case.setStatus',
          caseId: id,
          status: 'acknowledged',
        }),
      id!,
    );
    const page = await openDashboard(ext);
    const backup = JSON.parse((await download(page, 'export-json')).toString('utf8'));
    const before = await dbSnapshot(ext);

    // Version 1 kept, version 2 recomputed; author, contact, status (no status event), a
    // last activity of 8.64e15 and a fake "erased" audit entry changed.
    const c = backup.cases[0];
    const v1 = c.versions[0];
    const text = '我收回，東西很好';
    const v2 = { ...v1, seq: 2, capturedAt: v1.capturedAt + 1000, text, hash: sha(text + v1.hash), prevHash: v1.hash };
    const forged = {
      ...c,
      authorName: 'Forged Person',
      authorContact: 'https://www.facebook.com/forged',
      status: 'closed',
      lastActivityAt: 8.64e15,
      versions: [v1, v2],
      events: [...c.events, { at: v1.capturedAt + 2000, type: 'erased', data: { reason: 'request' } }],
    };
    await importFile(page, 'crafted.json', JSON.stringify({ ...backup, cases: [forged] }));
    await expect(page.locator('[data-tactful="import-error"]')).toContainText(
      'Not imported, nothing changed: cases.0.lastActivityAt: impossible time 8640000000000000',
    );
    await expect(page.locator('[data-tactful-action="import-apply"]')).toHaveCount(0);
    expect(await dbSnapshot(ext)).toEqual(before);

    // The same file with a possible time and a fake status event instead of the audit entry:
    // only version 2 is added; author, contact, status and timeline stay as they are.
    const possible = {
      ...forged,
      lastActivityAt: v1.capturedAt + 3000,
      events: [...c.events, { at: v1.capturedAt + 2000, type: 'status', data: { from: 'acknowledged', to: 'closed' } }],
    };
    await importFile(page, 'crafted-2.json', JSON.stringify({ ...backup, cases: [possible] }));
    await expect(summary(page)).toHaveAttribute('data-updated', '1');
    await expect(summary(page)).toHaveAttribute('data-versions', '1');
    const appended = page.locator('[data-tactful="import-change"][data-kind="appended"]');
    await expect(appended).toContainText('version 2 added');
    await expect(appended).toContainText('kept as here: customer name, contact, last activity, status');
    await page.locator('[data-tactful-action="import-apply"]').click();
    await expect(page.locator('[data-tactful="notice"]')).toContainText('1 version(s) added to 1 case(s)');

    const after = await dbSnapshot(ext);
    const [was] = before.cases;
    expect(after.cases).toEqual([
      { ...was, versionCount: 2, headHash: v2.hash, latestText: text, lastActivityAt: v2.capturedAt },
    ]);
    expect(after.events).toEqual(before.events);
    expect(after.records).toHaveLength(2);
    await row(page, id!).click();
    await expect(page.locator('[data-tactful="chain-status"]')).toHaveAttribute('data-ok', 'true');
    await expect(page.locator('[data-tactful="case-detail"] h2')).toHaveText('客戶 1');
    await expect(page.locator('[data-tactful="case-status-select"]')).toHaveValue('acknowledged');
  });

  test('CSV cells cannot start a formula, and bidi controls are written visibly', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const texts = [
      '＝HYPERLINK("http://evil.example","點我")',
      '＋1+1',
      '－1+1',
      '＠SUM(A1)',
      ' =1+1 前面有空白',
      '\u00A0=1+1 前面是不換行空白',
      '\t=1+1',
      '\n=1+1 換行開頭',
      '\0=1+1',
      '正常的客訴 =1+1',
      '退款\u202E987 元\u202C 還沒到',
    ];
    const ids = await seed(
      ext,
      texts.map((text, i) =>
        capture(`c${i}`, text, {
          author: { name: i === 0 ? '\u202E王小明' : `客戶${i}`, contact: `u${i}@example.com` },
        }),
      ),
    );
    const page = await openDashboard(ext);
    await expect(rows(page)).toHaveCount(texts.length);
    const body = (await download(page, 'export-csv')).toString('utf8').slice(1);
    const [header, ...data] = Papa.parse<string[]>(body, { skipEmptyLines: true }).data;
    const cell = (id: string, column: string) => data.find((r) => r[0] === id)![header!.indexOf(column)]!;
    const expected = [
      '\'＝HYPERLINK("http://evil.example","點我")',
      "'＋1+1",
      "'－1+1",
      "'＠SUM(A1)",
      "' =1+1 前面有空白",
      "'\u00A0=1+1 前面是不換行空白",
      "'\t=1+1",
      "'\n=1+1 換行開頭",
      "'\0=1+1",
      '正常的客訴 =1+1',
      '退款[U+202E]987 元[U+202C] 還沒到',
    ];
    expect(ids.map((id) => cell(id, 'latest_text'))).toEqual(expected);
    expect(cell(ids[0]!, 'author')).toBe('[U+202E]王小明');

    // The JSON backup keeps the exact text.
    const backup = JSON.parse((await download(page, 'export-json')).toString('utf8'));
    expect(backup.cases.map((c: { versions: { text: string }[] }) => c.versions[0]!.text).sort()).toEqual(
      [...texts].sort(),
    );
  });

  test('a right-to-left override in one field reorders neither that field nor its neighbours', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const text = 'refund\u202E abc 987\u202C done';
    const [id] = await seed(ext, [
      capture('1', text, {
        author: { name: 'Jane\u202E', contact: '\u202Ejane@example.com' },
        context: 'Shop page',
      }),
    ]);
    const page = await openDashboard(ext);
    await row(page, id!).click();
    const verbatim = page.locator('[data-tactful="verbatim"]').first();
    // The element's text is the exact record; the override is shown as a marker.
    expect(await verbatim.textContent()).toBe(text);
    await expect(verbatim.locator('.bidi-mark[data-bidi="RLO"]')).toHaveCount(1);
    await expect(verbatim.locator('.bidi-mark[data-bidi="PDF"]')).toHaveCount(1);
    // Laid out left to right in the order it was written: "abc" before "987", "refund" before "done".
    const order = await verbatim.evaluate((pre) => {
      const x = (word: string) => {
        const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(word);
          if (at < 0 || (node.parentElement && node.parentElement.closest('[hidden]'))) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          return range.getBoundingClientRect().left;
        }
        return NaN;
      };
      return ['refund', 'abc', '987', 'done'].map(x);
    });
    expect(order.every((v) => Number.isFinite(v))).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The contact's override does not pull the page name after it.
    const where = page.locator('[data-tactful="case-where"] bdi');
    await expect(where).toHaveCount(2);
    const [contactBox, contextBox] = [await where.nth(0).boundingBox(), await where.nth(1).boundingBox()];
    expect(contactBox!.x + contactBox!.width).toBeLessThanOrEqual(contextBox!.x);
    await expect(row(page, id!).locator('.c-author .bidi-mark')).toHaveAttribute('data-bidi', 'RLO');
  });
});

async function erasureRows(ext: ExtensionBrowser) {
  return ext.serviceWorker.evaluate(() =>
    (globalThis as unknown as { tactful: Tactful }).tactful.db.erasures.toArray(),
  ) as Promise<unknown[]>;
}
