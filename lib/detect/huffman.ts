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

/** Symbols decoded per step of a stepwise decoding (≈ 0.1–0.5 ms each). */
export const DECODE_STEP_SYMBOLS = 1 << 15;
/** Entries of the multi-symbol lookup table built per step of a stepwise decoding. */
export const TABLE_STEP_ENTRIES = 1 << 13;

/**
 * Decodes `count` canonical-Huffman-coded symbols, each stored as (symbol − offset) in the
 * result (symbol s means the value s − offset), either all at once (`huffmanDecode`) or in
 * steps (`step()`, a bounded amount of work each: a content script prepares the model in
 * idle slices). Its state between steps is the bit buffer (`buffer`, `bits`), the read
 * position `p` and the next symbol `i`; decoding in steps gives exactly the same result.
 */
export class HuffmanDecoder {
  private readonly bytes: Uint8Array;
  private readonly count: number;
  private readonly offset: number;
  private readonly maxLen: number;
  /** The next maxLen bits → symbol − offset and code length. */
  private readonly tableSym: Int8Array;
  private readonly tableLen: Uint8Array;
  /**
   * The next maxLen bits → the symbols (up to 4) whose codes all lie within them, packed
   * as bytes (symbol index), with their count and total length (count | length << 3).
   */
  private readonly multiSym: Int32Array;
  private readonly multiMeta: Uint8Array;
  /** Entries of the multi-symbol table built so far. */
  private tableDone = 0;
  private readonly out: Int8Array;
  private buffer = 0; // the next `bits` unread bits (bits ≤ maxLen + 7 ≤ 23)
  private bits = 0;
  private p = 0;
  private i = 0;
  private finished = false;

  constructor(bytes: Uint8Array, lengths: readonly number[], count: number, offset: number) {
    const maxLen = Math.max(...lengths);
    if (maxLen > MAX_CODE_LENGTH || maxLen < 1) throw new Error('Model artifact: bad code lengths');
    this.bytes = bytes;
    this.count = count;
    this.offset = offset;
    this.maxLen = maxLen;
    const codes = canonicalCodes(lengths);
    const size = 1 << maxLen;
    // Each symbol's codes fill a contiguous range of the single-symbol table.
    this.tableSym = new Int8Array(size);
    this.tableLen = new Uint8Array(size);
    lengths.forEach((l, s) => {
      if (!l) return;
      const first = codes[s]! << (maxLen - l);
      const n = 1 << (maxLen - l);
      this.tableSym.fill(s - offset, first, first + n);
      this.tableLen.fill(l, first, first + n);
    });
    this.multiSym = new Int32Array(size);
    this.multiMeta = new Uint8Array(size);
    this.out = new Int8Array(count);
  }

  /** Whether every symbol is decoded (and the stream checked). */
  get done(): boolean {
    return this.finished;
  }

  /**
   * One bounded piece of work: TABLE_STEP_ENTRIES entries of the lookup table, else
   * DECODE_STEP_SYMBOLS symbols. True once every symbol is decoded.
   */
  step(): boolean {
    if (this.finished) return true;
    const size = 1 << this.maxLen;
    if (this.tableDone < size) this.buildTable(Math.min(size, this.tableDone + TABLE_STEP_ENTRIES));
    else this.decode(Math.min(this.count, this.i + DECODE_STEP_SYMBOLS));
    return this.finished;
  }

  /** The decoded values (once done). */
  result(): Int8Array {
    if (!this.finished) throw new Error('HuffmanDecoder: not done');
    return this.out;
  }

  /** Does everything left at once. */
  finish(): Int8Array {
    this.buildTable(1 << this.maxLen);
    this.decode(this.count);
    return this.out;
  }

  /** Builds the multi-symbol table's entries up to `stop`. */
  private buildTable(stop: number): void {
    const { tableSym, tableLen, multiSym, multiMeta, maxLen, offset } = this;
    const mask = (1 << maxLen) - 1;
    for (let v = this.tableDone; v < stop; v++) {
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
    if (stop > this.tableDone) this.tableDone = stop;
  }

  /** Decodes the symbols up to `stop` (the table must be complete). */
  private decode(stop: number): void {
    const { bytes, out, tableSym, tableLen, multiSym, multiMeta, maxLen, offset, count } = this;
    const mask = (1 << maxLen) - 1;
    const end = bytes.length;
    let { buffer, bits, p, i } = this;
    // Four symbols at a time while there is room (the entries past the symbols decoded
    // are overwritten by the next ones), then one at a time (exact end).
    while (i + 4 <= stop) {
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
    if (stop === count) {
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
      this.finished = true;
    }
    this.buffer = buffer;
    this.bits = bits;
    this.p = p;
    this.i = i;
  }
}

/**
 * Decodes `count` symbols at once, each stored as (symbol − offset) in the result (symbol
 * s means the value s − offset).
 */
export function huffmanDecode(bytes: Uint8Array, lengths: readonly number[], count: number, offset: number): Int8Array {
  return new HuffmanDecoder(bytes, lengths, count, offset).finish();
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
