/**
 * Canonical Huffman coding of the model's quantised weights (values −L..L, most of them
 * near 0): the artifact stores each symbol's code length and the bit stream; decoding
 * happens once, when the model loads, into a plain Int8Array (the hot path is unchanged).
 * The encoder (training only) is here too so that the two cannot drift apart.
 */

/** Longest code allowed: the decoder peeks this many bits at once from a 24-bit window. */
export const MAX_CODE_LENGTH = 16;

/** Canonical codes of the symbols 0..n−1 with the given lengths (0 = symbol absent): codes[s], in MSB-first order. */
function canonicalCodes(lengths: readonly number[]): number[] {
  const order = lengths
    .map((l, s) => [l, s] as const)
    .filter(([l]) => l > 0)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const codes = new Array<number>(lengths.length).fill(0);
  let code = 0;
  let prev = 0;
  for (const [l, s] of order) {
    code <<= l - prev;
    codes[s] = code;
    code++;
    prev = l;
  }
  return codes;
}

/**
 * Decodes `count` symbols, each stored as (symbol − offset) in the result (symbol s means
 * the value s − offset).
 */
export function huffmanDecode(bytes: Uint8Array, lengths: readonly number[], count: number, offset: number): Int8Array {
  const maxLen = Math.max(...lengths);
  if (maxLen > MAX_CODE_LENGTH || maxLen < 1) throw new Error('Model artifact: bad code lengths');
  const codes = canonicalCodes(lengths);
  // Lookup table: the next maxLen bits → symbol and code length.
  const tableSym = new Int8Array(1 << maxLen);
  const tableLen = new Uint8Array(1 << maxLen);
  lengths.forEach((l, s) => {
    if (!l) return;
    const first = codes[s]! << (maxLen - l);
    const n = 1 << (maxLen - l);
    for (let k = 0; k < n; k++) {
      tableSym[first + k] = s - offset;
      tableLen[first + k] = l;
    }
  });
  // Multi-symbol table: the symbols (up to 4) whose codes all lie within the next maxLen
  // bits, packed as bytes (symbol index), with their count and total length.
  const size = 1 << maxLen;
  const mask = size - 1;
  const multiSym = new Int32Array(size);
  const multiMeta = new Uint8Array(size); // count | total length << 3
  for (let v = 0; v < size; v++) {
    let used = tableLen[v]!;
    let packed = tableSym[v]! + offset;
    let n = 1;
    while (n < 4) {
      const next = (v << used) & mask;
      const l = tableLen[next]!;
      if (l === 0 || used + l > maxLen) break;
      packed |= (tableSym[next]! + offset) << (8 * n);
      used += l;
      n++;
    }
    multiSym[v] = packed;
    multiMeta[v] = n | (used << 3);
  }
  const out = new Int8Array(count);
  const end = bytes.length;
  let buffer = 0; // the next `bits` unread bits (bits ≤ maxLen + 7 ≤ 23)
  let bits = 0;
  let p = 0;
  let i = 0;
  // Four symbols at a time while there is room, then one at a time (exact end).
  while (i + 4 <= count) {
    while (bits < maxLen) {
      buffer = (buffer << 8) | (p < end ? bytes[p]! : 0);
      p++;
      bits += 8;
    }
    const peek = (buffer >>> (bits - maxLen)) & mask;
    const meta = multiMeta[peek]!;
    const packed = multiSym[peek]!;
    if (meta === 0) throw new Error('Model artifact: corrupt weight stream');
    out[i] = (packed & 0xff) - offset;
    out[i + 1] = ((packed >>> 8) & 0xff) - offset;
    out[i + 2] = ((packed >>> 16) & 0xff) - offset;
    out[i + 3] = (packed >>> 24) - offset;
    i += meta & 7;
    bits -= meta >>> 3;
    buffer &= (1 << bits) - 1;
  }
  for (; i < count; i++) {
    while (bits < maxLen) {
      buffer = (buffer << 8) | (p < end ? bytes[p]! : 0);
      p++;
      bits += 8;
    }
    const peek = (buffer >>> (bits - maxLen)) & mask;
    const len = tableLen[peek]!;
    if (len === 0) throw new Error('Model artifact: corrupt weight stream');
    out[i] = tableSym[peek]!;
    bits -= len;
    buffer &= (1 << bits) - 1;
  }
  if (p * 8 - bits > end * 8) throw new Error('Model artifact: truncated weight stream');
  return out;
}

/** Huffman code lengths (≤ MAX_CODE_LENGTH) for symbol frequencies; deterministic. */
export function huffmanLengths(freqs: readonly number[]): number[] {
  let f = freqs.slice();
  for (;;) {
    const lengths = plainLengths(f);
    if (Math.max(...lengths) <= MAX_CODE_LENGTH) return lengths;
    // Too deep: flatten the distribution of the rare symbols and try again.
    f = f.map((x) => (x > 0 ? Math.ceil(x / 2) + 1 : 0));
  }
}

function plainLengths(freqs: readonly number[]): number[] {
  const lengths = new Array<number>(freqs.length).fill(0);
  type Node = { w: number; id: number; symbols: number[] };
  let nodes: Node[] = freqs.map((w, s) => ({ w, id: s, symbols: [s] })).filter((n) => n.w > 0);
  if (nodes.length === 1) {
    lengths[nodes[0]!.symbols[0]!] = 1;
    return lengths;
  }
  let nextId = freqs.length;
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.w - b.w || a.id - b.id);
    const [a, b] = nodes as [Node, Node];
    for (const s of a.symbols) lengths[s]!++;
    for (const s of b.symbols) lengths[s]!++;
    nodes = [{ w: a.w + b.w, id: nextId++, symbols: [...a.symbols, ...b.symbols] }, ...nodes.slice(2)];
  }
  return lengths;
}

/** Encodes values (each value + offset is a symbol) with the given code lengths. */
export function huffmanEncode(values: ArrayLike<number>, lengths: readonly number[], offset: number): Uint8Array {
  const codes = canonicalCodes(lengths);
  const bytes: number[] = [];
  let acc = 0;
  let accBits = 0;
  for (let i = 0; i < values.length; i++) {
    const s = values[i]! + offset;
    const l = lengths[s]!;
    if (!l) throw new Error(`no code for symbol ${s}`);
    acc = (acc << l) | codes[s]!;
    accBits += l;
    while (accBits >= 8) {
      accBits -= 8;
      bytes.push((acc >>> accBits) & 0xff);
    }
    acc &= (1 << accBits) - 1;
  }
  if (accBits > 0) bytes.push((acc << (8 - accBits)) & 0xff);
  return Uint8Array.from(bytes);
}
