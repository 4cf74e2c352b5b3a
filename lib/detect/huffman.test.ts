import { describe, expect, it } from 'vitest';
import {
  DECODE_STEP_SYMBOLS,
  HuffmanDecoder,
  huffmanDecode,
  huffmanEncode,
  huffmanLengths,
  MAX_CODE_LENGTH,
  TABLE_STEP_ENTRIES,
} from './huffman';
import artifact from './model/model.json';
import type { ModelArtifact } from './model';

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

/** Index of the first difference of two arrays (their lengths must match), −1 if none (toEqual is slow on 1 M entries). */
function firstDifference(a: Int8Array, b: Int8Array): number {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
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

  it('decodes in steps exactly what it decodes at once, one bounded step at a time', () => {
    // Counts around the step size and the four-symbol fast path's end, and tiny ones.
    for (const [count, levels] of [
      [0, 3],
      [1, 3],
      [3, 16],
      [4, 16],
      [5, 127],
      [DECODE_STEP_SYMBOLS, 16],
      [DECODE_STEP_SYMBOLS + 3, 64],
      [3 * DECODE_STEP_SYMBOLS + 1, 1],
    ] as const) {
      const values = sample(count, levels, count + levels);
      const lengths = huffmanLengths(frequencies(values, levels).map((f, s) => f || (s === levels ? 1 : 0)));
      const bytes = huffmanEncode(values, lengths, levels);
      const decoder = new HuffmanDecoder(bytes, lengths, count, levels);
      let steps = 0;
      while (!decoder.step()) steps++;
      expect(decoder.done).toBe(true);
      const tableSteps = Math.ceil(2 ** Math.max(...lengths) / TABLE_STEP_ENTRIES);
      expect(steps).toBe(tableSteps + Math.max(1, Math.ceil(count / DECODE_STEP_SYMBOLS)) - 1);
      expect(decoder.result()).toEqual(huffmanDecode(bytes, lengths, count, levels));
      expect(Array.from(decoder.result())).toEqual(Array.from(values));
    }
  });

  it('decodes the shipped Chinese weights in steps exactly as at once', () => {
    const zh = (artifact as unknown as ModelArtifact).groups.zh;
    const bytes = Uint8Array.from(atob(zh.weights), (c) => c.charCodeAt(0));
    const offset = (zh.codeLengths!.length - 1) / 2;
    const once = huffmanDecode(bytes, zh.codeLengths!, 1 << zh.features.bits, offset);
    const decoder = new HuffmanDecoder(bytes, zh.codeLengths!, 1 << zh.features.bits, offset);
    let steps = 1;
    while (!decoder.step()) steps++;
    expect(steps).toBeGreaterThan(30); // 2^20 weights: 32 decoding steps, plus the table's
    expect(firstDifference(decoder.result(), once)).toBe(-1);
    // Once done, further steps change nothing.
    expect(decoder.step()).toBe(true);
    expect(firstDifference(decoder.result(), once)).toBe(-1);
  });

  it('rejects a truncated stream when decoding in steps too', () => {
    const values = sample(DECODE_STEP_SYMBOLS * 2, 16, 9);
    const lengths = huffmanLengths(frequencies(values, 16));
    const bytes = huffmanEncode(values, lengths, 16);
    const decoder = new HuffmanDecoder(bytes.subarray(0, bytes.length >> 1), lengths, values.length, 16);
    expect(() => {
      while (!decoder.step());
    }).toThrow();
  });
});
