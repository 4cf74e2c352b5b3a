import { foldAligned, foldCaseOnly } from './fold';

/**
 * Normalisation for the model only — the stored record is never normalised.
 * Long texts are analysed through a bounded window (the record keeps the whole text).
 */
export const MODEL_WINDOW = 4000;

// Placeholders from the Private Use Area: cannot collide with real text features.
export const URL_TOKEN = '\uE001';
export const MENTION_TOKEN = '\uE002';
export const NUMBER_TOKEN = '\uE003';
export const EMAIL_TOKEN = '\uE004';

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const MENTION_RE = /@[\w.]+/g;
const NUMBER_RE = /\d+(?:[.,:]\d+)*/g;
// A character repeated three or more times keeps two: "!!!!" → "!!", "soooo" → "soo", 啊啊啊 → 啊啊.
const ELONGATION_RE = /(.)\1{2,}/gsu;
const SPACES_RE = /\s+/g;
const MAYBE_EMAIL = /@[\w-]+\./;

/**
 * @param foldScript fold Traditional characters to Simplified (the shipped model does;
 *   `npm run eval -- --no-fold` measures the alternative of learning both scripts).
 */
export function normaliseForModel(text: string, foldScript = true): string {
  const windowed = text.length > MODEL_WINDOW ? text.slice(0, MODEL_WINDOW) : text;
  const nfkc = windowed.normalize('NFKC');
  return (foldScript ? foldAligned(nfkc) : foldCaseOnly(nfkc))
    .replace(URL_RE, ` ${URL_TOKEN} `)
    .replace(EMAIL_RE, ` ${EMAIL_TOKEN} `)
    .replace(MENTION_RE, ` ${MENTION_TOKEN} `)
    .replace(NUMBER_RE, NUMBER_TOKEN)
    .replace(ELONGATION_RE, '$1$1')
    .replace(SPACES_RE, ' ')
    .trim();
}

/**
 * The replacements of `normaliseForModel` on a folded, NFKC-stable window, each only when
 * asked for (the detector knows which triggers occur); spaces are left as they are.
 */
export function replaceForModel(text: string, links: boolean, at: boolean, digits: boolean, elongation: boolean): string {
  let s = text;
  if (links) s = s.replace(URL_RE, ` ${URL_TOKEN} `);
  if (at) {
    // Every email match contains "@", word characters or "-", then "." — a cheap test that
    // spares the email pattern (slow on long words) for the usual "@brand" mention.
    if (MAYBE_EMAIL.test(s)) s = s.replace(EMAIL_RE, ` ${EMAIL_TOKEN} `);
    s = s.replace(MENTION_RE, ` ${MENTION_TOKEN} `);
  }
  if (digits) s = s.replace(NUMBER_RE, NUMBER_TOKEN);
  if (elongation) s = s.replace(ELONGATION_RE, '$1$1');
  return s;
}

const isMentionUnit = (u: number) => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || u === 0x5f || u === 0x2e; // [\w.]
const isEmailHostUnit = (u: number) => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || u === 0x5f || u === 0x2d; // [\w-]
const isDigit = (u: number) => u >= 0x30 && u <= 0x39;

/**
 * The mention and number replacements of `normaliseForModel`, in one pass over folded,
 * NFKC-stable units `src[0..n)` with no link and no elongation, written to `dst`; returns
 * the length, or -1 when an email address may be present (the regex formulation then
 * decides). Mentions (@[\w.]+) become " \uE002 " and numbers (\d+(?:[.,:]\d+)*) "\uE003",
 * as the sequential regex replacements give here: a mention swallows the digits after
 * its @, a number cannot reach into a mention (an @ is not a digit), and neither
 * replacement creates what the other looks for.
 */
export function replaceMentionsAndNumbers(src: ArrayLike<number>, n: number, dst: Uint16Array): number {
  let m = 0;
  let i = 0;
  while (i < n) {
    const u = src[i]!;
    if (u === 0x40) {
      // An email needs @[\w-]+ then "."; leave such texts to the regexes.
      let j = i + 1;
      while (j < n && isEmailHostUnit(src[j]!)) j++;
      if (j > i + 1 && j < n && src[j] === 0x2e) return -1;
      j = i + 1;
      while (j < n && isMentionUnit(src[j]!)) j++;
      if (j > i + 1) {
        dst[m++] = 0x20;
        dst[m++] = 0xe002;
        dst[m++] = 0x20;
        i = j;
        continue;
      }
    } else if (isDigit(u)) {
      let j = i + 1;
      while (j < n && isDigit(src[j]!)) j++;
      while (j + 1 < n && (src[j] === 0x2e || src[j] === 0x2c || src[j] === 0x3a) && isDigit(src[j + 1]!)) {
        j += 2;
        while (j < n && isDigit(src[j]!)) j++;
      }
      dst[m++] = 0xe003;
      i = j;
      continue;
    }
    dst[m++] = u;
    i++;
  }
  return m;
}

/**
 * The elongation replacement ((.)\1{2,} → $1$1) in place on BMP units without
 * surrogates: every run of three or more equal units keeps two. Returns the new length.
 */
export function collapseElongation(buf: Uint16Array, n: number): number {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const u = buf[i]!;
    if (m >= 2 && buf[m - 1] === u && buf[m - 2] === u) continue;
    buf[m++] = u;
  }
  return m;
}
