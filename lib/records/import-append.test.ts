import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDB } from '../db/schema';
import { applyImport, exportBackup, ImportError, MAX_DEPTH, parseBackup, planImport, type Backup } from './backup';
import { captureText, verifyCase, versionsOf, type CaptureInput } from './capture';
import { chainHashSync } from './hash';
import { addNote, changeStatus } from './lifecycle';

let db: TactfulDB;
let n = 0;
beforeEach(() => {
  db = new TactfulDB(`import-append-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const T0 = Date.UTC(2026, 0, 5, 9);
const HOUR = 3_600_000;
const NOW = T0 + 48 * HOUR;
const OPTS = { replyWithinHours: 24, now: T0 };
const daming = { name: '陳大明', contact: 'https://www.facebook.com/daming' };
const comment = (text: string): CaptureInput => ({
  source: 'facebook',
  sourceKey: 'facebook:comment:1000000000000006',
  url: 'https://www.facebook.com/p/posts/1?comment_id=1000000000000006',
  context: '小日子選物',
  author: daming,
  text,
});

async function snapshot() {
  return { cases: await db.cases.toArray(), records: await db.records.toArray(), events: await db.events.toArray() };
}

/** One case here, acknowledged, with a note; and its backup. */
async function recordedCase(): Promise<Backup> {
  const { case: c } = await captureText(db, comment('東西壞了，客服態度又差'), OPTS);
  await changeStatus(db, c.id, 'acknowledged', T0 + HOUR);
  await addNote(db, c.id, '客戶說：三週未到貨', true, T0 + 2 * HOUR);
  return JSON.parse(JSON.stringify(await exportBackup(db, undefined, T0 + 3 * HOUR))) as Backup;
}

/**
 * The hostile file of the report: version 1 kept, a recomputed version 2 appended, and the
 * case's author, contact, status (with no status event), last activity (8.64e15, never
 * purged) and a fake "erased" audit entry changed.
 */
function craft(backup: Backup, changes: { lastActivityAt?: number; erasedEntry?: boolean } = {}): Backup {
  const c = backup.cases[0]!;
  const v1 = c.versions[0]!;
  const text = '我收回，東西很好（被改寫的第二版）';
  const v2 = { ...v1, seq: 2, capturedAt: T0 + 4 * HOUR, text, hash: chainHashSync(text, v1.hash), prevHash: v1.hash };
  return {
    ...backup,
    cases: [
      {
        ...c,
        authorName: 'Forged Person',
        authorContact: 'https://www.facebook.com/forged',
        status: 'closed',
        lastActivityAt: changes.lastActivityAt ?? 8.64e15,
        versions: [v1, v2],
        events: [
          ...c.events,
          ...(changes.erasedEntry === false
            ? [{ at: T0 + 5 * HOUR, type: 'status' as const, data: { from: 'new', to: 'closed' } }]
            : [{ at: T0 + 5 * HOUR, type: 'erased' as const, data: { reason: 'request' } }]),
        ],
      },
    ],
  };
}

describe('an import only appends', () => {
  it('refuses the crafted file of the report as a whole, saying why, and changes nothing', async () => {
    const backup = await recordedCase();
    const before = await snapshot();
    const file = JSON.stringify(craft(backup));
    await expect(parseBackup(file, { now: NOW })).rejects.toThrow(
      /^cases\.0\.lastActivityAt: impossible time 8640000000000000: after 2026-01-07T10:00:00\.000Z, later than now$/,
    );
    // With a possible time, its fake audit entry still refuses it.
    await expect(
      parseBackup(JSON.stringify(craft(backup, { lastActivityAt: T0 + 5 * HOUR })), { now: NOW }),
    ).rejects.toThrow('cases.0.events.2: an "erased" audit entry cannot belong to a case that still has its content');
    expect(await snapshot()).toEqual(before);
  });

  it('from a crafted file that passes the checks, adds version 2 and nothing else', async () => {
    const backup = await recordedCase();
    const before = await snapshot();
    const file = JSON.stringify(craft(backup, { lastActivityAt: T0 + 5 * HOUR, erasedEntry: false }));
    const plan = await planImport(db, await parseBackup(file, { now: NOW }));
    expect(plan.newCases).toEqual([]);
    expect(plan.appended).toHaveLength(1);
    expect(plan.appended[0]!.versions.map((v) => v.seq)).toEqual([2]);
    expect(plan.appended[0]!.keptHere.sort()).toEqual(['authorContact', 'authorName', 'lastActivityAt', 'status']);
    expect(await snapshot()).toEqual(before); // the dry run writes nothing

    expect(await applyImport(db, plan)).toEqual({ added: 0, appended: 1, versions: 1 });
    const after = await snapshot();
    const [row] = after.cases;
    const [was] = before.cases;
    expect(row).toEqual({
      ...was,
      versionCount: 2,
      headHash: plan.appended[0]!.versions[0]!.hash,
      latestText: '我收回，東西很好（被改寫的第二版）',
      lastActivityAt: T0 + 4 * HOUR, // the new version's capture time, not the file's
    });
    expect(after.events).toEqual(before.events); // no status event, no audit entry
    expect(after.records.slice(0, 1)).toEqual(before.records);
    expect(await verifyCase(db, was!.id)).toEqual({ ok: true, brokenAtSeq: null });
  });

  it('never changes a version: a backup whose chain differs is refused for that case', async () => {
    const backup = await recordedCase();
    const c = backup.cases[0]!;
    const text = '另一個第一版';
    const rewritten = {
      ...backup,
      cases: [{ ...c, versions: [{ ...c.versions[0]!, text, hash: chainHashSync(text, '') }] }],
    };
    const plan = await planImport(db, await parseBackup(JSON.stringify(rewritten), { now: NOW }));
    expect(plan.refused).toEqual([{ caseId: c.id, sourceKey: c.sourceKey, reason: 'versions_differ' }]);
    expect((await versionsOf(db, c.id)).map((v) => v.text)).toEqual(['東西壞了，客服態度又差']);
  });

  it('says "unchanged" for an older backup, with the fields it keeps as they are here', async () => {
    const backup = await recordedCase();
    await changeStatus(db, backup.cases[0]!.id, 'resolved', T0 + 6 * HOUR);
    const plan = await planImport(db, await parseBackup(JSON.stringify(backup), { now: NOW }));
    expect(plan.unchanged).toEqual([{ caseId: backup.cases[0]!.id, keptHere: ['lastActivityAt', 'status'] }]);
  });

  it.each([
    [
      'a time after now beyond the clock skew',
      { firstSeenAt: NOW + 2 * HOUR },
      /cases\.0\.firstSeenAt: impossible time .* later than now/,
    ],
    [
      'a time before 2000',
      { lastActivityAt: Date.UTC(1999, 11, 31) },
      /cases\.0\.lastActivityAt: impossible time .* before 2000-01-01/,
    ],
    ['a non-finite time', { goneSince: Infinity }, /cases\.0\.goneSince: not a time/],
    ['a fractional time', { firstSeenAt: T0 + 0.5 }, /cases\.0\.firstSeenAt: not a time: expected a whole number/],
    ['a due time centuries ahead', { deadlineAt: 8.64e15 }, /cases\.0\.deadlineAt: impossible time/],
  ])('refuses %s with a clear error', async (_label, change, message) => {
    const backup = await recordedCase();
    const file = JSON.stringify({ ...backup, cases: [{ ...backup.cases[0], ...change }] });
    // JSON.stringify writes Infinity as null: the file says 1e400, which JSON.parse reads as Infinity.
    const text = 'goneSince' in change ? file.replace('"goneSince":null', '"goneSince":1e400') : file;
    await expect(parseBackup(text, { now: NOW })).rejects.toThrow(message);
    await expect(parseBackup(text, { now: NOW })).rejects.toBeInstanceOf(ImportError);
  });

  it('accepts a time a little ahead of this clock (another computer’s), and a due time days ahead', async () => {
    const backup = await recordedCase();
    const c = { ...backup.cases[0]!, lastActivityAt: NOW + 30 * 60_000, deadlineAt: NOW + 30 * 24 * HOUR };
    await expect(parseBackup(JSON.stringify({ ...backup, cases: [c] }), { now: NOW })).resolves.toBeTruthy();
  });

  it('refuses a deeply nested file with where it is too deep, not a stack overflow', async () => {
    const backup = await recordedCase();
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const file = JSON.stringify(backup).replace('"events":[', `"events":[{"at":${T0},"type":"note","data":${deep}},`);
    const error = await parseBackup(file, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Nested deeper than ${MAX_DEPTH} levels at cases\\.0\\.events\\.0\\.data(\\.a)+$`),
    );
    const arrays = JSON.stringify({ format: 'tactful-backup', cases: [] }).replace(
      '[]',
      '['.repeat(1_000_000) + ']'.repeat(1_000_000),
    );
    await expect(parseBackup(arrays, { now: NOW })).rejects.toThrow(/^Nested deeper than \d+ levels at cases(\.0)+$/);
  });
});
