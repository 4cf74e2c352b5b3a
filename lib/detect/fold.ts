import { FOLD_PAIRS } from './fold-table.generated';

/**
 * Length-preserving folding, so that offsets found on the folded text are offsets in
 * the original: full-width ASCII → ASCII, ideographic space → space, Latin upper → lower,
 * Traditional Chinese characters → Simplified (one character to one character).
 * Used for signal matching (and as the first step of model normalisation).
 */
export const FOLD = new Uint16Array(65536);
for (let i = 0; i < 65536; i++) FOLD[i] = i;
for (let i = 0x41; i <= 0x5a; i++) FOLD[i] = i + 32; // A-Z
for (let i = 0xc0; i <= 0xde; i++) if (i !== 0xd7) FOLD[i] = i + 32; // À-Þ except ×
for (let i = 0xff01; i <= 0xff5e; i++) {
  const ascii = i - 0xfee0;
  FOLD[i] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii; // full-width ASCII
}
FOLD[0x3000] = 0x20; // ideographic space
for (let i = 0; i + 1 < FOLD_PAIRS.length; i += 2) FOLD[FOLD_PAIRS.charCodeAt(i)] = FOLD_PAIRS.charCodeAt(i + 1);

const CHUNK = 8192;
let foldBuffer = new Uint16Array(256);

/** The string of units[0..n) (chunked: String.fromCharCode takes bounded argument lists). */
export function stringOfUnits(units: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let start = 0; start < n; start += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(start, Math.min(n, start + CHUNK)) as unknown as number[]);
  }
  return out;
}

export function foldAligned(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (FOLD[c] !== c) break;
    i++;
  }
  if (i === n) return text; // nothing to fold
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
  const buf = foldBuffer;
  for (let k = 0; k < n; k++) buf[k] = FOLD[text.charCodeAt(k)]!;
  return stringOfUnits(buf, n);
}

/**
 * Characters for which NFKC changes nothing, alone or next to each other, or changes
 * only what folding changes anyway (full-width ASCII, the ideographic space): for a text
 * made only of these, fold(NFKC(text)) === fold(text), so the detector can skip NFKC.
 * ASCII, CJK ideographs (blocks A and unified), plus the characters of a few common
 * blocks (Latin-1 and Latin Extended, punctuation, arrows, symbols and dingbats, CJK
 * punctuation, half-width forms and specials) that NFKC leaves alone and that are not
 * combining marks (which could compose with their neighbour). Checked exhaustively by
 * fold.test.ts.
 */
export const NFKC_FOLD_STABLE = new Uint8Array(65536);
{
  const set = (lo: number, hi: number) => NFKC_FOLD_STABLE.fill(1, lo, hi + 1);
  set(0x00, 0x7f);
  set(0x3400, 0x4dbf);
  set(0x4e00, 0x9fff);
  set(0xff01, 0xff5e);
  set(0x3000, 0x3000);
  const MARK = /\p{M}/u;
  const SPACE = /\s/; // NFKC-stable separators (U+2028…) must go through the model's space folding
  for (const [lo, hi] of [
    [0x80, 0x24f],
    [0x2000, 0x2bff],
    [0x3001, 0x303f],
    [0xff5f, 0xfffd],
  ] as const) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFKC') === ch && !MARK.test(ch) && !SPACE.test(ch)) NFKC_FOLD_STABLE[c] = 1;
    }
  }
}

/** True for a character that only exists in Traditional script (it folds to another character). */
export function isTraditionalOnly(code: number): boolean {
  return code >= 0x3400 && FOLD[code] !== code;
}

const SIMPLIFIED_ONLY = new Uint8Array(65536);
for (let i = 0; i + 1 < FOLD_PAIRS.length; i += 2) {
  const s = FOLD_PAIRS.charCodeAt(i + 1);
  if (FOLD[s] === s) SIMPLIFIED_ONLY[s] = 1;
}
/** True for a character that is the Simplified form of a different Traditional character. */
export function isSimplifiedOnly(code: number): boolean {
  return SIMPLIFIED_ONLY[code] === 1;
}

/** Case and width folding only (no script folding), for the evaluation of the alternative. */
export function foldCaseOnly(text: string): string {
  return text.toLowerCase();
}
