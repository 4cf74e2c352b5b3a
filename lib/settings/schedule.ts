import type { Schedule, Settings } from './schema';

/**
 * Working hours and the time a reply is due. Pure: no clock is read here, the caller
 * passes the time a message was received. Wall-clock times are computed in the
 * schedule's IANA time zone with the platform's Intl (no time-zone table is shipped).
 */

const HOUR = 3_600_000;
const MINUTE = 60_000;

export interface WallClock {
  year: number;
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `epochMs`. */
export function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

/** The instant at which the wall clock in `timeZone` shows the given date and time. */
export function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = asUtc;
  // Two rounds settle the offset, also next to a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const w = wallClock(guess, timeZone);
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
    guess += asUtc - shown;
  }
  return guess;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const NOON = 12 * 60;

/** What the promised time is called: noon, or the closing time of the line. */
export type SlotKind = 'noon' | 'close';

export interface ReplySlot {
  /** Epoch ms. */
  at: number;
  kind: SlotKind;
  /** The wall clock of `at` in the schedule's zone. */
  wall: WallClock;
  /** The closing time, "HH:MM" (the time named when `kind` is `close`). */
  close: string;
  timeZone: string;
}

/**
 * The first reply slot (noon or closing time of a working day) at or after `notBefore`.
 * A customer writing on Friday evening gets "Monday noon", not "within 24 hours" across a
 * closed weekend. Noon is a slot only when the line is open before and after it.
 */
export function nextSlot(notBefore: number, schedule: Schedule): ReplySlot {
  const open = minutesOf(schedule.open);
  const close = minutesOf(schedule.close);
  const days = new Set(schedule.days);
  const start = wallClock(notBefore, schedule.timeZone);
  const startMinutes = start.hour * 60 + start.minute;
  for (let offset = 0; offset <= 8; offset++) {
    // Noon of the calendar day `offset` days after the start: a safe anchor across DST changes.
    const anchor = instantOf(start.year, start.month, start.day + offset, NOON, schedule.timeZone);
    const day = wallClock(anchor, schedule.timeZone);
    if (!days.has(day.weekday)) continue;
    const slots: [number, SlotKind][] = open < NOON && close > NOON ? [[NOON, 'noon']] : [];
    slots.push([close, 'close']);
    for (const [minutes, kind] of slots) {
      if (offset === 0 && minutes < startMinutes) continue;
      const at = instantOf(day.year, day.month, day.day, minutes, schedule.timeZone);
      return { at, kind, wall: wallClock(at, schedule.timeZone), close: schedule.close, timeZone: schedule.timeZone };
    }
  }
  // Unreachable with at least one working day; fall back to the plain window.
  return {
    at: notBefore,
    kind: 'close',
    wall: wallClock(notBefore, schedule.timeZone),
    close: schedule.close,
    timeZone: schedule.timeZone,
  };
}

/**
 * When the reply to a message received at `receivedAt` is due: `replyWithinHours` later,
 * moved to the next noon or closing time of a working day when the dedicated line has a
 * schedule. Used for the time frame promised in drafts and for case deadlines.
 */
export function deadlineFor(
  receivedAt: number,
  settings: Pick<Settings, 'replyWithinHours' | 'dedicatedLine'>,
): number {
  return replySlotFor(receivedAt, settings)?.at ?? receivedAt + settings.replyWithinHours * HOUR;
}

/** The slot of `deadlineFor`, or null when the line has no schedule. */
export function replySlotFor(
  receivedAt: number,
  settings: Pick<Settings, 'replyWithinHours' | 'dedicatedLine'>,
): ReplySlot | null {
  const schedule = settings.dedicatedLine.schedule;
  if (!schedule) return null;
  return nextSlot(receivedAt + settings.replyWithinHours * HOUR, schedule);
}

/** Whether the line is open at `at`. */
export function isOpenAt(at: number, schedule: Schedule): boolean {
  const w = wallClock(at, schedule.timeZone);
  const minutes = w.hour * 60 + w.minute;
  return (
    schedule.days.includes(w.weekday) && minutes >= minutesOf(schedule.open) && minutes < minutesOf(schedule.close)
  );
}

/** Whole minutes, for comparisons that ignore seconds. */
export const toMinute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
