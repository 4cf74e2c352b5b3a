import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_VERSION, TactfulDB } from '../db/schema';
import { backupJsonChunks, exportBackup, parseBackup, planImport } from './backup';
import { captureMany, captureText, verifyCase, versionsOf, type CaptureInput } from './capture';
import { countByAuthor, countPurgeable, eraseAuthor, eraseCase, erasureLog, purgeClosedOlderThan } from './erase';
import { caseCounts, casesDueSoon, changeStatus, changeStatusMany, markGone } from './lifecycle';
import { distinctContexts, filterCases, localDayRange } from './query';

let db: TactfulDB;
let n = 0;
beforeEach(() => {
  db = new TactfulDB(`batch-test-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OPTS = { replyWithinHours: 24 };

function input(i: number, overrides: Partial<CaptureInput> = {}): CaptureInput {
  return {
    source: 'facebook',
    sourceKey: `facebook:comment:${i}`,
    url: `https://www.facebook.com/xiaorizi.select/posts/1?comment_id=${i}`,
    context: '小日子選物',
    author: { name: `客戶${i}`, contact: `https://www.facebook.com/user${i % 3}` },
    text: `第${i}次：東西壞了 😡`,
    ...overrides,
  };
}

describe('captureMany (batch capture)', () => {
  it('records many texts in one call, with results in input order', async () => {
    const results = await captureMany(db, [input(1), input(2), input(3)], { ...OPTS, now: 1000 });
    expect(results.map((r) => [r.case.sourceKey, r.created, r.appended])).toEqual([
      ['facebook:comment:1', true, false],
      ['facebook:comment:2', true, false],
      ['facebook:comment:3', true, false],
    ]);
    expect(await db.cases.count()).toBe(3);
    expect(await db.events.count()).toBe(0); // each capture's timeline entry is its version row
    expect((await db.records.toArray()).map((r) => [r.seq, r.capturedAt])).toEqual([
      [1, 1000],
      [1, 1000],
      [1, 1000],
    ]);
    for (const r of results) expect(r.case.deadlineAt).toBe(1000 + 24 * HOUR);
  });

  it('gives the same source twice in one batch two chained versions, and ignores an identical repeat', async () => {
    const results = await captureMany(
      db,
      [input(1, { text: 'one' }), input(1, { text: 'two ' }), input(1, { text: 'two ' })],
      OPTS,
    );
    expect(results.map((r) => [r.created, r.appended])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    const id = results[0]!.case.id;
    expect((await versionsOf(db, id)).map((v) => [v.seq, v.text])).toEqual([
      [1, 'one'],
      [2, 'two '],
    ]);
    expect(await verifyCase(db, id)).toEqual({ ok: true, brokenAtSeq: null });
    expect((await db.cases.get(id))!).toMatchObject({ versionCount: 2, latestText: 'two ' });
  });

  it('extends existing cases and creates new ones in the same batch', async () => {
    const { case: first } = await captureText(db, input(1), OPTS);
    const results = await captureMany(db, [input(2), input(1, { text: 'edited' }), input(1)], OPTS);
    expect(results.map((r) => [r.case.id === first.id, r.created, r.appended])).toEqual([
      [false, true, false],
      [true, false, true],
      [true, false, true], // back to the first text: a third version, never an overwrite
    ]);
    expect((await versionsOf(db, first.id)).map((v) => v.text)).toEqual([input(1).text, 'edited', input(1).text]);
    expect(await verifyCase(db, first.id)).toEqual({ ok: true, brokenAtSeq: null });
  });

  it('marks a case visible again when its unchanged text is seen again', async () => {
    const { case: c } = await captureText(db, input(1), OPTS);
    await markGone(db, [c.sourceKey], 5);
    expect((await db.cases.get(c.id))!.goneSince).toBe(5);
    const [again] = await captureMany(db, [input(1)], { ...OPTS, now: 9 });
    expect(again).toMatchObject({ created: false, appended: false, case: { goneSince: null } });
    expect((await db.events.where('caseId').equals(c.id).toArray()).map((e) => [e.type, e.data])).toEqual([
      ['visibility', { visible: false }],
      ['visibility', { visible: true }],
    ]);
    expect(await db.records.count()).toBe(1);
  });

  it('keeps one case per source and every chain intact when overlapping batches race', async () => {
    const batchA = Array.from({ length: 40 }, (_, i) => input(i, { text: `A ${i}` }));
    const batchB = Array.from({ length: 40 }, (_, i) => input(i + 20, { text: `B ${i + 20}` }));
    await Promise.all([
      captureMany(db, batchA, OPTS),
      captureMany(db, batchB, OPTS),
      captureMany(db, batchA.slice(0, 10), OPTS),
    ]);
    expect(await db.cases.count()).toBe(60);
    const overlapping = (await db.cases.where('sourceKey').equals('facebook:comment:25').first())!;
    expect((await versionsOf(db, overlapping.id)).map((v) => v.text).sort()).toEqual(['A 25', 'B 25']);
    for (const c of await db.cases.toArray()) expect((await verifyCase(db, c.id)).ok).toBe(true);
  });

  it('appends both texts when two captures of the same recorded source race, keeping one valid chain', async () => {
    const { case: c } = await captureText(db, input(1, { text: 'v1' }), OPTS);
    await Promise.all([
      captureText(db, input(1, { text: 'v2 from A' }), OPTS),
      captureText(db, input(1, { text: 'v2 from B' }), OPTS),
    ]);
    const versions = await versionsOf(db, c.id);
    expect(versions.map((v) => v.seq)).toEqual([1, 2, 3]);
    expect(
      versions
        .slice(1)
        .map((v) => v.text)
        .sort(),
    ).toEqual(['v2 from A', 'v2 from B']);
    expect(await verifyCase(db, c.id)).toEqual({ ok: true, brokenAtSeq: null });
    expect((await db.cases.get(c.id))!).toMatchObject({
      versionCount: 3,
      headHash: versions[2]!.hash,
      latestText: versions[2]!.text,
    });
  });

  it('validates every input before writing anything', async () => {
    await expect(captureMany(db, [input(1), { ...input(2), source: 'twitter' } as never], OPTS)).rejects.toThrow();
    expect(await db.cases.count()).toBe(0);
  });

  it('writes nothing of a batch when one of its writes fails', async () => {
    const { case: first } = await captureText(db, input(1, { text: 'v1' }), OPTS);
    const before = {
      cases: await db.cases.toArray(),
      records: await db.records.toArray(),
      events: await db.events.toArray(),
    };
    await db.cases.update(first.id, { goneSince: 5 });
    const gone = { ...before, cases: await db.cases.toArray() };
    // The second new case gets the id of an existing case: its add fails after the other
    // writes of the batch (a new version of case 1, case 2, its visibility event) were made.
    const ids = ['case-2', first.id];
    const batch = [input(1, { text: 'v2' }), input(2), input(1, { text: 'v2' }), input(3)];
    await expect(captureMany(db, batch, { ...OPTS, newId: () => ids.shift()! })).rejects.toThrow();
    expect({
      cases: await db.cases.toArray(),
      records: await db.records.toArray(),
      events: await db.events.toArray(),
    }).toEqual(gone);
    // The same batch with fresh ids goes through, in order.
    const results = await captureMany(db, batch, OPTS);
    expect(results.map((r) => [r.created, r.appended])).toEqual([
      [false, true],
      [true, false],
      [false, false],
      [true, false],
    ]);
    expect(await db.cases.count()).toBe(3);
    expect(await verifyCase(db, first.id)).toEqual({ ok: true, brokenAtSeq: null });
  });
});

describe('counts, deadlines and bulk status (indexed)', () => {
  it('counts new, open and overdue cases from the indexes; resolved and closed cases are never overdue', async () => {
    const results = await captureMany(
      db,
      [1, 2, 3, 4, 5].map((i) => input(i)),
      { replyWithinHours: 1, now: 0 },
    );
    const [a, b, c, d] = results.map((r) => r.case.id);
    await changeStatus(db, a!, 'in_contact', 10);
    await changeStatus(db, b!, 'resolved', 10);
    await changeStatus(db, c!, 'closed', 10);
    await changeStatus(db, d!, 'waiting_customer', 10);
    expect(await caseCounts(db, 30 * 60_000)).toEqual({ new: 1, overdue: 0, open: 3 });
    expect(await caseCounts(db, 2 * HOUR)).toEqual({ new: 1, overdue: 3, open: 3 });
    expect((await casesDueSoon(db, HOUR, 30 * 60_000)).map((x) => x.id).sort()).toEqual(
      [a, d, results[4]!.case.id].sort(),
    );
  });

  it('changes the status of a selection in one go, skipping cases that may not make the change', async () => {
    const ids = (
      await captureMany(
        db,
        [1, 2, 3].map((i) => input(i)),
        OPTS,
      )
    ).map((r) => r.case.id);
    await changeStatus(db, ids[2]!, 'closed');
    const result = await changeStatusMany(db, [...ids, 'missing-id'], 'resolved', 77);
    expect(result).toEqual({ changed: [ids[0], ids[1]], skipped: [ids[2], 'missing-id'] });
    expect((await db.cases.bulkGet(ids)).map((c) => c!.status)).toEqual(['resolved', 'resolved', 'closed']);
    const statusEvents = await db.events.where('type').equals('status').toArray();
    expect(statusEvents.filter((e) => e.at === 77).map((e) => [e.caseId, e.data])).toEqual([
      [ids[0], { from: 'new', to: 'resolved' }],
      [ids[1], { from: 'new', to: 'resolved' }],
    ]);
  });
});

describe('chunked JSON export', () => {
  it('produces exactly the JSON of exportBackup, in chunks, with progress', async () => {
    for (let i = 0; i < 7; i++) {
      await captureText(db, input(i), OPTS);
      if (i % 2) await captureText(db, input(i, { text: `"quoted"\n${i} 👨‍👩‍👧` }), OPTS);
    }
    const ids = (await db.cases.toArray()).map((c) => c.id).reverse();
    const now = 1_700_000_000_000;
    let text = '';
    const progress: number[] = [];
    for await (const { chunk, done } of backupJsonChunks(db, [...ids, 'gone-meanwhile'], { chunkSize: 3, now })) {
      text += chunk;
      progress.push(done);
    }
    expect(text).toBe(JSON.stringify(await exportBackup(db, ids, now)));
    expect(progress).toEqual([0, 3, 6, 8, 8]);
    expect((await parseBackup(text)).cases.map((c) => c.id)).toEqual(ids);
  });

  it('is a valid empty backup when there is nothing to export', async () => {
    let text = '';
    for await (const { chunk } of backupJsonChunks(db, [], { now: 0 })) text += chunk;
    expect(JSON.parse(text)).toEqual({
      format: 'tactful-backup',
      schemaVersion: 3,
      exportedAt: '1970-01-01T00:00:00.000Z',
      cases: [],
    });
  });

  it('treats an older backup of a case that has grown since as unchanged, not as a conflict', async () => {
    await captureText(db, input(1), OPTS);
    const older = await exportBackup(db);
    await captureText(db, input(1, { text: 'later edit' }), OPTS);
    const plan = await planImport(db, await parseBackup(JSON.stringify(older)));
    expect({
      new: plan.newCases.length,
      updated: plan.appended.length,
      unchanged: plan.unchanged.length,
      conflicts: plan.refused.length,
    }).toEqual({
      new: 0,
      updated: 0,
      unchanged: 1,
      conflicts: 0,
    });
  });
});

describe('erasure helpers and retention preview', () => {
  it('counts before erasing, and the audit log keeps only time and reason', async () => {
    await captureMany(
      db,
      [0, 1, 2, 3, 4, 5].map((i) => input(i)),
      { ...OPTS, now: 0 },
    );
    expect(await countByAuthor(db, 'https://www.facebook.com/user1')).toBe(2);
    expect(await eraseAuthor(db, 'https://www.facebook.com/user1', 50)).toBe(2);
    const one = (await db.cases.toArray())[0]!;
    await changeStatus(db, one.id, 'closed', 0);
    expect(await countPurgeable(db, 30, 31 * DAY)).toBe(1);
    expect(await countPurgeable(db, 30, 29 * DAY)).toBe(0);
    await purgeClosedOlderThan(db, 30, 31 * DAY);
    await eraseCase(db, 'no-such-case', 60);
    const log = await erasureLog(db);
    expect(log.total).toBe(3);
    expect(log.entries.map((e) => [e.at, e.reason])).toEqual([
      [31 * DAY, 'retention'],
      [50, 'request'],
      [50, 'request'],
    ]);
    expect(JSON.stringify(log)).not.toMatch(/user1|客戶|東西/);
  });
});

describe('query helpers', () => {
  it('filters by page/subject, Chinese substring in either script, and a local date range', async () => {
    await captureText(db, input(1, { context: '小日子選物', text: '退款到現在還沒到帳' }), {
      ...OPTS,
      now: new Date(2025, 2, 1, 10).getTime(),
    });
    await captureText(db, input(2, { context: '訂單 123 未送達', text: '物流太慢了，已经等了两个礼拜' }), {
      ...OPTS,
      now: new Date(2025, 2, 2, 23, 59).getTime(),
    });
    const rows = await db.cases.toArray();
    expect(filterCases(rows, { search: '还没到账' }).map((r) => r.context)).toEqual(['小日子選物']);
    expect(filterCases(rows, { search: '兩個禮拜' }).map((r) => r.context)).toEqual(['訂單 123 未送達']);
    expect(filterCases(rows, { context: '订单' }).length).toBe(1);
    const day = localDayRange('2025-03-02')!;
    expect(filterCases(rows, { from: day.start, to: day.end }).map((r) => r.context)).toEqual(['訂單 123 未送達']);
    expect(localDayRange('not a day')).toBeNull();
    expect(distinctContexts([...rows, rows.find((r) => r.context === '小日子選物')!])).toEqual([
      '小日子選物',
      '訂單 123 未送達',
    ]);
  });
});

describe('schema upgrade v2 → v3', () => {
  it('keeps every case and record, and counts from the new index', async () => {
    const name = `upgrade-v3-${n++}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V1);
    await v2.table('cases').bulkAdd(
      Array.from({ length: 500 }, (_, i) => ({
        ...input(i),
        id: `c${i}`,
        sourceKey: `k${i}`,
        authorName: 'x',
        authorContact: `a${i % 10}`,
        parentKey: null,
        firstSeenAt: i,
        lastActivityAt: i,
        status: i % 2 ? 'new' : 'closed',
        severity: 'medium',
        categories: [],
        quadrant: null,
        detected: null,
        deadlineAt: i,
        versionCount: 1,
        headHash: '',
        truncated: false,
        goneSince: null,
        latestText: `t${i}`,
      })),
    );
    await v2.table('records').bulkAdd(
      Array.from({ length: 500 }, (_, i) => ({
        caseId: `c${i}`,
        seq: 1,
        capturedAt: i,
        url: '',
        text: `t${i}`,
        truncated: false,
        hash: '',
        prevHash: '',
      })),
    );
    v2.close();
    const upgraded = new TactfulDB(name);
    expect(upgraded.verno).toBe(SCHEMA_VERSION);
    expect(await upgraded.cases.count()).toBe(500);
    expect(await upgraded.records.count()).toBe(500);
    expect(await caseCounts(upgraded, 1000)).toEqual({ new: 250, overdue: 250, open: 250 });
    expect((await versionsOf(upgraded, 'c7')).map((v) => v.text)).toEqual(['t7']);
    expect(await countByAuthor(upgraded, 'a3')).toBe(50);
    upgraded.close();
    await Dexie.delete(name);
  });
});

describe('search folding', () => {
  it('matches Taiwan and mainland variants beyond one-to-one conversion', async () => {
    await captureText(db, input(1, { text: '妳們到底在幹什麼？錢還沒到帳' }), OPTS);
    const rows = await db.cases.toArray();
    for (const query of ['什么', '什麼', '到账', '你们', '干什么', '钱'])
      expect(filterCases(rows, { search: query }).length, query).toBe(1);
    expect(filterCases(rows, { search: '退款' }).length).toBe(0);
  });
});
