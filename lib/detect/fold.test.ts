import { describe, expect, it } from 'vitest';
import { foldAligned, isSimplifiedOnly, isTraditionalOnly } from './fold';

describe('foldAligned', () => {
  it('folds Traditional to Simplified, full-width to ASCII and case, keeping the length', () => {
    const text = '第三次了還是沒收到貨！ＲＥＦＵＮＤ　Now';
    const folded = foldAligned(text);
    expect(folded).toBe('第三次了还是没收到货!refund now');
    expect(folded.length).toBe(text.length);
  });

  it('leaves emoji, surrogates and unknown characters untouched', () => {
    const text = '👨‍👩‍👧 \uD800 é ß';
    expect(foldAligned(text)).toBe('👨‍👩‍👧 \uD800 é ß');
  });

  it('folds texts longer than one decoding chunk', () => {
    const text = 'ＡＢ還'.repeat(10_000);
    expect(foldAligned(text)).toBe('ab还'.repeat(10_000));
  });

  it('tells Traditional-only and Simplified-only characters apart', () => {
    expect(isTraditionalOnly('還'.charCodeAt(0))).toBe(true);
    expect(isTraditionalOnly('还'.charCodeAt(0))).toBe(false);
    expect(isSimplifiedOnly('还'.charCodeAt(0))).toBe(true);
    expect(isSimplifiedOnly('的'.charCodeAt(0))).toBe(false);
  });
});
