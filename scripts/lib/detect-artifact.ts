/** Turns fitted models into the shipped artifact (int8-quantised n-gram weights, base64; signal weights as numbers). */
import type { GroupModelArtifact, ModelArtifact } from '../../lib/detect/model';
import type { FittedGroupModel, FittedModels } from './detect-fit';
import { SIGNAL_KEYS } from './detect-train';

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function quantise(model: FittedGroupModel): GroupModelArtifact {
  const size = 1 << model.config.bits;
  const weights = model.weights.subarray(0, size);
  // Scale by a high percentile rather than the maximum: a few extreme weights would
  // otherwise crush every ordinary weight to zero.
  const magnitudes = Float32Array.from(weights, Math.abs).sort();
  const p999 = magnitudes[Math.floor(magnitudes.length * 0.9995)] || 1;
  const scale = p999 / 127;
  const q = new Int8Array(size);
  for (let i = 0; i < size; i++) q[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / scale)));
  const signalWeights: Record<string, number> = {};
  SIGNAL_KEYS.forEach((key, k) => {
    const w = round(model.weights[size + k]!);
    if (w !== 0) signalWeights[key] = w;
  });
  const { bits, ngramMax, wordCharNgrams, foldScript } = model.config;
  return {
    features: { bits, ngramMax, wordCharNgrams, foldScript },
    scale,
    weights: Buffer.from(q.buffer).toString('base64'),
    signalWeights,
    bias: model.bias,
    threshold: model.threshold,
    temperature: 1,
  };
}

export function toArtifact(models: FittedModels, data: string): ModelArtifact {
  return {
    format: 'tactful-linear-2',
    trainedAt: 'deterministic', // no timestamp, so retraining on the same data reproduces the file byte for byte
    data,
    groups: { zh: quantise(models.zh), en: quantise(models.en) },
  };
}
