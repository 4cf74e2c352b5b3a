import { describe, expect, it } from 'vitest';
import { huffmanDecode, huffmanEncode, huffmanLengths, MAX_CODE_LENGTH } from './huffman';

function sample(n: number, levels: number, seed: number): Int8Array {
  let s = seed;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0), s / 4294967296);
  const out = new Int8Array(n);
  // Mostly small values, a few large ones: like the quantised weights.
  for (let i = 0; i < n; i++) {
    const r = rand();
    const v = r < 0.4 ? 0 : Math.round(-Math.log(rand()) * (r < 0.99 ? 3 : 30));
    out[i] = Math.min(levels, v) * (rand() < 0.5 ? -1 : 1);
  }
  return out;
}

const frequencies = (values: Int8Array, levels: number) => {
  const f = new Array<number>(2 * levels + 1).fill(0);
  for (const v of values) f[v + levels]!++;
  return f;
};

describe('Huffman coding of quantised weights', () => {
  it('decodes what it encodes', () => {
    for (const levels of [1, 16, 127]) {
      const values = sample(50_000, levels, levels);
      const lengths = huffmanLengths(frequencies(values, levels));
      const bytes = huffmanEncode(values, lengths, levels);
      expect(Array.from(huffmanDecode(bytes, lengths, values.length, levels))).toEqual(Array.from(values));
    }
  });

  it('is near the entropy and limits code lengths', () => {
    const values = sample(100_000, 127, 7);
    const f = frequencies(values, 127);
    const lengths = huffmanLengths(f);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    let entropy = 0;
    for (const c of f) if (c) entropy -= c * Math.log2(c / values.length);
    const bits = huffmanEncode(values, lengths, 127).length * 8;
    expect(bits).toBeLessThan(entropy * 1.05 + 8);
    // Very skewed frequencies would need codes longer than the limit.
    const skewed = Array.from({ length: 40 }, (_, i) => 2 ** Math.min(i, 30));
    expect(Math.max(...huffmanLengths(skewed))).toBeLessThanOrEqual(MAX_CODE_LENGTH);
  });

  it('is deterministic', () => {
    const f = frequencies(sample(10_000, 31, 3), 31);
    expect(huffmanLengths(f)).toEqual(huffmanLengths(f.slice()));
  });

  it('rejects a truncated stream', () => {
    const values = sample(1000, 16, 5);
    const lengths = huffmanLengths(frequencies(values, 16));
    const bytes = huffmanEncode(values, lengths, 16);
    expect(() => huffmanDecode(bytes.subarray(0, bytes.length >> 1), lengths, values.length, 16)).toThrow();
  });
});
