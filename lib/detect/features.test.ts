import { describe, expect, it } from 'vitest';
import artifact from './model/model.json';
import { extractFeatures, getFeatureBuffer, lastFeatureCount, weightedSum, type FeatureConfig } from './features';

/** The UTF-16 units of a string (Uint16Array.from would iterate code points). */
const unitsOf = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

/** Seeded PRNG, so failures reproduce. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '退款',
  '第三次',
  '還是沒',
  'refund',
  'again',
  ' ',
  '  ',
  '\uE002',
  '\uE003',
  "don't",
  'é',
  'Ω',
  '😡',
  '\uD800',
  '\uDC00',
  '!',
  '？',
  'a',
  'soo',
  '你',
  'ﾊ',
  '_x_',
  '\n',
];

describe('weightedSum: the sum of the feature weights without the feature buffer', () => {
  const configs: [string, FeatureConfig][] = [
    ['zh', artifact.groups.zh.features as FeatureConfig],
    ['en', artifact.groups.en.features as FeatureConfig],
    ['1-grams, char 2-5', { bits: 12, ngramMax: 1, wordCharNgrams: [2, 5], foldScript: true }],
    ['2-grams, no char n-grams', { bits: 10, ngramMax: 2, wordCharNgrams: [0, 0], foldScript: false }],
  ];
  it.each(configs)('%s', (_name, config) => {
    const rnd = random(42);
    const weights = new Int8Array(1 << config.bits);
    for (let i = 0; i < weights.length; i++) weights[i] = Math.floor(rnd() * 129) - 64;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const m = Math.floor(rnd() * 12);
      for (let j = 0; j < m; j++) text += PIECES[Math.floor(rnd() * PIECES.length)];
      const units = unitsOf(text);
      const count = extractFeatures(units, units.length, config);
      const codes = getFeatureBuffer();
      let expected = 0;
      for (let f = 0; f < count; f++)
        expected += codes[f]! & 1 ? -weights[codes[f]! >>> 1]! : weights[codes[f]! >>> 1]!;
      expect(weightedSum(units, units.length, config, weights), JSON.stringify(text)).toBe(expected);
      expect(lastFeatureCount()).toBe(count);
    }
  });
});
