import { z } from 'zod';
import type { FeatureVector, LinearModel, ModelGroup } from './model';
import { quadrantSchema, severitySchema, type AppliedCorrection } from './types';

/**
 * Learning from the CSM's corrections ("Not a complaint" / "This is a complaint", and for
 * complaints the right severity and situation), the pure part: no storage, no DOM.
 *
 * A correction stores the text's features, not the text: the model's hashed n-gram vector
 * (at most MAX_KEYS buckets), the signal keys the rules found, and a hash of the normalised
 * text. Corrections travel with backups and with template libraries shared in a team, so
 * they must not carry customers' words, names or phone numbers; the verbatim text stays in
 * the case record, which `sourceKey` points to. Undo is removing the correction from the
 * list: the set is rebuilt from what is left.
 *
 * Applied to a text (`CorrectionSet.apply`), corrections act in three ways:
 *  - the same text (same normalised text) takes its latest correction's verdict;
 *  - a similar text (cosine ≥ SIMILAR of the feature vectors) takes its nearest one's;
 *  - every other text is scored with an overlay on the shipped weights, fitted to the
 *    corrections the score gets wrong: a small weight per bucket shared by several of them,
 *    the total effect on a text bounded to [−MAX_LOWER, +MAX_RAISE] logits — so a flood of
 *    "not a complaint" clicks can lower a text's score by at most MAX_LOWER, and a complaint
 *    the model is sure of (or a serious threat, kept at ≥ 0.88) stays one.
 */

/** Buckets kept per correction: the smallest bucket numbers, a sample shared by similar texts. */
export const MAX_KEYS = 512;
/** Cosine similarity from which a corrected text's verdict carries over to another text. */
export const SIMILAR = 0.8;
/** Bounds of the overlay, in logits. */
export const MAX_LOWER = 1;
export const MAX_RAISE = 2.5;
/** Corrections a bucket must appear in before the overlay gives it a weight. */
const MIN_SUPPORT = 3;
/**
 * Bound of one bucket's weight. Chosen with `npm run eval`'s figures in view (English
 * tweets' eval side, the Hong Kong test third): ±1.5 let 50 corrections flip 62 unrelated
 * tweets, mostly wrongly; ±0.25 keeps nearly all of the Hong Kong gain.
 */
const MAX_WEIGHT = 0.25;

export const correctionFeaturesSchema = z
  .object({
    version: z.literal(1),
    group: z.enum(['zh', 'en']),
    /** log2 of the model's hash space the keys belong to (corrections made with another model are ignored). */
    bits: z.number().int().min(8).max(24),
    /** 64-bit hash of the normalised text, hex. */
    textHash: z.string().regex(/^[0-9a-f]{16}$/),
    /** Bucket numbers, strictly increasing, and the text's value in each. */
    keys: z.array(z.number().int().min(0)).max(MAX_KEYS),
    values: z.array(z.number().finite()).max(MAX_KEYS),
    /** Signal kinds and kind:labels the rules found ("escalation", "escalation:media"). */
    signals: z.array(z.string().max(64)).max(128),
  })
  .refine((f) => f.keys.length === f.values.length, 'keys and values differ in length')
  .refine((f) => f.keys.every((k, i) => i === 0 || k > f.keys[i - 1]!), 'keys must be strictly increasing')
  .refine((f) => f.keys.every((k) => k < 2 ** f.bits), 'a key is outside the hash space');

export const correctionSchema = z.object({
  id: z.string().min(1).max(200),
  /** ISO 8601; corrections apply in this order (the latest wins for the same text). */
  createdAt: z.string().min(1).max(40),
  complaint: z.boolean(),
  severity: severitySchema.exclude(['none']).optional(),
  quadrant: quadrantSchema.optional(),
  /** The corrected item, e.g. "facebook:comment:123" or a case id (no personal content). */
  sourceKey: z.string().max(500).optional(),
  features: correctionFeaturesSchema,
});
export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionFeatures = z.infer<typeof correctionFeaturesSchema>;

/** 64-bit FNV-1a of a string (two 32-bit halves with different offsets), as 16 hex digits. */
export function textHash(normalised: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The at most MAX_KEYS smallest buckets of a vector, with their values. */
function sample(v: FeatureVector): { keys: number[]; values: number[] } {
  return { keys: v.keys.slice(0, MAX_KEYS), values: v.values.slice(0, MAX_KEYS) };
}

/** The stored features of a text (what `makeCorrection` keeps). */
export function featuresOf(v: FeatureVector, normalised: string, signalKeys: readonly string[]): CorrectionFeatures {
  const { keys, values } = sample(v);
  return {
    version: 1,
    group: v.group,
    bits: v.bits,
    textHash: textHash(normalised),
    keys,
    values: values.map((x) => Math.round(x * 1e4) / 1e4),
    signals: [...signalKeys],
  };
}

function norm(values: readonly number[]): number {
  let s = 0;
  for (const x of values) s += x * x;
  return Math.sqrt(s);
}

/** Cosine of two sparse vectors with sorted keys. */
function cosine(
  a: { keys: readonly number[]; values: readonly number[] },
  an: number,
  b: CorrectionFeatures,
  bn: number,
) {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.keys.length && j < b.keys.length) {
    if (a.keys[i]! < b.keys[j]!) i++;
    else if (a.keys[i]! > b.keys[j]!) j++;
    else dot += a.values[i++]! * b.values[j++]!;
  }
  return an && bn ? Math.max(0, Math.min(1, dot / (an * bn))) : 0;
}

/** Buckets of a text used to look up similar corrections (the smallest ones: similar texts share them). */
const PROBE_KEYS = 16;

/** What the CSM says about a text. */
export type CorrectionVerdictInput = Pick<Correction, 'complaint' | 'severity' | 'quadrant'>;

export type CorrectionVerdict = CorrectionVerdictInput & { applied: AppliedCorrection };

export class CorrectionSet {
  /** Latest correction per text hash. */
  private readonly byText = new Map<string, Correction>();
  private readonly kept: Correction[] = [];
  private readonly norms: number[] = [];
  private readonly probe = new Map<string, number[]>();
  /** Per-bucket weights added to the model's margin, per group; no bias (it cost English tweets F1 in `npm run eval`). */
  private readonly overlays: Record<ModelGroup, Map<number, number>> = { zh: new Map(), en: new Map() };

  constructor(
    corrections: readonly Correction[],
    private readonly model: LinearModel,
  ) {
    const steps = this.build(corrections);
    while (!steps.next().done);
  }

  /**
   * A set built a step at a time (the index, then each pass of each group's fit), for a page
   * that must not block: a thousand corrections take tens of milliseconds in one piece.
   */
  static *inSteps(corrections: readonly Correction[], model: LinearModel): Generator<void, CorrectionSet> {
    const set = new CorrectionSet([], model);
    yield* set.build(corrections);
    return set;
  }

  /** Indexes the corrections and fits the overlay; called once per set. */
  private *build(corrections: readonly Correction[]): Generator<void> {
    const model = this.model;
    const ordered = [...corrections].sort((a, b) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
    );
    for (const c of ordered)
      if (c.features.bits === model.bitsOf(c.features.group)) this.byText.set(c.features.textHash, c);
    for (const c of this.byText.values()) {
      const index = this.kept.push(c) - 1;
      this.norms.push(norm(c.features.values));
      for (const k of c.features.keys.slice(0, PROBE_KEYS)) {
        const key = `${c.features.group}:${k}`;
        const list = this.probe.get(key);
        if (list) list.push(index);
        else this.probe.set(key, [index]);
      }
    }
    // Buckets most corrected texts share (punctuation, 的, "the") say nothing about similarity
    // and would make every text a candidate: they are left out of the probe.
    const common = Math.max(8, Math.ceil(this.kept.length / 20));
    for (const [key, list] of this.probe) if (list.length > common) this.probe.delete(key);
    yield;
    for (const group of ['zh', 'en'] as const) yield* this.fit(group);
  }

  get size(): number {
    return this.kept.length;
  }

  /**
   * Fits the overlay of one group to its corrections: logistic loss on the shipped model's
   * margin plus the overlay, AdaGrad, a fixed number of passes in a fixed order
   * (deterministic), every parameter clipped to its bound after each step.
   */
  private *fit(group: ModelGroup): Generator<void> {
    const data = this.kept.filter((c) => c.features.group === group);
    if (!data.length) return;
    const weights = this.overlays[group];
    // Only buckets that several corrections share are learnt: a word seen in one corrected
    // text says nothing about other texts (that text itself is decided by its own correction).
    const support = new Map<number, number>();
    for (const c of data) for (const k of c.features.keys) support.set(k, (support.get(k) ?? 0) + 1);
    const base = data.map((c) => this.model.marginOfSparse(c.features, group) - this.model.thresholdOf(group));
    const g2 = new Map<number, number>();
    const rate = 0.5;
    const clip = (x: number, bound: number) => Math.max(-bound, Math.min(bound, x));
    for (let epoch = 0; epoch < 8; epoch++) {
      yield;
      data.forEach((c, n) => {
        const { keys, values } = c.features;
        let z = base[n]!;
        let delta = 0;
        for (let i = 0; i < keys.length; i++) delta += (weights.get(keys[i]!) ?? 0) * values[i]!;
        z += clip(delta, delta < 0 ? MAX_LOWER : MAX_RAISE);
        // Only what the score gets wrong is learnt: confirming what the model already says
        // would only make the overlay overconfident.
        if ((c.complaint ? z : -z) >= 0) return;
        const err = 1 / (1 + Math.exp(-z)) - (c.complaint ? 1 : 0);
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i]!;
          if (support.get(k)! < MIN_SUPPORT) continue;
          const w = weights.get(k) ?? 0;
          const grad = err * values[i]! + 1e-3 * w;
          const acc = (g2.get(k) ?? 1e-8) + grad * grad;
          g2.set(k, acc);
          weights.set(k, clip(w - (rate * grad) / Math.sqrt(acc), MAX_WEIGHT));
        }
      });
    }
  }

  /**
   * The overlay's effect on a text's margin, in logits (bounded), from its feature codes
   * (bucket × 2 + sign bit) and length scaling, without building the vector.
   */
  shiftOfCodes(codes: Int32Array, count: number, group: ModelGroup, scale: number): number {
    const weights = this.overlays[group];
    if (!weights.size) return 0;
    let delta = 0;
    for (let k = 0; k < count; k++) {
      const w = weights.get(codes[k]! >>> 1);
      if (w !== undefined) delta += codes[k]! & 1 ? -w : w;
    }
    return Math.max(-MAX_LOWER, Math.min(MAX_RAISE, delta * scale));
  }

  /**
   * Whether a text (its feature codes) could be similar to a correction: some correction
   * holds a third of the text's PROBE_KEYS smallest buckets. Only then is its vector built.
   */
  mayBeSimilar(codes: Int32Array, count: number, group: ModelGroup): boolean {
    if (!this.kept.length) return false;
    const smallest: number[] = [];
    for (let k = 0; k < count; k++) {
      const b = codes[k]! >>> 1;
      if (smallest.length === PROBE_KEYS && b >= smallest[PROBE_KEYS - 1]!) continue;
      if (smallest.includes(b)) continue;
      let i = smallest.length;
      while (i > 0 && smallest[i - 1]! > b) i--;
      smallest.splice(i, 0, b);
      if (smallest.length > PROBE_KEYS) smallest.pop();
    }
    const needed = Math.max(1, Math.floor(smallest.length / 3));
    const hits = new Map<number, number>();
    for (const b of smallest)
      for (const index of this.probe.get(`${group}:${b}`) ?? []) {
        const n = (hits.get(index) ?? 0) + 1;
        if (n >= needed) return true;
        hits.set(index, n);
      }
    return false;
  }

  /** The latest correction of this very text (same normalised text), if any. */
  sameText(normalised: string, group: ModelGroup): CorrectionVerdict | null {
    const same = this.byText.get(textHash(normalised));
    return same && same.features.group === group ? verdictOf(same, 'same-text', 1, this.size) : null;
  }

  /** The correction that decides this text's verdict (same text, else the most similar above SIMILAR), if any. */
  decide(v: FeatureVector, normalised: string): CorrectionVerdict | null {
    if (!this.kept.length) return null;
    const same = this.sameText(normalised, v.group);
    if (same) return same;
    const mine = sample(v);
    const hits = new Map<number, number>();
    for (const k of mine.keys.slice(0, PROBE_KEYS))
      for (const index of this.probe.get(`${v.group}:${k}`) ?? []) hits.set(index, (hits.get(index) ?? 0) + 1);
    const needed = Math.max(1, Math.floor(Math.min(PROBE_KEYS, mine.keys.length) / 3));
    const myNorm = norm(mine.values);
    let best: { index: number; similarity: number } | null = null;
    for (const [index, count] of hits) {
      if (count < needed) continue;
      const similarity = cosine(mine, myNorm, this.kept[index]!.features, this.norms[index]!);
      if (similarity >= SIMILAR && (!best || similarity > best.similarity)) best = { index, similarity };
    }
    return best ? verdictOf(this.kept[best.index]!, 'similar-text', best.similarity, this.size) : null;
  }
}

function verdictOf(c: Correction, match: 'same-text' | 'similar-text', similarity: number, count: number) {
  return {
    complaint: c.complaint,
    ...(c.complaint && c.severity ? { severity: c.severity } : {}),
    ...(c.complaint && c.quadrant ? { quadrant: c.quadrant } : {}),
    applied: { match, id: c.id, similarity: Math.round(similarity * 1000) / 1000, count },
  };
}
