import { instantOf, wallClock } from '../../settings/schedule';
import { folded, foldAligned } from './folded';

/**
 * A deadline the customer sets ("本週內書面說明", "週五前", "by Friday", "within 3 days"),
 * resolved to an instant from the time the message was received, so the follow-up can
 * accept it or say honestly which date can be given.
 */
export interface CustomerDeadline {
  /** The customer's words for the deadline (and what they want by then, when said next to it). */
  phrase: string;
  /** The last moment it still counts (end of that day, or the hour), epoch ms. */
  due: number;
  /** What they expect by then, when named: a written answer, a refund… */
  wants: 'written' | 'reply' | 'refund' | 'shipment' | 'other' | null;
}

type Resolve = (m: RegExpExecArray, now: ReturnType<typeof wallClock>) => { days: number; minutes?: number } | null;

const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 日: 7, 天: 7 };
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (ZH_NUM[foldAligned(s)] ?? ZH_NUM[s] ?? NaN));
const EN_NUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, a: 1 };
const EN_DAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Days from `now` to the next `weekday` (0 when it is today). */
const untilWeekday = (weekday: number, from: number) => (weekday - from + 7) % 7;
const END_OF_DAY = 23 * 60 + 59;

const RULES: readonly { re: RegExp; resolve: Resolve }[] = [
  { re: folded('(?:今天|今日)(?:之?內|下班前|以前|之前|晚上前)'), resolve: () => ({ days: 0 }) },
  { re: folded('(?:明天|明日)(?:中午)?(?:之?前|以前|內)'), resolve: () => ({ days: 1 }) },
  {
    re: folded('(?:本|這|这)(?:週|星期|禮拜)(?:之?內|結束前|以內)'),
    resolve: (_m, now) => ({ days: now.weekday <= 5 ? 5 - now.weekday : 7 - now.weekday }),
  },
  {
    re: folded('(下)?(?:週|星期|禮拜)([一二三四五六日天])(?:之?前|以前|下班前)'),
    resolve: (m, now) => {
      const d = untilWeekday(num(m[2]!), now.weekday);
      return { days: m[1] ? d + 7 : d };
    },
  },
  {
    re: folded(String.raw`(\d{1,2})\s{0,1}[/月]\s{0,1}(\d{1,2})\s{0,1}[日號号]?\s{0,1}(?:之?前|以前)`),
    resolve: (m, now) => dateFrom(now, Number(m[1]), Number(m[2])),
  },
  {
    re: folded('([0-9]{1,2}|[一二三四五六七兩两])\\s{0,1}(?:個)?(?:工作)?(?:天|日)(?:之?內|以內)'),
    resolve: (m) => ({ days: num(m[1]!) }),
  },
  {
    re: folded('([0-9]{1,3})\\s{0,1}(?:個)?小時(?:之?內|以內)'),
    resolve: (m) => ({ days: 0, minutes: Number(m[1]) * 60 }),
  },
  {
    re: /\b(?:by|before) (?:the )?end of (?:the )?(?:day|today)\b|\b(?:by|before) tonight\b|\btoday\b/gu,
    resolve: () => ({ days: 0 }),
  },
  { re: /\b(?:by|before) tomorrow\b/gu, resolve: () => ({ days: 1 }) },
  {
    re: /\b(?:by|before) (?:the )?end of (?:the |this )week\b|\bthis week\b/gu,
    resolve: (_m, now) => ({ days: now.weekday <= 5 ? 5 - now.weekday : 7 - now.weekday }),
  },
  {
    re: /\b(?:by|before|until) (next )?(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b/gu,
    resolve: (m, now) => {
      const d = untilWeekday(EN_DAYS[m[2]!]!, now.weekday);
      return { days: m[1] ? d + 7 : d };
    },
  },
  {
    re: /\bwithin (\d{1,3}|one|two|three|four|five|seven|a) (?:business |working )?(hour|day)s?\b/gu,
    resolve: (m) => {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (EN_NUM[m[1]!] ?? 1);
      return m[2] === 'hour' ? { days: 0, minutes: n * 60 } : { days: n };
    },
  },
  {
    re: /\b(?:by|before) (?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|\b(?:by|before) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} (\d{1,2})\b/gu,
    resolve: (m, now) =>
      m[1]
        ? dateFrom(now, MONTHS.indexOf(m[2]!) + 1, Number(m[1]))
        : dateFrom(now, MONTHS.indexOf(m[3]!) + 1, Number(m[4])),
  },
];

/** Days until month/day (this year, or next year when it has passed by more than a month). */
function dateFrom(now: ReturnType<typeof wallClock>, month: number, day: number) {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const today = Date.UTC(now.year, now.month - 1, now.day);
  let target = Date.UTC(now.year, month - 1, day);
  if (target < today - 31 * 86_400_000) target = Date.UTC(now.year + 1, month - 1, day);
  return { days: Math.round((target - today) / 86_400_000) };
}

export const WANTS_PATTERNS: readonly [CustomerDeadline['wants'], RegExp][] = [
  ['written', folded(String.raw`書面|白紙黑字|\bin writing\b|\bwritten\b`)],
  ['refund', folded(String.raw`退款|退費|退錢|\brefund`)],
  ['shipment', folded(String.raw`出貨|寄出|發貨|到貨|\bship|\bdeliver`)],
  [
    'reply',
    folded(
      String.raw`回覆|回复|答覆|答复|回應|回应|說明|交代|聯絡|回電|\breply\b|\brespon|\banswer\b|\bexplanation\b|\bcall (?:me )?back\b|\bhear back\b`,
    ),
  ],
];

/** What the customer wants by the deadline, right after it. */
const OBJECT_AFTER = folded(
  '^[^，。！？\\n]{0,5}?(?:書面說明|書面回覆|書面道歉|說明|回覆|回复|答覆|答复|交代|處理|退款|出貨|寄出|聯絡|檢查|派人)',
  'u',
);

/** All deadline patterns, for the linear-time check. */
export const DEADLINE_PATTERNS: readonly RegExp[] = [...RULES.map((r) => r.re), OBJECT_AFTER];

export function customerDeadlineIn(text: string, receivedAt: number, timeZone: string): CustomerDeadline | null {
  const f = foldAligned(text);
  const now = wallClock(receivedAt, timeZone);
  let best: { m: RegExpExecArray; rule: (typeof RULES)[number] } | null = null;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    const m = rule.re.exec(f);
    if (m && (!best || m.index < best.m.index)) best = { m, rule };
  }
  if (!best) return null;
  const resolved = best.rule.resolve(best.m, now);
  if (!resolved || !Number.isFinite(resolved.days) || resolved.days < 0 || resolved.days > 366) return null;
  const due =
    resolved.minutes !== undefined
      ? receivedAt + resolved.minutes * 60_000
      : instantOf(now.year, now.month, now.day + resolved.days, END_OF_DAY, timeZone);
  // What they want by then: looked for in the sentence around the deadline.
  const start = best.m.index;
  const end = start + best.m[0].length;
  const sentenceStart = Math.max(0, lastBoundary(f, start));
  const sentenceEnd = nextBoundary(f, end);
  const sentence = f.slice(sentenceStart, sentenceEnd);
  const wants = WANTS_PATTERNS.find(([, re]) => ((re.lastIndex = 0), re.test(sentence)))?.[0] ?? null;
  // The customer's words: the deadline, plus what they want right after it (「週五前給我書面說明」).
  OBJECT_AFTER.lastIndex = 0;
  const object = /[\u3400-\u9fff]/.test(text.slice(start, end)) ? OBJECT_AFTER.exec(f.slice(end, sentenceEnd)) : null;
  const tail = object ? end + object[0].length : end;
  return { phrase: text.slice(start, tail).trim(), due, wants };
}

const BOUNDARY = /[。！？!?\n；;]/;
function lastBoundary(s: string, from: number): number {
  for (let i = from - 1; i >= 0 && from - i < 200; i--)
    if (BOUNDARY.test(s[i]!) || (s[i] === '.' && s[i + 1] === ' ')) return i + 1;
  return Math.max(0, from - 200);
}
function nextBoundary(s: string, from: number): number {
  for (let i = from; i < s.length && i - from < 200; i++)
    if (BOUNDARY.test(s[i]!) || s[i] === ',' || s[i] === '，') return i;
  return Math.min(s.length, from + 200);
}
