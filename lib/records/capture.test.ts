import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDB } from '../db/schema';
import { captureText, verifyCase, versionsOf, MAX_CAPTURE_CHARS, type CaptureInput } from './capture';
import { sha256Hex } from './hash';

let db: TactfulDB;
let n = 0;
beforeEach(() => {
  db = new TactfulDB(`capture-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const HOSTILE_TEXT = '  \n第三次了還是沒收到貨 👨‍👩‍👧 <script>alert("x")</script> =SUM(A1)\r\n\t ';

function input(overrides: Partial<CaptureInput> = {}): CaptureInput {
  return {
    source: 'facebook',
    sourceKey: 'facebook:comment:1',
    url: 'https://www.facebook.com/xiaorizi.select/posts/1?comment_id=1',
    context: '小日子選物',
    author: { name: '陳大明', contact: 'https://www.facebook.com/daming' },
    text: HOSTILE_TEXT,
    ...overrides,
  };
}

describe('captureText', () => {
  it('stores the text exactly as seen, with no trimming or normalisation', async () => {
    const { case: row, created } = await captureText(db, input(), { replyWithinHours: 24, now: 1000 });
    expect(created).toBe(true);
    const [version] = await versionsOf(db, row.id);
    expect(version!.text).toBe(HOSTILE_TEXT);
    expect(version!.hash).toBe(await sha256Hex(HOSTILE_TEXT));
    expect(version!.prevHash).toBe('');
    expect(row.deadlineAt).toBe(1000 + 24 * 3_600_000);
    expect(row.status).toBe('new');
  });

  it('keeps one case per source key and ignores an identical re-capture', async () => {
    await captureText(db, input(), { replyWithinHours: 24 });
    const again = await captureText(db, input(), { replyWithinHours: 24 });
    expect(again).toMatchObject({ created: false, appended: false });
    expect(await db.cases.count()).toBe(1);
    expect(await db.records.count()).toBe(1);
  });

  it('appends a new version when the same comment shows a different text, keeping the old one', async () => {
    const first = await captureText(db, input({ text: 'Still no refund' }), { replyWithinHours: 24, now: 1 });
    const second = await captureText(db, input({ text: 'Still no refund. Calling my lawyer.' }), {
      replyWithinHours: 24,
      now: 2,
    });
    expect(second).toMatchObject({ created: false, appended: true });
    const versions = await versionsOf(db, first.case.id);
    expect(versions.map((v) => v.text)).toEqual(['Still no refund', 'Still no refund. Calling my lawyer.']);
    expect(versions[1]!.prevHash).toBe(versions[0]!.hash);
    expect(versions[1]!.hash).toBe(await sha256Hex('Still no refund. Calling my lawyer.' + versions[0]!.hash));
    expect(await verifyCase(db, first.case.id)).toEqual({ ok: true, brokenAtSeq: null });
  });

  it('detects a tampered version when verifying the chain', async () => {
    const { case: row } = await captureText(db, input({ text: 'one' }), { replyWithinHours: 24 });
    await captureText(db, input({ text: 'two' }), { replyWithinHours: 24 });
    const [v1] = await versionsOf(db, row.id);
    await db.records.update([v1!.caseId, v1!.seq], { text: 'ONE' });
    expect(await verifyCase(db, row.id)).toEqual({ ok: false, brokenAtSeq: 1 });
  });

  it('rejects oversized or malformed input and stores nothing', async () => {
    await expect(
      captureText(db, input({ text: 'x'.repeat(MAX_CAPTURE_CHARS + 1) }), { replyWithinHours: 24 }),
    ).rejects.toThrow(/longer than/);
    await expect(
      captureText(db, { ...input(), source: 'twitter' } as never, { replyWithinHours: 24 }),
    ).rejects.toThrow();
    expect(await db.cases.count()).toBe(0);
    expect(await db.records.count()).toBe(0);
  });

  it('does not create duplicate cases when the same comment is captured concurrently', async () => {
    await Promise.all([1, 2, 3, 4].map(() => captureText(db, input(), { replyWithinHours: 24 })));
    expect(await db.cases.count()).toBe(1);
    expect(await db.records.count()).toBe(1);
  });
});
