import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctionSetOf, judge } from '../corrections/detector';
import { emptyCorrections, type CorrectionsValue } from '../corrections/schema';
import { mergeCorrections, undoCorrection } from '../corrections/store';
import { corrected } from '../corrections/testing';
import { TactfulDB } from '../db/schema';
import {
  applyImport,
  backupJsonChunks,
  correctionsForBackup,
  exportBackup,
  ImportError,
  parseBackup,
  planImport,
} from './backup';
import { captureText } from './capture';

let db: TactfulDB;
let n = 0;
beforeEach(() => {
  db = new TactfulDB(`backup-corrections-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const T0 = Date.UTC(2026, 0, 5, 9);
const PRAISE = '服務員Mabel的服務態度親切有耐心，下次還會再來';

async function recordTwo() {
  const opts = { replyWithinHours: 24, now: T0 };
  const one = (key: string, text: string) =>
    captureText(
      db,
      {
        source: 'facebook',
        sourceKey: `facebook:comment:${key}`,
        url: `https://www.facebook.com/p/posts/1?comment_id=${key}`,
        context: '小日子選物',
        author: { name: `客戶${key}`, contact: `c${key}@example.com` },
        text,
      },
      opts,
    );
  return [(await one('1', PRAISE)).case, (await one('2', '第三次了還是沒收到貨，再不退款我就找消保官')).case];
}

describe('corrections in the JSON backup', () => {
  it('travel with the cases, in chunks as in one piece, and come back with the same effect', async () => {
    const [praise, angry] = await recordTwo();
    const flipped = !judge(PRAISE, undefined).complaint;
    const entries = [
      corrected(PRAISE, { complaint: flipped }, { caseId: praise!.id, sourceKey: praise!.sourceKey }),
      corrected(angry!.latestText, { complaint: true, severity: 'critical', quadrant: 'reasonable-responsible' }),
      corrected('a comment never recorded', { complaint: false }, { via: 'facebook' }),
    ];
    const whole = await exportBackup(db, [praise!.id, angry!.id], T0, entries);
    let text = '';
    for await (const { chunk } of backupJsonChunks(db, [praise!.id, angry!.id], {
      chunkSize: 1,
      now: T0,
      corrections: entries,
    }))
      text += chunk;
    expect(text).toBe(JSON.stringify(whole));

    // Into an empty browser: the dry run counts the corrections, the import adds them all.
    const fresh = new TactfulDB(`backup-corrections-fresh-${n++}`);
    try {
      const plan = await planImport(fresh, await parseBackup(text, { now: T0 + 1000 }));
      expect(plan.corrections).toMatchObject({ already: 0, undone: 0, overLimit: 0 });
      expect(plan.corrections.add).toHaveLength(3);
      await applyImport(fresh, plan);
      const there = mergeCorrections(emptyCorrections(), plan.corrections.add).value;
      expect(there.entries).toEqual(entries);
      const set = correctionSetOf(there.entries);
      expect(judge(PRAISE, set)).toMatchObject({ complaint: flipped, correction: { match: 'same-text' } });
      expect(judge(angry!.latestText, set)).toMatchObject({ complaint: true, severity: 'critical' });

      // Again, into the same browser: all already there. One undone there stays undone.
      const undone = undoCorrection(there, entries[0]!.correction.id).value;
      const again = await planImport(fresh, await parseBackup(text, { now: T0 + 1000 }), undone);
      expect(again.corrections).toEqual({ add: [], restore: [], already: 2, undone: 1, overLimit: 0 });
    } finally {
      fresh.close();
      await Dexie.delete(fresh.name);
    }
  });

  it('a backup of some cases holds only the corrections made on them', async () => {
    const [praise, angry] = await recordTwo();
    const byCase = corrected(PRAISE, { complaint: false }, { caseId: praise!.id });
    const byComment = corrected('…', { complaint: true }, { sourceKey: angry!.sourceKey });
    const elsewhere = corrected('another comment', { complaint: false }, { sourceKey: 'facebook:comment:9' });
    const all = [byCase, byComment, elsewhere];
    expect(correctionsForBackup(all, [praise!], false)).toEqual([byCase]);
    expect(correctionsForBackup(all, [angry!], false)).toEqual([byComment]);
    expect(correctionsForBackup(all, [praise!, angry!], true)).toEqual(all);
  });

  it('a backup made before corrections existed imports as before', async () => {
    await recordTwo();
    const old = JSON.parse(JSON.stringify(await exportBackup(db)));
    expect(old).not.toHaveProperty('corrections');
    const plan = await planImport(db, await parseBackup(JSON.stringify(old), { now: T0 + 1000 }));
    expect(plan.corrections).toEqual({ add: [], restore: [], already: 0, undone: 0, overLimit: 0 });
  });

  it('refuses a file with a damaged or repeated correction, saying where, and nothing is imported', async () => {
    const entry = corrected(PRAISE, { complaint: false });
    const backup = JSON.parse(JSON.stringify(await exportBackup(db, undefined, T0, [entry, entry])));
    await expect(parseBackup(JSON.stringify(backup), { now: T0 })).rejects.toThrow(
      new ImportError(`corrections.1.correction.id: duplicate correction id "${entry.correction.id}"`),
    );
    backup.corrections = [{ ...entry, correction: { ...entry.correction, complaint: 'yes' } }];
    await expect(parseBackup(JSON.stringify(backup), { now: T0 })).rejects.toThrow(
      /^corrections\.0\.correction\.complaint: /,
    );
  });

  it('counts the corrections that would not fit', async () => {
    const here: CorrectionsValue = {
      ...emptyCorrections(),
      entries: Array.from({ length: 999 }, (_, i) => {
        const e = corrected(`第${i}則`, { complaint: false }, {}, i);
        return e;
      }),
    };
    const file = await exportBackup(db, undefined, T0, [
      corrected('甲', { complaint: true }, {}, 2000),
      corrected('乙', { complaint: true }, {}, 2001),
    ]);
    const plan = await planImport(db, await parseBackup(JSON.stringify(file), { now: T0 }), here);
    expect(plan.corrections).toMatchObject({ already: 0, overLimit: 1 });
    expect(plan.corrections.add.map((e) => e.local?.excerpt)).toEqual(['甲']);
  });
});
