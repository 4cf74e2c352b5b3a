import { en, zh, type Rule } from './patterns';
import { compileRules, groupMatches } from './rule-engine';

/** Cues of a plain question, plain praise or a near-empty comment; not shown as signals, only used to temper the score. */
export interface NeutralCues {
  question: boolean;
  praise: boolean;
  /** Almost no words once @mentions, links and emoji are removed ("@Amy look!"). */
  trivial: boolean;
}

export const QUESTION_RULES: readonly Rule<'question'>[] = [
  // Polite information questions; rhetorical ones (為什麼, 難道, 怎麼…) are not neutral.
  zh(
    'question',
    'question',
    '^\\s*(?:請問|请问|想問|想问|想請問|想请问|不好意思.{0,6}(?:請問|请问|想問|想问))|^[^。！!]{0,40}(?:有沒有|有没有|可以|可不可以|能不能|是否|幾點|几点|多少|哪裡|哪里|哪家|哪間|哪间|怎麼(?!搞|會|还|還)|怎么(?!搞|会|还)|如何|什麼時候|什么时候|多久)[^。！!?？]{0,20}[嗎吗呢]?[?？]',
  ),
  en(
    'question',
    'question',
    String.raw`^\s*(?:hi,? |hello,? )?(?:how (?:do|can|much|many|long|big)|when (?:is|are|will|do)|where (?:can|do|is the)|what (?:is|are|time|size|colou?r)|which|do you|does (?:it|this|the)|is there|are there|can i|could i|is it)\b[^.!]*\?\s*$`,
  ),
];

export const PRAISE_RULES: readonly Rule<'praise'>[] = [
  zh(
    'praise',
    'praise',
    '謝謝|谢谢|感謝|感谢|很棒|超棒|好棒|好吃|好喝|好美|好看|漂亮|好可愛|好可爱|推推|推薦|推荐|讚|赞|喜歡|喜欢|愛死|爱死|滿意|满意|貼心|贴心|用心|優秀|优秀|回購|回购|必買|必买|大推|加油|期待|已經下單|已经下单|下單了|下单了|[😍❤🥰👍💕😊]',
  ),
  en(
    'praise',
    'praise',
    String.raw`\b(?:thanks?|thank you|love|loved|great|awesome|amazing|excellent|perfect|fantastic|wonderful|best|recommend|delicious|happy with|well done|kudos|beautiful|gorgeous|can'?t wait)\b|[😍❤🥰👍💕😊]`,
  ),
];

const QUESTIONS = compileRules(QUESTION_RULES);
const PRAISES = compileRules(PRAISE_RULES, { zh: true, en: true });
const BOTH_SCRIPTS = { zh: true, en: true };

const NOISE = /@[\w.]+|https?:\/\/\S+|www\.\S+|[\p{P}\p{S}\p{Z}\p{Extended_Pictographic}\uE001-\uE004]/gu;

const SEPARATOR = /^[\s\p{P}\p{S}\p{Z}\p{Extended_Pictographic}\uE001-\uE004]$/u;
const separatorBmp = new Int8Array(65536).fill(-1); // -1 unknown, 0 no, 1 yes
const separatorAstral = new Map<number, boolean>();

/** Whether NOISE (one character at a time) or \s would turn this code point into a word break. */
function isSeparator(cp: number): boolean {
  if (cp < 0x10000) {
    let known = separatorBmp[cp]!;
    if (known < 0) separatorBmp[cp] = known = SEPARATOR.test(String.fromCharCode(cp)) ? 1 : 0;
    return known === 1;
  }
  let known = separatorAstral.get(cp);
  if (known === undefined) separatorAstral.set(cp, (known = SEPARATOR.test(String.fromCodePoint(cp))));
  return known;
}

const isWordChar = (u: number) =>
  (u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a) || (u >= 0x30 && u <= 0x39) || u === 0x5f;
const isSpace = (u: number) =>
  u === 0x20 || (u >= 0x09 && u <= 0x0d) || (u > 0x7f && SPACE.test(String.fromCharCode(u)));
const SPACE = /\s/;

/**
 * Length of the NOISE match starting at `i` if it is a mention or a link (the first two
 * alternatives of NOISE, tried in its order), else 0.
 */
function mentionOrLinkAt(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  if (c === 0x40) {
    // @[\w.]+
    let j = i + 1;
    while (j < n && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2e)) j++;
    return j > i + 1 ? j - i : 0;
  }
  let rest = -1;
  if (c === 0x68 && text.startsWith('http', i)) {
    // https?:\/\/\S+
    const k = text.charCodeAt(i + 4) === 0x73 ? i + 5 : i + 4;
    if (text.startsWith('://', k)) rest = k + 3;
  }
  if (rest < 0 && c === 0x77 && text.startsWith('www.', i)) rest = i + 4; // www\.\S+
  if (rest < 0) return 0;
  // \S+ (code points; a surrogate pair is never a space)
  let j = rest;
  while (j < n && !isSpace(text.charCodeAt(j))) j++;
  return j > rest ? j - i : 0;
}

/**
 * `han + 2 × latin words < 4` once mentions, links, punctuation, symbols and emoji are
 * blanked out (NOISE) — the count of the regex formulation (`trivialReference`), in one
 * pass without allocation, stopping as soon as the answer is known.
 */
function trivialCount(folded: string): boolean {
  let han = 0;
  let latin = 0;
  let wordHasLatin = false;
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    let cp = folded.charCodeAt(i);
    let separator: boolean;
    if ((cp === 0x40 || cp === 0x68 || cp === 0x77) && mentionOrLinkAt(folded, i) > 0) {
      i += mentionOrLinkAt(folded, i) - 1;
      separator = true;
    } else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const low = folded.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      separator = isSeparator(cp);
    }
    if (separator) {
      if (wordHasLatin) latin++;
      wordHasLatin = false;
    } else if (cp >= 0x61 && cp <= 0x7a) wordHasLatin = true;
    else if (cp >= 0x3400 && cp <= 0x9fff) han++;
    if (han + (latin + (wordHasLatin ? 1 : 0)) * 2 >= 4) return false;
  }
  if (wordHasLatin) latin++;
  return han + latin * 2 < 4;
}

function trivialByRegex(folded: string): boolean {
  const words = folded.replace(NOISE, ' ');
  const han = (words.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = words.split(/\s+/).filter((w) => /[a-z]/.test(w)).length;
  return han + latin * 2 < 4;
}

export function isTrivial(folded: string): boolean {
  return trivialCount(folded);
}

/** A polite information question (請問…嗎？, "how do I…?"), on the folded text. */
export function isQuestion(folded: string, scripts: { zh: boolean; en: boolean }): boolean {
  return groupMatches(QUESTIONS, folded, scripts);
}

/** Thanks or praise, on the folded text (whatever its scripts). */
export function isPraise(folded: string): boolean {
  return groupMatches(PRAISES, folded, BOTH_SCRIPTS);
}

/** The original formulation of the trivial-text test (kept for tests). */
export const trivialReference = trivialByRegex;
