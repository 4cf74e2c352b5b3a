import { FOLD_PAIRS } from './fold-table.generated';

/**
 * Length-preserving folding, so that offsets found on the folded text are offsets in
 * the original: full-width ASCII → ASCII, ideographic space → space, Latin upper → lower,
 * Traditional Chinese characters → Simplified (one character to one character).
 * Used for rule matching and as the first step of the model's normalisation.
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

/** String.fromCharCode takes a bounded argument list: long texts are decoded in chunks. */
const CHUNK = 8192;
let buffer = new Uint16Array(1024);

export function foldAligned(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && FOLD[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === n) return text; // nothing to fold
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  for (let k = 0; k < n; k++) buffer[k] = FOLD[text.charCodeAt(k)]!;
  let out = '';
  for (let start = 0; start < n; start += CHUNK)
    out += String.fromCharCode.apply(null, buffer.subarray(start, Math.min(n, start + CHUNK)) as unknown as number[]);
  return out;
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

/** Case folding only (no script folding), for the evaluation of the alternative. */
export function foldCaseOnly(text: string): string {
  return text.toLowerCase();
}
