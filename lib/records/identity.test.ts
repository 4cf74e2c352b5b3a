import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDB } from '../db/schema';
import { AuthorMismatchError, captureMany, captureText, versionsOf, type CaptureInput } from './capture';
import { normalizeContact, sameAuthor } from './identity';

describe('who wrote a case', () => {
  it.each([
    ['Jane.Miller@Example.com ', 'jane.miller@example.com'],
    ['mailto:jane@example.com', 'jane@example.com'],
    ['ｊａｎｅ@example.com', 'jane@example.com'],
    ['https://www.facebook.com/DaMing', 'facebook.com/daming'],
    ['https://web.facebook.com/daming/?__cft__[0]=x#top', 'facebook.com/daming'],
    ['https://m.facebook.com/daming///', 'facebook.com/daming'],
    ['https://www.facebook.com/profile.php?id=1000123&sk=about', 'facebook.com/profile.php?id=1000123'],
    ['', ''],
  ])('normalises the contact %j to %j', (contact, normal) => {
    expect(normalizeContact(contact)).toBe(normal);
  });

  it('tells two profile.php links apart by their id', () => {
    expect(normalizeContact('https://www.facebook.com/profile.php?id=1')).not.toBe(
      normalizeContact('https://www.facebook.com/profile.php?id=2'),
    );
  });

  it('follows the contact, not the display name, which people change', () => {
    const daming = { name: '陳大明', contact: 'https://www.facebook.com/daming' };
    expect(sameAuthor(daming, { name: 'Daming Chen 🌱', contact: 'https://web.facebook.com/daming/' })).toBe(true);
    expect(sameAuthor(daming, { name: '陳大明', contact: 'https://www.facebook.com/someone.else' })).toBe(false);
    expect(
      sameAuthor({ name: 'Jane', contact: 'jane@example.com' }, { name: 'Jane Miller', contact: 'JANE@example.com' }),
    ).toBe(true);
  });

  it('compares names only when a contact is missing on one side', () => {
    expect(
      sameAuthor({ name: '陳大明', contact: '' }, { name: ' 陳大明', contact: 'https://www.facebook.com/daming' }),
    ).toBe(true);
    expect(sameAuthor({ name: '陳大明', contact: '' }, { name: 'Forged Person', contact: '' })).toBe(false);
  });

  it('normalises a long run of slashes in linear time', () => {
    const contact = `https://www.facebook.com/x${'/'.repeat(200_000)}a`;
    expect(normalizeContact(contact).startsWith('facebook.com/x/')).toBe(true);
  });
});

describe('a capture by another author', () => {
  let db: TactfulDB;
  let n = 0;
  beforeEach(() => {
    db = new TactfulDB(`identity-test-${n++}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });
  const OPTS = { replyWithinHours: 24 };
  const comment = (text: string, author: CaptureInput['author'], key = '1'): CaptureInput => ({
    source: 'facebook',
    sourceKey: `facebook:comment:${key}`,
    url: `https://www.facebook.com/p/posts/1?comment_id=${key}`,
    context: '小日子選物',
    author,
    text,
  });
  const daming = { name: '陳大明', contact: 'https://www.facebook.com/daming' };
  const forged = { name: 'Forged Person', contact: 'https://www.facebook.com/forged' };

  it('is refused and stores nothing; the same author renamed still appends', async () => {
    const first = await captureText(db, comment('東西壞了', daming), OPTS);
    const snapshot = async () => ({
      cases: await db.cases.toArray(),
      records: await db.records.toArray(),
      events: await db.events.toArray(),
    });
    const before = await snapshot();
    await expect(captureText(db, comment('我才是這則留言的作者', forged), OPTS)).rejects.toBeInstanceOf(
      AuthorMismatchError,
    );
    await expect(captureText(db, comment('東西壞了', forged), OPTS)).rejects.toThrow(/someone else/);
    expect(await snapshot()).toEqual(before);

    const renamed = await captureText(db, comment('東西壞了（已編輯）', { ...daming, name: 'Daming 🌱' }), OPTS);
    expect(renamed).toMatchObject({ created: false, appended: true });
    expect(renamed.case).toMatchObject({ authorName: '陳大明', authorContact: daming.contact });
    expect((await versionsOf(db, first.case.id)).map((v) => v.text)).toEqual(['東西壞了', '東西壞了（已編輯）']);
  });

  it('refuses a whole batch in which one capture takes over another author’s case', async () => {
    await captureText(db, comment('東西壞了', daming), OPTS);
    const batch = [comment('新留言', forged, '2'), comment('冒名的第二版', forged, '1')];
    await expect(captureMany(db, batch, OPTS)).rejects.toMatchObject({
      name: 'AuthorMismatchError',
      sourceKey: 'facebook:comment:1',
      index: 1,
    });
    expect(await db.cases.count()).toBe(1);
    expect(await db.records.count()).toBe(1);
  });
});
