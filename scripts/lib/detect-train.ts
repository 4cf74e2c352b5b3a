/**
 * Training of the linear complaint model: hashed n-gram features (lib/detect/features.ts),
 * optional naive-Bayes log-count-ratio scaling (NB-LR, after Wang & Manning 2012),
 * logistic regression fitted with AdaGrad, deterministic (seeded shuffles).
 */
import { signalsOf } from '../../lib/detect/detector';
import { forEachFeature, featureScale, type FeatureConfig } from '../../lib/detect/features';
import { signalKeys } from '../../lib/detect/model';
import { normaliseForModel } from '../../lib/detect/normalise';
import { PERSONAL_DATA_RULES } from '../../lib/detect/personal-data';
import { SIGNAL_RULES } from '../../lib/detect/signals';
import { seededRandom, shuffle, type Example, type Group } from './detect-data';

export interface TrainConfig extends FeatureConfig {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Smoothing of the NB log-count ratios; 0 turns NB scaling off. */
  nbAlpha: number;
  seed: number;
  /** Number of differently-shuffled fits whose weights are averaged (a free ensemble for a linear model). */
  bags: number;
  /** The signal kinds and labels found by the rules are features too. */
  signalFeatures: boolean;
  /**
   * Quantisation of the shipped n-gram weights: −quantLevels..quantLevels in steps of
   * (quantPercentile of |w|) / quantLevels (defaults 127 and 0.9995), DEFLATE-compressed.
   */
  quantLevels?: number;
  quantPercentile?: number;
}

export const GROUPS: Group[] = ['zh', 'en'];

export interface Encoded {
  /** n-gram buckets, then (from 2^bits on) the signal keys present, each once. */
  idx: Int32Array;
  sign: Int8Array;
  /** How many of `idx` are n-gram occurrences (scaled by `inv`); the rest are signal keys (value 1). */
  ngrams: number;
  /** featureScale(n-gram occurrences). */
  inv: number;
  label: 0 | 1;
  group: 0 | 1;
}

/** One language group's model. */
export interface TrainedModel {
  config: TrainConfig;
  /** Effective weights (NB ratios folded in): 2^bits n-gram buckets, then one per signal key. */
  weights: Float32Array;
  bias: number;
}

/**
 * The signal keys the model can weigh (kind, kind:label), in a fixed order: every rule of
 * signals.ts and personal-data.ts. Their weights follow the 2^bits n-gram buckets.
 */
export const SIGNAL_KEYS: readonly string[] = signalKeys([...SIGNAL_RULES, ...PERSONAL_DATA_RULES]);
const SIGNAL_KEY_INDEX = new Map(SIGNAL_KEYS.map((k, i) => [k, i]));

type EncodeConfig = FeatureConfig & { signalFeatures?: boolean };

export function encode(text: string, label: boolean, group: Group, config: EncodeConfig): Encoded {
  const idx: number[] = [];
  const sign: number[] = [];
  const normalised = normaliseForModel(text, config.foldScript);
  const count = forEachFeature(normalised, config, (code) => {
    idx.push(code >>> 1);
    sign.push(code & 1 ? -1 : 1);
  });
  const size = 1 << config.bits;
  for (const key of config.signalFeatures ? signalKeys(signalsOf(text)) : []) {
    const k = SIGNAL_KEY_INDEX.get(key);
    if (k === undefined) throw new Error(`unknown signal key ${key}`);
    idx.push(size + k);
    sign.push(1);
  }
  return {
    idx: Int32Array.from(idx),
    sign: Int8Array.from(sign),
    ngrams: count,
    inv: featureScale(count),
    label: label ? 1 : 0,
    group: group === 'zh' ? 0 : 1,
  };
}

export function encodeAll(examples: Example[], config: EncodeConfig): Encoded[] {
  return examples.map((e) => encode(e.text, e.label, e.group, config));
}

function nbRatios(data: Encoded[], size: number, alpha: number): Float32Array {
  const pos = new Float64Array(size).fill(alpha);
  const neg = new Float64Array(size).fill(alpha);
  for (const d of data) {
    const target = d.label ? pos : neg;
    const seen = new Set<number>();
    for (const j of d.idx)
      if (!seen.has(j)) {
        seen.add(j);
        target[j]! += 1;
      }
  }
  let sumPos = 0;
  let sumNeg = 0;
  for (let j = 0; j < size; j++) {
    sumPos += pos[j]!;
    sumNeg += neg[j]!;
  }
  const r = new Float32Array(size);
  for (let j = 0; j < size; j++) r[j] = Math.log(pos[j]! / sumPos) - Math.log(neg[j]! / sumNeg);
  return r;
}

export function train(data: Encoded[], config: TrainConfig): TrainedModel {
  const bags = Math.max(1, config.bags);
  if (bags === 1) return trainOnce(data, config);
  const models = Array.from({ length: bags }, (_, b) => trainOnce(data, { ...config, seed: config.seed + b * 7919 }));
  const weights = new Float32Array(models[0]!.weights.length);
  for (const m of models) for (let j = 0; j < weights.length; j++) weights[j]! += m.weights[j]! / bags;
  return { config, weights, bias: models.reduce((sum, m) => sum + m.bias, 0) / bags };
}

function trainOnce(data: Encoded[], config: TrainConfig): TrainedModel {
  const size = (1 << config.bits) + SIGNAL_KEYS.length;
  const scale = config.nbAlpha > 0 ? nbRatios(data, size, config.nbAlpha) : new Float32Array(size).fill(1);
  const w = new Float32Array(size);
  const g2 = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = seededRandom(config.seed);
  const { learningRate: lr, l2 } = config;
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    for (const d of shuffle(data, random)) {
      let z = bias;
      for (let k = 0; k < d.idx.length; k++) {
        const j = d.idx[k]!;
        z += w[j]! * scale[j]! * d.sign[k]! * (k < d.ngrams ? d.inv : 1);
      }
      const p = 1 / (1 + Math.exp(-z));
      const err = p - d.label;
      for (let k = 0; k < d.idx.length; k++) {
        const j = d.idx[k]!;
        const x = scale[j]! * d.sign[k]! * (k < d.ngrams ? d.inv : 1);
        const grad = err * x + l2 * w[j]!;
        g2[j]! += grad * grad;
        w[j]! -= (lr * grad) / Math.sqrt(g2[j]!);
      }
      biasG2 += err * err;
      bias -= (lr * err) / Math.sqrt(biasG2);
    }
  }
  const weights = new Float32Array(size);
  for (let j = 0; j < size; j++) weights[j] = w[j]! * scale[j]!;
  return { config, weights, bias };
}

export function margin(model: { weights: Float32Array; bias: number }, d: Encoded): number {
  let z = 0;
  for (let k = 0; k < d.ngrams; k++) z += model.weights[d.idx[k]!]! * d.sign[k]!;
  let x = 0;
  for (let k = d.ngrams; k < d.idx.length; k++) x += model.weights[d.idx[k]!]!;
  return model.bias + z * d.inv + x;
}

export interface Metrics {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function metrics(predicted: boolean[], actual: boolean[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((p, i) => {
    const a = actual[i];
    if (p && a) tp++;
    else if (p && !a) fp++;
    else if (!p && a) fn++;
    else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    n: predicted.length,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: (tp + tn) / Math.max(1, predicted.length),
  };
}

/** Margin threshold that maximises `objective` on held-out margins. */
export function bestThreshold(margins: number[], labels: boolean[], objective: 'f1' | 'accuracy'): number {
  const candidates = [...new Set(margins.map((m) => Math.round(m * 100) / 100))].sort((a, b) => a - b);
  let best = 0;
  let bestScore = -1;
  for (const t of candidates) {
    const m = metrics(
      margins.map((x) => x >= t),
      labels,
    );
    const score = objective === 'f1' ? m.f1 : m.accuracy;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = t;
    }
  }
  return best;
}
