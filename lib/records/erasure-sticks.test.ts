import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDB } from '../db/schema';
import { applyImport, exportBackup, parseBackup, planImport } from './backup';
import { captureMany, captureText, type CaptureInput } from './capture';
import { deleteAllData, eraseAuthor, eraseCase, purgeClosedOlderThan } from './erase';
import { changeStatus } from './lifecycle';

let db: TactfulDB;
let n = 0;
beforeEach(() => {
  db = new TactfulDB(`erasure-sticks-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const T0 = Date.UTC(2026, 0, 5, 9);
const HOUR = 3_600_000;
const OPTS = { replyWithinHours: 24, now: T0 };
const wang = { name: '王小明', contact: 'https://www.facebook.com/xiaoming.wang' };

function comment(
  key: string,
  text: string,
  author = { name: `客戶${key}`, contact: `c${key}@example.com` },
): CaptureInput {
  return {
    source: 'facebook',
    sourceKey: `facebook:comment:${key}`,
    url: `https://www.facebook.com/p/posts/1?comment_id=${key}`,
    context: '小日子選物',
    author,
    text,
  };
}

/** The dry run and import of a backup file, as the dashboard does them. */
async function importFile(file: string, now = T0 + 10 * HOUR) {
  const plan = await planImport(db, await parseBackup(file, { now }));
  return { plan, result: await applyImport(db, plan) };
}

/** Every stored value, as one string: personal content must not be in it. */
async function everything(): Promise<string> {
  const tables = await Promise.all(db.tables.map((t) => t.toArray()));
  return JSON.stringify(tables);
}

describe('erasure that sticks', () => {
  it('keeps an erased case out of every later import of an older backup, saying why', async () => {
    await captureMany(
      db,
      [
        comment('1', '王小明：東西壞了，電話 0912-345-678', wang),
        comment('2', '王小明又來了', wang),
        comment('3', '別人'),
      ],
      OPTS,
    );
    const lastWeek = JSON.stringify(await exportBackup(db));
    const ids = Object.fromEntries((await db.cases.toArray()).map((c) => [c.sourceKey.slice(-1), c.id]));
    await eraseCase(db, ids['3']!, T0 + HOUR);
    await eraseAuthor(db, wang.contact, T0 + 2 * HOUR);
    expect(await db.cases.count()).toBe(0);

    const { plan, result } = await importFile(lastWeek);
    expect(plan.newCases).toEqual([]);
    expect(plan.erased.sort((a, b) => a.caseId.localeCompare(b.caseId))).toEqual(
      [
        { caseId: ids['1'], reason: 'case' },
        { caseId: ids['2'], reason: 'case' },
        { caseId: ids['3'], reason: 'case' },
      ].sort((a, b) => a.caseId!.localeCompare(b.caseId!)),
    );
    expect(result).toEqual({ added: 0, appended: 0, versions: 0 });
    expect(await db.cases.count()).toBe(0);

    // Delete all, then the same backup: still out (what erasure remembers outlives "delete all").
    await deleteAllData(db);
    expect((await importFile(lastWeek)).plan.erased).toHaveLength(3);
    expect(await db.cases.count()).toBe(0);
  });

  it('remembers no personal content: no text, name, contact or comment id', async () => {
    await captureText(db, comment('1000000000000006', '王小明：東西壞了，電話 0912-345-678', wang), OPTS);
    await eraseAuthor(db, wang.contact, T0 + HOUR);
    const stored = await everything();
    for (const trace of ['王小明', 'xiaoming', '0912-345-678', '東西壞了', '1000000000000006', 'facebook.com'])
      expect(stored).not.toContain(trace);
    const rows = await db.erasures.toArray();
    expect(rows.map((r) => r.kind).sort()).toEqual(['case', 'contact', 'source']);
    for (const r of rows.filter((r) => r.kind !== 'case')) expect(r.key).toMatch(/^(source|contact):[0-9a-f]{64}$/);
  });

  it('keys the hashes with a secret of this install: another install hashes the same contact differently', async () => {
    await captureText(db, comment('1', 'x', wang), OPTS);
    await eraseAuthor(db, wang.contact, T0 + HOUR);
    const other = new TactfulDB(`erasure-sticks-other-${n++}`);
    await captureText(other, comment('1', 'x', wang), OPTS);
    await eraseAuthor(other, wang.contact, T0 + HOUR);
    const pickContact = async (d: TactfulDB) => (await d.erasures.toArray()).find((r) => r.kind === 'contact')!.key;
    expect(await pickContact(db)).not.toBe(await pickContact(other));
    other.close();
    await Dexie.delete(other.name);
  });

  it('keeps out the cases of an erased customer recorded elsewhere, up to the erasure, even if none was here', async () => {
    // Another browser recorded two cases of the customer: one before the erasure here, one after.
    const elsewhere = new TactfulDB(`erasure-sticks-elsewhere-${n++}`);
    await captureText(elsewhere, comment('1', '之前的客訴', { ...wang, name: 'Xiaoming' }), OPTS);
    await captureText(
      elsewhere,
      comment('2', '之後的新客訴', { name: '王小明', contact: 'https://web.facebook.com/Xiaoming.Wang/' }),
      {
        ...OPTS,
        now: T0 + 5 * HOUR,
      },
    );
    await captureText(elsewhere, comment('3', '別的客戶'), OPTS);
    const file = JSON.stringify(await exportBackup(elsewhere));
    elsewhere.close();
    await Dexie.delete(elsewhere.name);

    expect(await eraseAuthor(db, 'https://www.facebook.com/xiaoming.wang', T0 + 2 * HOUR)).toBe(0);
    const { plan } = await importFile(file);
    expect(plan.erased.map((e) => e.reason)).toEqual(['contact']);
    expect(plan.newCases.map((c) => c.versions[0]!.text).sort()).toEqual(['之後的新客訴', '別的客戶'].sort());
  });

  it('keeps a case whose source was erased out even under another id', async () => {
    await captureText(db, comment('1', '東西壞了'), OPTS);
    const backup = await exportBackup(db);
    await eraseCase(db, backup.cases[0]!.id, T0 + HOUR);
    const renamed = { ...backup, cases: [{ ...backup.cases[0]!, id: 'another-id' }] };
    const { plan } = await importFile(JSON.stringify(renamed));
    expect(plan.erased).toEqual([{ caseId: 'another-id', reason: 'source' }]);
  });

  it('refuses to apply a dry run when one of its cases was erased meanwhile, and writes nothing', async () => {
    await captureText(db, comment('1', '東西壞了', wang), OPTS);
    const file = JSON.stringify(await exportBackup(db));
    await deleteAllData(db);
    const plan = await planImport(db, await parseBackup(file, { now: T0 + HOUR }));
    expect(plan.newCases).toHaveLength(1);
    await eraseAuthor(db, wang.contact, T0 + 2 * HOUR);
    await expect(applyImport(db, plan)).rejects.toThrow(/erased since the dry run/);
    expect(await db.cases.count()).toBe(0);
  });

  it('does not remember cases purged by the retention rule: a backup may restore them', async () => {
    const { case: c } = await captureText(db, comment('1', '舊案'), OPTS);
    await changeStatus(db, c.id, 'closed', T0);
    const file = JSON.stringify(await exportBackup(db));
    expect(await purgeClosedOlderThan(db, 30, T0 + 31 * 24 * HOUR)).toBe(1);
    expect(await db.erasures.count()).toBe(0);
    const { plan } = await importFile(file, T0 + 31 * 24 * HOUR);
    expect(plan.newCases).toHaveLength(1);
  });
});
