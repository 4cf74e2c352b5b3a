import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDB } from '../db/schema';
import { SAMPLE_SETTINGS } from '../settings/defaults';
import { deadlineFor } from '../settings/schedule';
import { createRouter } from './router';

let db: TactfulDB;
let n = 0;
let opened: (string | undefined)[];
let changes: number;
/** What each change notification said: the source keys and statuses of the cases a capture created, or null. */
let changed: ([string, string][] | null)[];
beforeEach(() => {
  db = new TactfulDB(`router-test-${n++}`);
  opened = [];
  changes = 0;
  changed = [];
});
afterEach(() => db.delete());

function router() {
  return createRouter({
    db,
    getSettings: async () => SAMPLE_SETTINGS,
    openDashboard: async (id) => void opened.push(id),
    onCasesChanged: (change) => {
      changes++;
      changed.push(change ? change.created.map((c) => [c.sourceKey, c.status]) : null);
    },
    now: () => 1_700_000_000_000,
  });
}

const capture = {
  source: 'gmail',
  sourceKey: 'gmail:msg-f:1',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  context: 'Order 1234 never arrived',
  author: { name: 'Jane', contact: 'jane@example.com' },
  text: ' Still nothing.\n',
};

async function dbSnapshot() {
  return { cases: await db.cases.toArray(), records: await db.records.toArray(), events: await db.events.toArray() };
}

describe('background router', () => {
  it('gives a case first seen on a Friday evening a deadline inside the line’s working hours, not across the weekend', async () => {
    // Friday 2026-12-11 20:00 in Taipei; the sample line is open Monday to Friday 09:00–18:00.
    const friday = Date.UTC(2026, 11, 11, 12, 0);
    const res = await createRouter({
      db,
      getSettings: async () => SAMPLE_SETTINGS,
      openDashboard: async () => {},
      now: () => friday,
    })({
      type: 'capture',
      capture,
    });
    expect(res.ok).toBe(true);
    if (!res.ok || !('case' in res.data)) return;
    const due = new Date(res.data.case.deadlineAt);
    const taipei = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Taipei',
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(due);
    expect(taipei).toMatch(/^Mon,? 1[0-8]$/);
  });

  it('records a capture and answers with the case summary and its deadline', async () => {
    const res = await router()({ type: 'capture', capture });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data).toMatchObject({
      created: true,
      appended: false,
      case: { status: 'new', sourceKey: 'gmail:msg-f:1' },
    });
    if ('case' in res.data) expect(res.data.case.deadlineAt).toBe(deadlineFor(1_700_000_000_000, SAMPLE_SETTINGS));
    expect(changes).toBe(1);
    expect(changed).toEqual([[['gmail:msg-f:1', 'new']]]);
    expect((await db.records.toArray())[0]!.text).toBe(' Still nothing.\n');
    await router()({ type: 'capture', capture }); // the same text again: nothing changed
    await router()({ type: 'capture', capture: { ...capture, text: 'Edited.' } }); // a version, no new case
    expect(changed).toEqual([[['gmail:msg-f:1', 'new']], []]);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'drop.database' }],
    ['missing fields', { type: 'capture', capture: { ...capture, text: undefined } }],
    ['wrong source', { type: 'capture', capture: { ...capture, source: 'twitter' } }],
    ['bad status', { type: 'case.setStatus', caseId: 'x', status: 'deleted' }],
  ])('rejects a malformed message (%s) with a clear error and changes nothing', async (_label, message) => {
    await router()({ type: 'capture', capture });
    const before = await dbSnapshot();
    const res = await router()(message);
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'invalid_message', message: expect.stringMatching(/^Invalid message: /) },
    });
    expect(await dbSnapshot()).toEqual(before);
  });

  it('reports an unknown case as not_found', async () => {
    const res = await router()({ type: 'case.setStatus', caseId: 'nope', status: 'resolved' });
    expect(res).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('changes status, logs drafts and counts open, new and overdue cases', async () => {
    const r = router();
    const created = await r({ type: 'capture', capture });
    if (!created.ok || !('case' in created.data)) throw new Error('capture failed');
    const id = created.data.case.id;
    expect(await r({ type: 'cases.counts' })).toEqual({ ok: true, data: { new: 1, overdue: 0, open: 1 } });
    expect(await r({ type: 'case.setStatus', caseId: id, status: 'in_contact' })).toMatchObject({ ok: true });
    expect(changed.at(-1)).toBeNull(); // not a capture: the badge counts again
    expect(await r({ type: 'case.draftUsed', sourceKey: capture.sourceKey, kind: 'email', text: 'Dear Jane' })).toEqual(
      {
        ok: true,
        data: { logged: true },
      },
    );
    const types = (await db.events.where('caseId').equals(id).toArray()).map((e) => e.type);
    expect(types).toEqual(['status', 'draft_used']); // the capture itself is its version row
    expect(await r({ type: 'cases.history', authorContact: 'jane@example.com' })).toMatchObject({
      ok: true,
      data: { cases: [{ id }] },
    });
    expect(await r({ type: 'dashboard.open', caseId: id })).toEqual({ ok: true, data: { opened: true } });
    expect(opened).toEqual([id]);
  });

  it('records a batch of captures in order and rejects a batch with one malformed capture as a whole', async () => {
    const r = router();
    const captures = [0, 1, 2].map((i) => ({ ...capture, sourceKey: `gmail:msg-f:${10 + i}`, text: `message ${i}` }));
    const res = await r({
      type: 'captureBatch',
      captures: [...captures, { ...captures[0]!, text: 'message 0, edited' }],
    });
    expect(res.ok).toBe(true);
    if (!res.ok || !('results' in res.data)) return;
    expect(res.data.results.map((x) => [x.case.sourceKey, x.created, x.appended, x.case.versionCount])).toEqual([
      ['gmail:msg-f:10', true, false, 1],
      ['gmail:msg-f:11', true, false, 1],
      ['gmail:msg-f:12', true, false, 1],
      ['gmail:msg-f:10', false, true, 2],
    ]);
    expect(changes).toBe(1);
    expect(changed).toEqual([[0, 1, 2].map((i) => [`gmail:msg-f:${10 + i}`, 'new'])]);
    const before = await dbSnapshot();
    const bad = await r({
      type: 'captureBatch',
      captures: [
        { ...capture, sourceKey: 'gmail:msg-f:99' },
        { ...capture, text: 42 },
      ],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_message', message: expect.stringContaining('captures.1.text') },
    });
    const tooMany = await r({
      type: 'captureBatch',
      captures: Array.from({ length: 1001 }, (_, i) => ({ ...capture, sourceKey: `k${i}` })),
    });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    expect(await dbSnapshot()).toEqual(before);
  });
});
