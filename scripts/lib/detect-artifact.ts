/**
 * Turns fitted models into the shipped artifact: n-gram weights quantised to −L..L and
 * Huffman-coded (base64), signal weights as numbers.
 */
import { huffmanEncode, huffmanLengths } from '../../lib/detect/huffman';
import type { GroupModelArtifact, ModelArtifact } from '../../lib/detect/model';
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

function quantise(model: FittedGroupModel): GroupModelArtifact {
  if (model.embed)
    throw new Error('embedding features are an experiment of detect-tune; the artifact has no word table');
  const size = 1 << model.config.bits;
  const levels = model.config.quantLevels ?? 127;
  const { q, step: scale } = quantiseWeights(
    model.weights.subarray(0, size),
    levels,
    model.config.quantPercentile ?? 0.9995,
  );
  const freqs = new Array<number>(2 * levels + 1).fill(0);
  for (let i = 0; i < size; i++) freqs[q[i]! + levels]!++;
  const codeLengths = huffmanLengths(freqs);
  const stream = huffmanEncode(q, codeLengths, levels);
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
    codeLengths,
    signalWeights,
    bias: model.bias,
    threshold: model.threshold,
    temperature: 1,
  };
}

export function toArtifact(models: FittedModels, data: string): ModelArtifact {
  return {
    format: 'tactful-linear-3',
    trainedAt: 'deterministic', // no timestamp, so retraining on the same data reproduces the file byte for byte
    data,
    groups: { zh: quantise(models.zh), en: quantise(models.en) },
  };
}
