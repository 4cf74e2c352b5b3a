import { describe, expect, it } from 'vitest';
import { foldAligned, isSimplifiedOnly, isTraditionalOnly, NFKC_FOLD_STABLE } from './fold';

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

  it('tells Traditional-only and Simplified-only characters apart', () => {
    expect(isTraditionalOnly('還'.charCodeAt(0))).toBe(true);
    expect(isTraditionalOnly('还'.charCodeAt(0))).toBe(false);
    expect(isSimplifiedOnly('还'.charCodeAt(0))).toBe(true);
    expect(isSimplifiedOnly('的'.charCodeAt(0))).toBe(false);
  });
});

describe('NFKC_FOLD_STABLE', () => {
  it('marks only characters for which skipping NFKC before folding changes nothing', () => {
    let stable = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (!NFKC_FOLD_STABLE[c]) continue;
      stable++;
      const ch = String.fromCharCode(c);
      expect(foldAligned(ch.normalize('NFKC')), `U+${c.toString(16)}`).toBe(foldAligned(ch));
      // No combining mark (it could compose with its neighbour), no surrogate.
      expect(/\p{M}/u.test(ch) || (c >= 0xd800 && c <= 0xdfff), `U+${c.toString(16)}`).toBe(false);
      // A separator that NFKC keeps must be one the model treats as a space anyway (≤ U+0020 after folding).
      if (/\s/.test(ch)) expect(foldAligned(ch).charCodeAt(0), `U+${c.toString(16)}`).toBeLessThanOrEqual(0x20);
    }
    expect(stable).toBeGreaterThan(28_000);
  });

  it('covers ordinary Chinese and English comments', () => {
    for (const text of [
      '第三次了！還是沒收到貨，再不退款我就找消保官。',
      'Still no refund after three weeks – “unacceptable”.',
      '東西壞了（客服）：「請問」',
    ]) {
      expect(
        [...text].every((ch) => NFKC_FOLD_STABLE[ch.charCodeAt(0)] === 1),
        text,
      ).toBe(true);
    }
  });
});
