import { featureScale, lastFeatureCount, unitsOf, weightedSum, type FeatureConfig } from './features';
import { huffmanDecode } from './huffman';
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
  const buf = (globalThis as unknown as { Buffer: { from(s: string, e: string): Uint8Array } }).Buffer.from(b64, 'base64');
  return new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
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

  constructor(readonly artifact: ModelArtifact) {
    if (artifact.format !== 'tactful-linear-2' && artifact.format !== 'tactful-linear-3')
      throw new Error(`Model artifact: unknown format ${String(artifact.format)}`);
    this.weights = { zh: decodeWeights(artifact.groups.zh), en: decodeWeights(artifact.groups.en) };
    this.masks = {
      zh: (1 << artifact.groups.zh.features.bits) - 1,
      en: (1 << artifact.groups.en.features.bits) - 1,
    };
    for (const g of ['zh', 'en'] as const) {
      if (this.weights[g].length !== this.masks[g] + 1) throw new Error(`Model artifact: ${g} weights have the wrong size`);
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
