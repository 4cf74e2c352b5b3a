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

let featureBuffer = new Uint32Array(4096);

/** Feature hashes of the last `extractFeatures` call (valid until the next call). */
export function getFeatureBuffer(): Uint32Array {
  return featureBuffer;
}
let tokenBuffer = new Uint32Array(1024);

function ensureFeatureCapacity(needed: number): void {
  if (needed <= featureBuffer.length) return;
  let size = featureBuffer.length;
  while (size < needed) size *= 2;
  const next = new Uint32Array(size);
  next.set(featureBuffer);
  featureBuffer = next;
}

/**
 * Writes the feature hashes of a normalised text, given as UTF-16 units `units[0..n)`,
 * into `featureBuffer` and returns how many there are. Order: character n-grams of each
 * Latin word as the words come, then token 1..ngramMax-grams in text order.
 * No allocation once the buffers have grown to the longest text seen.
 */
export function extractFeatures(units: ArrayLike<number>, n: number, config: FeatureConfig): number {
  const [charLo, charHi] = config.wordCharNgrams;
  const ngramMax = config.ngramMax;
  if (tokenBuffer.length < n) tokenBuffer = new Uint32Array(Math.max(n, tokenBuffer.length * 2));
  const tokens = tokenBuffer;
  let tokenCount = 0;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = units[i]!;
    const kind = kindOf(c);
    if (kind === Kind.Space) {
      i++;
      continue;
    }
    if (kind === Kind.Word) {
      const start = i;
      let h = FNV_OFFSET;
      while (i < n) {
        const w = units[i]!;
        if (kindOf(w) !== Kind.Word) break;
        h = Math.imul(h ^ w, FNV_PRIME);
        i++;
      }
      tokens[tokenCount++] = h >>> 0;
      if (charLo > 0) {
        // Character n-grams of "<word>", boundaries included.
        const len = i - start + 2;
        let perSize = 0;
        for (let size = charLo; size <= charHi; size++) if (len >= size) perSize += len - size + 1;
        ensureFeatureCapacity(count + perSize + 3 * n);
        const out = featureBuffer;
        for (let size = charLo; size <= charHi; size++) {
          const seed = FNV_OFFSET ^ (size * 0x51ed27);
          for (let j = 0; j + size <= len; j++) {
            let g = seed;
            for (let k = j, end = j + size; k < end; k++) {
              const ch = k === 0 ? 0x3c : k === len - 1 ? 0x3e : units[start + k - 1]!;
              g = Math.imul(g ^ ch, FNV_PRIME);
            }
            out[count++] = g >>> 0;
          }
        }
      }
      continue;
    }
    // A CJK character or a symbol: one token (a surrogate pair counts as one).
    let code = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = units[i + 1]!;
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    i++;
    tokens[tokenCount++] = mix(code, kind === Kind.Cjk ? 0x1234567 : 0x7654321);
  }
  ensureFeatureCapacity(count + tokenCount * ngramMax);
  const out = featureBuffer;
  for (let t = 0; t < tokenCount; t++) {
    let h = tokens[t]!;
    out[count++] = h;
    for (let size = 2; size <= ngramMax && t + size - 1 < tokenCount; size++) {
      h = mix(h, tokens[t + size - 1]!);
      out[count++] = mix(h, size);
    }
  }
  return count;
}

let stringUnits = new Uint16Array(1024);

/** UTF-16 units of a string in a shared buffer (valid until the next call). */
export function unitsOf(text: string): Uint16Array {
  if (stringUnits.length < text.length) stringUnits = new Uint16Array(Math.max(text.length, stringUnits.length * 2));
  for (let i = 0; i < text.length; i++) stringUnits[i] = text.charCodeAt(i);
  return stringUnits;
}

/** Calls `emit(hash)` for every feature occurrence of a normalised text; returns the count. */
export function forEachFeature(text: string, config: FeatureConfig, emit: (hash: number) => void): number {
  const count = extractFeatures(unitsOf(text), text.length, config);
  const out = featureBuffer;
  for (let k = 0; k < count; k++) emit(out[k]!);
  return count;
}

/** Bucket and sign of a feature hash. */
export function bucketOf(hash: number, mask: number): number {
  return hash & mask;
}
export function signOf(hash: number): 1 | -1 {
  return hash & 0x80000000 ? -1 : 1;
}
