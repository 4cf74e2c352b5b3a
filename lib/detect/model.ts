import { Inflate, inflateSync } from 'fflate';
import { extractFeatures, featureScale, getFeatureBuffer, type FeatureConfig } from './features';
import { normaliseForModel } from './normalise';

/**
 * The shipped linear model: one weight table per language group — 2^bits quantised int8
 * weights, DEFLATE-compressed (fflate) and base64-encoded so it bundles as plain JSON —
 * plus a weight for each signal kind and kind:label the rules find (learnt with the
 * n-grams). Produced by `npm run train` (scripts/train.ts).
 */
export interface GroupModelArtifact {
  features: FeatureConfig;
  /** weight = quantised value × scale */
  scale: number;
  /** base64 of the raw DEFLATE stream of the 2^bits int8 quantised weights. */
  weights: string;
  /** Weight of each signal kind ("insult") and kind:label ("insult:profanity") present in the text. */
  signalWeights: Record<string, number>;
  bias: number;
  /** Margin at or above which a text is a complaint at sensitivity 0.5. */
  threshold: number;
  /** Margin spread used to turn margins into a 0..1 score (the logistic slope). */
  temperature: number;
}

export const MODEL_FORMAT = 'tactful-linear-4';

export interface ModelArtifact {
  format: typeof MODEL_FORMAT;
  trainedAt: string;
  data: string;
  groups: { zh: GroupModelArtifact; en: GroupModelArtifact };
}

export type ModelGroup = 'zh' | 'en';
const GROUPS: readonly ModelGroup[] = ['zh', 'en'];

/**
 * A text's n-gram features as a sparse vector: the buckets (increasing) and the text's
 * value in each (signed occurrence counts × the length scaling), in a group's hash space.
 */
export interface FeatureVector {
  group: ModelGroup;
  bits: number;
  keys: number[];
  values: number[];
}

/** What the model reads of the signals: their kinds and labels. */
export interface SignalLike {
  kind: string;
  label: string;
}

function checkFormat(artifact: ModelArtifact): void {
  if (artifact.format !== MODEL_FORMAT) throw new Error(`Model artifact: unknown format ${String(artifact.format)}`);
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function decodeWeights(spec: GroupModelArtifact): Int8Array {
  const out = new Uint8Array(1 << spec.features.bits);
  const inflated = inflateSync(base64Bytes(spec.weights), { out });
  if (inflated.length !== out.length) throw new Error('Model artifact: weights have the wrong size');
  return new Int8Array(out.buffer);
}

/** Base64 characters decoded and inflated per step (a multiple of 4: 12 KB of compressed bytes). */
export const STEP_CHARS = 1 << 14;

/**
 * Decodes the weights in bounded steps — a slice of the base64 text, inflated by fflate's
 * streaming decoder — so that a content script can spread the work over idle slices.
 */
class WeightsDecoder {
  private readonly out: Uint8Array;
  private written = 0;
  private read = 0;
  private readonly inflater = new Inflate((chunk) => {
    this.out.set(chunk.subarray(0, this.out.length - this.written), this.written);
    this.written += chunk.length;
  });

  constructor(private readonly spec: GroupModelArtifact) {
    this.out = new Uint8Array(1 << spec.features.bits);
  }

  get done(): boolean {
    return this.read >= this.spec.weights.length;
  }

  step(): void {
    const b64 = this.spec.weights;
    const end = Math.min(b64.length, this.read + STEP_CHARS);
    this.inflater.push(base64Bytes(b64.slice(this.read, end)), end === b64.length);
    this.read = end;
  }

  result(): Int8Array {
    if (this.written !== this.out.length) throw new Error('Model artifact: weights have the wrong size');
    return new Int8Array(this.out.buffer);
  }
}

/**
 * Builds a `LinearModel` in bounded steps, each well under a millisecond on a desktop;
 * the model is the one `new LinearModel(artifact)` gives, weights byte for byte.
 */
export class LinearModelLoader {
  private readonly decoders: Record<ModelGroup, WeightsDecoder>;
  private model: LinearModel | null = null;

  constructor(private readonly artifact: ModelArtifact) {
    checkFormat(artifact);
    this.decoders = { zh: new WeightsDecoder(artifact.groups.zh), en: new WeightsDecoder(artifact.groups.en) };
  }

  /** Steps while `hasTime()` allows (asked before each step); the model once built, else null. */
  load(hasTime: () => boolean): LinearModel | null {
    while (this.model === null) {
      if (!hasTime()) return null;
      const pending = GROUPS.find((g) => !this.decoders[g].done);
      if (pending) this.decoders[pending].step();
      else
        this.model = new LinearModel(this.artifact, { zh: this.decoders.zh.result(), en: this.decoders.en.result() });
    }
    return this.model;
  }
}

/** The distinct keys (kind, kind:label) of a list of signals, in first-seen order. */
export function signalKeys(signals: readonly SignalLike[]): string[] {
  const keys = new Set<string>();
  for (const s of signals) keys.add(s.kind).add(`${s.kind}:${s.label}`);
  return [...keys];
}

export class LinearModel {
  private readonly weights: Record<ModelGroup, Int8Array>;

  /** Decodes the artifact's weights at once, unless a `LinearModelLoader` gives them decoded. */
  constructor(
    readonly artifact: ModelArtifact,
    decoded?: Record<ModelGroup, Int8Array>,
  ) {
    checkFormat(artifact);
    this.weights = decoded ?? { zh: decodeWeights(artifact.groups.zh), en: decodeWeights(artifact.groups.en) };
    for (const g of GROUPS)
      if (this.weights[g].length !== 1 << artifact.groups[g].features.bits)
        throw new Error(`Model artifact: ${g} weights have the wrong size`);
  }

  bitsOf(group: ModelGroup): number {
    return this.artifact.groups[group].features.bits;
  }

  thresholdOf(group: ModelGroup): number {
    return this.artifact.groups[group].threshold;
  }

  /** The text normalised for the model, and its feature vector. */
  vectorOf(text: string, group: ModelGroup): { normalised: string; vector: FeatureVector } {
    const features = this.artifact.groups[group].features;
    const normalised = normaliseForModel(text, features.foldScript);
    const count = extractFeatures(normalised, features);
    const codes = getFeatureBuffer();
    const sums = new Map<number, number>();
    for (let k = 0; k < count; k++) {
      const code = codes[k]!;
      sums.set(code >>> 1, (sums.get(code >>> 1) ?? 0) + (code & 1 ? -1 : 1));
    }
    const scale = featureScale(count);
    const keys = [...sums.keys()].sort((a, b) => a - b);
    return { normalised, vector: { group, bits: features.bits, keys, values: keys.map((k) => sums.get(k)! * scale) } };
  }

  /** The margin of a sparse vector (a stored correction's, or `vectorOf`'s) with its signal keys. */
  marginOfSparse(
    v: { keys: readonly number[]; values: readonly number[]; signals?: readonly string[] },
    group: ModelGroup,
  ) {
    const spec = this.artifact.groups[group];
    const weights = this.weights[group];
    let sum = 0;
    for (let i = 0; i < v.keys.length; i++) sum += weights[v.keys[i]!]! * v.values[i]!;
    let signal = 0;
    for (const key of v.signals ?? []) signal += spec.signalWeights[key] ?? 0;
    return spec.bias + sum * spec.scale + signal;
  }

  /** Raw margin of a text (with the signals the rules found in it) for one group. */
  margin(text: string, group: ModelGroup, signals: readonly SignalLike[] = []): number {
    const spec = this.artifact.groups[group];
    return spec.bias + this.ngramSum(text, group) * spec.scale + this.signalMargin(group, signals);
  }

  /** `margin` of the features in the feature buffer (after `featuresOf`). */
  marginOfFeatures(count: number, group: ModelGroup, signals: readonly SignalLike[] = []): number {
    const spec = this.artifact.groups[group];
    return spec.bias + this.sumOfFeatures(count, group) * spec.scale + this.signalMargin(group, signals);
  }

  /** The scaled sum of the n-gram weights of a text (before the group's scale). */
  private ngramSum(text: string, group: ModelGroup): number {
    return this.sumOfFeatures(this.featuresOf(text, group).count, group);
  }

  /**
   * Normalises a text and extracts its features into the shared feature buffer
   * (`getFeatureBuffer()`, valid until the next extraction): bucket × 2 + sign bit.
   */
  featuresOf(text: string, group: ModelGroup): { normalised: string; count: number } {
    const features = this.artifact.groups[group].features;
    const normalised = normaliseForModel(text, features.foldScript);
    return { normalised, count: extractFeatures(normalised, features) };
  }

  /** The scaled sum of the weights of the `count` features in the feature buffer. */
  sumOfFeatures(count: number, group: ModelGroup): number {
    const codes = getFeatureBuffer();
    const weights = this.weights[group];
    let sum = 0;
    for (let k = 0; k < count; k++) {
      const code = codes[k]!;
      sum += code & 1 ? -weights[code >>> 1]! : weights[code >>> 1]!;
    }
    return sum * featureScale(count);
  }

  signalMargin(group: ModelGroup, signals: readonly SignalLike[]): number {
    const table = this.artifact.groups[group].signalWeights;
    let margin = 0;
    for (const key of signalKeys(signals)) margin += table[key] ?? 0;
    return margin;
  }

  /** 0..1 score of a margin, where 0.5 is the group's decision threshold. */
  scoreOfMargin(margin: number, group: ModelGroup): number {
    const spec = this.artifact.groups[group];
    return 1 / (1 + Math.exp(-(margin - spec.threshold) / spec.temperature));
  }

  /** 0..1 score where 0.5 is the group's decision threshold. */
  score(text: string, group: ModelGroup, signals: readonly SignalLike[] = []): number {
    return this.scoreOfMargin(this.margin(text, group, signals), group);
  }
}
