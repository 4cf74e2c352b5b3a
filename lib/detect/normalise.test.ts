import { describe, expect, it } from 'vitest';
import { foldAligned, NFKC_FOLD_STABLE } from './fold';
import {
  collapseElongation,
  collapseElongationCodePoints,
  expandEllipses,
  isStableAstral,
  normaliseForModel,
  replaceEmails,
  replaceLinks,
  replaceMentionsAndNumbers,
  stableSurrogates,
} from './normalise';

/** The UTF-16 units of a string (Uint16Array.from would iterate code points). */
const unitsOf = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

const tidy = (units: Uint16Array, n: number) =>
  String.fromCharCode(...units.subarray(0, n))
    .replace(/\s+/g, ' ')
    .trim();

/** Mentions, numbers and elongation in passes over the units (no link, no email), as a string with spaces tidied like normaliseForModel. */
function viaUnits(text: string): string | null {
  const folded = foldAligned(text);
  const src = unitsOf(folded);
  const dst = new Uint16Array(3 * src.length + 3);
  let n = replaceMentionsAndNumbers(src, src.length, dst);
  if (n < 0) return null;
  n = collapseElongation(dst, n);
  return tidy(dst, n);
}

/** Every pass of the detector, in order: ellipses, links, emails, mentions and numbers, elongation. */
function viaAllPasses(text: string): string {
  const folded = foldAligned(text);
  let src = unitsOf(folded);
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
  n = /[\uD800-\uDFFF]/.test(folded) ? collapseElongationCodePoints(src, n) : collapseElongation(src, n);
  return tidy(src, n);
}

/** What the passes handle: NFKC-stable characters, "…", variation selectors and emoji (stable astral code points). */
const handled = (text: string) =>
  [...text].every((ch) => {
    const cp = ch.codePointAt(0)!;
    return (
      ch === '…' ||
      (cp >= 0xfe00 && cp <= 0xfe0f) ||
      (ch.length === 1 ? NFKC_FOLD_STABLE[cp] === 1 : isStableAstral(cp))
    );
  });

const CASES = [
  '@united my flight 1234 was delayed 3:45 hours!!!!',
  '@ab_c @d hello @@x @ y',
  'soooo bad, 哈哈哈哈 好好好',
  '1.2.3 and 4,5 and 6: and 7:8 and 12ab34',
  '5@x 12:@3 @bob123 x@',
  'aaa@@@bbb',
  '訂單 12345，等了 3 天。。。',
];

describe('emoji and variation selectors in the passes', () => {
  it('takes only astral code points that NFKC leaves alone and that are not marks', () => {
    let stable = 0;
    for (let cp = 0x10000; cp <= 0x10ffff; cp++) {
      if (!isStableAstral(cp)) continue;
      stable++;
      const ch = String.fromCodePoint(cp);
      expect(ch.normalize('NFKC'), `U+${cp.toString(16)}`).toBe(ch);
      expect(/\p{M}|\s/u.test(ch), `U+${cp.toString(16)}`).toBe(false);
    }
    expect(stable).toBeGreaterThan(2000);
    expect(isStableAstral(0x1f100)).toBe(false); // 🄀 → "0."
    expect(isStableAstral(0x1f201)).toBe(false); // 🈁 → ココ
    expect(isStableAstral(0x1d400)).toBe(false); // 𝐀 → A
  });

  it('variation selectors change nothing next to any NFKC-stable character or emoji', () => {
    const selectors = Array.from({ length: 16 }, (_, k) => String.fromCharCode(0xfe00 + k));
    for (let c = 0; c < 0x10000; c++) {
      if (!NFKC_FOLD_STABLE[c]) continue;
      const ch = String.fromCharCode(c);
      for (const vs of c % 97 === 0 ? selectors : ['\uFE0E', '\uFE0F']) {
        expect((ch + vs).normalize('NFKC'), `U+${c.toString(16)}`).toBe(ch.normalize('NFKC') + vs);
        expect((vs + ch).normalize('NFKC'), `U+${c.toString(16)}`).toBe(vs + ch.normalize('NFKC'));
      }
    }
    for (const e of ['😡', '🇹', '🀄', '\u{E0067}']) expect((e + '\uFE0F' + e).normalize('NFKC')).toBe(e + '\uFE0F' + e);
  });

  it('checks the pairs and elongates by code points', () => {
    const units = (s: string) => unitsOf(s);
    expect(stableSurrogates(units('ok 😡🇹🇼'), 9)).toBe(true);
    expect(stableSurrogates(units('x\uD83D'), 2)).toBe(false); // lone
    expect(stableSurrogates(units('\uDE21x'), 2)).toBe(false); // lone low
    expect(stableSurrogates(units('𝐀'), 2)).toBe(false); // NFKC folds it
    for (const text of ['😡😡😡😡 no!!!!', '😡😡 😡😡😡', 'aaa😡😡😡bbb', '🇹🇼🇹🇼🇹🇼', '🏻🏻🏻']) {
      const u = units(text);
      const n = collapseElongationCodePoints(u, u.length);
      expect(String.fromCharCode(...u.subarray(0, n))).toBe(text.replace(/(.)\1{2,}/gsu, '$1$1'));
    }
  });
});

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
    const pieces = [
      '@',
      '.',
      '..',
      '…',
      'a',
      'b1',
      '_',
      '-',
      '+',
      'x@y',
      '.com',
      'http',
      'https',
      '://',
      'www',
      'www.',
      ' ',
      '\n',
      '1',
      '23',
      ',',
      ':',
      '退',
      '款',
      '!',
      'soo',
      'o',
      'ＡＢ',
      '＠',
      '：',
      '／',
      'é',
      '😡',
      '😡😡',
      '❤\uFE0F',
      '\uFE0F',
      '🙏🏻',
      '🇹🇼',
      '👨‍👩‍👧',
      '🏴\u{E0067}\u{E0062}\u{E007F}',
      '🀄',
    ];
    let seed = 12345;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const m = 1 + Math.floor(rnd() * 10);
      for (let j = 0; j < m; j++) text += pieces[Math.floor(rnd() * pieces.length)];
      if (!handled(text)) continue;
      expect(viaAllPasses(text), JSON.stringify(text)).toBe(normaliseForModel(text));
    }
  });
});
