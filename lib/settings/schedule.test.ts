import { describe, expect, it } from 'vitest';
import { SAMPLE_SETTINGS } from './defaults';
import { deadlineFor, instantOf, isOpenAt, nextSlot, replySlotFor, wallClock } from './schedule';
import { settingsSchema, type Settings } from './schema';

const TAIPEI = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', timeZone: 'Asia/Taipei' };
const withSchedule = (schedule: typeof TAIPEI | undefined, replyWithinHours = 24): Settings => ({
  ...SAMPLE_SETTINGS,
  replyWithinHours,
  dedicatedLine: { ...SAMPLE_SETTINGS.dedicatedLine, schedule },
});
/** 2026-12-07 is a Monday. Taipei is UTC+8 all year. */
const taipei = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour - 8, minute);

describe('reply deadlines within working hours', () => {
  it('a complaint on Friday evening is due Monday noon, not across the closed weekend', () => {
    expect(deadlineFor(taipei(11, 20), withSchedule(TAIPEI))).toBe(taipei(14, 12));
    expect(replySlotFor(taipei(11, 20), withSchedule(TAIPEI))).toMatchObject({ kind: 'noon', wall: { weekday: 1 } });
  });
  it('on a working day the window ends at the next noon or closing time', () => {
    expect(deadlineFor(taipei(7, 10), withSchedule(TAIPEI))).toBe(taipei(8, 12));
    expect(deadlineFor(taipei(7, 14), withSchedule(TAIPEI))).toBe(taipei(8, 18));
    expect(deadlineFor(taipei(7, 16), withSchedule(TAIPEI, 4))).toBe(taipei(8, 12));
    expect(deadlineFor(taipei(7, 9), withSchedule(TAIPEI, 2))).toBe(taipei(7, 12));
  });
  it('Friday morning plus 24 hours lands on Saturday, so Monday noon', () => {
    expect(deadlineFor(taipei(11, 10), withSchedule(TAIPEI))).toBe(taipei(14, 12));
  });
  it('without a schedule the deadline is the plain window, as before', () => {
    expect(deadlineFor(taipei(11, 20), withSchedule(undefined))).toBe(taipei(11, 20) + 24 * 3_600_000);
    expect(replySlotFor(taipei(11, 20), withSchedule(undefined))).toBeNull();
  });
  it('a line that opens after noon promises its closing time', () => {
    const late = { ...TAIPEI, open: '13:00', close: '22:00' };
    expect(nextSlot(taipei(8, 8), late)).toMatchObject({ at: taipei(8, 22), kind: 'close' });
  });
  it('weekend-only and single-day schedules find the next open day', () => {
    expect(nextSlot(taipei(7, 10), { ...TAIPEI, days: [6, 7] }).at).toBe(taipei(12, 12));
    expect(nextSlot(taipei(7, 19), { ...TAIPEI, days: [1] }).at).toBe(taipei(14, 12));
  });
  it('follows the zone across a daylight-saving change (London, end of March)', () => {
    const london = { ...TAIPEI, timeZone: 'Europe/London' };
    // Friday 27 March 2026, 20:00 GMT; clocks go forward on Sunday 29 March.
    const slot = nextSlot(Date.UTC(2026, 2, 28, 20), london);
    expect(slot.at).toBe(Date.UTC(2026, 2, 30, 11)); // Monday noon BST = 11:00 UTC
    expect(slot.wall).toMatchObject({ day: 30, hour: 12, weekday: 1 });
  });
  it('reads wall clocks and knows when the line is open', () => {
    expect(wallClock(taipei(11, 20, 5), 'Asia/Taipei')).toEqual({
      year: 2026,
      month: 12,
      day: 11,
      weekday: 5,
      hour: 20,
      minute: 5,
    });
    expect(instantOf(2026, 12, 14, 12 * 60, 'Asia/Taipei')).toBe(taipei(14, 12));
    expect(isOpenAt(taipei(8, 10), TAIPEI)).toBe(true);
    expect(isOpenAt(taipei(8, 18), TAIPEI)).toBe(false);
    expect(isOpenAt(taipei(12, 10), TAIPEI)).toBe(false);
  });
});

describe('schedule in the settings contract', () => {
  it('is optional, validated, and defaults its zone to Asia/Taipei', () => {
    const base = { ...SAMPLE_SETTINGS, dedicatedLine: { phone: '02-2345-6789' } };
    expect(settingsSchema.parse(base).dedicatedLine.schedule).toBeUndefined();
    const parsed = settingsSchema.parse({
      ...base,
      dedicatedLine: { phone: '1', schedule: { days: [1, 2], open: '09:00', close: '18:00' } },
    });
    expect(parsed.dedicatedLine.schedule?.timeZone).toBe('Asia/Taipei');
    for (const schedule of [
      { days: [], open: '09:00', close: '18:00' },
      { days: [8], open: '09:00', close: '18:00' },
      { days: [1], open: '9am', close: '18:00' },
      { days: [1], open: '18:00', close: '09:00' },
      { days: [1], open: '09:00', close: '18:00', timeZone: 'Mars/Olympus' },
    ])
      expect(settingsSchema.safeParse({ ...base, dedicatedLine: { phone: '1', schedule } }).success).toBe(false);
  });
});
