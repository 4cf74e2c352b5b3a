/**
 * Meta's messaging rules let a Page send one private reply to a comment within 7 days of
 * the comment. Facebook shows a comment's age as relative text ("2h", 「3 天」, 「1週」);
 * this reads it back into a time, so the card can say until when the private reply is
 * still allowed. Absolute dates ("December 3") are not read: the window is unknown then.
 */
export const PRIVATE_REPLY_DAYS = 7;

const MINUTE = 60_000;
const UNITS: [RegExp, number][] = [
  [/^(\d{1,3})\s?(?:m|min|mins|分鐘|分钟)$/i, MINUTE],
  [/^(\d{1,3})\s?(?:h|hr|hrs|小時|小时)$/i, 60 * MINUTE],
  [/^(\d{1,3})\s?(?:d|天)$/i, 24 * 60 * MINUTE],
  [/^(\d{1,3})\s?(?:w|週|周)$/i, 7 * 24 * 60 * MINUTE],
  [/^(\d{1,3})\s?(?:y|年)$/i, 365 * 24 * 60 * MINUTE],
];
const NOW_WORDS = /^(?:just now|now|剛剛|刚刚)$/i;
const YESTERDAY = /^(?:yesterday|昨天)/i;

/** When the comment was written, from its age as Facebook shows it, or null when unreadable. */
export function commentTimeFrom(timestampText: string, now: number): number | null {
  const text = timestampText.trim();
  if (NOW_WORDS.test(text)) return now;
  if (YESTERDAY.test(text)) return now - 24 * 60 * MINUTE;
  for (const [re, unit] of UNITS) {
    const m = re.exec(text);
    if (m) return now - Number(m[1]) * unit;
  }
  return null;
}

/**
 * Until when a private reply to the comment is allowed (epoch ms), or null when the comment's
 * time is unknown. The age is rounded by Facebook ("2h" may be 2h59m), so the window is
 * counted from the older end of what the text allows.
 */
export function privateReplyUntil(timestampText: string, now: number): number | null {
  const at = commentTimeFrom(timestampText, now);
  if (at === null) return null;
  const text = timestampText.trim();
  const unit = UNITS.find(([re]) => re.test(text))?.[1] ?? 0;
  return at - unit + PRIVATE_REPLY_DAYS * 24 * 60 * MINUTE;
}
