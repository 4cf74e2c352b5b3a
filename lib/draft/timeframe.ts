import type { ReplySlot } from '../settings/schedule';
import { wallClock } from '../settings/schedule';
import type { DraftLanguage } from './types';

/**
 * The promised time, concrete when the line has working hours: 「12/14（一）中午前」,
 * 「12月14日（周一）中午前」, "by noon on Monday 14 December"; otherwise the plain window
 * ("24小時內", "within 24 hours").
 */
const ZH_TW_DAYS = ['', '一', '二', '三', '四', '五', '六', '日'];
const ZH_CN_DAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const EN_DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EN_MONTHS = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function enTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h < 12 ? 'am' : 'pm'}`;
}

/** A date in the language: 12/14（一） / 12月14日（周一） / Monday 14 December. */
export function formatDay(at: number, timeZone: string, language: DraftLanguage): string {
  const w = wallClock(at, timeZone);
  if (language === 'zh-TW') return `${w.month}/${w.day}（${ZH_TW_DAYS[w.weekday]}）`;
  if (language === 'zh-CN') return `${w.month}月${w.day}日（${ZH_CN_DAYS[w.weekday]}）`;
  return `${EN_DAYS[w.weekday]} ${w.day} ${EN_MONTHS[w.month]}`;
}

/** The concrete time frame of a reply slot. */
export function formatSlot(slot: ReplySlot, language: DraftLanguage): string {
  const day = formatDay(slot.at, slot.timeZone, language);
  if (language === 'en') return `by ${slot.kind === 'noon' ? 'noon' : enTime(slot.close)} on ${day}`;
  const time = slot.kind === 'noon' ? '中午' : `${slot.close} `;
  return `${day}${time}前`;
}

/** The plain window, when the line has no schedule. */
export function formatWindow(hours: number, language: DraftLanguage): string {
  const days = hours >= 48 && hours % 24 === 0 ? hours / 24 : null;
  if (language === 'en') return days ? `within ${days} days` : `within ${hours} hours`;
  if (language === 'zh-TW') return days ? `${days}天內` : `${hours}小時內`;
  return days ? `${days}天内` : `${hours}小时内`;
}

/** End of a customer's day, for their deadline: 「12/11（五）」 / "Friday 11 December". */
export const formatCustomerDay = formatDay;
