import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CORRECTIONS, type CorrectionsValue } from '../corrections/schema';
import { repairCorrections } from '../corrections/store';
import { corrected } from '../corrections/testing';
import { TactfulDB, type CaseRow } from '../db/schema';
import { captureText } from '../records/capture';
import { deleteAllData, eraseAuthor, eraseCase } from '../records/erase';
import { SAMPLE_SETTINGS } from '../settings/defaults';
import { createCorrectionsKeeper, type CorrectionStorage } from './corrections';
import { createRouter } from './router';

let db: TactfulDB;
let n = 0;
beforeEach(() => {
  db = new TactfulDB(`corrections-test-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** storage.local, in memory, with reads and writes that take a while (as they do), so interleavings show. */
function memoryStorage(initial?: unknown) {
  const state = { value: initial as unknown, writes: 0, damaged: null as null | { raw: unknown; problem: string } };
  const tick = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
  const storage: CorrectionStorage = {
    read: async () => {
      await tick();
      return structuredClone(state.value);
    },
    write: async (value) => {
      await tick();
      state.value = structuredClone(value);
      state.writes++;
    },
    keepDamaged: async (raw, problem) => {
      state.damaged = { raw, problem };
    },
  };
  return { state, storage };
}

const stored = (state: { value: unknown }) => state.value as CorrectionsValue;
const T0 = Date.UTC(2026, 0, 5, 9);

function router(storage: CorrectionStorage) {
  return createRouter({
    db,
    getSettings: async () => SAMPLE_SETTINGS,
    openDashboard: async () => {},
    corrections: createCorrectionsKeeper(storage, db),
  });
}

describe('corrections in the background', () => {
  it('keeps every correction when many tabs add at the same moment', async () => {
    const { state, storage } = memoryStorage();
    const send = router(storage);
    const entries = Array.from({ length: 25 }, (_, i) =>
      corrected(`第${i}則留言：東西還沒到`, { complaint: true }, { via: i % 2 ? 'facebook' : 'gmail' }),
    );
    const answers = await Promise.all(
      entries.map((entry) => send({ type: 'corrections.add', entry }, entry.via as 'facebook' | 'gmail')),
    );
    expect(answers.every((a) => a.ok && 'added' in a.data && a.data.added)).toBe(true);
    expect(
      stored(state)
        .entries.map((e) => e.correction.id)
        .sort(),
    ).toEqual(entries.map((e) => e.correction.id).sort());
    // Adds, undos and a reset racing each other end in the order they were sent.
    const [a, b] = entries;
    await Promise.all([
      send({ type: 'corrections.undo', id: a!.correction.id }),
      send({ type: 'corrections.reset' }, 'extension'),
      send({ type: 'corrections.add', entry: corrected('新的一則', { complaint: false }) }, 'extension'),
      send({ type: 'corrections.undo', id: b!.correction.id }),
    ]);
    expect(stored(state).entries.map((e) => e.local?.excerpt)).toEqual(['新的一則']);
    expect(stored(state).undone).toEqual([a!.correction.id]);
  });

  it('refuses a correction beyond the bound with a clear error, and one a site did not make', async () => {
    const one = corrected('好難食，難食到嘔', { complaint: true });
    const full = { version: 1, entries: Array.from({ length: MAX_CORRECTIONS }, () => one), undone: [] };
    full.entries = full.entries.map((e, i) => ({ ...e, correction: { ...e.correction, id: `c${i}` } }));
    const { state, storage } = memoryStorage(full);
    const send = router(storage);
    const res = await send({ type: 'corrections.add', entry: corrected('再一個', { complaint: false }) }, 'extension');
    expect(res).toMatchObject({ ok: false, error: { code: 'corrections_full', message: /undo some/ } });
    expect(state.writes).toBe(0);
    const onGmail = corrected('a Gmail text', { complaint: true }, { via: 'gmail' });
    expect(await send({ type: 'corrections.add', entry: onGmail }, 'facebook')).toMatchObject({
      ok: false,
      error: { code: 'source_mismatch' },
    });
    for (const message of [{ type: 'corrections.reset' }, { type: 'corrections.import', entries: [] }] as const)
      expect(await send(message, 'facebook')).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(state.writes).toBe(0);
  });

  it('rejects a malformed correction and leaves what is stored alone', async () => {
    const entry = corrected('東西壞了', { complaint: true });
    const { state, storage } = memoryStorage();
    const send = router(storage);
    const bad = { ...entry, correction: { ...entry.correction, features: { ...entry.correction.features, bits: 99 } } };
    expect(await send({ type: 'corrections.add', entry: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid_message', message: expect.stringContaining('entry.correction.features.bits') },
    });
    expect(state.writes).toBe(0);
  });

  it('keeps a damaged stored value aside before writing over it, and keeps its valid entries', async () => {
    const good = corrected('東西壞了', { complaint: true });
    const damaged = { version: 1, entries: [good, { correction: 'broken' }], undone: [] };
    const { state, storage } = memoryStorage(damaged);
    await router(storage)({ type: 'corrections.add', entry: corrected('再一個', { complaint: false }) });
    expect(state.damaged?.raw).toEqual(damaged);
    expect(state.damaged?.problem).toMatch(/^1 of 2 stored corrections/);
    expect(stored(state).entries.map((e) => e.local?.excerpt)).toEqual(['東西壞了', '再一個']);
  });

  it('imports only new ids, never an undone one, and says how many of each', async () => {
    const { state, storage } = memoryStorage();
    const send = router(storage);
    const [a, b, c] = ['一', '二', '三'].map((t) => corrected(`第${t}則：東西壞了`, { complaint: true }));
    await send({ type: 'corrections.add', entry: a! });
    await send({ type: 'corrections.add', entry: b! });
    await send({ type: 'corrections.undo', id: b!.correction.id });
    const res = await send({ type: 'corrections.import', entries: [a!, b!, c!] }, 'extension');
    expect(res).toEqual({ ok: true, data: { added: 1, restored: 0, already: 1, undone: 1, overLimit: 0, count: 2 } });
    expect(stored(state).entries.map((e) => e.correction.id)).toEqual([a!.correction.id, c!.correction.id]);
  });

  it('drops the customer details of corrections whose case, comment or customer was erased, and keeps their verdicts', async () => {
    const opts = { replyWithinHours: 24, now: T0 };
    const wang = { name: '王小明', contact: 'https://www.facebook.com/xiaoming.wang' };
    const comment = (key: string, text: string, author = { name: `客戶${key}`, contact: `c${key}@example.com` }) => ({
      source: 'facebook' as const,
      sourceKey: `facebook:comment:${key}`,
      url: `https://www.facebook.com/p/posts/1?comment_id=${key}`,
      context: '小日子選物',
      author,
      text,
    });
    const cases: CaseRow[] = [];
    for (const [key, text, author] of [
      ['1', '王小明：東西壞了，電話 0912-345-678', wang],
      ['2', '別人：要退款', undefined],
      ['3', '第三位：態度很差', undefined],
    ] as const)
      cases.push((await captureText(db, comment(key, text, author), opts)).case);
    const onCase = (i: number, complaint: boolean) =>
      corrected(cases[i]!.latestText, { complaint }, { caseId: cases[i]!.id, sourceKey: cases[i]!.sourceKey });
    const entries = [
      onCase(0, false),
      onCase(1, false),
      onCase(2, false),
      // a comment never recorded, by the customer whose data is erased below
      corrected(
        '王小明的另一則留言',
        { complaint: true },
        { sourceKey: 'facebook:comment:77', authorContact: wang.contact },
      ),
      // a comment never recorded, by someone else
      corrected('路人留言', { complaint: false }, { sourceKey: 'facebook:comment:78', authorContact: 'x@example.com' }),
    ];
    const { state, storage } = memoryStorage({ version: 1, entries, undone: [] });
    const send = router(storage);
    await eraseAuthor(db, wang.contact, T0 + 1000 * 3_600_000);
    await eraseCase(db, cases[1]!.id);
    expect(await send({ type: 'corrections.forgetErased' }, 'extension')).toEqual({
      ok: true,
      data: { forgotten: 3 },
    });
    const after = stored(state).entries;
    expect(after.map((e) => Boolean(e.local))).toEqual([false, false, true, false, true]);
    const text = JSON.stringify(after);
    for (const words of ['王小明', '0912', '別人', 'xiaoming', 'facebook:comment:1"', 'facebook:comment:77'])
      expect(text).not.toContain(words);
    expect(after.map((e) => e.correction.id)).toEqual(entries.map((e) => e.correction.id));
    // "Delete all data": corrections of the cases that were here lose their details too.
    await deleteAllData(db);
    await send({ type: 'corrections.forgetErased' }, 'extension');
    expect(stored(state).entries.map((e) => Boolean(e.local))).toEqual([false, false, false, false, true]);
  });

  it('survives a restart: a new background reads what the last one wrote', async () => {
    const { state, storage } = memoryStorage();
    const entry = corrected('服務員很親切', { complaint: false });
    await router(storage)({ type: 'corrections.add', entry });
    const restarted = createCorrectionsKeeper(storage, db);
    expect(await restarted.undo(entry.correction.id)).toEqual({ undone: true, count: 0 });
    expect(repairCorrections(state.value).value.undone).toEqual([entry.correction.id]);
  });
});
