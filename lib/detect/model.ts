import { featureScale, lastFeatureCount, unitsOf, weightedSum, type FeatureConfig } from './features';
import { HuffmanDecoder, huffmanDecode } from './huffman';
import { normaliseForModel } from './normalise';

/**
 * The shipped linear model: one weight table per language group, int8-quantised and
 * base64-encoded so it bundles as plain JSON (no fetch, no WebAssembly), plus a weight
 * for each signal kind and kind:label the rules find (learnt with the n-grams).
 * Produced by `npm run train` (scripts/train.ts); format documented in docs/detect.md.
 */
export interface GroupModelArtifact {
  features: FeatureConfig;
  /** weight = quantised value × scale */
  scale: number;
  /**
   * base64 of the 2^bits quantised weights: an Int8Array, or — when `codeLengths` is
   * given — their canonical Huffman code (see huffman.ts).
   */
  weights: string;
  /** Code length of each value −L..L (index = value + L), 0 = absent; present when `weights` is Huffman-coded. */
  codeLengths?: number[];
  /** Weight of each signal kind ("insult") and kind:label ("insult:profanity") present in the text. */
  signalWeights: Record<string, number>;
  bias: number;
  /** Margin at or above which a text is a complaint at sensitivity 0.5. */
  threshold: number;
  /** Margin spread used to turn margins into a 0..1 score (the logistic slope). */
  temperature: number;
}

export interface ModelArtifact {
  format: 'tactful-linear-2' | 'tactful-linear-3';
  trainedAt: string;
  data: string;
  groups: { zh: GroupModelArtifact; en: GroupModelArtifact };
}

export type ModelGroup = 'zh' | 'en';

/** What the model reads of the signals: their kinds and labels. */
export interface SignalLike {
  kind: string;
  label: string;
}

function decodeWeights(spec: GroupModelArtifact): Int8Array {
  const raw = decodeBase64(spec.weights);
  if (!spec.codeLengths) return raw;
  const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  return huffmanDecode(bytes, spec.codeLengths, 1 << spec.features.bits, (spec.codeLengths.length - 1) / 2);
}

function decodeBase64(b64: string): Int8Array {
  if (typeof atob === 'function') {
    const bin = atob(b64);
    const out = new Int8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
    return out;
  }
  /* c8 ignore next 2 -- Node without atob (< 16) */
  const buf = (globalThis as unknown as { Buffer: { from(s: string, e: string): Uint8Array } }).Buffer.from(
    b64,
    'base64',
  );
  return new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Base64 characters decoded per step of a stepwise load (a multiple of 4: 48 KB of bytes). */
export const BASE64_STEP_CHARS = 1 << 16;

/**
 * `decodeWeights` in bounded steps: the base64 text a slice at a time, then the Huffman
 * decoder's steps (huffman.ts). The result is the same array, byte for byte.
 */
class WeightsDecoder {
  private raw: Int8Array | null = null;
  private b64Done = 0;
  private huffman: HuffmanDecoder | null = null;
  private weights: Int8Array | null = null;

  constructor(private readonly spec: GroupModelArtifact) {}

  get done(): boolean {
    return this.weights !== null;
  }

  result(): Int8Array {
    if (this.weights === null) throw new Error('Model: weights not decoded yet');
    return this.weights;
  }

  /** One bounded piece of work; true once the weights are decoded. */
  step(): boolean {
    if (this.weights !== null) return true;
    const { spec } = this;
    const b64 = spec.weights;
    if (this.raw === null) {
      // Whole base64 quanta per slice, so that each slice decodes on its own to the same
      // bytes. A text that does not split so (whitespace: the artifact has none) is
      // decoded in one piece.
      if (typeof atob === 'function' && b64.length % 4 === 0) {
        const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
        this.raw = new Int8Array(Math.max(0, (b64.length / 4) * 3 - padding));
      } else {
        this.raw = decodeBase64(b64);
        this.b64Done = b64.length;
      }
      return false;
    }
    if (this.b64Done < b64.length) {
      const out = this.raw;
      const start = this.b64Done;
      const stop = Math.min(b64.length, start + BASE64_STEP_CHARS);
      const at = (start / 4) * 3;
      let bin: string | null;
      try {
        bin = atob(b64.slice(start, stop));
      } catch {
        bin = null;
      }
      if (bin === null || bin.length !== (stop === b64.length ? out.length - at : ((stop - start) / 4) * 3)) {
        this.raw = decodeBase64(b64);
        this.b64Done = b64.length;
        return false;
      }
      for (let i = 0; i < bin.length; i++) out[at + i] = (bin.charCodeAt(i) << 24) >> 24;
      this.b64Done = stop;
      return false;
    }
    if (!spec.codeLengths) {
      this.weights = this.raw;
      return true;
    }
    if (this.huffman === null) {
      const raw = this.raw;
      const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
      this.huffman = new HuffmanDecoder(
        bytes,
        spec.codeLengths,
        1 << spec.features.bits,
        (spec.codeLengths.length - 1) / 2,
      );
      return false;
    }
    if (this.huffman.step()) this.weights = this.huffman.result();
    return this.weights !== null;
  }
}

function checkFormat(artifact: ModelArtifact): void {
  if (artifact.format !== 'tactful-linear-2' && artifact.format !== 'tactful-linear-3')
    throw new Error(`Model artifact: unknown format ${String(artifact.format)}`);
}

/**
 * Builds a `LinearModel` in bounded steps — base64 slices, lookup-table slices and
 * DECODE_STEP_SYMBOLS symbols at a time, each well under a millisecond on a desktop — so
 * that a content script can spread decoding the 2^20 Chinese weights (tens of ms in a busy
 * page) over idle slices. The model is the one `new LinearModel(artifact)` gives, weights
 * byte for byte.
 */
export class LinearModelLoader {
  private readonly decoders: { zh: WeightsDecoder; en: WeightsDecoder };
  private model: LinearModel | null = null;

  constructor(private readonly artifact: ModelArtifact) {
    checkFormat(artifact);
    this.decoders = { zh: new WeightsDecoder(artifact.groups.zh), en: new WeightsDecoder(artifact.groups.en) };
  }

  /** One bounded piece of work; true once the model is built. */
  step(): boolean {
    if (this.model !== null) return true;
    const { zh, en } = this.decoders;
    if (!zh.done) zh.step();
    else if (!en.done) en.step();
    else this.model = new LinearModel(this.artifact, { zh: zh.result(), en: en.result() });
    return this.model !== null;
  }

  /** Steps while `hasTime()` allows (asked before each step); the model once built, else null. */
  load(hasTime: () => boolean): LinearModel | null {
    while (this.model === null) {
      if (!hasTime()) return null;
      this.step();
    }
    return this.model;
  }
}

/** The distinct keys (kind, kind:label) of a list of signals, in first-seen order. */
export function signalKeys(signals: readonly SignalLike[]): string[] {
  const keys: string[] = [];
  for (const s of signals) {
    if (!keys.includes(s.kind)) keys.push(s.kind);
    const key = `${s.kind}:${s.label}`;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

export class LinearModel {
  private readonly weights: Record<ModelGroup, Int8Array>;
  private readonly masks: Record<ModelGroup, number>;
  /** Signal weights per kind, and per kind then label (no string building per text). */
  private readonly kindWeights: Record<ModelGroup, Map<string, number> | null>;
  private readonly labelWeights: Record<ModelGroup, Map<string, Map<string, number>> | null>;

  /**
   * Decodes the artifact's weights at once, unless they are given already decoded (by a
   * `LinearModelLoader`, which does it in steps).
   */
  constructor(
    readonly artifact: ModelArtifact,
    decoded?: Record<ModelGroup, Int8Array>,
  ) {
    checkFormat(artifact);
    this.weights = decoded ?? { zh: decodeWeights(artifact.groups.zh), en: decodeWeights(artifact.groups.en) };
    this.masks = {
      zh: (1 << artifact.groups.zh.features.bits) - 1,
      en: (1 << artifact.groups.en.features.bits) - 1,
    };
    for (const g of ['zh', 'en'] as const) {
      if (this.weights[g].length !== this.masks[g] + 1)
        throw new Error(`Model artifact: ${g} weights have the wrong size`);
    }
    this.kindWeights = { zh: null, en: null };
    this.labelWeights = { zh: null, en: null };
    for (const g of ['zh', 'en'] as const) {
      const entries = Object.entries(artifact.groups[g].signalWeights ?? {});
      if (!entries.length) continue;
      const kinds = new Map<string, number>();
      const labels = new Map<string, Map<string, number>>();
      for (const [key, w] of entries) {
        const colon = key.indexOf(':');
        if (colon < 0) kinds.set(key, w);
        else {
          const kind = key.slice(0, colon);
          if (!labels.has(kind)) labels.set(kind, new Map());
          labels.get(kind)!.set(key.slice(colon + 1), w);
        }
      }
      this.kindWeights[g] = kinds;
      this.labelWeights[g] = labels;
    }
  }

  /**
   * Sum of the weights of the distinct signal kinds and kind:label pairs, in first-seen
   * order (the order `signalKeys` gives, so the sum is the same as summing over its keys).
   */
  private signalMargin(group: ModelGroup, signals: readonly SignalLike[]): number {
    const kinds = this.kindWeights[group];
    const labels = this.labelWeights[group];
    if (kinds === null || labels === null || signals.length === 0) return 0;
    let margin = 0;
    for (let i = 0; i < signals.length; i++) {
      const { kind, label } = signals[i]!;
      let kindSeen = false;
      let pairSeen = false;
      for (let j = 0; j < i; j++) {
        const other = signals[j]!;
        if (other.kind === kind) {
          kindSeen = true;
          if (other.label === label) pairSeen = true;
        }
      }
      if (!kindSeen) margin += kinds.get(kind) ?? 0;
      if (!pairSeen) margin += labels.get(kind)?.get(label) ?? 0;
    }
    return margin;
  }

  /** Raw margin of a text (with the signals the rules found in it) for one group. */
  margin(text: string, group: ModelGroup, signals: readonly SignalLike[] = []): number {
    const normalised = normaliseForModel(text, this.artifact.groups[group].features.foldScript);
    return this.marginOfUnits(unitsOf(normalised), normalised.length, group, signals);
  }

  /**
   * Margin of a text already normalised for the model, given as UTF-16 units [0, n)
   * (the detector passes its folded buffer when normalisation would change nothing).
   * The weights are summed as integers, so the result does not depend on feature order.
   */
  marginOfUnits(units: Uint16Array, n: number, group: ModelGroup, signals: readonly SignalLike[] = []): number {
    const spec = this.artifact.groups[group];
    const sum = weightedSum(units, n, spec.features, this.weights[group]);
    return spec.bias + sum * spec.scale * featureScale(lastFeatureCount()) + this.signalMargin(group, signals);
  }

  /** 0..1 score of a margin, where 0.5 is the group's decision threshold. */
  scoreOfMargin(margin: number, group: ModelGroup): number {
    const spec = this.artifact.groups[group];
    const z = (margin - spec.threshold) / spec.temperature;
    return 1 / (1 + Math.exp(-z));
  }

  /** 0..1 score where 0.5 is the group's decision threshold. */
  score(text: string, group: ModelGroup, signals: readonly SignalLike[] = []): number {
    return this.scoreOfMargin(this.margin(text, group, signals), group);
  }
}
