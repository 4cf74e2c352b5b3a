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

const isMentionUnit = (u: number) =>
  (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || u === 0x5f || u === 0x2e; // [\w.]
const isEmailHostUnit = (u: number) =>
  (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || u === 0x5f || u === 0x2d; // [\w-]
const isEmailLocalUnit = (u: number) => isEmailHostUnit(u) || u === 0x2e || u === 0x2b; // [\w.+-]
const isWordUnit = (u: number) =>
  (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || u === 0x5f; // \w
const isDigit = (u: number) => u >= 0x30 && u <= 0x39;
/** \s (JavaScript's white space and line terminators). */
const isSpaceUnit = (u: number) =>
  u === 0x20 ||
  (u >= 0x09 && u <= 0x0d) ||
  (u >= 0xa0 &&
    (u === 0xa0 ||
      u === 0x1680 ||
      (u >= 0x2000 && u <= 0x200a) ||
      u === 0x2028 ||
      u === 0x2029 ||
      u === 0x202f ||
      u === 0x205f ||
      u === 0x3000 ||
      u === 0xfeff));

/**
 * NFKC of U+2026 (…) is "...": in a text whose other characters NFKC leaves alone (the
 * detector's NFKC_FOLD_STABLE), NFKC only expands the ellipses (NFKC composes the NFKD
 * form, which is the same with "..." in place of "…", and full stops compose with
 * nothing). Writes src[0..n) with each … expanded to dst; returns the length (≤ 3n).
 */
export function expandEllipses(src: ArrayLike<number>, n: number, dst: Uint16Array): number {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const u = src[i]!;
    if (u === 0x2026) {
      dst[m++] = 0x2e;
      dst[m++] = 0x2e;
      dst[m++] = 0x2e;
    } else dst[m++] = u;
  }
  return m;
}

/**
 * The link replacement of `normaliseForModel` (URL_RE → " \uE001 ") on units without
 * surrogates, src[0..n) → dst; returns the length (≤ n + 2), or -1 when there is no link
 * (dst untouched). As the global regex: left to right, a match starts where a word starts
 * (\b: no \w before) with "http://", "https://" or "www." and takes the run of non-space
 * units after it (at least one); the scan resumes after the match.
 */
export function replaceLinks(src: ArrayLike<number>, n: number, dst: Uint16Array): number {
  let m = 0;
  let copied = 0; // src[0..copied) is in dst
  let found = false;
  for (let i = 0; i < n; i++) {
    const u = src[i]!;
    if ((u !== 0x68 && u !== 0x77) || (i > 0 && isWordUnit(src[i - 1]!))) continue;
    let j = -1;
    if (u === 0x68 && i + 4 < n && src[i + 1] === 0x74 && src[i + 2] === 0x74 && src[i + 3] === 0x70) {
      const k = src[i + 4] === 0x73 ? i + 5 : i + 4; // http, https
      if (k + 2 < n && src[k] === 0x3a && src[k + 1] === 0x2f && src[k + 2] === 0x2f) j = k + 3;
    } else if (u === 0x77 && i + 3 < n && src[i + 1] === 0x77 && src[i + 2] === 0x77 && src[i + 3] === 0x2e) j = i + 4;
    if (j < 0 || j >= n || isSpaceUnit(src[j]!)) continue;
    while (j < n && !isSpaceUnit(src[j]!)) j++;
    while (copied < i) dst[m++] = src[copied++]!;
    dst[m++] = 0x20;
    dst[m++] = 0xe001;
    dst[m++] = 0x20;
    copied = j;
    i = j - 1;
    found = true;
  }
  if (!found) return -1;
  while (copied < n) dst[m++] = src[copied++]!;
  return m;
}

/**
 * The email replacement of `normaliseForModel` (EMAIL_RE, [\w.+-]+@[\w-]+(?:\.[\w-]+)+ →
 * " \uE004 ") on units, src[0..n) → dst; returns the length (≤ n), or -1 when there is no
 * email address (dst untouched). As the global regex: a match holds one "@"; it starts
 * where the run of [\w.+-] before that "@" starts (or where the previous match ended, if
 * later), and succeeds from there exactly when it succeeds from anywhere in the run:
 * [\w-]+ after the "@", then one or more "." + [\w-]+, each taken greedily (giving units
 * back cannot make a "." appear). `same`: a string whose first n units are src's, if the
 * caller has one (the "@"s are then found with indexOf).
 */
export function replaceEmails(src: ArrayLike<number>, n: number, dst: Uint16Array, same: string | null = null): number {
  let m = 0;
  let copied = 0; // src[0..copied) is in dst
  let found = false;
  for (let at = 0; at < n; at++) {
    if (same !== null) {
      // `same` holds src's units: let indexOf find the next "@".
      at = same.indexOf('@', at);
      if (at < 0 || at >= n) break;
    } else if (src[at] !== 0x40) continue;
    let start = at;
    while (start > copied && isEmailLocalUnit(src[start - 1]!)) start--;
    if (start === at) continue;
    let end = at + 1;
    while (end < n && isEmailHostUnit(src[end]!)) end++;
    if (end === at + 1) continue;
    let dots = 0;
    while (end + 1 < n && src[end] === 0x2e && isEmailHostUnit(src[end + 1]!)) {
      end += 2;
      while (end < n && isEmailHostUnit(src[end]!)) end++;
      dots++;
    }
    if (dots === 0) continue;
    while (copied < start) dst[m++] = src[copied++]!;
    dst[m++] = 0x20;
    dst[m++] = 0xe004;
    dst[m++] = 0x20;
    copied = end;
    at = end - 1;
    found = true;
  }
  if (!found) return -1;
  while (copied < n) dst[m++] = src[copied++]!;
  return m;
}

/**
 * The mention and number replacements of `normaliseForModel`, in one pass over folded,
 * NFKC-stable units `src[0..n)` with no link and no elongation, written to `dst`; returns
 * the length, or -1 when an email address may be present and `emailsReplaced` is false
 * (the caller then replaces emails first: `replaceEmails`). Mentions (@[\w.]+) become
 * " \uE002 " and numbers (\d+(?:[.,:]\d+)*) "\uE003", as the sequential regex replacements
 * give here: a mention swallows the digits after its @, a number cannot reach into a
 * mention (an @ is not a digit), and neither replacement creates what the other looks for.
 */
export function replaceMentionsAndNumbers(
  src: ArrayLike<number>,
  n: number,
  dst: Uint16Array,
  emailsReplaced = false,
): number {
  let m = 0;
  let i = 0;
  while (i < n) {
    const u = src[i]!;
    if (u === 0x40) {
      let j = i + 1;
      if (!emailsReplaced) {
        // An email needs @[\w-]+ then "."; leave such texts to the caller.
        while (j < n && isEmailHostUnit(src[j]!)) j++;
        if (j > i + 1 && j < n && src[j] === 0x2e) return -1;
        j = i + 1;
      }
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

/**
 * Code points outside the BMP that NFKC leaves alone and that are not marks, so that a
 * text of NFKC-stable characters stays so with them: emoji and pictographs (U+1F000–
 * U+1F0FF, U+1F300–U+1FAFF), regional indicators (flags, U+1F1E6–U+1F1FF) and tags
 * (U+E0020–U+E007F, subdivision flags). Enclosed alphanumerics and ideographs (U+1F100–
 * U+1F2FF but the regional indicators), mathematical letters and the like are left to the
 * regex chain. Checked exhaustively by normalise.test.ts.
 */
export function isStableAstral(cp: number): boolean {
  return (
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x1f000 && cp <= 0x1f0ff) ||
    (cp >= 0x1f1e6 && cp <= 0x1f1ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

/** Whether every surrogate in units[0..n) is half of a well-formed pair whose code point `isStableAstral`. */
export function stableSurrogates(units: ArrayLike<number>, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    if (u < 0xd800 || u > 0xdfff) continue;
    if (u > 0xdbff || i + 1 >= n) return false;
    const low = units[i + 1]!;
    if (low < 0xdc00 || low > 0xdfff) return false;
    if (!isStableAstral((u - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000)) return false;
    i++;
  }
  return true;
}

/**
 * The elongation replacement ((.)\1{2,} → $1$1, by code points: "😡😡😡" → "😡😡") in place
 * on units whose surrogates all form pairs. Returns the new length.
 */
export function collapseElongationCodePoints(buf: Uint16Array, n: number): number {
  let m = 0;
  let prev = -1; // the last code point kept, and how many times in a row
  let run = 0;
  for (let i = 0; i < n; i++) {
    const u = buf[i]!;
    let cp = u;
    let width = 1;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < n) {
      cp = (u - 0xd800) * 0x400 + (buf[i + 1]! - 0xdc00) + 0x10000;
      width = 2;
    }
    run = cp === prev ? run + 1 : 1;
    prev = cp;
    if (run <= 2) {
      buf[m++] = u;
      if (width === 2) buf[m++] = buf[i + 1]!;
    }
    i += width - 1;
  }
  return m;
}
