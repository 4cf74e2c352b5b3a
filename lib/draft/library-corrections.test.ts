import { describe, expect, it } from 'vitest';
import { correctionSetOf, judge } from '../corrections/detector';
import { emptyCorrections, storedCorrectionSchema } from '../corrections/schema';
import { mergeCorrections } from '../corrections/store';
import { corrected } from '../corrections/testing';
import { parseLibraryFile, serializeLibrary, sharedCorrections } from './library';
import { LIBRARY_VERSION, type Library } from './types';

const library: Library = {
  version: LIBRARY_VERSION,
  templates: [],
  faq: [{ id: 'faq-ship', question: '多久會出貨？', answer: '下單後兩個工作天內出貨。', tags: [], language: 'zh-TW' }],
};
const TEXT = '等了三個禮拜還沒出貨，客服都不回，我要退款！王小明 0912-345-678';

describe('library file with corrections', () => {
  const made = corrected(
    TEXT,
    { complaint: false },
    {
      via: 'facebook',
      sourceKey: 'facebook:comment:123',
      context: '小日子選物',
      caseId: 'case-1',
      authorContact: 'https://www.facebook.com/wang.xiaoming',
    },
  );

  it('carries the verdict and features only, never the customer details, and round-trips', () => {
    const file = serializeLibrary(library, [made]);
    for (const personal of [
      '王小明',
      '0912',
      '小日子選物',
      'case-1',
      'wang.xiaoming',
      'facebook:comment:123',
      'excerpt',
    ])
      expect(file).not.toContain(personal);
    const parsed = parseLibraryFile(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.library).toEqual(library);
    expect(parsed.corrections).toHaveLength(1);
    const { sourceKey: _sourceKey, ...shared } = made.correction;
    expect(parsed.corrections[0]).toEqual(shared);

    // Imported on another browser: stored as shared corrections, and they decide the same text there.
    const entries = sharedCorrections(parsed.corrections);
    expect(entries.every((e) => storedCorrectionSchema.safeParse(e).success && e.via === 'library' && !e.local)).toBe(
      true,
    );
    expect(mergeCorrections(emptyCorrections(), entries).plan.add).toHaveLength(1);
    expect(judge(TEXT, correctionSetOf(entries)).complaint).toBe(false);
  });

  it('reads old files without corrections (and writes none when there are none)', () => {
    const old = JSON.stringify({ version: 1, templates: [], faq: library.faq });
    expect(parseLibraryFile(old)).toEqual({ ok: true, library, corrections: [] });
    expect(serializeLibrary(library)).not.toContain('corrections');
    expect(JSON.parse(serializeLibrary(library))).toEqual(JSON.parse(old));
  });

  it('drops a comment id a hand-made file carries, and ignores local details', () => {
    const raw = JSON.parse(serializeLibrary(library, [made])) as { corrections: Record<string, unknown>[] };
    raw.corrections[0] = { ...raw.corrections[0], sourceKey: 'facebook:comment:999', local: { excerpt: '王小明' } };
    const parsed = parseLibraryFile(JSON.stringify(raw));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(JSON.stringify(parsed.corrections)).not.toMatch(/comment:999|王小明/);
    expect(JSON.stringify(sharedCorrections(parsed.corrections))).not.toMatch(/comment:999|王小明|local/);
  });

  it.each([
    ['not a list', { corrections: 'many' }, /^corrections: /],
    ['a damaged entry', { corrections: [{ id: 'x' }] }, /^corrections\.0\./],
  ])('refuses %s, all or nothing, and says where', (_label, extra, message) => {
    const result = parseLibraryFile(JSON.stringify({ ...library, ...extra }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses two corrections with one id', () => {
    const raw = JSON.parse(serializeLibrary(library, [made])) as { corrections: unknown[] };
    raw.corrections.push(raw.corrections[0]);
    const result = parseLibraryFile(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/corrections\.1\.id: duplicate correction id/);
  });
});
