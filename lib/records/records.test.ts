import Dexie from 'dexie';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, TactfulDB, type CaseRow } from '../db/schema';
import { applyImport, exportBackup, ImportError, parseBackup, planImport } from './backup';
import { captureText, verifyCase, versionsOf, type CaptureInput } from './capture';
import { casesToCsv, casesToCsvChunks, CSV_COLUMNS } from './csv';
import { deleteAllData, eraseAuthor, eraseCase, purgeClosedOlderThan } from './erase';
import { hashText } from './test-helpers';
import {
  canTransition,
  caseCounts,
  casesDueSoon,
  changeStatus,
  editCase,
  InvalidTransitionError,
  setDeadline,
} from './lifecycle';
import { byCategory, repeatComplainants, spikes } from './patterns';
import { filterCases, sortCases } from './query';

let db: TactfulDB;
let n = 0;
beforeEach(() => {
  db = new TactfulDB(`records-test-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const HOUR = 3_600_000;
function capture(i: number, overrides: Partial<CaptureInput> = {}): CaptureInput {
  return {
    source: i % 2 ? 'gmail' : 'facebook',
    sourceKey: `src:${i}`,
    url: `https://www.facebook.com/page/posts/${i}`,
    context: i % 2 ? `訂單 ${i} 未送達` : '小日子選物',
    author: { name: `客戶${i}`, contact: `user${i % 7}@example.com` },
    text: `第${i}次客訴：東西壞了 😡 =HYPERLINK("x")`,
    ...overrides,
  };
}

describe('lifecycle', () => {
  it('moves along new → acknowledged → in contact → waiting → resolved → closed and reopens', async () => {
    const { case: c } = await captureText(db, capture(1), { replyWithinHours: 24, now: 0 });
    for (const [i, status] of (
      ['acknowledged', 'in_contact', 'waiting_customer', 'resolved', 'closed', 'in_contact'] as const
    ).entries()) {
      await changeStatus(db, c.id, status, 1000 + i);
    }
    const events = await db.events.where('caseId').equals(c.id).toArray();
    expect(events.filter((e) => e.type === 'status').map((e) => e.data)).toEqual([
      { from: 'new', to: 'acknowledged' },
      { from: 'acknowledged', to: 'in_contact' },
      { from: 'in_contact', to: 'waiting_customer' },
      { from: 'waiting_customer', to: 'resolved' },
      { from: 'resolved', to: 'closed' },
      { from: 'closed', to: 'in_contact' },
    ]);
  });

  it('refuses impossible transitions and changes nothing', async () => {
    const { case: c } = await captureText(db, capture(1), { replyWithinHours: 24 });
    await changeStatus(db, c.id, 'closed');
    await expect(changeStatus(db, c.id, 'new')).rejects.toThrow(InvalidTransitionError);
    expect((await db.cases.get(c.id))!.status).toBe('closed');
    expect(canTransition('closed', 'resolved')).toBe(false);
    expect(canTransition('resolved', 'acknowledged')).toBe(true);
  });

  it('keeps the detector’s values beside the CSM’s edits', async () => {
    const { case: c } = await captureText(
      db,
      capture(1, {
        detected: {
          score: 0.9,
          severity: 'high',
          categories: ['quality'],
          quadrant: 'reasonable-responsible',
          language: 'zh-TW',
          need: 'venting',
        },
      }),
      { replyWithinHours: 24 },
    );
    const edited = await editCase(db, c.id, { severity: 'critical', quadrant: 'unreasonable-responsible' });
    expect(edited).toMatchObject({
      severity: 'critical',
      quadrant: 'unreasonable-responsible',
      detected: { severity: 'high', quadrant: 'reasonable-responsible' },
    });
    expect((await db.events.where('type').equals('edit').first())!.data).toEqual({
      severity: { from: 'high', to: 'critical' },
      quadrant: { from: 'reasonable-responsible', to: 'unreasonable-responsible' },
    });
  });

  it('sets the deadline from the reply time limit, snoozes it and counts overdue cases', async () => {
    const { case: c } = await captureText(db, capture(1), { replyWithinHours: 24, now: 0 });
    expect(c.deadlineAt).toBe(24 * HOUR);
    expect(await caseCounts(db, 25 * HOUR)).toEqual({ new: 1, overdue: 1, open: 1 });
    await setDeadline(db, c.id, 48 * HOUR, 25 * HOUR);
    expect(await caseCounts(db, 25 * HOUR)).toEqual({ new: 1, overdue: 0, open: 1 });
    expect((await casesDueSoon(db, HOUR, 47.5 * HOUR)).map((x) => x.id)).toEqual([c.id]);
    await changeStatus(db, c.id, 'resolved');
    expect(await casesDueSoon(db, HOUR, 47.5 * HOUR)).toEqual([]);
  });
});

describe('CSV export', () => {
  it('has the documented columns, a BOM, CRLF rows, CJK and emoji intact, formulas neutralised', async () => {
    await captureText(
      db,
      capture(1, {
        text: '=1+1 退款!!\n第二行 "引號", 逗號 👨‍👩‍👧',
        author: { name: '@admin', contact: '-x@example.com' },
      }),
      { replyWithinHours: 24 },
    );
    await captureText(db, capture(2, { text: '+SUM(A1)', context: '\tTabbed' }), { replyWithinHours: 24 });
    const csv = casesToCsv(await db.cases.toArray());
    expect(
      csv.startsWith(
        '\uFEFFcase_id,source,url,context,author,author_contact,first_seen_at,status,severity,categories,quadrant,deadline_at,latest_text,versions,chain_hash\r\n',
      ),
    ).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    const rows = parsed.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]!])));
    const first = rows.find((r) => r.latest_text!.includes('退款'))!;
    expect(first.latest_text).toBe(`'=1+1 退款!!\n第二行 "引號", 逗號 👨‍👩‍👧`);
    expect(first.author).toBe("'@admin");
    expect(first.author_contact).toBe("'-x@example.com");
    const second = rows.find((r) => r.latest_text!.includes('SUM'))!;
    expect(second.latest_text).toBe("'+SUM(A1)");
    expect(second.context).toBe("'\tTabbed");
    expect(first.versions).toBe('1');
    expect(first.chain_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('streams the same file in chunks', async () => {
    for (let i = 0; i < 25; i++) await captureText(db, capture(i), { replyWithinHours: 24 });
    const rows = await db.cases.toArray();
    let streamed = '';
    let last = 0;
    for await (const { chunk, done } of casesToCsvChunks(rows, 10)) {
      streamed += chunk;
      last = done;
    }
    expect(last).toBe(25);
    expect(streamed).toBe(casesToCsv(rows));
  });
});

describe('JSON backup and import', () => {
  it('export → delete all → import restores identical texts whose hashes verify', async () => {
    for (let i = 0; i < 5; i++) {
      await captureText(db, capture(i), { replyWithinHours: 24 });
      await captureText(db, capture(i, { text: `  edited ${i}\n` }), { replyWithinHours: 24 });
    }
    const first = (await db.cases.toArray())[0]!;
    await changeStatus(db, first.id, 'in_contact');
    const before = await exportBackup(db);
    const file = JSON.stringify(before);
    await deleteAllData(db);
    expect(await db.cases.count()).toBe(0);
    const backup = await parseBackup(file);
    const plan = await planImport(db, backup);
    expect(plan.newCases).toHaveLength(5);
    await applyImport(db, plan);
    for (const c of await db.cases.toArray())
      expect(await verifyCase(db, c.id)).toEqual({ ok: true, brokenAtSeq: null });
    const after = await exportBackup(db);
    expect(after.cases).toEqual(before.cases);
  });

  it('plans new, updated, unchanged and conflicting cases in a dry run without writing', async () => {
    await captureText(db, capture(1), { replyWithinHours: 24 });
    await captureText(db, capture(2), { replyWithinHours: 24 });
    const older = await exportBackup(db);
    await captureText(db, capture(1, { text: 'edited' }), { replyWithinHours: 24, now: Date.now() + 1000 });
    const newer = await exportBackup(db);
    await deleteAllData(db);
    await applyImport(db, await planImport(db, await parseBackup(JSON.stringify(older))));
    await captureText(db, capture(3), { replyWithinHours: 24 });
    const withConflict = {
      ...newer,
      cases: [...newer.cases, { ...newer.cases[0]!, id: 'other-id' }].map((c, i) =>
        i === 2 ? { ...c, sourceKey: 'src:3' } : c,
      ),
    };
    const snapshot = await db.records.count();
    const plan = await planImport(db, await parseBackup(JSON.stringify(withConflict)));
    expect({
      new: plan.newCases.length,
      updated: plan.appended.length,
      unchanged: plan.unchanged.length,
      conflicts: plan.refused.length,
    }).toEqual({ new: 0, updated: 1, unchanged: 1, conflicts: 1 });
    expect(await db.records.count()).toBe(snapshot);
    await applyImport(db, plan);
    const updated = (await db.cases.where('sourceKey').equals('src:1').first())!;
    expect(updated.versionCount).toBe(2);
    expect((await versionsOf(db, updated.id)).map((v) => v.text)).toEqual([capture(1).text, 'edited']);
  });

  const valid = async () => {
    await captureText(db, capture(1), { replyWithinHours: 24 });
    return JSON.parse(JSON.stringify(await exportBackup(db)));
  };

  it.each([
    ['not JSON', () => '{"format":', /Not valid JSON/],
    ['wrong format', (b: any) => JSON.stringify({ ...b, format: 'other' }), /format/],
    ['newer schema version', (b: any) => JSON.stringify({ ...b, schemaVersion: 99 }), /schemaVersion.*newer/],
    ['wrong types', (b: any) => JSON.stringify({ ...b, cases: [{ ...b.cases[0], status: 42 }] }), /cases\.0\.status/],
    [
      'huge strings',
      (b: any) => JSON.stringify({ ...b, cases: [{ ...b.cases[0], context: 'x'.repeat(5000) }] }),
      /cases\.0\.context/,
    ],
    [
      '__proto__ key',
      (b: any) => JSON.stringify(b).replace('"events":[', '"__proto__":{"polluted":true},"events":['),
      /Forbidden key at cases\.0\.__proto__/,
    ],
    [
      'constructor key in event data',
      (b: any) =>
        JSON.stringify({
          ...b,
          cases: [{ ...b.cases[0], events: [{ at: 1, type: 'note', data: { constructor: { prototype: 1 } } }] }],
        }),
      /Forbidden key at cases\.0\.events\.0\.data\.constructor/,
    ],
    [
      'duplicate ids',
      (b: any) => JSON.stringify({ ...b, cases: [b.cases[0], { ...b.cases[0], sourceKey: 'other' }] }),
      /duplicate case id/,
    ],
    [
      'tampered text',
      (b: any) =>
        JSON.stringify({
          ...b,
          cases: [{ ...b.cases[0], versions: [{ ...b.cases[0].versions[0], text: 'changed' }] }],
        }),
      /cases\.0\.versions\.0: the hash chain does not verify/,
    ],
  ])('refuses %s, says where, and leaves the database unchanged', async (_label, mutate, message) => {
    const backup = await valid();
    const before = { cases: await db.cases.toArray(), records: await db.records.toArray() };
    await expect(parseBackup((mutate as (b: unknown) => string)(backup))).rejects.toThrow(message);
    await expect(parseBackup((mutate as (b: unknown) => string)(backup))).rejects.toBeInstanceOf(ImportError);
    expect({ cases: await db.cases.toArray(), records: await db.records.toArray() }).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('erase on request and retention', () => {
  it('erases one case or every case of an author, leaving only an audit event, other chains intact', async () => {
    for (let i = 0; i < 8; i++) await captureText(db, capture(i), { replyWithinHours: 24 });
    const [victim] = await db.cases.where('authorContact').equals('user1@example.com').toArray();
    await eraseCase(db, victim!.id, 5);
    expect(await db.cases.get(victim!.id)).toBeUndefined();
    expect(await db.records.where('[caseId+seq]').between([victim!.id, 0], [victim!.id, Infinity]).count()).toBe(0);
    expect(await db.events.where('caseId').equals(victim!.id).toArray()).toEqual([
      { id: expect.any(Number), caseId: victim!.id, at: 5, type: 'erased', data: { reason: 'request' } },
    ]);
    expect(await eraseAuthor(db, 'user2@example.com')).toBe(1);
    for (const c of await db.cases.toArray()) expect((await verifyCase(db, c.id)).ok).toBe(true);
    const serialized = JSON.stringify(await db.events.where('type').equals('erased').toArray());
    expect(serialized).not.toContain('user1');
    expect(serialized).not.toContain('客戶');
  });

  it('purges closed cases older than the retention period only', async () => {
    const { case: old } = await captureText(db, capture(1), { replyWithinHours: 24, now: 0 });
    const { case: fresh } = await captureText(db, capture(2), { replyWithinHours: 24, now: 0 });
    await changeStatus(db, old.id, 'closed', 0);
    await changeStatus(db, fresh.id, 'closed', 40 * 86_400_000);
    expect(await purgeClosedOlderThan(db, 30, 41 * 86_400_000)).toBe(1);
    expect((await db.cases.toArray()).map((c) => c.id)).toEqual([fresh.id]);
  });
});

describe('search, filters and patterns', () => {
  it('finds Chinese text by substring across scripts, and English words', async () => {
    await captureText(db, capture(1, { text: '第三次了還是沒收到貨' }), { replyWithinHours: 24 });
    await captureText(db, capture(2, { text: 'Package never arrived' }), { replyWithinHours: 24 });
    const rows = await db.cases.toArray();
    expect(filterCases(rows, { search: '收到貨' }).length).toBe(1);
    expect(filterCases(rows, { search: '没收到货' }).length).toBe(1); // Simplified query, Traditional text
    expect(filterCases(rows, { search: 'NEVER arrived' }).length).toBe(1);
    expect(filterCases(rows, { search: '退款' }).length).toBe(0);
    expect(filterCases(rows, { sources: ['facebook'] }).map((r) => r.latestText)).toEqual(['Package never arrived']);
  });

  it('filters overdue cases and sorts by severity, then due time', async () => {
    const a = await captureText(
      db,
      capture(1, {
        detected: { score: 1, severity: 'low', categories: [], quadrant: null, language: 'en', need: 'venting' },
      }),
      { replyWithinHours: 1, now: 0 },
    );
    const b = await captureText(
      db,
      capture(2, {
        detected: { score: 1, severity: 'critical', categories: [], quadrant: null, language: 'en', need: 'venting' },
      }),
      { replyWithinHours: 48, now: 0 },
    );
    const rows = await db.cases.toArray();
    expect(filterCases(rows, { overdue: true }, 2 * HOUR).map((r) => r.id)).toEqual([a.case.id]);
    expect(sortCases(rows, 'severity').map((r) => r.id)).toEqual([b.case.id, a.case.id]);
  });

  it('finds repeat complainants with the interval between first and second complaint, and spikes', () => {
    const row = (id: string, contact: string, at: number, categories: CaseRow['categories'] = ['delivery']): CaseRow =>
      ({
        id,
        authorContact: contact,
        authorName: contact,
        firstSeenAt: at,
        categories,
        status: 'new',
        severity: 'medium',
      }) as CaseRow;
    const now = 30 * 86_400_000;
    const rows = [
      row('1', 'a', now - 10 * 86_400_000),
      row('2', 'a', now - 7 * 86_400_000),
      row('3', 'b', now - 3600),
      row('4', 'c', now - 7200),
      row('5', 'd', now - 60),
    ];
    expect(repeatComplainants(rows)).toEqual([
      expect.objectContaining({ authorContact: 'a', count: 2, intervalMs: 3 * 86_400_000 }),
    ]);
    expect(byCategory(rows).delivery).toBe(5);
    expect(spikes(rows, now)).toEqual([{ category: 'delivery', last24h: 3, baseline: 2 / 14 }]);
  });
});

describe('schema upgrade', () => {
  it('upgrades a v1 database with 10,000 cases without losing a record', async () => {
    const name = `upgrade-test-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const cases = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i}`,
      source: 'facebook',
      sourceKey: `facebook:comment:${i}`,
      url: '',
      context: '',
      authorName: '',
      authorContact: '',
      parentKey: null,
      firstSeenAt: i,
      lastActivityAt: i,
      status: 'new',
      severity: 'medium',
      categories: [],
      quadrant: null,
      detected: null,
      deadlineAt: i,
      versionCount: 2,
      headHash: '',
      truncated: false,
      goneSince: null,
    }));
    await v1.table('cases').bulkAdd(cases);
    await v1.table('records').bulkAdd(
      cases.flatMap((c, i) =>
        [1, 2].map((seq) => ({
          caseId: c.id,
          seq,
          capturedAt: i,
          url: '',
          text: `text ${i} v${seq}`,
          truncated: false,
          hash: hashText(i, seq),
          prevHash: '',
        })),
      ),
    );
    v1.close();
    const upgraded = new TactfulDB(name);
    expect(await upgraded.cases.count()).toBe(10_000);
    expect(await upgraded.records.count()).toBe(20_000);
    expect((await upgraded.cases.get('c1234'))!.latestText).toBe('text 1234 v2');
    expect((await upgraded.records.get(['c1234', 2]))!.text).toBe('text 1234 v2'); // keyed by [caseId+seq] since schema 5
    upgraded.close();
    await Dexie.delete(name);
  });
});
