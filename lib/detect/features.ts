/**
 * Hashed n-gram features over a normalised text. One token stream serves every
 * language: each CJK character is a token (so n-grams are character n-grams), each
 * Latin word is a token (so n-grams are word n-grams), punctuation and emoji are single
 * tokens. Latin words also contribute character n-grams, which survive the misspellings
 * of social-media English.
 *
 * Hashing is multiplicative and incremental, so a feature costs a few integer
 * operations: a token hash t; an n-gram hash g = g' × K + t (g' the (n-1)-gram ending
 * before); character n-grams of a word from its prefix hashes (H[j+L] − H[j] × K^L);
 * the bucket is the top `bits` bits of (g + salt) × 2^32/φ and the sign the next bit.
 * Each occurrence adds ±1 (signed hashing) to its bucket; the vector is scaled by
 * 1 / log2(2 + number of occurrences). No allocation once the buffers have grown.
 */

export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Longest token n-gram (1..3). */
  ngramMax: number;
  /** Character n-gram lengths inside Latin words ([0, 0] = none). */
  wordCharNgrams: [number, number];
  /** Traditional characters are folded to Simplified before hashing. */
  foldScript: boolean;
}

const enum Kind {
  Space = 0,
  Cjk = 1,
  Word = 2,
  Other = 3,
}

function kindOf(c: number): Kind {
  if (c === 0x20) return Kind.Space;
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || (c >= 0x41 && c <= 0x5a))
      return Kind.Word;
    return c <= 0x20 ? Kind.Space : Kind.Other;
  }
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f)) return Kind.Word;
  if (c >= 0xe001 && c <= 0xe004) return Kind.Word; // URL/mention/number/email placeholders
  if (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af)
  )
    return Kind.Cjk;
  return Kind.Other;
}

const KIND = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) KIND[c] = kindOf(c);

const GOLDEN = 0x9e3779b1; // 2^32 / φ
const K = 0x01000193; // n-gram combination multiplier (odd)
const FNV_OFFSET = 0x811c9dc5;
// Salts keep features of different kinds apart: token 1-, 2-, 3-grams; character n-grams by length.
const SALT_NGRAM = [0, 0x2545f491, 0x6a09e667, 0x3c6ef372];
const SALT_CHARS = [0, 0x510e527f, 0x1f83d9ab, 0x5be0cd19, 0x428a2f98, 0x71374491, 0x3956c25b, 0x59f111f1];
const SALT_CJK = 0x1234567;
const SALT_OTHER = 0x7654321;

/** A well-spread 32-bit hash of a code point (CJK characters and symbols). */
function tokenHash(code: number, salt: number): number {
  let h = Math.imul(code ^ salt, GOLDEN);
  h ^= h >>> 15;
  return Math.imul(h, 0x85ebca6b);
}

let featureBuffer: Int32Array = new Int32Array(4096);
let tokenBuffer: Int32Array = new Int32Array(1024);
let prefixBuffer: Int32Array = new Int32Array(256);
/** K^L for character n-gram lengths. */
const POW = [1];
for (let l = 1; l <= 16; l++) POW.push(Math.imul(POW[l - 1]!, K));

/** Feature codes of the last `extractFeatures` call (valid until the next call): bucket × 2 + (1 if negative). */
export function getFeatureBuffer(): Int32Array {
  return featureBuffer;
}

function grow(needed: number): Int32Array {
  let size = featureBuffer.length;
  while (size < needed) size *= 2;
  const next = new Int32Array(size);
  next.set(featureBuffer);
  featureBuffer = next;
  return next;
}

/**
 * Writes the features of a normalised text into the feature buffer (bucket × 2 + sign bit) and returns how many there are. Order:
 * character n-grams of each Latin word as the words come, then token 1..ngramMax-grams
 * in text order.
 */
export function extractFeatures(text: string, config: FeatureConfig): number {
  const n = text.length;
  const shift = 32 - config.bits;
  const signShift = shift - 1;
  const [charLo, charHi] = config.wordCharNgrams;
  const ngramMax = config.ngramMax;
  if (tokenBuffer.length < n) tokenBuffer = new Int32Array(Math.max(n, tokenBuffer.length * 2));
  const tokens = tokenBuffer;
  let out = featureBuffer;
  // Upper bound of the features: ngramMax per token (≤ n tokens); per character n-gram
  // length, one per position of each "<word>" (≤ 2n + 1 positions in all).
  const sizes = charLo > 0 ? charHi - charLo + 1 : 0;
  const bound = n * ngramMax + sizes * (2 * n + 1) + 16;
  if (out.length < bound) out = grow(bound);
  let tokenCount = 0;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = KIND[c]!;
    if (kind === Kind.Space) {
      i++;
      continue;
    }
    if (kind === Kind.Word) {
      const start = i;
      let h = FNV_OFFSET;
      while (i < n) {
        const w = text.charCodeAt(i);
        if (KIND[w] !== Kind.Word) break;
        h = Math.imul(h ^ w, 0x01000193);
        i++;
      }
      tokens[tokenCount++] = h;
      if (charLo > 0) {
        // Character n-grams of "<word>", boundaries included, from prefix hashes.
        const len = i - start + 2;
        if (prefixBuffer.length <= len) prefixBuffer = new Int32Array(len * 2);
        const prefix = prefixBuffer;
        prefix[0] = 0;
        for (let k = 0; k < len; k++) {
          const ch = k === 0 ? 0x3c : k === len - 1 ? 0x3e : text.charCodeAt(start + k - 1);
          prefix[k + 1] = Math.imul(prefix[k]!, K) + ch;
        }
        for (let size = charLo; size <= charHi && size <= len; size++) {
          const pow = POW[size]!;
          const salt = SALT_CHARS[size & 7]!;
          for (let j = 0; j + size <= len; j++) {
            const x = Math.imul(prefix[j + size]! - Math.imul(prefix[j]!, pow) + salt, GOLDEN);
            out[count++] = ((x >>> shift) << 1) | ((x >>> signShift) & 1);
          }
        }
      }
      continue;
    }
    // A CJK character or a symbol: one token (a surrogate pair counts as one).
    let code = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    i++;
    tokens[tokenCount++] = tokenHash(code, kind === Kind.Cjk ? SALT_CJK : SALT_OTHER);
  }
  const s1 = SALT_NGRAM[1]!;
  const s2 = SALT_NGRAM[2]!;
  const s3 = SALT_NGRAM[3]!;
  let g1 = 0; // previous token
  let g2 = 0; // previous bigram
  for (let t = 0; t < tokenCount; t++) {
    const tok = tokens[t]!;
    let x = Math.imul(tok + s1, GOLDEN);
    out[count++] = ((x >>> shift) << 1) | ((x >>> signShift) & 1);
    if (ngramMax >= 2 && t >= 1) {
      const bigram = Math.imul(g1, K) + tok;
      x = Math.imul(bigram + s2, GOLDEN);
      out[count++] = ((x >>> shift) << 1) | ((x >>> signShift) & 1);
      if (ngramMax >= 3 && t >= 2) {
        x = Math.imul(Math.imul(g2, K) + tok + s3, GOLDEN);
        out[count++] = ((x >>> shift) << 1) | ((x >>> signShift) & 1);
      }
      g2 = bigram;
    }
    g1 = tok;
  }
  return count;
}

/** How the summed weights of `count` feature occurrences are scaled. */
export function featureScale(count: number): number {
  return count ? 1 / Math.log2(2 + count) : 0;
}

/** Calls `emit(code)` for every feature occurrence of a normalised text (code = bucket × 2 + sign bit); returns the count. */
export function forEachFeature(text: string, config: FeatureConfig, emit: (code: number) => void): number {
  const count = extractFeatures(text, config);
  const out = featureBuffer;
  for (let k = 0; k < count; k++) emit(out[k]!);
  return count;
}
