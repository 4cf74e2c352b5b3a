import { describe, expect, it } from 'vitest';
import { correctionSetOf, judge } from './detector';
import { emptyCorrections, excerptOf, MAX_CORRECTIONS, shareable, type CorrectionsValue } from './schema';
import {
  addCorrection,
  CorrectionsFullError,
  forgetDetails,
  mergeCorrections,
  planMerge,
  repairCorrections,
  resetCorrections,
  supersededIds,
  undoCorrection,
} from './store';
import { corrected } from './testing';

const PRAISE = '服務員Mabel的服務態度親切有耐心，下次還會再來';
const ANGRY = '第三次了還是沒收到貨，再不退款我就找消保官';

function withEntries(...texts: string[]): CorrectionsValue {
  return { ...emptyCorrections(), entries: texts.map((t) => corrected(t, { complaint: false })) };
}

describe('stored corrections: repair', () => {
  it('reads nothing stored as no corrections, without a problem', () => {
    expect(repairCorrections(undefined)).toEqual({ value: emptyCorrections(), problem: null, skipped: 0 });
  });

  it('keeps a valid value as it is', () => {
    const value = withEntries(PRAISE, ANGRY);
    expect(repairCorrections(JSON.parse(JSON.stringify(value)))).toEqual({ value, problem: null, skipped: 0 });
  });

  it('keeps every valid entry of a damaged value and says what it skipped', () => {
    const value = withEntries(PRAISE, ANGRY, 'Where is the nearest store?');
    const raw = JSON.parse(JSON.stringify(value));
    raw.entries[1].correction.features.keys = [5, 3]; // not increasing
    raw.entries.push('garbage', { ...raw.entries[0] }); // not an entry; a second entry with the same id
    raw.undone = ['gone-1', 42, 'gone-2'];
    const repaired = repairCorrections(raw);
    expect(repaired.value.entries.map((e) => e.local?.excerpt)).toEqual([PRAISE, 'Where is the nearest store?']);
    expect(repaired.value.undone).toEqual(['gone-1', 'gone-2']);
    expect(repaired.skipped).toBe(3);
    expect(repaired.problem).toMatch(/^3 of 5 stored corrections could not be read and were skipped \(entries\.1\./);
    expect(repaired.problem).toContain('entries.3');
  });

  it('reads a value of another shape as empty, and says so', () => {
    const repaired = repairCorrections({ version: 9, items: [] });
    expect(repaired.value.entries).toEqual([]);
    expect(repaired.problem).toContain('entries: not a list');
  });
});

describe('stored corrections: add, undo, reset', () => {
  it('adds once per id and refuses beyond the bound with a message, changing nothing', () => {
    const entry = corrected(PRAISE, { complaint: false });
    const once = addCorrection(emptyCorrections(), entry);
    expect(once.added).toBe(true);
    expect(addCorrection(once.value, entry)).toEqual({ value: once.value, added: false });
    const full: CorrectionsValue = { ...emptyCorrections(), entries: Array(MAX_CORRECTIONS).fill(entry) };
    expect(() => addCorrection(full, corrected(ANGRY, { complaint: true }))).toThrow(CorrectionsFullError);
    expect(() => addCorrection(full, corrected(ANGRY, { complaint: true }))).toThrow(/at most 1000 corrections/);
  });

  it('undo removes one correction and the verdict goes back to what it was', () => {
    const before = judge(PRAISE, undefined).complaint;
    const mine = corrected(PRAISE, { complaint: !before });
    const other = corrected(ANGRY, { complaint: true, severity: 'high' });
    const value = addCorrection(addCorrection(emptyCorrections(), mine).value, other).value;
    expect(judge(PRAISE, correctionSetOf(value.entries)).complaint).toBe(!before);
    const undone = undoCorrection(value, mine.correction.id);
    expect(undone.removed).toBe(mine);
    expect(undone.value.entries).toEqual([other]);
    expect(undone.value.undone).toEqual([mine.correction.id]);
    expect(judge(PRAISE, correctionSetOf(undone.value.entries)).complaint).toBe(before);
    expect(undoCorrection(undone.value, 'nope').removed).toBeNull();
  });

  it('a later correction of the same text supersedes the earlier one; undoing it brings the earlier one back', () => {
    const first = corrected(ANGRY, { complaint: false });
    const second = corrected(ANGRY, { complaint: true, severity: 'critical' });
    const value = { ...emptyCorrections(), entries: [first, second] };
    expect(supersededIds(value.entries)).toEqual(new Set([first.correction.id]));
    expect(judge(ANGRY, correctionSetOf(value.entries))).toMatchObject({ complaint: true, severity: 'critical' });
    const back = undoCorrection(value, second.correction.id).value;
    expect(supersededIds(back.entries).size).toBe(0);
    expect(judge(ANGRY, correctionSetOf(back.entries)).complaint).toBe(false);
  });

  it('reset forgets every correction but remembers what was undone', () => {
    const value = { ...withEntries(PRAISE, ANGRY), undone: ['x'] };
    expect(resetCorrections(value)).toEqual({ value: { ...value, entries: [] }, removed: 2 });
  });
});

describe('stored corrections: merge (import)', () => {
  it('adds only new ids, oldest first, never brings back an undone one, and counts what does not fit', () => {
    const here = withEntries(PRAISE);
    const undoneOne = corrected('Where is the nearest store?', { complaint: false });
    const value = { ...here, undone: [undoneOne.correction.id] };
    const newer = corrected(ANGRY, { complaint: true });
    const older = corrected('東西壞了，客服態度又差', { complaint: true }, {}, -5);
    const plan = planMerge(value, [here.entries[0]!, undoneOne, newer, older, newer]);
    expect(plan).toEqual({ add: [older, newer], restore: [], already: 2, undone: 1, overLimit: 0 });
    const nearlyFull = { ...value, entries: Array.from({ length: MAX_CORRECTIONS - 1 }, () => here.entries[0]!) };
    expect(planMerge(nearlyFull, [newer, older])).toMatchObject({ add: [older], overLimit: 1 });
    const merged = mergeCorrections(value, [newer, older]);
    expect(merged.value.entries.map((e) => e.correction.id)).toEqual([
      here.entries[0]!.correction.id,
      older.correction.id,
      newer.correction.id,
    ]);
  });
});

describe('stored corrections: details back from a backup', () => {
  it('gives a correction that lost its details the file’s, and changes nothing else', () => {
    const made = corrected(ANGRY, { complaint: false }, { caseId: 'case-1', sourceKey: 'facebook:comment:1' });
    const stripped = forgetDetails({ ...emptyCorrections(), entries: [made] }, () => true).value;
    const other = { ...made, correction: { ...made.correction, complaint: true } }; // same id, another verdict
    const merged = mergeCorrections(stripped, [other]);
    expect(merged.plan).toMatchObject({ add: [], already: 1 });
    expect(merged.value.entries).toEqual([made]); // the details are back; the verdict stays the one here
    expect(mergeCorrections(merged.value, [made]).plan.restore).toEqual([]);
  });
});

describe('stored corrections: privacy', () => {
  it('forgets the customer details of the chosen entries and keeps their verdicts', () => {
    const a = corrected(PRAISE, { complaint: false }, { sourceKey: 'facebook:comment:1', caseId: 'case-1' });
    const b = corrected(ANGRY, { complaint: true }, { sourceKey: 'facebook:comment:2' });
    const { value, forgotten } = forgetDetails({ ...emptyCorrections(), entries: [a, b] }, (e) => e === a);
    expect(forgotten).toBe(1);
    expect(value.entries[0]).toEqual({ correction: shareable(a), via: 'dashboard' });
    expect(JSON.stringify(value.entries[0])).not.toContain('Mabel');
    expect(value.entries[1]).toBe(b);
    expect(judge(PRAISE, correctionSetOf(value.entries)).correction?.match).toBe('same-text');
  });

  it('keeps no customer words in what is shared, only in the local excerpt', () => {
    const entry = corrected(
      '王小明 0912-345-678 說東西壞了要退貨',
      { complaint: true },
      { sourceKey: 'gmail:msg-f:9' },
    );
    expect(entry.local?.excerpt).toBe('王小明 0912-345-678 說東西壞了要退貨');
    const shared = JSON.stringify(shareable(entry));
    for (const words of ['王小明', '0912', '退貨', 'gmail:msg-f:9']) expect(shared).not.toContain(words);
  });

  it('keeps a short excerpt with its white space folded, without cutting a character in two', () => {
    expect(excerptOf('  a\n\n b  ')).toBe('a b');
    const long = excerptOf('😂'.repeat(300));
    expect(Array.from(long)).toHaveLength(120);
    expect(long.endsWith('😂…')).toBe(true);
  });
});
