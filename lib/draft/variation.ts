/**
 * Deterministic variety: the same comment always gets the same draft, different comments
 * get different wordings, so onlookers under one post do not see copies. The seed is a
 * 32-bit FNV-1a hash of the customer's name and text; each slot mixes in its own salt.
 */
export function seedOf(...parts: string[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One of `options`, chosen by the seed and the slot's salt. */
export function pick<T>(options: readonly T[], seed: number, salt: number): T {
  const mixed = Math.imul(seed ^ Math.imul(salt + 1, 0x9e3779b1), 0x85ebca6b) >>> 0;
  return options[((mixed ^ (mixed >>> 13)) >>> 0) % options.length]!;
}
