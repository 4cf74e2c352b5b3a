import { describe, expect, it } from 'vitest';
import { foldAligned, NFKC_FOLD_STABLE } from './fold';
import { collapseElongation, expandEllipses, normaliseForModel, replaceEmails, replaceLinks, replaceMentionsAndNumbers } from './normalise';

const tidy = (units: Uint16Array, n: number) =>
  String.fromCharCode(...units.subarray(0, n))
    .replace(/\s+/g, ' ')
    .trim();

/** Mentions, numbers and elongation in passes over the units (no link, no email), as a string with spaces tidied like normaliseForModel. */
function viaUnits(text: string): string | null {
  const folded = foldAligned(text);
  const src = Uint16Array.from(folded, (ch) => ch.charCodeAt(0));
  const dst = new Uint16Array(3 * src.length + 3);
  let n = replaceMentionsAndNumbers(src, src.length, dst);
  if (n < 0) return null;
  n = collapseElongation(dst, n);
  return tidy(dst, n);
}

/** Every pass of the detector, in order: ellipses, links, emails, mentions and numbers, elongation. */
function viaAllPasses(text: string): string {
  const folded = foldAligned(text);
  let src = Uint16Array.from(folded, (ch) => ch.charCodeAt(0));
  let n = src.length;
  const next = (f: (s: Uint16Array, n: number, d: Uint16Array) => number) => {
    const dst = new Uint16Array(3 * n + 3);
    const length = f(src, n, dst);
    if (length < 0) return; // nothing replaced
    n = length;
    src = dst;
  };
  next(expandEllipses);
  next(replaceLinks);
  next((s, k, d) => {
    // With the units also given as a string (found with indexOf): the same result.
    const again = new Uint16Array(d.length);
    const length = replaceEmails(s, k, again, String.fromCharCode(...s.subarray(0, k)));
    const result = replaceEmails(s, k, d);
    expect(length).toBe(result);
    expect(again.subarray(0, Math.max(0, length))).toEqual(d.subarray(0, Math.max(0, result)));
    return result;
  });
  next((s, k, d) => replaceMentionsAndNumbers(s, k, d, true));
  n = collapseElongation(src, n);
  return tidy(src, n);
}

/** What the passes handle: NFKC-stable characters and "…", no surrogates. */
const handled = (text: string) => [...text].every((ch) => ch === '…' || (ch.length === 1 && NFKC_FOLD_STABLE[ch.charCodeAt(0)] === 1));

const CASES = [
  '@united my flight 1234 was delayed 3:45 hours!!!!',
  '@ab_c @d hello @@x @ y',
  'soooo bad, 哈哈哈哈 好好好',
  '1.2.3 and 4,5 and 6: and 7:8 and 12ab34',
  '5@x 12:@3 @bob123 x@',
  'aaa@@@bbb',
  '訂單 12345，等了 3 天。。。',
];

describe('model normalisation in passes over the units', () => {
  it.each(CASES)('%s', (text) => {
    expect(viaUnits(text)).toBe(normaliseForModel(text));
    expect(viaAllPasses(text)).toBe(normaliseForModel(text));
  });

  it('leaves possible email addresses to the email pass', () => {
    expect(viaUnits('mail jane@example.com')).toBeNull();
    expect(viaUnits('@brand.support help')).toBeNull(); // a mention with a dot: the email pass decides first
  });

  it.each([
    'mail jane@example.com or bob.smith+shop@mail.example.co.uk.',
    '@brand.support help @brand. thanks @x.y',
    'a@b.c@d.ef x@y.zz.w@q.rr first@second@third.com',
    '-@-.xx .@a.b +@c.d a@.com a@b. a@b.c- 1@2.3',
    '請寄 abc@example.com 或 def@example.com.tw 謝謝',
    'see http://t.co/abc123 and https://x.com/a?b=1 now',
    'xhttp://www.a.com http:// https:/x http:x www. www.x (https://a.b) _www.x 9www.y',
    'go to www…example…com… ok…… 1…2 a…@b.com www…',
    '…… ……… .… …. 3… ...',
    'link:http://a.b/c@d.e@f mail:me@x.com@y',
    '\thttp://a\nwww.b\r\u000bc@d.ee',
  ])('%s', (text) => {
    expect(handled(text), 'test input within the fast path').toBe(true);
    expect(viaAllPasses(text)).toBe(normaliseForModel(text));
  });

  it('agrees with normaliseForModel on fuzzed mixes', () => {
    const pieces = ['@', '.', '..', '…', 'a', 'b1', '_', '-', '+', 'x@y', '.com', 'http', 'https', '://', 'www', 'www.', ' ', '\n', '1', '23', ',', ':', '退', '款', '!', 'soo', 'o', 'ＡＢ', '＠', '：', '／', 'é'];
    let seed = 12345;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const m = 1 + Math.floor(rnd() * 10);
      for (let j = 0; j < m; j++) text += pieces[Math.floor(rnd() * pieces.length)];
      if (!handled(text)) continue;
      expect(viaAllPasses(text), JSON.stringify(text)).toBe(normaliseForModel(text));
    }
  });
});
