import { describe, expect, it } from 'vitest';
import { commentTimeFrom, privateReplyUntil } from './reply-window';

const NOW = Date.UTC(2026, 11, 8, 2);
const H = 3_600_000;
const D = 24 * H;

describe('the private reply window of a comment', () => {
  it.each([
    ['2h', NOW - 2 * H],
    ['2小時', NOW - 2 * H],
    ['2小时', NOW - 2 * H],
    ['45m', NOW - 45 * 60_000],
    ['45分鐘', NOW - 45 * 60_000],
    ['3d', NOW - 3 * D],
    ['3 天', NOW - 3 * D],
    ['1週', NOW - 7 * D],
    ['1w', NOW - 7 * D],
    ['剛剛', NOW],
    ['Just now', NOW],
    ['Yesterday at 14:05', NOW - D],
  ])('reads “%s”', (text, at) => expect(commentTimeFrom(text, NOW)).toBe(at));

  it('is 7 days from the comment, counted from the older end of a rounded age', () => {
    expect(privateReplyUntil('2h', NOW)).toBe(NOW - 3 * H + 7 * D);
    expect(privateReplyUntil('3 天', NOW)).toBe(NOW - 4 * D + 7 * D);
    expect(privateReplyUntil('2w', NOW)! < NOW).toBe(true); // closed
  });

  it('says nothing for an absolute date it cannot place', () => {
    expect(commentTimeFrom('December 3', NOW)).toBeNull();
    expect(privateReplyUntil('', NOW)).toBeNull();
  });
});
