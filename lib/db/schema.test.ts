import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chainHashSync } from '../records/hash';
import { verifyCase, versionsOf } from '../records/capture';
import { caseCounts } from '../records/lifecycle';
import { SCHEMA_V1, SCHEMA_V3, SCHEMA_V5, SCHEMA_VERSION, TactfulDB, type CaseRow, type RecordRow } from './schema';

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as Tactful left it at schema version 3. */
function openV3(): Dexie {
  const name = `schema-v3-${n++}`;
  names.push(name);
  const db = new Dexie(name);
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V1);
  db.version(3).stores(SCHEMA_V3);
  return db;
}

function caseRow(i: number, versions: string[]): CaseRow {
  let head = '';
  for (const text of versions) head = chainHashSync(text, head);
  return {
    id: `case-${String(i).padStart(5, '0')}`,
    source: 'facebook',
    sourceKey: `facebook:comment:${i}`,
    url: `https://www.facebook.com/x/posts/1?comment_id=${i}`,
    context: '小日子選物',
    authorName: `客戶${i}`,
    authorContact: `https://www.facebook.com/u${i % 7}`,
    parentKey: null,
    firstSeenAt: i,
    lastActivityAt: i,
    status: i % 3 ? 'new' : 'closed',
    severity: 'high',
    categories: ['delivery'],
    quadrant: null,
    detected: null,
    deadlineAt: 1000,
    versionCount: versions.length,
    headHash: head,
    truncated: false,
    goneSince: null,
    latestText: versions.at(-1)!,
  };
}

describe('schema version 5: versions keyed by [caseId+seq]', () => {
  it('upgrades a version 3 store page by page, keeping every version byte for byte, in order, and every chain valid', async () => {
    const v3 = openV3();
    // 1,500 cases with 3 versions each: 4,500 versions, more than two copy pages. The
    // versions are added newest first for every third case, so their old ids do not
    // follow [caseId, seq] order.
    const texts = (i: number) => [`  第${i}次：東西壞了 😡\r\n`, `第${i}次：東西壞了`, `=SUM(A${i}) 👨‍👩‍👧 `];
    const cases = Array.from({ length: 1500 }, (_, i) => caseRow(i, texts(i)));
    const versions: RecordRow[] = cases.flatMap((c, i) => {
      let prev = '';
      const rows = texts(i).map((text, k) => {
        const hash = chainHashSync(text, prev);
        const row = {
          caseId: c.id,
          seq: k + 1,
          capturedAt: i * 10 + k,
          url: c.url,
          text,
          truncated: k === 0,
          hash,
          prevHash: prev,
        };
        prev = hash;
        return row;
      });
      return i % 3 ? rows : rows.reverse();
    });
    const expected = versions.map((r) => ({ ...r })); // bulkAdd below gives the rows their old auto-incremented id
    const events = cases
      .slice(0, 50)
      .map((c, i) => ({ caseId: c.id, at: i, type: 'status', data: { from: 'new', to: 'closed' } }));
    await v3.table('cases').bulkAdd(cases);
    await v3.table('records').bulkAdd(versions);
    await v3.table('events').bulkAdd(events);
    const eventsBefore = await v3.table('events').toArray();
    v3.close();

    const db = new TactfulDB(v3.name);
    expect(db.verno).toBe(SCHEMA_VERSION);
    await db.open();
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(['cases', 'erasures', 'events', 'meta', 'records']);
    expect(db.records.schema.primKey.keyPath).toEqual(['caseId', 'seq']);
    expect(db.records.schema.indexes).toEqual([]);

    const after = await db.records.toArray();
    expect(after).toHaveLength(4500);
    const byKey = (r: RecordRow) => `${r.caseId}#${r.seq}`;
    expect(after.map(byKey)).toEqual(versions.map(byKey).sort()); // primary-key order
    expect(new Map(after.map((r) => [byKey(r), r]))).toEqual(new Map(expected.map((r) => [byKey(r), r]))); // every field, no id
    expect(after.every((r) => !('id' in r))).toBe(true);
    expect(await db.records.get(['case-00007', 2])).toMatchObject({ text: '第7次：東西壞了', seq: 2 });
    expect((await versionsOf(db, 'case-00003')).map((v) => v.text)).toEqual(texts(3));
    for (const c of cases.filter((_, i) => i % 97 === 0))
      expect(await verifyCase(db, c.id)).toEqual({ ok: true, brokenAtSeq: null });

    // Cases and events are untouched; the case indexes still answer.
    expect(await db.cases.toArray()).toEqual(cases);
    expect(await db.events.toArray()).toEqual(eventsBefore);
    expect(await caseCounts(db, 2000)).toEqual({ new: 1000, overdue: 1000, open: 1000 });
    expect(await db.cases.where('authorContact').equals('https://www.facebook.com/u3').count()).toBe(214);

    // The key is the uniqueness: a second version 2 of a case is refused.
    await expect(db.records.add({ ...after[1]!, text: 'rewritten' })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect((await db.records.get([after[1]!.caseId, after[1]!.seq]))!.text).toBe(after[1]!.text);
    db.close();

    // Opened again, the store is what version 5 declares: nothing to upgrade or patch.
    const warn = vi.spyOn(console, 'warn');
    const again = new TactfulDB(v3.name);
    await again.open();
    expect(again.verno).toBe(SCHEMA_VERSION);
    expect(await again.records.count()).toBe(4500);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    again.close();
  });

  it('upgrades an empty version 3 store', async () => {
    const v3 = openV3();
    await v3.open();
    v3.close();
    const db = new TactfulDB(v3.name);
    expect(await db.records.count()).toBe(0);
    await db.records.add({
      caseId: 'c',
      seq: 1,
      capturedAt: 1,
      url: '',
      text: 't',
      truncated: false,
      hash: chainHashSync('t', ''),
      prevHash: '',
    });
    expect(await db.records.toArray()).toHaveLength(1);
    db.close();
  });
});

describe('schema version 6: what erasures remember', () => {
  it('remembers the cases erased on request before it, by id, and keeps every row', async () => {
    const name = `schema-v5-${n++}`;
    names.push(name);
    const v5 = new Dexie(name);
    v5.version(1).stores(SCHEMA_V1);
    v5.version(2).stores(SCHEMA_V1);
    v5.version(3).stores(SCHEMA_V3);
    v5.version(5).stores(SCHEMA_V5);
    const kept = caseRow(1, ['還在的案件']);
    await v5.table('cases').add(kept);
    await v5.table('events').bulkAdd([
      { caseId: 'erased-a', at: 1_700_000_000_000, type: 'erased', data: { reason: 'request' } },
      { caseId: 'erased-b', at: 1_700_000_100_000, type: 'erased', data: { reason: 'request' } },
      { caseId: 'purged-c', at: 1_700_000_200_000, type: 'erased', data: { reason: 'retention' } },
      { caseId: kept.id, at: 1_700_000_300_000, type: 'status', data: { from: 'new', to: 'closed' } },
    ]);
    const eventsBefore = await v5.table('events').toArray();
    v5.close();

    const db = new TactfulDB(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.erasures.toArray()).toEqual([
      { key: 'case:erased-a', kind: 'case', at: 1_700_000_000_000 },
      { key: 'case:erased-b', kind: 'case', at: 1_700_000_100_000 },
    ]);
    expect(await db.meta.count()).toBe(0);
    expect(await db.cases.toArray()).toEqual([kept]);
    expect(await db.events.toArray()).toEqual(eventsBefore);
    db.close();
  });
});
