import { describe, expect, it } from 'vitest';
import { chainHash, chainHashSync, sha256Hex } from './hash';

describe('chain hash', () => {
  it('is sha256 in lowercase hex (FIPS 180-2 test vectors)', async () => {
    expect(chainHashSync('abc', '')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(chainHashSync('', '')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(chainHashSync('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives exactly what WebCrypto gives over the UTF-8 bytes of text + previous hash', async () => {
    const prev = chainHashSync('first', '');
    const texts = [
      '',
      ' ',
      '  \n第三次了還是沒收到貨 👨‍👩‍👧 <script>alert("x")</script> =SUM(A1)\r\n\t ',
      '退款到现在还没到账',
      'e\u0301 vs \u00e9', // not normalised: two different texts, two different hashes
      '\ud800 lone surrogate \udfff',
      '\u0000\uffff\ufeff',
      'x'.repeat(100_000) + '漢'.repeat(50_000),
      // Lengths around SHA-256's 64-byte block and padding boundaries.
      ...[55, 56, 63, 64, 65, 119, 120].map((n) => 'a'.repeat(n)),
    ];
    for (const text of texts) {
      for (const p of ['', prev]) expect(chainHashSync(text, p)).toBe(await chainHash(text, p));
    }
    expect(chainHashSync('e\u0301', '')).not.toBe(chainHashSync('\u00e9', ''));
    expect(chainHashSync('abc ', '')).not.toBe(chainHashSync('abc', ''));
  });

  it('depends on the previous hash', () => {
    expect(chainHashSync('same text', chainHashSync('one', ''))).not.toBe(
      chainHashSync('same text', chainHashSync('two', '')),
    );
  });
});
