import { describe, expect, it } from 'vitest';
import { foldAligned } from './fold';
import { collapseElongation, normaliseForModel, replaceMentionsAndNumbers } from './normalise';

/** The units passes of the detector, as a string with spaces tidied like normaliseForModel. */
function viaUnits(text: string): string | null {
  const folded = foldAligned(text);
  const src = Uint16Array.from(folded, (ch) => ch.charCodeAt(0));
  const dst = new Uint16Array(3 * src.length + 3);
  let n = replaceMentionsAndNumbers(src, src.length, dst);
  if (n < 0) return null;
  n = collapseElongation(dst, n);
  return String.fromCharCode(...dst.subarray(0, n))
    .replace(/\s+/g, ' ')
    .trim();
}

describe('model normalisation in passes over the units', () => {
  it.each([
    '@united my flight 1234 was delayed 3:45 hours!!!!',
    '@ab_c @d hello @@x @ y',
    'soooo bad, 哈哈哈哈 好好好',
    '1.2.3 and 4,5 and 6: and 7:8 and 12ab34',
    '5@x 12:@3 @bob123 x@',
    'aaa@@@bbb',
    '訂單 12345，等了 3 天。。。',
  ])('%s', (text) => {
    expect(viaUnits(text)).toBe(normaliseForModel(text));
  });

  it('leaves possible email addresses to the regexes', () => {
    expect(viaUnits('mail jane@example.com')).toBeNull();
    expect(viaUnits('@brand.support help')).toBeNull(); // a mention with a dot: the regexes decide
  });
});
