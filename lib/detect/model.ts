import { extractFeatures, getFeatureBuffer, unitsOf, type FeatureConfig } from './features';
import { normaliseForModel } from './normalise';

/**
 * The shipped linear model: one weight table per language group, int8-quantised and
 * base64-encoded so it bundles as plain JSON (no fetch, no WebAssembly).
 * Produced by `npm run train` (scripts/train.ts); format documented in docs/detect.md.
 */
export interface GroupModelArtifact {
  features: FeatureConfig;
  /** weight = int8 × scale */
  scale: number;
  /** base64 of an Int8Array of 2^bits weights */
  weights: string;
  bias: number;
  /** Margin at or above which a text is a complaint at sensitivity 0.5. */
  threshold: number;
  /** Margin spread used to turn margins into a 0..1 score (the logistic slope). */
  temperature: number;
}

export interface ModelArtifact {
  format: 'tactful-linear-1';
  trainedAt: string;
  data: string;
  groups: { zh: GroupModelArtifact; en: GroupModelArtifact };
}

export type ModelGroup = 'zh' | 'en';

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

export class LinearModel {
  private readonly weights: Record<ModelGroup, Int8Array>;
  private readonly masks: Record<ModelGroup, number>;

  constructor(readonly artifact: ModelArtifact) {
    this.weights = { zh: decodeBase64(artifact.groups.zh.weights), en: decodeBase64(artifact.groups.en.weights) };
    this.masks = {
      zh: (1 << artifact.groups.zh.features.bits) - 1,
      en: (1 << artifact.groups.en.features.bits) - 1,
    };
    for (const g of ['zh', 'en'] as const) {
      if (this.weights[g].length !== this.masks[g] + 1) throw new Error(`Model artifact: ${g} weights have the wrong size`);
    }
  }

  /** Raw margin of a text for one group; 0 for a text with no features. */
  margin(text: string, group: ModelGroup): number {
    const normalised = normaliseForModel(text, this.artifact.groups[group].features.foldScript);
    return this.marginOfUnits(unitsOf(normalised), normalised.length, group);
  }

  /**
   * Margin of a text already normalised for the model, given as UTF-16 units [0, n)
   * (the detector passes its folded buffer when normalisation would change nothing).
   * The weights are summed as integers, so the result does not depend on feature order.
   */
  marginOfUnits(units: ArrayLike<number>, n: number, group: ModelGroup): number {
    const spec = this.artifact.groups[group];
    const weights = this.weights[group];
    const mask = this.masks[group];
    const count = extractFeatures(units, n, spec.features);
    const hashes = getFeatureBuffer();
    let sum = 0;
    for (let k = 0; k < count; k++) {
      const h = hashes[k]!;
      const w = weights[h & mask]!;
      sum += h & 0x80000000 ? -w : w;
    }
    return count ? spec.bias + (sum * spec.scale) / Math.sqrt(count) : spec.bias;
  }

  /** 0..1 score of a margin, where 0.5 is the group's decision threshold. */
  scoreOfMargin(margin: number, group: ModelGroup): number {
    const spec = this.artifact.groups[group];
    const z = (margin - spec.threshold) / spec.temperature;
    return 1 / (1 + Math.exp(-z));
  }

  /** 0..1 score where 0.5 is the group's decision threshold. */
  score(text: string, group: ModelGroup): number {
    return this.scoreOfMargin(this.margin(text, group), group);
  }
}
