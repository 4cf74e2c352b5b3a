import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import Papa from 'papaparse';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { EN_THREADS, HOSTILE_BODY, renderGmailEn, threadUrl } from '../fixtures/gmail/threads';
import { setSettings } from '../support/browser';
import { serveGmail } from '../support/gmail';
import { dbTable, expect, test } from './fixtures';
import {
  capture,
  dbSnapshot,
  download,
  HOUR,
  openDashboard,
  patchCase,
  row,
  rows,
  seed,
  shownIds,
  sorted,
  type CaseRowLike,
  type Tactful,
} from './records-support';

/**
 * The cases dashboard (/cases.html) end to end: what a CSM sees and downloads, against
 * what the background's database holds.
 */

test.describe('Cases dashboard', () => {
  test('a message recorded on a routed Gmail page appears in the dashboard with its exact text and a verified chain', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await serveGmail(ext.context, renderGmailEn());
    const gmail = await ext.context.newPage();
    const thread = EN_THREADS[3]!;
    await gmail.goto(threadUrl(thread));
    await gmail.locator('[data-tactful-action="record"]').click();
    await expect(gmail.locator('[data-tactful="case-status"]')).toBeVisible();
    const [recorded] = await dbTable<CaseRowLike>(ext, 'cases');

    const page = await openDashboard(ext);
    const line = row(page, recorded!.id);
    await expect(line).toBeVisible();
    await expect(line).toContainText('第三次了還是沒收到貨');
    await expect(line).toContainText(thread.subject);
    await line.click();
    const detail = page.locator(`[data-tactful="case-detail"][data-case-id="${recorded!.id}"]`);
    await expect(detail.locator('[data-tactful="chain-status"]')).toHaveAttribute('data-ok', 'true');
    // Byte-exact, shown as text: the <script> in the mail is characters, not an element.
    expect(await detail.locator('[data-tactful="verbatim"]').first().textContent()).toBe(HOSTILE_BODY);
    expect(await page.locator('[data-tactful="case-detail"] script').count()).toBe(0);
    await expect(detail.locator('[data-tactful="version-hash"]').first()).toHaveText(recorded!.headHash);
    await expect(detail.locator('[data-tactful="open-original"]')).toHaveAttribute('href', recorded!.url);
    expect(recorded!.url).toContain('mail.google.com');
    expect(ext.unroutedRequests.filter((u) => !u.startsWith('https://ci3.googleusercontent.com/'))).toEqual([]);
  });

  test('filters, sorting and substring search work on Traditional and Simplified Chinese', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const [tw, cn, en, other] = await seed(ext, [
      capture('1', '第三次了還是沒收到貨，你們到底在幹什麼', { severity: 'high', categories: ['delivery'] }),
      capture('2', '退款到现在还没到账，我要找消保官', {
        source: 'gmail',
        context: '订单 2043 退款',
        severity: 'critical',
        categories: ['billing'],
        sourceKey: 'gmail:msg-f:2',
      }),
      capture('3', 'The mug arrived chipped and nobody answers.', { severity: 'medium', categories: ['quality'] }),
      capture('4', '客服態度很差', { severity: 'low', categories: ['service'], context: '另一個粉專' }),
    ]);
    await patchCase(ext, other!, {
      deadlineAt: Date.now() - 2 * HOUR,
      firstSeenAt: new Date(2024, 0, 15, 10).getTime(),
    });
    await ext.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as { tactful: Tactful }).tactful.handleMessage({
          type: 'case.setStatus',
          caseId: id,
          status: 'in_contact',
        }),
      en!,
    );
    const page = await openDashboard(ext);
    await expect(rows(page)).toHaveCount(4);
    const search = page.locator('[data-tactful="search"]');
    const expectShown = async (ids: (string | undefined)[]) =>
      expect.poll(() => shownIds(page)).toEqual(sorted(ids as string[]));

    await search.fill('沒收到貨'); // Traditional query, Traditional text
    await expectShown([tw]);
    await search.fill('没收到货'); // Simplified query, Traditional text
    await expectShown([tw]);
    await search.fill('退款到現在還沒到帳'); // Traditional (Taiwan wording) query, Simplified text
    await expectShown([cn]);
    await search.fill('幹什么'); // mixed scripts, mid-sentence substring (no word boundaries)
    await expectShown([tw]);
    await search.fill('NOBODY answers');
    await expectShown([en]);
    await search.fill('退貨');
    await expect(page.locator('[data-tactful="no-match"]')).toBeVisible();
    await search.fill('');
    await expectShown([tw, cn, en, other]);

    await page.locator('[data-tactful="filter-status"]').selectOption('in_contact');
    await expectShown([en]);
    await page.locator('[data-tactful="filter-status"]').selectOption('');
    await page.locator('[data-tactful="filter-severity"]').selectOption('critical');
    await expectShown([cn]);
    await page.locator('[data-tactful="filter-severity"]').selectOption('');
    await page.locator('[data-tactful="filter-source"]').selectOption('gmail');
    await expectShown([cn]);
    await page.locator('[data-tactful="filter-source"]').selectOption('');
    await page.locator('[data-tactful="filter-category"]').selectOption('service');
    await expectShown([other]);
    await page.locator('[data-tactful="filter-category"]').selectOption('');
    await page.locator('[data-tactful="filter-context"]').fill('訂單'); // Traditional query, Simplified subject
    await expectShown([cn]);
    await page.locator('[data-tactful="filter-context"]').fill('');
    await page.locator('[data-tactful="filter-overdue"]').check();
    await expectShown([other]);
    await page.locator('[data-tactful="filter-overdue"]').uncheck();
    await page.locator('[data-tactful="filter-from"]').fill('2024-01-15');
    await page.locator('[data-tactful="filter-to"]').fill('2024-01-15');
    await expectShown([other]);
    await expect(page.locator('[data-tactful="case-count"]')).toHaveAttribute('data-shown', '1');
    await page.locator('[data-tactful-action="clear-filters"]').click();
    await expectShown([tw, cn, en, other]);
    await expect(page.locator('[data-tactful="filter-from"]')).toHaveValue('');

    // Sorting: by severity the critical case comes first; by due time the overdue one.
    await page.locator('[data-tactful="sort"]').selectOption('severity');
    await expect(rows(page).first()).toHaveAttribute('data-case-id', cn!);
    await page.locator('[data-tactful="sort"]').selectOption('deadline');
    await expect(rows(page).first()).toHaveAttribute('data-case-id', other!);
    await expect(row(page, other!).locator('.c-due')).toHaveAttribute('data-overdue', 'true');

    // Keyboard: ↓ then Enter opens the second row; Escape closes it and gives the table the focus back.
    const second = await rows(page).nth(1).getAttribute('data-case-id');
    await page.locator('[data-tactful="case-table"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-tactful="case-detail"]')).toHaveAttribute('data-case-id', second!);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-tactful="case-detail"]')).toHaveCount(0);
    await expect(page.locator('[data-tactful="case-table"]')).toBeFocused();
  });

  test('the CSV download has a BOM, the documented columns, the cases as shown, and no live formulas', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const texts = [
      '=HYPERLINK("http://evil.example","點我") 退款!!',
      '+SUM(A1:A9)',
      '-1+2 東西壞了',
      '@admin 你們客服在哪',
      '\t縮排開頭的留言',
      '\r換行開頭',
      '他說："東西壞了, 要退款"\n第二行 👨‍👩‍👧 😡',
      '  前後空白保留  ',
    ];
    const ids = await seed(ext, [
      ...texts.map((text, i) =>
        capture(`c${i}`, text, {
          author: { name: i === 3 ? '=cmd|/c calc' : `客戶${i}`, contact: `user${i}@example.com` },
        }),
      ),
      capture('english', 'Not part of the filtered export', { context: 'Other page' }),
    ]);
    const page = await openDashboard(ext);
    await page.locator('[data-tactful="filter-context"]').fill('小日子');
    await expect(rows(page)).toHaveCount(texts.length);
    const csv = await download(page, 'export-csv');

    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = csv.toString('utf8').slice(1);
    expect(body.split('\r\n')[0]).toBe(
      'case_id,source,url,context,author,author_contact,first_seen_at,status,severity,categories,quadrant,deadline_at,latest_text,versions,chain_hash',
    );
    const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true }).data;
    const header = parsed[0]!;
    const data = parsed.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
    expect(data.map((r) => r.case_id).sort()).toEqual(sorted(ids.slice(0, texts.length)));
    for (const r of data)
      for (const cell of Object.values(r)) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);

    const cases = new Map((await dbTable<CaseRowLike>(ext, 'cases')).map((c) => [c.id, c]));
    const neutral = (s: string) => (/^[=+\-@\t\r ]/.test(s) ? `'${s}` : s);
    for (const r of data) {
      const c = cases.get(r.case_id!)!;
      expect(r).toEqual({
        case_id: c.id,
        source: 'facebook',
        url: c.url,
        context: '小日子選物',
        author: neutral(c.authorName),
        author_contact: c.authorContact,
        first_seen_at: new Date(c.firstSeenAt).toISOString(),
        status: 'new',
        severity: 'high',
        categories: 'delivery',
        quadrant: '',
        deadline_at: new Date(c.deadlineAt).toISOString(),
        latest_text: neutral(c.latestText),
        versions: '1',
        chain_hash: c.headHash,
      });
    }
    expect(data.map((r) => r.latest_text)).toContain('他說："東西壞了, 要退款"\n第二行 👨‍👩‍👧 😡');
    expect(data.map((r) => r.latest_text)).toContain("'  前後空白保留  "); // a leading space could hide a formula

    // With a selection, only the selected cases are exported.
    await row(page, ids[0]!).locator('input[type="checkbox"]').check();
    await row(page, ids[6]!).locator('input[type="checkbox"]').check();
    const selectedCsv = Papa.parse<string[]>((await download(page, 'export-csv')).toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(
      selectedCsv
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(sorted([ids[0]!, ids[6]!]));
  });

  test('JSON export → delete all → import restores identical texts whose hash chains verify', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const ids = await seed(ext, [
      capture('1', '第一版：東西壞了'),
      capture('1', '第二版：東西壞了，而且客服不理我 😡\n'),
      capture('2', '  退款到现在还没到账  ', { source: 'gmail', sourceKey: 'gmail:msg-f:77', context: '订单退款' }),
      capture('3', 'Chipped mug, third email.'),
    ]);
    const multi = ids[0]!;
    await ext.serviceWorker.evaluate(async (id) => {
      const t = (globalThis as unknown as { tactful: Tactful }).tactful;
      await t.handleMessage({ type: 'case.setStatus', caseId: id, status: 'in_contact' });
      await t.handleMessage({
        type: 'case.addNote',
        caseId: id,
        text: '客戶說：「三週未到貨」',
        confirmedByCustomer: true,
      });
    }, multi);
    const before = await dbSnapshot(ext);
    const page = await openDashboard(ext);
    await expect(rows(page)).toHaveCount(3);
    const backup = await download(page, 'export-json');
    const file = JSON.parse(backup.toString('utf8'));
    expect(file).toMatchObject({ format: 'tactful-backup', schemaVersion: 3 });
    expect(file.cases).toHaveLength(3);

    await page.locator('[data-tactful-tab="data"]').click();
    await page.locator('[data-tactful-action="delete-all"]').click();
    await page.locator('[data-tactful-action="delete-all-confirm"]').click();
    await expect(page.locator('[data-tactful="notice"]')).toBeVisible();
    expect(await dbTable(ext, 'cases')).toEqual([]);
    expect(await dbTable(ext, 'records')).toEqual([]);
    await page.locator('[data-tactful-tab="cases"]').click();
    await expect(page.locator('[data-tactful="empty"]')).toBeVisible();

    await page
      .locator('[data-tactful="import-file"]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    await expect(page.locator('[data-tactful="import-summary"]')).toHaveAttribute('data-new', '3');
    await expect(page.locator('[data-tactful="import-summary"]')).toHaveAttribute('data-conflicts', '0');
    expect(await dbTable(ext, 'cases')).toEqual([]); // the dry run wrote nothing
    await page.locator('[data-tactful-action="import-apply"]').click();
    await expect(rows(page)).toHaveCount(3);

    expect(await dbSnapshot(ext)).toEqual(before);
    await row(page, multi).click();
    const detail = page.locator('[data-tactful="case-detail"]');
    await expect(detail.locator('[data-tactful="chain-status"]')).toHaveAttribute('data-ok', 'true');
    await expect(detail.locator('[data-tactful="verbatim"]')).toHaveCount(2);
    expect(await detail.locator('[data-tactful="verbatim"]').allTextContents()).toEqual([
      '第一版：東西壞了',
      '第二版：東西壞了，而且客服不理我 😡\n',
    ]);
    await expect(detail.locator('[data-tactful="notes"] li')).toHaveAttribute('data-confirmed', 'true');

    // Importing the same file again changes nothing: every case is unchanged.
    await page
      .locator('[data-tactful="import-file"]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    await expect(page.locator('[data-tactful="import-summary"]')).toHaveAttribute('data-new', '0');
    await expect(page.locator('[data-tactful-action="import-apply"]')).toBeDisabled();
  });

  test('a bad or hostile backup is refused with where it is wrong, and nothing changes', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const ids = await seed(ext, [capture('1', '東西壞了'), capture('2', '退款到现在还没到账')]);
    const page = await openDashboard(ext);
    await expect(rows(page)).toHaveCount(2);
    const before = await dbSnapshot(ext);

    const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
    const goodCase = {
      id: 'imported-1',
      source: 'facebook',
      sourceKey: 'facebook:comment:imported',
      url: 'https://www.facebook.com/x',
      context: '外來檔案',
      authorName: '外人',
      authorContact: 'x@example.com',
      parentKey: null,
      firstSeenAt: Date.UTC(2025, 5, 1),
      lastActivityAt: Date.UTC(2025, 5, 1),
      status: 'new',
      severity: 'high',
      categories: [],
      quadrant: null,
      detected: null,
      deadlineAt: Date.UTC(2025, 5, 2),
      truncated: false,
      goneSince: null,
      versions: [
        {
          seq: 1,
          capturedAt: Date.UTC(2025, 5, 1),
          url: '',
          text: '原文',
          truncated: false,
          hash: sha('原文'),
          prevHash: '',
        },
      ],
      events: [],
    };
    const backup = (cases: unknown[], extra: object = {}) =>
      JSON.stringify({ format: 'tactful-backup', schemaVersion: 3, exportedAt: 'now', cases, ...extra });
    const bad: [string, string, RegExp][] = [
      ['not JSON', '{"format": "tactful-backup", "cases": [', /Not valid JSON/],
      [
        'altered text',
        backup([{ ...goodCase, versions: [{ ...goodCase.versions[0], text: '改過的原文' }] }]),
        /cases\.0\.versions\.0: the hash chain does not verify/,
      ],
      ['wrong type', backup([{ ...goodCase, status: 42 }]), /cases\.0\.status/],
      [
        'prototype pollution',
        backup([goodCase]).replace('"events":[]', '"events":[],"__proto__":{"polluted":true}'),
        /Forbidden key at cases\.0\.__proto__/,
      ],
      ['newer schema', backup([goodCase], { schemaVersion: 99 }), /schemaVersion/],
      [
        'duplicate ids',
        backup([goodCase, { ...goodCase, sourceKey: 'facebook:comment:other' }]),
        /cases\.1\.id: duplicate case id/,
      ],
      ['huge string', backup([{ ...goodCase, context: 'x'.repeat(3000) }]), /cases\.0\.context/],
    ];
    for (const [label, content, where] of bad) {
      await page
        .locator('[data-tactful="import-file"]')
        .setInputFiles({ name: `${label}.json`, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect(page.locator('[data-tactful="import-error"]'), label).toContainText(where);
      await expect(page.locator('[data-tactful="import-error"]'), label).toContainText('nothing changed');
      await expect(page.locator('[data-tactful-action="import-apply"]'), label).toHaveCount(0);
    }
    expect(await shownIds(page)).toEqual(sorted(ids));
    expect(await dbSnapshot(ext)).toEqual(before);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

    // The same case, intact, is accepted: the refusals above were about the damage, not the file.
    await page
      .locator('[data-tactful="import-file"]')
      .setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(backup([goodCase])) });
    await expect(page.locator('[data-tactful="import-summary"]')).toHaveAttribute('data-new', '1');
  });

  test('status changes, notes, snooze and bulk changes land on the timeline', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const [a, b, c] = await seed(ext, [capture('1', '東西壞了'), capture('2', '還沒收到貨'), capture('3', '退款呢？')]);
    await patchCase(ext, a!, { deadlineAt: Date.now() - HOUR });
    const page = await openDashboard(ext);
    await row(page, a!).click();
    const detail = page.locator('[data-tactful="case-detail"]');
    const timeline = detail.locator('[data-tactful="timeline"]');
    await detail.locator('[data-tactful="case-status-select"]').selectOption('acknowledged');
    await expect(timeline.locator('[data-event-type="status"]')).toHaveText(/Status: New → Acknowledged/);
    await expect(row(page, a!)).toHaveAttribute('data-status', 'acknowledged');

    await detail.locator('[data-tactful="note-text"]').fill('客戶說：「訂單 A123 三週未到」\n已唸給客戶確認');
    await detail.locator('[data-tactful="note-confirmed"]').check();
    await detail.locator('[data-tactful-action="add-note"]').click();
    await expect(detail.locator('[data-tactful="notes"] li')).toHaveAttribute('data-confirmed', 'true');
    await expect(timeline.locator('[data-event-type="note"]')).toContainText(
      'Note (confirmed by the customer): 客戶說：「訂單 A123 三週未到」',
    );

    await expect(row(page, a!).locator('.c-due')).toHaveAttribute('data-overdue', 'true');
    await detail.locator('[data-tactful-action="snooze-24h"]').click();
    await expect(timeline.locator('[data-event-type="deadline"]')).toHaveCount(1);
    await expect(row(page, a!).locator('.c-due')).toHaveAttribute('data-overdue', 'false');
    const [snoozed] = (await dbTable<CaseRowLike>(ext, 'cases')).filter((x) => x.id === a);
    expect(snoozed!.deadlineAt).toBeGreaterThan(Date.now() + 23 * HOUR);

    // A closed case cannot go back to "new": the choice is disabled.
    await detail.locator('[data-tactful="case-status-select"]').selectOption('closed');
    await expect(detail.locator('[data-tactful="case-status-select"] option[value="new"]')).toBeDisabled();

    await page.keyboard.press('Escape');
    await row(page, b!).locator('input[type="checkbox"]').check();
    await row(page, c!).locator('input[type="checkbox"]').check();
    await expect(page.locator('[data-tactful="selected-count"]')).toHaveText('2 selected');
    await page.locator('[data-tactful="bulk-status"]').selectOption('resolved');
    await expect(page.locator('[data-tactful="notice"]')).toContainText('Status changed for 2 case(s).');
    await expect(row(page, b!)).toHaveAttribute('data-status', 'resolved');
    await expect(row(page, c!)).toHaveAttribute('data-status', 'resolved');
    await row(page, c!).click();
    await expect(page.locator('[data-tactful="timeline"] [data-event-type="status"]')).toHaveText(
      /Status: New → Resolved/,
    );
    const statusEvents = (await dbTable<{ caseId: string; type: string; data: unknown }>(ext, 'events')).filter(
      (e) => e.type === 'status',
    );
    expect(statusEvents.filter((e) => e.caseId === b || e.caseId === c).map((e) => e.data)).toEqual([
      { from: 'new', to: 'resolved' },
      { from: 'new', to: 'resolved' },
    ]);
  });

  test('erase on request leaves only an audit event without personal content; other cases are untouched', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const who = { name: '王小明', contact: 'https://www.facebook.com/xiaoming.wang' };
    const [first, second, other] = await seed(ext, [
      capture('1', '王小明的第一則客訴：東西壞了', { author: who }),
      capture('2', '王小明又來了：還是沒人理我', { author: who }),
      capture('3', '別人的留言：退款呢'),
    ]);
    await seed(ext, [capture('1', '王小明的第一則客訴：東西壞了（已編輯）', { author: who })]);
    await ext.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as { tactful: Tactful }).tactful.handleMessage({
          type: 'case.addNote',
          caseId: id,
          text: '王小明電話 0912-345-678',
          confirmedByCustomer: false,
        }),
      first!,
    );
    const otherBefore = (await dbSnapshot(ext)).records.filter((r) => (r as { caseId: string }).caseId === other);

    const page = await openDashboard(ext);
    await row(page, first!).click();
    await page.locator('[data-tactful-action="erase-author"]').click();
    await expect(page.locator('[data-tactful="case-detail"]')).toContainText('Erase all 2 case(s)');
    await page.locator('[data-tactful-action="erase-confirm"]').click();
    await expect(rows(page)).toHaveCount(1);
    await expect(row(page, other!)).toBeVisible();

    const after = await dbSnapshot(ext);
    expect(after.cases.map((c) => c.id)).toEqual([other]);
    expect(after.records.filter((r) => (r as { caseId: string }).caseId === other)).toEqual(otherBefore);
    const erasedEvents = after.events.filter((e) => [first, second].includes((e as { caseId: string }).caseId)) as {
      caseId: string;
    }[];
    expect(erasedEvents.map((e) => e.caseId).sort()).toEqual(sorted([first!, second!]));
    for (const e of erasedEvents)
      expect(e).toEqual({ caseId: e.caseId, at: expect.any(Number), type: 'erased', data: { reason: 'request' } });
    const everything = JSON.stringify(after);
    for (const trace of ['王小明', 'xiaoming', '0912-345-678', '東西壞了']) expect(everything).not.toContain(trace);

    await row(page, other!).click();
    await expect(page.locator('[data-tactful="chain-status"]')).toHaveAttribute('data-ok', 'true');
    await page.locator('[data-tactful-tab="data"]').click();
    await expect(page.locator('[data-tactful="erasure-audit"] li')).toHaveCount(2);
    await expect(page.locator('[data-tactful="erasure-audit"]')).not.toContainText('王小明');

    // One case alone, from the Data tab's "erase on request" by contact.
    await page.locator('[data-tactful="erase-contact"]').fill('https://www.facebook.com/customer.3');
    await page.locator('[data-tactful-action="erase-find"]').click();
    await expect(page.locator('[data-tactful="erase-request"]')).toContainText('Erase all 1 case(s)');
    await page.locator('[data-tactful-action="erase-author-confirm"]').click();
    await expect(page.locator('[data-tactful="erasure-audit"] li')).toHaveCount(3);
    expect(await dbTable(ext, 'cases')).toEqual([]);
  });

  test('retention asks for confirmation, says how many closed cases go, and purges only those', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const [old, recent, open] = await seed(ext, [
      capture('1', '舊案'),
      capture('2', '新結案'),
      capture('3', '還在處理'),
    ]);
    for (const id of [old, recent]) {
      await ext.serviceWorker.evaluate(
        (id) =>
          (globalThis as unknown as { tactful: Tactful }).tactful.handleMessage({
            type: 'case.setStatus',
            caseId: id,
            status: 'closed',
          }),
        id!,
      );
    }
    await patchCase(ext, old!, { lastActivityAt: Date.now() - 40 * 24 * HOUR } as Partial<CaseRowLike>);
    await patchCase(ext, open!, { lastActivityAt: Date.now() - 400 * 24 * HOUR } as Partial<CaseRowLike>);
    const page = await openDashboard(ext);
    await page.locator('[data-tactful-tab="data"]').click();
    await page.locator('[data-tactful="retention-days"]').fill('30');
    await page.locator('[data-tactful-action="retention-save"]').click();
    await expect(page.locator('[data-tactful="retention"]')).toContainText(
      '1 closed case(s) older than 30 days will be purged now',
    );
    expect(await dbTable(ext, 'cases')).toHaveLength(3); // nothing before the confirmation
    await page.locator('[data-tactful-action="retention-confirm"]').click();
    await expect(page.locator('[data-tactful="notice"]')).toContainText('1 case(s) purged now');
    expect((await dbTable<CaseRowLike>(ext, 'cases')).map((c) => c.id).sort()).toEqual(sorted([recent!, open!]));
    const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ retentionDays: 30 });
  });

  test('the popup shows new and overdue counts, opens the dashboard and turns a site off', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const [a, b, , d] = await seed(ext, [
      capture('1', '一'),
      capture('2', '二'),
      capture('3', '三'),
      capture('4', '四'),
    ]);
    await patchCase(ext, a!, { deadlineAt: Date.now() - HOUR });
    await patchCase(ext, d!, { deadlineAt: Date.now() - HOUR });
    await ext.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as { tactful: Tactful }).tactful.handleMessage({
          type: 'case.setStatus',
          caseId: id,
          status: 'in_contact',
        }),
      b!,
    );
    await ext.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as { tactful: Tactful }).tactful.handleMessage({
          type: 'case.setStatus',
          caseId: id,
          status: 'resolved',
        }),
      d!,
    );
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect(popup.locator('[data-count="new"]')).toHaveText('2');
    await expect(popup.locator('[data-count="overdue"]')).toHaveText('1'); // the resolved overdue case does not count
    await expect(popup.locator('[data-count="open"]')).toHaveText('3');

    await popup.locator('[data-tactful="site-toggle"][data-site="gmail"]').uncheck();
    await expect
      .poll(
        async () =>
          (
            (await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).settings as {
              sites: unknown;
            }
          ).sites,
      )
      .toEqual({ gmail: false, facebook: true });

    const [dashboard] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.locator('[data-tactful-action="open-dashboard"]').click(),
    ]);
    await dashboard.waitForLoadState();
    expect(dashboard.url()).toBe(`chrome-extension://${ext.extensionId}/cases.html`);
    await expect(dashboard.locator('[data-tactful="case-row"]')).toHaveCount(4);
  });

  test('the toolbar badge shows overdue cases in red, else new cases in blue', async ({ ext }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const badge = () =>
      ext.serviceWorker.evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        color: [...(await chrome.action.getBadgeBackgroundColor({}))],
      }));
    const [a] = await seed(ext, [capture('1', '一'), capture('2', '二')]);
    await expect.poll(badge).toEqual({ text: '2', color: [0x15, 0x65, 0xc0, 255] });
    await patchCase(ext, a!, { deadlineAt: Date.now() - HOUR });
    await ext.serviceWorker.evaluate(() =>
      (globalThis as unknown as { tactful: { tick(): Promise<void> } }).tactful.tick(),
    );
    await expect.poll(badge).toEqual({ text: '1', color: [0xc6, 0x28, 0x28, 255] });
    // A change made in the dashboard reaches the badge too.
    const page = await openDashboard(ext);
    await row(page, a!).click();
    await page.locator('[data-tactful="case-status-select"]').selectOption('resolved');
    await expect.poll(badge).toEqual({ text: '1', color: [0x15, 0x65, 0xc0, 255] });
  });

  test('the dashboard speaks Traditional and Simplified Chinese, opens a case from its address, and has empty states', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, uiLanguage: 'zh-CN' });
    let page = await openDashboard(ext);
    await expect(page.locator('[data-tactful="empty"]')).toContainText('还没有案件');
    await page.locator('[data-tactful-tab="patterns"]').click();
    await expect(page.locator('[data-tactful="patterns-empty"]')).toBeVisible();
    await page.close();

    await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, uiLanguage: 'zh-TW' });
    const [id] = await seed(ext, [capture('1', '東西壞了')]);
    page = await openDashboard(ext, `#case=${id}`);
    await expect(page.locator('h1')).toHaveText('Tactful 案件');
    await expect(page.locator('[data-tactful="case-detail"]')).toHaveAttribute('data-case-id', id!);
    await expect(page.locator('[data-tactful="chain-status"]')).toContainText('雜湊鏈驗證通過');
    await page.locator('[data-tactful="search"]').fill('不存在的字');
    await expect(page.locator('[data-tactful="no-match"]')).toContainText('沒有符合篩選條件的案件');
  });

  test('patterns show complaints per day, repeat complainants with their interval, and a spike warning', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, uiLanguage: 'en' });
    const repeat = { name: 'Jane', contact: 'jane@example.com' };
    const ids = await seed(ext, [
      capture('1', 'first', { author: repeat, categories: ['billing'] }),
      capture('2', 'second', { author: repeat, categories: ['billing'] }),
      capture('3', 'third', { categories: ['billing'] }),
      capture('4', 'fourth', { categories: ['quality'] }),
    ]);
    await patchCase(ext, ids[0]!, { firstSeenAt: Date.now() - 3 * 24 * HOUR });
    await patchCase(ext, ids[1]!, { firstSeenAt: Date.now() - 2 * HOUR });
    await seed(ext, [
      capture('5', 'fifth', { categories: ['billing'] }),
      capture('6', 'sixth', { categories: ['billing'] }),
    ]);
    const page = await openDashboard(ext);
    await page.locator('[data-tactful-tab="patterns"]').click();
    const repeatList = page.locator('[data-tactful="repeat-complainants"] li');
    await expect(repeatList).toHaveCount(1);
    await expect(repeatList).toHaveAttribute('data-count', '2');
    await expect(repeatList).toContainText('2nd complaint 3 d after the 1st');
    await expect(page.locator('[data-tactful="spikes"] li')).toHaveAttribute('data-category', 'billing');
    await expect(page.locator('canvas')).toHaveCount(2);
    // Picking the customer lists their cases.
    await repeatList.locator('button').click();
    await expect.poll(() => shownIds(page)).toEqual(sorted([ids[0]!, ids[1]!]));
  });

  test('exporting 50,000 cases shows progress and keeps the page responsive', async ({ ext }) => {
    test.setTimeout(240_000);
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await ext.serviceWorker.evaluate(async () => {
      const db = (globalThis as unknown as { tactful: Tactful }).tactful.db;
      const now = Date.now();
      for (let start = 0; start < 50_000; start += 5000) {
        await db.cases.bulkAdd(
          Array.from({ length: 5000 }, (_, j) => {
            const i = start + j;
            return {
              id: `bulk-${i}`,
              source: i % 2 ? 'gmail' : 'facebook',
              sourceKey: `bulk:${i}`,
              url: `https://www.facebook.com/p/posts/${i}`,
              context: i % 3 ? '小日子選物' : `訂單 ${i}`,
              authorName: `客戶${i % 5000}`,
              authorContact: `user${i % 5000}@example.com`,
              parentKey: null,
              firstSeenAt: now - i * 60_000,
              lastActivityAt: now - i * 60_000,
              status: 'new',
              severity: 'high',
              categories: ['delivery'],
              quadrant: null,
              detected: null,
              deadlineAt: now + 3_600_000,
              versionCount: 1,
              headHash: 'a'.repeat(64),
              truncated: false,
              goneSince: null,
              latestText: `第${i}則：東西壞了，物流太慢了 😡 "引號", 逗號\n第二行`,
            };
          }),
        );
      }
    });
    const page = await openDashboard(ext);
    await expect(page.locator('[data-tactful="case-count"]')).toHaveAttribute('data-total', '50000', {
      timeout: 30_000,
    });
    // The page keeps rendering while it exports: the progress bar shows intermediate counts
    // (one export built in a single go would jump from 0 to done). The longest main-thread
    // pause is printed for the record, not asserted: timings are for benchmarks.
    await page.evaluate(() => {
      const w = window as unknown as { seen: number[]; maxGap: number; last: number };
      w.seen = [];
      w.maxGap = 0;
      w.last = performance.now();
      setInterval(() => {
        const t = performance.now();
        w.maxGap = Math.max(w.maxGap, t - w.last);
        w.last = t;
      }, 20);
      new MutationObserver(() => {
        const bar = document.querySelector('[data-tactful="export-progress"]');
        if (bar) w.seen.push(Number(bar.getAttribute('aria-valuenow')));
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      });
    });
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      (async () => {
        await page.locator('[data-tactful-action="export-csv"]').click();
        await expect(page.locator('[data-tactful="export-progress"]')).toBeVisible();
      })(),
    ]);
    const { seen, maxGap } = await page.evaluate(() => {
      const w = window as unknown as { seen: number[]; maxGap: number };
      return { seen: w.seen, maxGap: w.maxGap };
    });
    const csv = await fs.readFile((await file.path())!, 'utf8');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(50_001);
    await expect(page.locator('[data-tactful="export-progress"]')).toHaveCount(0);
    console.log(`50,000-case CSV export: longest main-thread pause ${Math.round(maxGap)} ms`);
    expect(seen.filter((n) => n > 0 && n < 50_000).length).toBeGreaterThan(2);
  });
});
