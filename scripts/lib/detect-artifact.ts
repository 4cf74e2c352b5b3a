/**
 * Turns fitted models into the shipped artifact: n-gram weights quantised to −L..L as
 * int8, DEFLATE-compressed and base64-encoded; signal weights as numbers.
 */
import zlib from 'node:zlib';
import { MODEL_FORMAT, type GroupModelArtifact, type ModelArtifact } from '../../lib/detect/model';
import type { FittedGroupModel, FittedModels } from './detect-fit';
import { SIGNAL_KEYS } from './detect-train';

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Quantisation of the n-gram weights: step = (the `percentile` of |w|) / `levels`, values
 * clipped to ±levels. Returns the values and the step.
 */
export function quantiseWeights(
  weights: Float32Array,
  levels: number,
  percentile: number,
): { q: Int8Array; step: number } {
  const magnitudes = Float32Array.from(weights, Math.abs).sort();
  const top = magnitudes[Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * percentile))] || 1;
  const step = top / levels;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.max(-levels, Math.min(levels, Math.round(weights[i]! / step)));
  return { q, step };
}

/**
 * Raw DEFLATE with Huffman coding only (zlib's Z_HUFFMAN_ONLY): the weights are peaked
 * around 0 but not repetitive, so string matching only costs bits — Huffman-only comes
 * within 2 % of their entropy, default DEFLATE 27 % above it. Any inflater reads it (the
 * extension uses fflate). zlib is deterministic: the same weights give the same bytes.
 */
export function compressWeights(q: Int8Array): Buffer {
  return zlib.deflateRawSync(new Uint8Array(q.buffer, q.byteOffset, q.byteLength), {
    level: 9,
    strategy: zlib.constants.Z_HUFFMAN_ONLY,
  });
}

function quantise(model: FittedGroupModel): GroupModelArtifact {
  const size = 1 << model.config.bits;
  const levels = model.config.quantLevels ?? 127;
  const { q, step: scale } = quantiseWeights(
    model.weights.subarray(0, size),
    levels,
    model.config.quantPercentile ?? 0.9995,
  );
  const stream = compressWeights(q);
  const signalWeights: Record<string, number> = {};
  SIGNAL_KEYS.forEach((key, k) => {
    const w = round(model.weights[size + k]!);
    if (w !== 0) signalWeights[key] = w;
  });
  const { bits, ngramMax, wordCharNgrams, foldScript } = model.config;
  return {
    features: { bits, ngramMax, wordCharNgrams, foldScript },
    scale,
    weights: Buffer.from(stream).toString('base64'),
    signalWeights,
    bias: model.bias,
    threshold: model.threshold,
    temperature: 1,
  };
}

export function toArtifact(models: FittedModels, data: string): ModelArtifact {
  return {
    format: MODEL_FORMAT,
    trainedAt: 'deterministic', // no timestamp, so retraining on the same data reproduces the file byte for byte
    data,
    groups: { zh: quantise(models.zh), en: quantise(models.en) },
  };
}
