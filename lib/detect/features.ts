/**
 * Hashed n-gram features over a normalised text. One token stream serves every
 * language: each CJK character is a token (so n-grams are character n-grams), each
 * Latin word is a token (so n-grams are word n-grams), punctuation and emoji are single
 * tokens. Latin words also contribute character n-grams, which survive the misspellings
 * of social-media English.
 *
 * Feature value: each occurrence adds ±1 (signed hashing) to its bucket, and the vector
 * is divided by √(number of occurrences). Scoring is therefore one pass with no
 * allocation beyond the token hashes — it runs on every comment of a busy page.
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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const enum Kind {
  Space,
  Cjk,
  Word,
  Other,
}

function kindOf(c: number): Kind {
  if (c === 0x20) return Kind.Space;
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || (c >= 0x41 && c <= 0x5a)) return Kind.Word;
    return c <= 0x20 ? Kind.Space : Kind.Other;
  }
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f)) return Kind.Word;
  if (c >= 0xe001 && c <= 0xe004) return Kind.Word; // URL/mention/number/email placeholders
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af))
    return Kind.Cjk;
  return Kind.Other;
}

/** Calls `emit(hash)` for every feature occurrence of a normalised text; returns the count. */
export function forEachFeature(text: string, config: FeatureConfig, emit: (hash: number) => void): number {
  const tokenHashes: number[] = [];
  const [charLo, charHi] = config.wordCharNgrams;
  let count = 0;
  const emitCount = (h: number) => {
    emit(h);
    count++;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = kindOf(c);
    if (kind === Kind.Space) {
      i++;
      continue;
    }
    if (kind === Kind.Word) {
      const start = i;
      let h = FNV_OFFSET;
      while (i < n && kindOf(text.charCodeAt(i)) === Kind.Word) {
        h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
        i++;
      }
      tokenHashes.push(h >>> 0);
      if (charLo > 0) {
        // Character n-grams of "<word>", boundaries included.
        const len = i - start + 2;
        const at = (k: number) => (k === 0 ? 0x3c : k === len - 1 ? 0x3e : text.charCodeAt(start + k - 1));
        for (let size = charLo; size <= charHi; size++) {
          for (let j = 0; j + size <= len; j++) {
            let g = FNV_OFFSET ^ (size * 0x51ed27);
            for (let k = j; k < j + size; k++) g = Math.imul(g ^ at(k), FNV_PRIME);
            emitCount(g >>> 0);
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
    tokenHashes.push(mix(code, kind === Kind.Cjk ? 0x1234567 : 0x7654321));
  }
  for (let t = 0; t < tokenHashes.length; t++) {
    let h = tokenHashes[t]!;
    emitCount(h);
    for (let size = 2; size <= config.ngramMax && t + size - 1 < tokenHashes.length; size++) {
      h = mix(h, tokenHashes[t + size - 1]!);
      emitCount(mix(h, size));
    }
  }
  return count;
}

/** Bucket and sign of a feature hash. */
export function bucketOf(hash: number, mask: number): number {
  return hash & mask;
}
export function signOf(hash: number): 1 | -1 {
  return hash & 0x80000000 ? -1 : 1;
}
