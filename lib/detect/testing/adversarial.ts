/**
 * Adversarial inputs for the regexes that run on page and customer text (tests and
 * `npm run bench:detect` only): long runs of each whitespace and punctuation class, of
 * digits, letters and Han characters, and each of a regex's own keywords repeated or
 * followed by such runs — the shapes that make a backtracking regex slow when two
 * unbounded quantifiers can share the same characters.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

export const WHITESPACE = [' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028', '\u202f', '\ufeff'];
export const PUNCTUATION = [
  '.', ',', '-', '#', ':', '!', '?', '@', '/', '_', '+', '%', '(', ')', '$', '*', '|', '=', '&', "'",
  '，', '。', '！', '？', '：', '＃', '、', '…', '～', '「',
]; // prettier-ignore
export const RUNS = [
  '0',
  '1 ',
  '12,',
  '1.',
  '1-',
  'a',
  'A',
  'ab ',
  'a.',
  'a-',
  'a@',
  'a@b.',
  '中',
  '還',
  '一',
  '😡',
  'é',
];

export interface AdversarialInput {
  name: string;
  /** The text at size n (about n characters). */
  make: (n: number) => string;
}

const repeat = (unit: string, n: number) => {
  if (!(n > 0)) throw new Error(`adversarial input of size ${n}`);
  return unit.repeat(Math.ceil(n / unit.length));
};

/** Inputs that do not depend on the regex. */
export const GENERIC_INPUTS: readonly AdversarialInput[] = [...WHITESPACE, ...PUNCTUATION, ...RUNS].map((unit) => ({
  name: `${JSON.stringify(unit)} × n`,
  make: (n) => repeat(unit, n),
}));

/** Inputs built on keywords: each repeated, and each followed by runs that rules allow after a keyword. */
export function keywordInputs(keywords: readonly string[]): AdversarialInput[] {
  const out: AdversarialInput[] = [];
  for (const k of keywords) {
    const q = JSON.stringify(k);
    out.push({ name: `${q} × n`, make: (n) => repeat(k, n) });
    out.push({ name: `(${q} + " ") × n`, make: (n) => repeat(`${k} `, n) });
    out.push({ name: `(${q} + "-") × n`, make: (n) => repeat(`${k}-`, n) });
    for (const unit of [...WHITESPACE, '0', 'a', '中', '-', '.', '#', ':', '1 ', 'a '])
      out.push({ name: `${q} + ${JSON.stringify(unit)} × n`, make: (n) => k + repeat(unit, n) });
  }
  return out;
}

/** A literal character a regex element must start with, when it has exactly one. */
function leadingLiterals(elements: readonly AST.Element[], limit: number): string[] {
  let prefix = '';
  for (const el of elements) {
    if (el.type === 'Assertion') continue; // \b, ^, lookarounds: zero width
    if (el.type === 'Character') {
      prefix += String.fromCodePoint(el.value);
      continue;
    }
    if (el.type === 'Group' || el.type === 'CapturingGroup') {
      const inner = el.alternatives.flatMap((alt) => leadingLiterals(alt.elements, limit)).slice(0, limit);
      return inner.length ? inner.map((s) => prefix + s) : prefix ? [prefix] : [];
    }
    if (el.type === 'Quantifier' && el.min > 0 && el.element.type === 'Character') {
      prefix += String.fromCodePoint(el.element.value);
    }
    break;
  }
  return prefix ? [prefix] : [];
}

/**
 * Up to `limit` literal keywords a regex's matches start with (its alternatives' leading
 * literals, spread over the alternatives), from its syntax tree (regexpp).
 */
export function keywordsOf(re: RegExp, limit = 4): string[] {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(re.source, 0, re.source.length, {
      unicode: re.unicode,
    });
  } catch {
    return [];
  }
  const all = [...new Set(pattern.alternatives.flatMap((alt) => leadingLiterals(alt.elements, limit)))];
  if (all.length <= limit) return all;
  const step = all.length / limit;
  return Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]!);
}

/** Every adversarial input for a regex. */
export function inputsFor(re: RegExp): AdversarialInput[] {
  return [...GENERIC_INPUTS, ...keywordInputs(keywordsOf(re))];
}

/**
 * Runs a global regex over a text the way rules run — every match, left to right — with
 * `test` (no match arrays to allocate, so the time is the regex's); returns the count.
 */
export function scanAll(global: RegExp, text: string): number {
  let count = 0;
  global.lastIndex = 0;
  for (let at = 0; global.test(text); at = global.lastIndex) {
    count++;
    if (global.lastIndex === at) global.lastIndex++; // an empty match
  }
  return count;
}

/** Milliseconds per call of `fn`: the fastest of `rounds` runs, each repeating it for at least `minMs`. */
export function timePerCall(fn: () => unknown, rounds = 3, minMs = 0.3): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      fn();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}
