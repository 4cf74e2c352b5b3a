/**
 * A small parser for the subset of JavaScript regular expressions used by the rule
 * patterns (u flag: literals, classes, escapes, groups, lookarounds, quantifiers), and
 * two analyses the rule engine (rule-engine.ts) uses to avoid running most regexes:
 *
 * - `candidatePlan(source)`: for each top-level alternative, a set of literal prefixes
 *   such that every match of the alternative starts with one of them, or "anchored"
 *   (the alternative starts with ^, so only position 0 can match). Prefixes are written
 *   with every digit collapsed to "0" (`collapseDigits`): "\\d{1,2}/" gives "0/", "00/"
 *   instead of a hundred strings, and the engine reads the text the same way;
 * - `requiredUnits(source)`: a set of UTF-16 code units at least one of which every
 *   match contains (per alternative, the `contains` test of `anchoredGates`).
 *
 * Both are over-approximations by construction (when in doubt they give up, and the
 * engine then runs the regex as before), and a unit test checks them against examples
 * generated from every pattern. Only used when the rules are compiled, never per text.
 */

export type Node =
  | { t: 'char'; s: string }
  | { t: 'set'; ranges: [number, number][]; negate: boolean }
  | { t: 'group'; alts: Node[][] }
  | { t: 'look'; behind: boolean; negate: boolean; alts: Node[][] }
  | { t: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { t: 'backref'; n: number }
  | { t: 'quant'; node: Node; min: number; max: number };

const DIGIT: [number, number][] = [[0x30, 0x39]];
const WORD: [number, number][] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const SPACE: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: [number, number][] = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];

function complement(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

/** Parses a pattern written for the `u` flag. Throws on syntax outside the supported subset. */
export function parseRegex(source: string): Node[][] {
  const cps = Array.from(source);
  let i = 0;
  const peek = () => cps[i];
  const fail = (why: string): never => {
    throw new Error(`regex-prefix: ${why} at ${i} in /${source}/`);
  };

  function parseAlts(): Node[][] {
    const alts: Node[][] = [parseSeq()];
    while (peek() === '|') {
      i++;
      alts.push(parseSeq());
    }
    return alts;
  }

  function parseSeq(): Node[] {
    const seq: Node[] = [];
    while (i < cps.length && peek() !== '|' && peek() !== ')') {
      let atom = parseAtom();
      atom = parseQuantifier(atom);
      seq.push(atom);
    }
    return seq;
  }

  function parseQuantifier(atom: Node): Node {
    const c = peek();
    let min: number;
    let max: number;
    if (c === '*') {
      min = 0;
      max = Infinity;
      i++;
    } else if (c === '+') {
      min = 1;
      max = Infinity;
      i++;
    } else if (c === '?') {
      min = 0;
      max = 1;
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(cps.slice(i).join(''));
      if (!m) fail('bad {');
      min = Number(m![1]);
      max = m![2] ? (m![3] ? Number(m![3]) : Infinity) : min;
      i += m![0].length;
    } else return atom;
    if (peek() === '?') i++; // lazy: same language
    if (atom.t === 'assert' || atom.t === 'look') fail('quantified assertion');
    return { t: 'quant', node: atom, min, max };
  }

  function parseEscapeInClassOrAtom(inClass: boolean): { ranges: [number, number][]; negate?: boolean } | Node {
    i++; // backslash
    const c = cps[i++];
    if (c === undefined) fail('trailing backslash');
    switch (c) {
      case 'd':
        return { ranges: DIGIT };
      case 'D':
        return { ranges: complement(DIGIT) };
      case 'w':
        return { ranges: WORD };
      case 'W':
        return { ranges: complement(WORD) };
      case 's':
        return { ranges: SPACE };
      case 'S':
        return { ranges: complement(SPACE) };
      case 'n':
        return { ranges: [[0x0a, 0x0a]] };
      case 't':
        return { ranges: [[0x09, 0x09]] };
      case 'r':
        return { ranges: [[0x0d, 0x0d]] };
      case 'f':
        return { ranges: [[0x0c, 0x0c]] };
      case 'v':
        return { ranges: [[0x0b, 0x0b]] };
      case 'u': {
        const rest = cps.slice(i).join('');
        const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(rest);
        if (!m) fail('bad \\u');
        i += m![0].length;
        const cp = parseInt(m![1] ?? m![2]!, 16);
        return { ranges: [[cp, cp]] };
      }
      case 'b':
        if (inClass) return { ranges: [[0x08, 0x08]] };
        return { t: 'assert', kind: 'b' };
      case 'B':
        if (inClass) fail('\\B in class');
        return { t: 'assert', kind: 'B' };
      default:
        if (/[1-9]/.test(c!)) {
          if (inClass) fail('backref in class');
          return { t: 'backref', n: Number(c) };
        }
        if (/[\^$\\.*+?()[\]{}|/-]/.test(c!)) {
          const cp = c!.codePointAt(0)!;
          return { ranges: [[cp, cp]] };
        }
        return fail(`unsupported escape \\${c}`);
    }
  }

  function parseClass(): Node {
    i++; // [
    let negate = false;
    if (peek() === '^') {
      negate = true;
      i++;
    }
    const ranges: [number, number][] = [];
    const single = (): [number, number][] | number => {
      if (peek() === '\\') {
        const e = parseEscapeInClassOrAtom(true);
        if ('t' in e) return fail('assertion in class');
        const r = (e as { ranges: [number, number][] }).ranges;
        return r.length === 1 && r[0]![0] === r[0]![1] ? r[0]![0] : r;
      }
      const c = cps[i++];
      if (c === undefined) return fail('unterminated class');
      return c.codePointAt(0)!;
    };
    while (peek() !== ']') {
      if (i >= cps.length) fail('unterminated class');
      const lo = single();
      if (peek() === '-' && cps[i + 1] !== ']' && typeof lo === 'number') {
        i++;
        const hi = single();
        if (typeof hi !== 'number') fail('class range to a class');
        ranges.push([lo, hi as number]);
      } else if (typeof lo === 'number') ranges.push([lo, lo]);
      else ranges.push(...lo);
    }
    i++; // ]
    return { t: 'set', ranges, negate };
  }

  function parseAtom(): Node {
    const c = peek()!;
    if (c === '(') {
      i++;
      let look: { behind: boolean; negate: boolean } | null = null;
      if (peek() === '?') {
        const two = cps.slice(i, i + 3).join('');
        if (two.startsWith('?:')) i += 2;
        else if (two.startsWith('?=')) {
          look = { behind: false, negate: false };
          i += 2;
        } else if (two.startsWith('?!')) {
          look = { behind: false, negate: true };
          i += 2;
        } else if (two === '?<=') {
          look = { behind: true, negate: false };
          i += 3;
        } else if (two === '?<!') {
          look = { behind: true, negate: true };
          i += 3;
        } else fail('unsupported group');
      }
      const alts = parseAlts();
      if (peek() !== ')') fail('unclosed group');
      i++;
      return look ? { t: 'look', ...look, alts } : { t: 'group', alts };
    }
    if (c === '[') return parseClass();
    if (c === '.') {
      i++;
      return { t: 'set', ranges: LINE_TERMINATORS, negate: true };
    }
    if (c === '^' || c === '$') {
      i++;
      return { t: 'assert', kind: c };
    }
    if (c === '\\') {
      const e = parseEscapeInClassOrAtom(false);
      if ('t' in e) return e;
      const r = (e as { ranges: [number, number][] }).ranges;
      if (r.length === 1 && r[0]![0] === r[0]![1]) return { t: 'char', s: String.fromCodePoint(r[0]![0]) };
      return { t: 'set', ranges: r, negate: false };
    }
    if ('*+?{'.includes(c)) fail(`nothing to repeat: ${c}`);
    if (c === ']' || c === '}') fail(`lone ${c}`);
    i++;
    return { t: 'char', s: c };
  }

  const alts = parseAlts();
  if (i !== cps.length) fail('unexpected )');
  return alts;
}

/** The code points of a set when it is small and positive; null otherwise. */
export function enumerateSet(node: Extract<Node, { t: 'set' }>, limit = 26): string[] | null {
  if (node.negate) return null;
  const out = new Set<string>();
  for (const [lo, hi] of node.ranges) {
    if (hi - lo + 1 > limit) return null;
    for (let cp = lo; cp <= hi; cp++) out.add(String.fromCodePoint(cp));
    if (out.size > limit) return null;
  }
  return [...out];
}

/** The digit 0-9 → "0" view of a string, in which prefixes are written and texts are read. */
export function collapseDigits(s: string): string {
  return s.replace(/[0-9]/g, '0');
}

const CAP = 96;
/**
 * When an alternative's prefixes come out as single units (they had to be shortened to
 * fit CAP), its two-unit prefixes are computed too, with up to CAP_SHORT of them: a rule
 * such as "[0-9一二…十]+\\s?(?:天|小時|…)" then starts at 一天, 三个, 0小… instead of at
 * every digit and numeral, which would send its regex to every 一 of a Chinese text. Only
 * then (a second, cheap pass with budget 2), so that the one-time analysis stays short.
 */
const CAP_SHORT = 1024;
const MAX_PREFIX = 8;
/** The cap for sets of prefixes of at most two units: CAP, or CAP_SHORT during the second pass. */
let capShort = CAP;

/** Whether a set of prefixes is small enough to keep. */
function fits(strs: readonly string[]): boolean {
  return strs.length <= CAP || (strs.length <= capShort && strs.every((s) => s.length <= 2));
}

/** Keeps only the shortest of strings that are prefixes of one another ('' absorbs all). */
function reduce(strs: string[]): string[] {
  const sorted = [...new Set(strs)].sort((a, b) => a.length - b.length);
  if (sorted[0] === '') return [''];
  const kept = new Set<string>();
  const out: string[] = [];
  for (const s of sorted) {
    let covered = false;
    for (let k = 1; k < s.length && !covered; k++) covered = kept.has(s.slice(0, k));
    if (!covered) {
      kept.add(s);
      out.push(s);
    }
  }
  return out;
}

/** Prefixes that fit (see `fits`): shortens them (a prefix of a valid prefix is valid) until they do. */
function fit(strs: string[]): string[] {
  let out = reduce(strs);
  for (let length = Math.max(0, ...out.map((s) => s.length)) - 1; !fits(out) && length > 0; length--) {
    out = reduce(out.map((s) => s.slice(0, length)));
  }
  return fits(out) ? out : [''];
}

/**
 * heads × tails. Heads are distinct code points and tails are prefix-free (every result
 * of `prefixes` is), so the product is prefix-free too and needs no reduction unless it
 * has to be shortened to fit.
 */
function prepend(heads: string[], tails: string[]): string[] {
  if (tails.length === 1 && tails[0] === '') return heads;
  if (heads.length > CAP) return [''];
  // Shorten the tails first so that the product fits.
  const productFits = (t: readonly string[]) =>
    heads.length * t.length <= CAP ||
    (heads.length * t.length <= capShort && heads.every((h) => h.length === 1) && t.every((x) => x.length <= 1));
  let t = tails;
  for (let length = Math.max(...t.map((s) => s.length)) - 1; !productFits(t) && length >= 0; length--) {
    t = reduce(t.map((s) => s.slice(0, length)));
  }
  if (t.length === 1 && t[0] === '') return heads;
  const out: string[] = [];
  for (const h of heads) for (const x of t) out.push(h + x);
  return out;
}

/** What remains to be matched: a node, then the rest (shared, so results can be memoised). */
interface Cont {
  node: Node;
  next: Cont | null;
}

const memo = new WeakMap<Cont, Map<number, string[]>>();
const thenCache = new WeakMap<object, Map<Cont | null, Cont | null>>();
const takeCache = new WeakMap<Node, readonly Node[]>();

/** The continuation "nodes, then next", built once per (nodes, next). */
function then(nodes: readonly Node[], next: Cont | null): Cont | null {
  let byNext = thenCache.get(nodes);
  if (!byNext) thenCache.set(nodes, (byNext = new Map()));
  let cont = byNext.get(next);
  if (cont === undefined) {
    cont = next;
    for (let k = nodes.length - 1; k >= 0; k--) cont = { node: nodes[k]!, next: cont };
    byNext.set(next, cont);
  }
  return cont;
}

/** X{min,max} as "X, then X{min-1,max-1}" (the same nodes each time it is asked for). */
function takeOne(q: Extract<Node, { t: 'quant' }>): readonly Node[] {
  let nodes = takeCache.get(q);
  if (!nodes)
    takeCache.set(q, (nodes = [q.node, { t: 'quant', node: q.node, min: Math.max(0, q.min - 1), max: q.max - 1 }]));
  return nodes;
}

/**
 * Literal prefixes (of at most `budget` units) such that every non-empty match of
 * `cont` (followed by anything) starts with one of them; [''] when nothing is known.
 * `consumed`: whether the match may already have consumed characters.
 */
function prefixes(cont: Cont | null, budget: number, depth: number, consumed: boolean): string[] {
  if (cont === null || budget <= 0 || depth > 64) return [''];
  const key = budget * 4 + (consumed ? 1 : 0) + (capShort > CAP ? 2 : 0);
  let byKey = memo.get(cont);
  if (!byKey) memo.set(cont, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known;
  const result = compute(cont, budget, depth, consumed);
  byKey.set(key, result);
  return result;
}

function compute(cont: Cont, budget: number, depth: number, consumed: boolean): string[] {
  const x = cont.node;
  const rest = cont.next;
  switch (x.t) {
    case 'assert':
      // At the start of a match, $ means the match is empty (nothing can follow it), and
      // empty matches are never reported; after consumed text, the match may end here.
      if (x.kind === '$') return consumed ? [''] : [];
      return prefixes(rest, budget, depth + 1, consumed);
    case 'look':
      return prefixes(rest, budget, depth + 1, consumed);
    case 'char':
      return prepend([collapseDigits(x.s)], prefixes(rest, budget - x.s.length, depth + 1, true));
    case 'set': {
      const members = enumerateSet(x);
      if (!members) return [''];
      return prepend([...new Set(members.map(collapseDigits))], prefixes(rest, budget - 1, depth + 1, true));
    }
    case 'group': {
      const out: string[] = [];
      for (const alt of x.alts) out.push(...prefixes(then(alt, rest), budget, depth + 1, consumed));
      return fit(out);
    }
    case 'quant': {
      if (x.max === 0) return prefixes(rest, budget, depth + 1, consumed);
      const take = prefixes(then(takeOne(x), rest), budget, depth + 1, consumed);
      if (x.min > 0) return take;
      return fit([...prefixes(rest, budget, depth + 1, consumed), ...take]);
    }
    case 'backref':
      return [''];
  }
}

export type AlternativePlan =
  | { kind: 'anchored' }
  | {
      kind: 'prefixes';
      prefixes: string[];
      /** A \b precedes the match and every prefix starts with a word character: the match starts a word. */
      wordStart: boolean;
    }
  | { kind: 'unknown' };

const isWordUnit = (u: number) =>
  (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || u === 0x5f;

/** How to find the positions where each top-level alternative of `source` may match. */
export function candidatePlan(source: string): AlternativePlan[] {
  return parseRegex(source).map((alt): AlternativePlan => {
    // Zero-width nodes before the first consuming one all hold at the match's start.
    let boundary = false;
    for (const node of alt) {
      if (node.t === 'look') continue;
      if (node.t !== 'assert') break;
      // ^ (no m flag): only position 0 can match.
      if (node.kind === '^') return { kind: 'anchored' };
      if (node.kind === 'b') boundary = true;
    }
    let p = prefixes(then(alt, null), MAX_PREFIX, 0, false);
    if (p.includes('')) return { kind: 'unknown' };
    if (p.every((x) => x.length === 1)) {
      capShort = CAP_SHORT;
      try {
        const two = prefixes(then(alt, null), 2, 0, false);
        if (!two.includes('') && two.some((x) => x.length === 2)) p = two;
      } finally {
        capShort = CAP;
      }
    }
    return { kind: 'prefixes', prefixes: p, wordStart: boundary && p.every((s) => isWordUnit(s.charCodeAt(0))) };
  });
}

/** How common a code unit is in ordinary text (lower is rarer, a better filter). */
function commonness(unit: number): number {
  if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x20) return 20;
  if (unit < 0x80 && '.,\'"-:;!?()'.includes(String.fromCharCode(unit))) return 10;
  return 1;
}

export function unitsCost(units: Iterable<number>): number {
  let cost = 0;
  for (const u of units) cost += commonness(u);
  return cost;
}

/** First UTF-16 units of a set's members, or null when unknown / too many. */
function setUnits(node: Node): Set<number> | null {
  if (node.t === 'char') return new Set([node.s.charCodeAt(0)]);
  if (node.t === 'set') {
    const members = enumerateSet(node, 32);
    return members ? new Set(members.map((m) => m.charCodeAt(0))) : null;
  }
  return null;
}

function requiredOfSeq(seq: readonly Node[]): Set<number> | null {
  let best: Set<number> | null = null;
  for (const node of seq) {
    const r = requiredOfNode(node);
    if (r && (!best || unitsCost(r) < unitsCost(best))) best = r;
  }
  return best;
}

function requiredOfNode(node: Node): Set<number> | null {
  switch (node.t) {
    case 'char':
    case 'set':
      return setUnits(node);
    case 'group': {
      const out = new Set<number>();
      for (const alt of node.alts) {
        const r = requiredOfSeq(alt);
        if (!r) return null;
        for (const u of r) out.add(u);
      }
      return out;
    }
    case 'quant':
      return node.min > 0 ? requiredOfNode(node.node) : null;
    default:
      return null; // assertions and lookarounds consume nothing; backrefs may be empty
  }
}

/**
 * Code units at least one of which occurs in every non-empty match of `source`
 * (null when no such small set is known). Every match containing such a unit follows
 * from: a unit inside a consumed, non-optional atom of every alternative.
 */
export function requiredUnits(source: string): number[] | null {
  const r = requiredOfNode({ t: 'group', alts: parseRegex(source) });
  return r ? [...r].sort((a, b) => a - b) : null;
}

/**
 * What a text must have for an alternative anchored at its start (^…) to match, so that
 * the engine can skip the regex: `lead`, the units a match can continue with once it has
 * skipped the units of `skip` (a leading X* such as \s*; null: nothing is skipped), digits
 * read as "0"; `contains`, units one of which every match contains (the smallest such
 * set). Either may be null (unknown). Null for an alternative that is not anchored.
 */
export interface AnchoredGate {
  skip: [number, number][] | null;
  lead: number[] | null;
  contains: number[] | null;
}

export function anchoredGates(source: string): (AnchoredGate | null)[] {
  return parseRegex(source).map((alt): AnchoredGate | null => {
    let k = 0;
    while (k < alt.length && alt[k]!.t === 'look') k++;
    const first = alt[k];
    if (first?.t !== 'assert' || first.kind !== '^') return null;
    k++;
    let skip: [number, number][] | null = null;
    const next = alt[k];
    if (next?.t === 'quant' && next.min === 0 && next.max === Infinity && next.node.t === 'set' && !next.node.negate) {
      skip = next.node.ranges;
      k++;
    }
    // Skipping is read unit by unit: only for BMP units that are not surrogates.
    const bmp = !skip || skip.every(([lo, hi]) => hi <= 0xffff && (hi < 0xd800 || lo > 0xdfff));
    const rest = alt.slice(k);
    let lead: number[] | null = null;
    // (Once units may have been skipped, the match may end right there, e.g. ^\s*$.)
    const heads = prefixes(then(rest, null), 1, 0, skip !== null);
    if (bmp && !heads.includes('')) {
      const units = [...new Set(heads.map((h) => h.charCodeAt(0)))];
      // A lead unit that could also be skipped would make "the first unit not skipped" the wrong place to look.
      if (
        !skip ||
        units.every(
          (u) =>
            !skip!.some(([lo, hi]) => u >= lo && u <= hi) &&
            !(u === 0x30 && skip!.some(([lo, hi]) => lo <= 0x39 && hi >= 0x30)),
        )
      )
        lead = units;
    }
    let contains: Set<number> | null = null;
    for (const node of alt) {
      const r = requiredOfNode(node);
      if (r && (!contains || r.size < contains.size)) contains = r;
    }
    return { skip, lead, contains: contains ? [...contains].sort((a, b) => a - b) : null };
  });
}
