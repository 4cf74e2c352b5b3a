import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDB } from '../db/schema';
import { SAMPLE_SETTINGS } from '../settings/defaults';
import { createRouter } from './router';
import { senderSite } from './sender';

const BASE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';

describe('where a message came from', () => {
  it.each([
    [{ url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg' }, 'gmail'],
    [{ url: 'https://www.facebook.com/xiaorizi.select/posts/1' }, 'facebook'],
    [{ url: 'https://web.facebook.com/xiaorizi.select' }, 'facebook'],
    [{ tab: { url: 'https://www.facebook.com/x' } }, 'facebook'],
    [{ url: `${BASE}cases.html#case=1` }, 'extension'],
    [{ url: `${BASE}popup.html`, tab: { url: 'https://www.facebook.com/x' } }, 'extension'],
    [{ url: 'https://m.facebook.com/x' }, null],
    [{ url: 'http://www.facebook.com/x' }, null],
    [{ url: 'https://www.facebook.com:8443/x' }, null],
    [{ url: 'https://mail.google.com.evil.example/' }, null],
    [{ url: 'https://evil.example/?https://mail.google.com/' }, null],
    [{ url: 'chrome-extension://someotherextensionid/page.html' }, null],
    [{ url: 'not a url' }, null],
    [{}, null],
  ])('%j → %s', (sender, site) => {
    expect(senderSite(sender, BASE)).toBe(site);
  });
});

describe('the background checks captures against their sender', () => {
  let db: TactfulDB;
  let n = 0;
  beforeEach(() => {
    db = new TactfulDB(`sender-test-${n++}`);
  });
  afterEach(() => db.delete());
  const router = () =>
    createRouter({
      db,
      getSettings: async () => SAMPLE_SETTINGS,
      openDashboard: async () => {},
      now: () => 1_700_000_000_000,
    });
  const gmailCapture = {
    source: 'gmail' as const,
    sourceKey: 'gmail:#msg-f:1',
    url: 'https://mail.google.com/mail/u/0/#inbox/abc',
    context: 'Order 1234',
    author: { name: 'Jane', contact: 'jane@example.com' },
    text: 'Still nothing.',
  };

  it('answers source_mismatch to a capture that names another site than its tab’s, and stores nothing', async () => {
    const handle = router();
    for (const from of ['facebook', null] as const) {
      const res = await handle({ type: 'capture', capture: gmailCapture }, from);
      expect(res).toMatchObject({ ok: false, error: { code: 'source_mismatch' } });
      const batch = await handle(
        {
          type: 'captureBatch',
          captures: [{ ...gmailCapture, source: 'facebook', sourceKey: 'facebook:comment:1' }, gmailCapture],
        },
        from,
      );
      expect(batch).toMatchObject({
        ok: false,
        error: { code: 'source_mismatch', message: expect.stringMatching(/capture (1|2)/) },
      });
    }
    expect(await db.cases.count()).toBe(0);
    expect(await db.records.count()).toBe(0);
  });

  it('records a capture from its own site, from Tactful’s own pages and from inside the background', async () => {
    const handle = router();
    expect(await handle({ type: 'capture', capture: gmailCapture }, 'gmail')).toMatchObject({ ok: true });
    expect(
      await handle({ type: 'capture', capture: { ...gmailCapture, sourceKey: 'gmail:#msg-f:2' } }, 'extension'),
    ).toMatchObject({ ok: true });
    expect(await handle({ type: 'capture', capture: { ...gmailCapture, sourceKey: 'gmail:#msg-f:3' } })).toMatchObject({
      ok: true,
    });
    expect(await db.cases.count()).toBe(3);
  });

  it('answers author_mismatch to an append by someone else, and invalid_transition to a refused status change', async () => {
    const handle = router();
    const first = await handle({ type: 'capture', capture: gmailCapture }, 'gmail');
    const forged = await handle(
      {
        type: 'capture',
        capture: { ...gmailCapture, text: 'Rewritten', author: { name: 'Jane', contact: 'mallory@example.com' } },
      },
      'gmail',
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'author_mismatch' } });
    expect((await db.records.toArray()).map((r) => r.text)).toEqual(['Still nothing.']);
    const id = first.ok && 'case' in first.data ? first.data.case.id : '';
    expect(await handle({ type: 'case.setStatus', caseId: id, status: 'closed' })).toMatchObject({ ok: true });
    expect(await handle({ type: 'case.setStatus', caseId: id, status: 'new' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_transition' },
    });
  });
});
