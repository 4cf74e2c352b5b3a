import { describe, expect, it } from 'vitest';
import { extractFeatures, featureScale, forEachFeature, getFeatureBuffer, type FeatureConfig } from './features';

const ZH: FeatureConfig = { bits: 20, ngramMax: 3, wordCharNgrams: [3, 4], foldScript: true };
const codesOf = (text: string, config = ZH) => {
  const codes: number[] = [];
  forEachFeature(text, config, (c) => codes.push(c));
  return codes;
};

describe('hashed n-gram features', () => {
  it('gives each Chinese character its 1-, 2- and 3-grams', () => {
    // 4 characters: 4 unigrams, 3 bigrams, 2 trigrams.
    expect(extractFeatures('退款太慢', ZH)).toBe(9);
  });

  it('gives each English word its word n-grams and its character 3- and 4-grams with boundaries', () => {
    // "<bad>": 3 character 3-grams and 2 4-grams; one word: one unigram.
    expect(extractFeatures('bad', ZH)).toBe(3 + 2 + 1);
  });

  it('skips spaces and counts a surrogate pair as one token', () => {
    expect(codesOf('退 款')).toEqual(codesOf('退款'));
    expect(extractFeatures('😡', ZH)).toBe(1);
  });

  it('stays within the hash space and does not depend on earlier calls', () => {
    const first = codesOf('第三次了還是沒收到 refund please');
    codesOf('另一段很長的文字'.repeat(500));
    expect(codesOf('第三次了還是沒收到 refund please')).toEqual(first);
    const count = extractFeatures('退款 refund', { ...ZH, bits: 10 });
    for (const code of getFeatureBuffer().subarray(0, count)) expect(code >>> 1).toBeLessThan(1 << 10);
  });

  it('scales a longer text down', () => {
    expect(featureScale(0)).toBe(0);
    expect(featureScale(100)).toBeLessThan(featureScale(10));
  });
});
