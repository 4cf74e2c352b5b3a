/**
 * Runs the rule patterns (signals, personal data, categories, hints) without running
 * every regex over every text. Each rule's regex is analysed once (regex-prefix.ts):
 *
 * - "prefix" rules: every match of every alternative starts with one of a few literal
 *   prefixes (e.g. 退款, "refund", "my lawy"; digits are all read as 0), or only at
 *   position 0 (^). All prefixes of all rules go into two tries read over the folded
 *   text: one at every position, one — for alternatives that start with \b and a word
 *   character — only where a word starts; small bitmaps (below) say at which positions a
 *   walk can find anything. The rule's regex is then executed (sticky) only at the
 *   positions where one of its prefixes occurs; a rule anchored at position 0 only when
 *   its gate is open (gateOpen).
 * - "run" rules, X+ then a literal L not in X (an email address): a match starts at the
 *   start of the run of X before an occurrence of L, and succeeds from there exactly when
 *   it succeeds from anywhere in the run, so only those starts are tried.
 * A rule that fits neither is refused when it is analysed (a whole-text scan per text
 * is what this engine exists to avoid).
 *
 * Rules with no candidate in a text cost nothing: the walk records which rules have
 * candidates, and each group only looks at those. The result is exactly what
 * `matchRules` (patterns.ts) gives: a global regex scan tries positions left to right
 * and, after a match, resumes at its end; a sticky execution at each candidate position
 * left to right, skipping those inside the previous match, finds the same matches
 * because a match can only start at a candidate position. rule-engine.test.ts checks
 * this on examples generated from every pattern.
 */
import { anchoredGates, candidatePlan, parseRegex, type AlternativePlan, type Node } from './regex-prefix';
import type { Rule, RuleMatch } from './patterns';

export interface CompiledRule<K extends string = string> {
  id: number;
  rule: Rule<K>;
  mode: 'prefix' | 'run';
  plans: AlternativePlan[];
  /** "run" rules: X's ranges and L. */
  run: { ranges: [number, number][]; literal: string } | null;
  /** When the scan looks for this rule: 0 always, 1 if the text has Han characters, 2 if it has a-z. */
  walk: 0 | 1 | 2;
  /** 1 for a Chinese rule, 2 for an English one (see scriptBits). */
  script: number;
  /**
   * A rule whose alternatives are all anchored (^…) is only tried at position 0 of every
   * text; its regex runs only if one alternative's gate is open (see gateOpen).
   */
  gates: Gate[] | null;
  sticky: RegExp;
}

/** Rules registered together (ids lo..hi-1, in order), matched together. */
export interface RuleGroup<K extends string = string> {
  lo: number;
  hi: number;
  rules: readonly CompiledRule<K>[];
}

type Scripts = { readonly zh: boolean; readonly en: boolean };

/** An anchored alternative's gate (regex-prefix.ts, AnchoredGate), with its units as strings for indexOf. */
interface Gate {
  skip: [number, number][] | null;
  lead: number[] | null;
  contains: string[] | null;
}

const compiled: CompiledRule[] = [];
let built = false;

/**
 * A pattern of the shape X+ L … (a class repeated, then a literal not in the class, and
 * no lookbehind or backreference anywhere): a match can only start inside a run of X
 * that ends right before an L, and it succeeds from any position of that run if and only
 * if it succeeds from the run's start (X+ stops at L whatever the start).
 */
function runShape(source: string): CompiledRule['run'] {
  const alts = parseRegex(source);
  if (alts.length !== 1) return null;
  const [first, second] = alts[0]!;
  const plain = (nodes: readonly Node[]): boolean =>
    nodes.every((n) =>
      n.t === 'look'
        ? !n.behind && n.alts.every(plain)
        : n.t === 'backref'
          ? false
          : n.t === 'group'
            ? n.alts.every(plain)
            : n.t === 'quant'
              ? plain([n.node])
              : true,
    );
  if (!plain(alts[0]!)) return null;
  if (first?.t !== 'quant' || first.min < 1 || first.max !== Infinity || first.node.t !== 'set' || first.node.negate)
    return null;
  if (second?.t !== 'char' || second.s.length !== 1) return null;
  const ranges = first.node.ranges;
  if (ranges.some(([lo, hi]) => hi > 0xffff || (lo <= 0xdfff && hi >= 0xd800))) return null;
  const l = second.s.charCodeAt(0);
  if (ranges.some(([lo, hi]) => l >= lo && l <= hi)) return null;
  return { ranges, literal: second.s };
}

/**
 * Registers a group of rules (at module load); returns them compiled, in the same order.
 * `always`: which scripts' rules the group runs whatever scripts the text contains
 * (personal data runs its digit/Latin patterns on any text, praise runs everything).
 */
export function compileRules<K extends string>(
  rules: readonly Rule<K>[],
  always: { zh: boolean; en: boolean } = { zh: false, en: false },
): RuleGroup<K> {
  const lo = compiled.length;
  // The analysis runs on first use (build), so importing the detector stays cheap.
  const out = rules.map((rule, k): CompiledRule<K> => ({
    id: lo + k,
    rule,
    mode: 'prefix',
    plans: [],
    run: null,
    walk: always[rule.script] ? 0 : rule.script === 'zh' ? 1 : 2,
    script: rule.script === 'zh' ? 1 : 2,
    gates: null,
    sticky: rule.re,
  }));
  compiled.push(...(out as CompiledRule[]));
  built = false;
  pending = null;
  return { lo, hi: compiled.length, rules: out };
}

/** Decides how a rule is found (see the top of this file). */
function analyse(c: CompiledRule): void {
  if (c.sticky !== c.rule.re) return; // done already
  const { rule } = c;
  const plans = candidatePlan(rule.re.source);
  // Prefixes, however many (the scan's bitmaps cost the same for 1 or 1,000 of them; e.g.
  // "[a-z][12]\\d{8}" gives 26 two-unit prefixes once digits are collapsed).
  const unknown = plans.some((p) => p.kind === 'unknown');
  const run = unknown ? runShape(rule.re.source) : null;
  if (unknown && !run) throw new Error(`rule-engine: no way to prefilter /${rule.re.source}/`);
  c.mode = run ? 'run' : 'prefix';
  if (plans.every((p) => p.kind === 'anchored')) {
    const gates = anchoredGates(rule.re.source);
    if (gates.every((g) => g !== null && (g.lead !== null || g.contains !== null)))
      c.gates = gates.map((g) => ({
        skip: g!.skip,
        lead: g!.lead,
        contains: g!.contains?.map((u) => String.fromCharCode(u)) ?? null,
      }));
  }
  c.plans = plans;
  c.run = run;
  c.sticky = new RegExp(rule.re.source, rule.re.flags.replace('g', '') + 'y');
}

/**
 * Analyses the rules one at a time while `hasTime()` allows, so a content script can
 * spread the one-time analysis over idle slices instead of paying it all at once on the
 * first text (tens of ms: a long task on a busy page). True once every rule is analysed.
 */
export function analyseRules(hasTime: () => boolean): boolean {
  for (const c of compiled) {
    if (c.sticky !== c.rule.re) continue;
    if (!hasTime()) return false;
    analyse(c);
  }
  return true;
}

// Two tries over UTF-16 units (digits read as "0") sharing one node space: node 1 is the
// root of the trie read at every position, node 2 the root of the one read where a word
// starts. The walk reads them from one array of node records (see trieData).
const ANYWHERE = 1;
const WORD_START = 2;
/**
 * The nodes as records in one array, so that a step of a walk reads one or two cache
 * lines: [meta, its rules…, its kids…]. meta: bits 0–2 the walk classes (bit 1 << walk)
 * that have a rule at or below the node (a walk stops early in branches only of rules
 * the text's scripts rule out), bit 3 whether it has children, bit 4 whether its edges
 * are in the hash table (many children) rather than listed, bits 5–15 how many rules,
 * bits 16–19 how many listed kids. A listed kid is unit << 16 | the kid's record offset.
 */
let trieData: Int32Array = new Int32Array(0);
/** Record offsets of the two roots. */
let anywhereRoot = 0;
let wordRoot = 0;
const HAS_KIDS = 8;
const HASHED = 16;
/** Nodes with at most this many children list them in their record; the others use the hash table. */
const LIST_MAX = 6;
/** The edges of nodes with many children: open addressing, slot k = [key, kid offset] at 2k, 2k+1; key = offset << 16 | unit. */
let edgeSlots: Int32Array = new Int32Array(0);
let hashMask = 0;
let hashShift = 28;
/**
 * Which positions are worth a walk, in a few small bitmaps that stay in the L1 cache. A
 * walk from p can only record a rule if the anywhere root has a child for the unit at p
 * that has rules (a one-unit prefix: `singleBits`, one bit per unit, 8 KB) or a
 * grandchild for the units at p and p + 1 (`pairBits`, one bit per value of the top
 * PAIR_BITS bits of the pair's hash, 8 KB). Where a word starts, a word-start walk can
 * only record a rule if a node at depth 1, 2 or 3 on its path has rules (`wordBits`: 128
 * bits for depth 1, since words start with ASCII \w; pairBits, salted, for depth 2;
 * `tupleBits` for depth 3) or the node at depth 4 exists (tupleBits, hashed further).
 * All are supersets (a collision only costs a walk that finds nothing), so the scan
 * walks only where they say so: a few positions per text instead of every third. There
 * is one set of bitmaps per set of scripts a text can have (indexed as allowedClasses),
 * holding only the rules looked for in such texts: "po" or "sb" (Chinese slang rules)
 * do not send an English text's "post" into a walk.
 */
let singleBits: Int32Array[] = [];
let pairBits: Int32Array[] = [];
let wordBits: Int32Array[] = [];
let tupleBits: Int32Array[] = [];
const PAIR_BITS = 16;
const PAIR_WORDS = 1 << (PAIR_BITS - 5);

/** \w ([A-Za-z0-9_]) as a 128-bit set. */
const WORD_UNITS = new Int32Array(4);
for (let u = 0; u < 128; u++)
  if ((u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || u === 0x5f)
    WORD_UNITS[u >>> 5]! |= 1 << (u & 31);

/** The walk classes looked for in a text with Han characters (scripts & 1) and/or a-z (scripts & 2). */
function allowedClasses(scripts: number): number {
  return 1 | ((scripts & 1) << 1) | ((scripts & 2) << 1);
}
/** Distinguishes the word-start trie's pairs from the other trie's. */
const WORD_PAIR_SALT = 0x5bd1e995;
/** Rules with a candidate at position 0 of every non-empty text (^ alternatives). */
let anchoredRules: number[] = [];

const GOLDEN = 0x9e3779b1;

/** The bit of pairBits for a pair of units (first << 16 | second, salted per root). */
function pairSlot(pair: number): number {
  return Math.imul(pair, GOLDEN) >>> (32 - PAIR_BITS);
}

/** The hash of a word start's first units, one more unit (hash = first << 16 | second, then extended). */
function extend(hash: number, unit: number): number {
  return Math.imul(hash ^ WORD_PAIR_SALT, 0x01000193) + unit;
}

/** The bit of tupleBits for a hash of three or four units. */
function tupleSlot(hash: number): number {
  return Math.imul(hash, GOLDEN) >>> (32 - PAIR_BITS);
}

/** Node records built per step of a stepwise index build. */
const LAYOUT_STEP_NODES = 1024;
/** Prefixes inserted into the tries per step of a stepwise index build. */
const INSERT_STEP_PREFIXES = 128;

/** The rule index: what scanUnits reads (see the comments on the module variables above). */
export interface RuleIndex {
  /** How many rules it indexes (compiled.length when built). */
  rules: number;
  trieData: Int32Array;
  anywhereRoot: number;
  wordRoot: number;
  edgeSlots: Int32Array;
  hashMask: number;
  hashShift: number;
  singleBits: Int32Array[];
  pairBits: Int32Array[];
  wordBits: Int32Array[];
  tupleBits: Int32Array[];
  anchoredRules: number[];
}

interface TNode {
  kids: Map<number, number>;
  rules: number[];
}

/** 0 unused, 1 = root of the anywhere trie, 2 = root of the word-start trie. */
const ROOTS = 3;

/**
 * Builds the rule index in bounded steps (`step()`), so that a content script can spread
 * it over idle slices (`buildRuleIndex`), or all at once (`finish()`, on first use). A step
 * is one rule analysed (if analyseRules has not done it) and its prefixes listed, or
 * INSERT_STEP_PREFIXES of them inserted into the tries, or the offsets, records, hashed
 * edges or rule classes of LAYOUT_STEP_NODES nodes, or the bitmaps of one child of a root:
 * a fraction of a millisecond each (≈ 20 ms in all, in ≈ 670 steps). The index is the same
 * whatever the steps (rule-engine.test.ts, prepare.test.ts).
 */
export class RuleIndexBuilder {
  private phase: 'insert' | 'offsets' | 'layout' | 'edges' | 'own' | 'anywhere' | 'word' | 'done' = 'insert';
  /** Where the current phase is (a rule, a node, a root's child). */
  private cursor = 0;
  private readonly rules = compiled.length;
  private readonly nodes: TNode[] = Array.from({ length: ROOTS }, () => ({ kids: new Map(), rules: [] }));
  private readonly classes: number[] = [0, 0, 0];
  private readonly anchoredRules: number[] = [];
  /** The current rule's prefixes (root, prefix) and how many are inserted (insert phase). */
  private pendingPrefixes: [number, string][] = [];
  private pendingAt = 0;
  private pendingRule = 0;
  /** Record offsets of the nodes (0 unused, so that no key is 0). */
  private at = new Int32Array(0);
  /** Size of the records so far, and edges of hashed nodes (offsets phase). */
  private size = 1;
  private hashedEdges = 0;
  private trieData = new Int32Array(0);
  private edgeSlots = new Int32Array(0);
  private hashMask = 0;
  private hashShift = 28;
  private own = new Uint8Array(0);
  private rootKids: [number, number][] = [];
  private readonly singleBits = [0, 1, 2, 3].map(() => new Int32Array(2048));
  private readonly pairBits = [0, 1, 2, 3].map(() => new Int32Array(PAIR_WORDS));
  private readonly wordBits = [0, 1, 2, 3].map(() => new Int32Array(4));
  private readonly tupleBits = [0, 1, 2, 3].map(() => new Int32Array(PAIR_WORDS));
  private index: RuleIndex | null = null;
  /** The size of a step (unbounded in finish()). */
  private nodesPerStep = LAYOUT_STEP_NODES;
  private prefixesPerStep = INSERT_STEP_PREFIXES;
  private kidsPerStep = 1;

  /** Whether it indexes the rules registered now (no rule group registered since it started). */
  get current(): boolean {
    return this.rules === compiled.length;
  }

  get done(): boolean {
    return this.index !== null;
  }

  /** The index (once done). */
  result(): RuleIndex {
    if (this.index === null) throw new Error('RuleIndexBuilder: not done');
    return this.index;
  }

  /** Does everything left at once. */
  finish(): RuleIndex {
    // Whole phases per step: long loops are optimised early (on-stack replacement), where
    // short ones called many times run longer in the interpreter.
    this.nodesPerStep = Infinity;
    this.prefixesPerStep = Infinity;
    this.kidsPerStep = Infinity;
    while (!this.step());
    return this.result();
  }

  /** One bounded piece of work; true once the index is built. */
  step(): boolean {
    switch (this.phase) {
      case 'insert':
        if (this.pendingAt < this.pendingPrefixes.length) this.insertSome();
        else if (this.cursor < this.rules) this.planRule(this.cursor++);
        if (this.cursor >= this.rules && this.pendingAt >= this.pendingPrefixes.length) this.next('offsets');
        break;
      case 'offsets':
        this.offsets();
        break;
      case 'layout':
        this.layout();
        break;
      case 'edges':
        this.edges();
        break;
      case 'own':
        this.ownClasses();
        break;
      case 'anywhere': {
        const kids = this.rootKids;
        for (let n = 0; n < this.kidsPerStep && this.cursor < kids.length; n++) {
          const [u, child] = kids[this.cursor++]!;
          this.anywhereBits(u, child);
        }
        if (this.cursor === kids.length) {
          this.rootKids = [...this.nodes[WORD_START]!.kids];
          this.next('word');
        }
        break;
      }
      case 'word': {
        const kids = this.rootKids;
        for (let n = 0; n < this.kidsPerStep && this.cursor < kids.length; n++) {
          const [x, child] = kids[this.cursor++]!;
          this.wordPaths(x, child, 1, 0);
        }
        if (this.cursor === kids.length) this.complete();
        break;
      }
      case 'done':
        break;
    }
    return this.index !== null;
  }

  private next(phase: RuleIndexBuilder['phase']): void {
    this.phase = phase;
    this.cursor = 0;
  }

  /**
   * Analyses a rule (if not done yet) and lists the prefixes to insert for it, or inserts
   * them at once when steps are unbounded.
   */
  private planRule(id: number): void {
    const c = compiled[id]!;
    analyse(c);
    const list: [number, string][] = (this.pendingPrefixes = []);
    this.pendingAt = 0;
    this.pendingRule = c.id;
    const add =
      this.prefixesPerStep === Infinity
        ? (root: number, prefix: string) => this.insert(root, prefix, c.id)
        : (root: number, prefix: string) => void list.push([root, prefix]);
    if (c.mode === 'run') add(ANYWHERE, c.run!.literal.replace(/[0-9]/g, '0'));
    else {
      for (const plan of c.plans) {
        if (plan.kind === 'anchored') {
          if (!this.anchoredRules.includes(c.id)) this.anchoredRules.push(c.id);
        } else if (plan.kind === 'prefixes')
          for (const prefix of plan.prefixes) add(plan.wordStart ? WORD_START : ANYWHERE, prefix);
      }
    }
  }

  /** Inserts up to INSERT_STEP_PREFIXES of the current rule's prefixes, in order. */
  private insertSome(): void {
    const list = this.pendingPrefixes;
    const stop = Math.min(list.length, this.pendingAt + this.prefixesPerStep);
    for (let k = this.pendingAt; k < stop; k++) this.insert(list[k]![0], list[k]![1], this.pendingRule);
    this.pendingAt = stop;
  }

  private insert(root: number, prefix: string, rule: number): void {
    const { nodes, classes } = this;
    let node = root;
    const bit = 1 << compiled[rule]!.walk;
    for (let k = 0; k < prefix.length; k++) {
      const u = prefix.charCodeAt(k);
      let next = nodes[node]!.kids.get(u);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ kids: new Map(), rules: [] });
        classes.push(0);
        nodes[node]!.kids.set(u, next);
      }
      node = next;
      classes[node]! |= bit;
    }
    if (!nodes[node]!.rules.includes(rule)) nodes[node]!.rules.push(rule);
  }

  private hashed(id: number): boolean {
    return this.nodes[id]!.kids.size > LIST_MAX;
  }

  /** The record offsets of LAYOUT_STEP_NODES nodes per step. */
  private offsets(): void {
    const { nodes } = this;
    if (this.cursor === 0) {
      this.at = new Int32Array(nodes.length);
      this.cursor = 1;
    }
    const { at } = this;
    const stop = Math.min(nodes.length, this.cursor + this.nodesPerStep);
    let size = this.size;
    for (let id = this.cursor; id < stop; id++) {
      const node = nodes[id]!;
      at[id] = size;
      const hashed = this.hashed(id);
      size += 1 + node.rules.length + (hashed ? 0 : node.kids.size);
      if (hashed) this.hashedEdges += node.kids.size;
      if (node.rules.length > 2047) throw new Error('rule-engine: too many rules at one node');
    }
    this.size = size;
    this.cursor = stop;
    if (stop === nodes.length) {
      if (size > 65536) throw new Error('rule-engine: trie too large');
      this.trieData = new Int32Array(size);
      this.next('layout');
      this.cursor = 1;
    }
  }

  /** LAYOUT_STEP_NODES node records per step. */
  private layout(): void {
    const { nodes, classes, at, trieData } = this;
    const stop = Math.min(nodes.length, this.cursor + this.nodesPerStep);
    for (let id = this.cursor; id < stop; id++) {
      const node = nodes[id]!;
      const list = !this.hashed(id);
      let k = at[id]!;
      trieData[k++] =
        classes[id]! |
        (node.kids.size > 0 ? HAS_KIDS : 0) |
        (list ? 0 : HASHED) |
        (node.rules.length << 5) |
        ((list ? node.kids.size : 0) << 16);
      for (const rule of node.rules.sort((a, b) => a - b)) trieData[k++] = rule;
      if (list) for (const [u, child] of node.kids) trieData[k++] = (u << 16) | at[child]!;
    }
    this.cursor = stop;
    if (stop === nodes.length) {
      let slots = 16;
      while (slots < this.hashedEdges * 2) slots <<= 1;
      this.edgeSlots = new Int32Array(2 * slots);
      this.hashMask = slots - 1;
      this.hashShift = 32 - Math.log2(slots);
      this.next('edges');
      this.cursor = 1;
    }
  }

  /** The hashed edges of LAYOUT_STEP_NODES nodes per step. */
  private edges(): void {
    const { nodes, at, edgeSlots, hashMask, hashShift } = this;
    const stop = Math.min(nodes.length, this.cursor + this.nodesPerStep);
    for (let id = this.cursor; id < stop; id++) {
      if (!this.hashed(id)) continue;
      for (const [u, child] of nodes[id]!.kids) {
        const key = (at[id]! << 16) | u;
        // Fibonacci hashing: the high bits of key × 2^32/φ (the low bits would only reflect the unit).
        let slot = Math.imul(key, GOLDEN) >>> hashShift;
        while (edgeSlots[2 * slot] !== 0) slot = (slot + 1) & hashMask;
        edgeSlots[2 * slot] = key;
        edgeSlots[2 * slot + 1] = at[child]!;
      }
    }
    this.cursor = stop;
    if (stop === nodes.length) {
      this.own = new Uint8Array(nodes.length);
      this.next('own');
      this.cursor = 1;
    }
  }

  /** The walk classes of the rules at each node, for LAYOUT_STEP_NODES nodes per step. */
  private ownClasses(): void {
    const { nodes, own } = this;
    const stop = Math.min(nodes.length, this.cursor + this.nodesPerStep);
    for (let id = this.cursor; id < stop; id++) {
      const rules = nodes[id]!.rules;
      for (let k = 0; k < rules.length; k++) own[id]! |= 1 << compiled[rules[k]!]!.walk;
    }
    this.cursor = stop;
    if (stop === nodes.length) {
      this.rootKids = [...nodes[ANYWHERE]!.kids];
      this.next('anywhere');
    }
  }

  /**
   * The bitmaps of one child of the anywhere root. They read units as they are (no digit
   * collapsing): a "0" edge stands for ten units. One pair of bitmaps per set of scripts a
   * text can have (see scanUnits), each with the prefixes of the rules looked for in such
   * texts.
   */
  private anywhereBits(u: number, child: number): void {
    const { nodes, own, classes } = this;
    for (const x of digitUnits(u)) {
      if (own[child]) setBit(this.singleBits, own[child]!, x);
      for (const [v, grandchild] of nodes[child]!.kids)
        for (const y of digitUnits(v)) setBit(this.pairBits, classes[grandchild]!, pairSlot((x << 16) | y));
    }
  }

  /**
   * Word starts, depth by depth, below one child of the word-start root: rules at depth 1
   * (wordBits), 2 (pairBits), 3, or a node at depth 4 (tupleBits). These read units
   * digit-collapsed, as the trie does (expanding digits four deep would fill the bitmap).
   */
  private wordPaths(x: number, child: number, depth: number, hash: number): void {
    const { nodes, own, classes } = this;
    const h = depth === 1 ? x : depth === 2 ? (hash << 16) | x : extend(hash, x);
    if (depth === 4) {
      setBit(this.tupleBits, classes[child]!, tupleSlot(h));
      return;
    }
    if (own[child]) {
      if (depth === 1) {
        if (x >= 128) throw new Error('rule-engine: a word-start prefix that does not start with \\w');
        setBit(this.wordBits, own[child]!, x);
      } else if (depth === 2) setBit(this.pairBits, own[child]!, pairSlot(h ^ WORD_PAIR_SALT));
      else setBit(this.tupleBits, own[child]!, tupleSlot(h));
    }
    for (const [y, grandchild] of nodes[child]!.kids) this.wordPaths(y, grandchild, depth + 1, h);
  }

  private complete(): void {
    this.phase = 'done';
    this.index = {
      rules: this.rules,
      trieData: this.trieData,
      anywhereRoot: this.at[ANYWHERE]!,
      wordRoot: this.at[WORD_START]!,
      edgeSlots: this.edgeSlots,
      hashMask: this.hashMask,
      hashShift: this.hashShift,
      singleBits: this.singleBits,
      pairBits: this.pairBits,
      wordBits: this.wordBits,
      tupleBits: this.tupleBits,
      anchoredRules: this.anchoredRules,
    };
  }
}

/** The units an edge stands for in the bitmaps ("0" for every digit). */
function digitUnits(u: number): number[] {
  return u === 0x30 ? [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39] : [u];
}

/** Sets a bit in the bitmaps of every set of scripts that looks for one of the classes. */
function setBit(maps: Int32Array[], classBits: number, bit: number): void {
  for (let scripts = 0; scripts < 4; scripts++)
    if ((classBits & allowedClasses(scripts)) !== 0) maps[scripts]![bit >>> 5]! |= 1 << (bit & 31);
}

/** The index being built in steps (buildRuleIndex), if any. */
let pending: RuleIndexBuilder | null = null;
/** The index in use. */
let installed: RuleIndex | null = null;

/** Makes `index` the one the scan reads. */
function install(index: RuleIndex): void {
  installed = index;
  trieData = index.trieData;
  anywhereRoot = index.anywhereRoot;
  wordRoot = index.wordRoot;
  edgeSlots = index.edgeSlots;
  hashMask = index.hashMask;
  hashShift = index.hashShift;
  singleBits = index.singleBits;
  pairBits = index.pairBits;
  wordBits = index.wordBits;
  tupleBits = index.tupleBits;
  anchoredRules = index.anchoredRules;
  ruleGen = new Int32Array(compiled.length);
  ruleFirst = new Int32Array(compiled.length);
  ruleLast = new Int32Array(compiled.length);
  active = new Int32Array(compiled.length);
  generation = 0;
  pending = null;
  built = true;
}

/** Builds the index at once (first use), finishing the one being built in steps if any. */
function build(): void {
  install((pending?.current ? pending : new RuleIndexBuilder()).finish());
}

/**
 * Builds the rule index in steps while `hasTime()` allows (asked before each step), so a
 * content script can spread it over idle slices; the rules not analysed yet are analysed
 * on the way. True once the index is built (`scanUnits` and `compiledRules` then use it).
 */
export function buildRuleIndex(hasTime: () => boolean): boolean {
  if (built) return true;
  if (!pending?.current) pending = new RuleIndexBuilder();
  while (!pending.done) {
    if (!hasTime()) return false;
    pending.step();
  }
  install(pending.result());
  return true;
}

/** The index in use, building it if needed (tests: compare with one built in steps). */
export function ruleIndex(): RuleIndex {
  if (!built) build();
  return installed!;
}

// Scan state of the current text (the engine is synchronous and single-threaded). Each
// rule's candidates form a linked list in a shared pool (positions ascending); a rule has
// candidates in this text when ruleGen[rule] === generation.
let scannedText: string | null = null;
let generation = 0;
let ruleGen = new Int32Array(0);
let ruleFirst = new Int32Array(0);
let ruleLast = new Int32Array(0);
// Small at first so that the first texts already grow it: the scan's optimised code then
// has a real call to growPool, instead of a deoptimisation on the first long text (which
// sent the scan of a 20,000-character window back to the interpreter).
let poolPos = new Int32Array(4);
let poolNext = new Int32Array(4);
let poolLength = 0;
/** Ids of the rules with candidates, ascending once the scan is done. */
let active = new Int32Array(0);
let activeLength = 0;

function growPool(): void {
  const size = poolPos.length * 2;
  const pos = new Int32Array(size);
  pos.set(poolPos);
  poolPos = pos;
  const next = new Int32Array(size);
  next.set(poolNext);
  poolNext = next;
}

/**
 * Walks the tries over `text` once and records, per rule, where its matches may start.
 * `zh` / `en`: whether the text has Han characters / a-z (rules gated by a script the text
 * lacks are not looked for; when unsure, pass true).
 */
export function scanText(text: string, zh = true, en = true): void {
  const n = text.length;
  if (textUnits.length < n) textUnits = new Uint16Array(Math.max(n, textUnits.length * 2));
  for (let i = 0; i < n; i++) textUnits[i] = text.charCodeAt(i);
  scanUnits(text, textUnits, zh, en);
}

let textUnits = new Uint16Array(256);

/**
 * `scanText` for a text whose UTF-16 units the caller already has: `units[0..text.length)`
 * are `text`'s units (the detector's folded buffer). Reading a typed array is cheaper than
 * `charCodeAt`.
 */
export function scanUnits(text: string, units: Uint16Array, zh = true, en = true): void {
  if (!built) build();
  generation = (generation + 1) | 0;
  if (generation === 0) {
    ruleGen.fill(0);
    generation = 1;
  }
  poolLength = 0;
  activeLength = 0;
  const n = text.length;
  if (n > 0) for (const rule of anchoredRules) addCandidate(rule, 0);
  // Local copies: module bindings reassigned by build() are not hoisted out of the loop.
  const scripts = (zh ? 1 : 0) | (en ? 2 : 0);
  const allowed = allowedClasses(scripts); // walk classes: always, Han texts, a-z texts
  const singles = singleBits[scripts]!;
  const pairs = pairBits[scripts]!;
  const words = wordBits[scripts]!;
  const tuples = tupleBits[scripts]!;
  let prevWord = false;
  let next = n > 0 ? units[0]! : 0;
  for (let p = 0; p < n; p++) {
    const c = next;
    next = p + 1 < n ? units[p + 1]! : 0;
    const pair = (c << 16) | next;
    let bit = pairSlot(pair);
    if ((((pairs[bit >>> 5]! >>> bit) | (singles[c >>> 5]! >>> c)) & 1) !== 0) walk(units, n, anywhereRoot, p, allowed);
    // \w: a word starts here when the previous unit is not a word unit.
    const word = c < 0x80 && ((WORD_UNITS[c >>> 5]! >>> c) & 1) !== 0;
    if (word && !prevWord) {
      // The first four units, digits read as "0" (as in the trie).
      const u1 = c >= 0x31 && c <= 0x39 ? 0x30 : c;
      let u2 = next;
      if (u2 >= 0x31 && u2 <= 0x39) u2 = 0x30;
      let u3 = p + 2 < n ? units[p + 2]! : 0;
      if (u3 >= 0x31 && u3 <= 0x39) u3 = 0x30;
      let u4 = p + 3 < n ? units[p + 3]! : 0;
      if (u4 >= 0x31 && u4 <= 0x39) u4 = 0x30;
      const two = (u1 << 16) | u2;
      bit = pairSlot(two ^ WORD_PAIR_SALT);
      const three = extend(two, u3);
      const third = tupleSlot(three);
      const fourth = tupleSlot(extend(three, u4));
      if (
        (((words[u1 >>> 5]! >>> u1) |
          (pairs[bit >>> 5]! >>> bit) |
          (tuples[third >>> 5]! >>> third) |
          (tuples[fourth >>> 5]! >>> fourth)) &
          1) !==
        0
      )
        walk(units, n, wordRoot, p, allowed);
    }
    prevWord = word;
  }
  // Rules in id order (few, nearly sorted: insertion sort).
  for (let i = 1; i < activeLength; i++) {
    const r = active[i]!;
    let j = i - 1;
    while (j >= 0 && active[j]! > r) {
      active[j + 1] = active[j]!;
      j--;
    }
    active[j + 1] = r;
  }
  scannedText = text;
}

/** Follows the trie from the record `root` at p (units p, p + 1, …) and records the rules of every node on the way. */
function walk(units: Uint16Array, n: number, root: number, p: number, allowed: number): void {
  const trie = trieData;
  const slots = edgeSlots;
  const mask = hashMask;
  const shiftBits = hashShift;
  let node = root;
  let m = trie[root]!;
  for (let q = p; q < n; q++) {
    let u = units[q]!;
    if (u >= 0x31 && u <= 0x39) u = 0x30;
    if ((m & HASHED) !== 0) {
      const key = (node << 16) | u;
      let slot = Math.imul(key, GOLDEN) >>> shiftBits;
      for (;;) {
        const found = slots[2 * slot]!;
        if (found === key) break;
        if (found === 0) return;
        slot = (slot + 1) & mask;
      }
      node = slots[2 * slot + 1]!;
    } else {
      let k = node + 1 + ((m >>> 5) & 0x7ff);
      const end = k + (m >>> 16);
      while (k < end && trie[k]! >>> 16 !== u) k++;
      if (k === end) return;
      node = trie[k]! & 0xffff;
    }
    m = trie[node]!;
    if ((m & allowed) === 0) return;
    for (let k = node + 1, end = k + ((m >>> 5) & 0x7ff); k < end; k++) addCandidate(trie[k]!, p);
    if ((m & HAS_KIDS) === 0) return;
  }
}

/** Records that `rule` may match at `pos` (positions arrive in ascending order). */
function addCandidate(rule: number, pos: number): void {
  let k: number;
  if (ruleGen[rule] !== generation) {
    ruleGen[rule] = generation;
    active[activeLength++] = rule;
    if (poolLength === poolPos.length) growPool();
    k = poolLength++;
    ruleFirst[rule] = k;
  } else {
    const last = ruleLast[rule]!;
    if (poolPos[last] === pos) return;
    if (poolLength === poolPos.length) growPool();
    k = poolLength++;
    poolNext[last] = k;
  }
  poolPos[k] = pos;
  poolNext[k] = -1;
  ruleLast[rule] = k;
}

/** A match; with `source`, also its text there (a signal: no second object to build). */
function matchOf<K extends string>(
  kind: K,
  label: string,
  start: number,
  end: number,
  source: string | null,
): RuleMatch<K> {
  return source === null
    ? { kind, label, start, end }
    : ({ kind, label, start, end, text: source.slice(start, end) } as RuleMatch<K>);
}

/**
 * Whether one of an anchored rule's alternatives may match `text`: past the leading units
 * it may skip, the text goes on with one of its lead units (digits read as "0"), and the
 * text holds one of the units every match contains.
 */
function gateOpen(gates: readonly Gate[], text: string): boolean {
  for (const g of gates) {
    if (g.lead !== null) {
      let i = 0;
      if (g.skip !== null) while (i < text.length && inRanges(g.skip, text.charCodeAt(i))) i++;
      if (i === text.length) continue;
      let u = text.charCodeAt(i);
      if (u >= 0x31 && u <= 0x39) u = 0x30;
      if (!g.lead.includes(u)) continue;
    }
    if (g.contains !== null && !g.contains.some((unit) => text.includes(unit))) continue;
    return true;
  }
  return false;
}

function inRanges(ranges: readonly [number, number][], u: number): boolean {
  for (const [lo, hi] of ranges) if (u >= lo && u <= hi) return true;
  return false;
}

/**
 * Matches of one rule in the scanned text, left to right (pushed to `out`); with
 * `out` null, stops at the first and only says whether there is one.
 */
function matchRule<K extends string>(
  c: CompiledRule<K>,
  text: string,
  out: RuleMatch<K>[] | null,
  source: string | null = null,
): boolean {
  if (ruleGen[c.id] !== generation) return false;
  const first = ruleFirst[c.id]!;
  const kind = c.rule.kind;
  const label = c.rule.label;
  let found = false;
  if (c.gates !== null && !gateOpen(c.gates, text)) return false;
  if (c.mode === 'prefix') {
    // A sticky test() at p matches exactly where a global scan reaching p would; on
    // success lastIndex is the match's end (no match array to allocate).
    const re = c.sticky;
    let lastEnd = 0;
    for (let k = first; k >= 0; k = poolNext[k]!) {
      const p = poolPos[k]!;
      if (p < lastEnd) continue;
      re.lastIndex = p;
      if (!re.test(text) || re.lastIndex === p) continue;
      if (!out) return true;
      found = true;
      lastEnd = re.lastIndex;
      out.push(matchOf(kind, label, p, lastEnd, source));
    }
    return found;
  }
  // "run": candidates are the occurrences q of L; the match starts where the run of X before q
  // starts, or where the previous match ended if that is later.
  const { ranges, literal } = c.run!;
  const l = literal.charCodeAt(0);
  const re = c.sticky;
  let lastEnd = 0;
  for (let k = first; k >= 0; k = poolNext[k]!) {
    const q = poolPos[k]!;
    if (q < lastEnd || text.charCodeAt(q) !== l) continue;
    let p = q;
    while (p > lastEnd && inRanges(ranges, text.charCodeAt(p - 1))) p--;
    if (p === q) continue;
    re.lastIndex = p;
    if (!re.test(text) || re.lastIndex === p) continue;
    if (!out) return true;
    found = true;
    lastEnd = re.lastIndex;
    out.push(matchOf(kind, label, p, lastEnd, source));
  }
  return found;
}

/** The scripts a group call runs rules for, as bits (1 Chinese, 2 English: CompiledRule.script). */
function scriptBits(scripts: Scripts): number {
  return (scripts.zh ? 1 : 0) | (scripts.en ? 2 : 0);
}

/** First index in `active` of a rule id ≥ lo. */
function firstActive(lo: number): number {
  let k = 0;
  while (k < activeLength && active[k]! < lo) k++;
  return k;
}

/**
 * Matches of a group's rules on `text` (folded), rule by rule, each rule's matches left
 * to right — the same list `matchRules` returns. Rules of a script the text does not
 * contain are skipped, as in `matchRules`.
 */
export function matchGroup<K extends string>(
  group: RuleGroup<K>,
  text: string,
  scripts: Scripts,
  out: RuleMatch<K>[] = [],
): RuleMatch<K>[] {
  return matchGroupIn(group, text, scripts, out, null);
}

/**
 * `matchGroup` for a text folded from `source` (same length): each match also carries
 * its `text` in the source, `source.slice(start, end)` — a signal, built once.
 */
export function matchGroupWithText<K extends string>(
  group: RuleGroup<K>,
  text: string,
  scripts: Scripts,
  source: string,
  out: (RuleMatch<K> & { text: string })[],
): void {
  matchGroupIn(group, text, scripts, out, source);
}

function matchGroupIn<K extends string>(
  group: RuleGroup<K>,
  text: string,
  scripts: Scripts,
  out: RuleMatch<K>[],
  source: string | null,
): RuleMatch<K>[] {
  if (scannedText !== text) scanText(text);
  const allowed = scriptBits(scripts);
  for (let k = firstActive(group.lo); k < activeLength && active[k]! < group.hi; k++) {
    const c = group.rules[active[k]! - group.lo]!;
    if ((c.script & allowed) !== 0) matchRule(c, text, out, source);
  }
  return out;
}

/** Whether any rule of the group (of a script the text contains) matches `text` (folded). */
export function groupMatches(group: RuleGroup, text: string, scripts: Scripts): boolean {
  if (scannedText !== text) scanText(text);
  const allowed = scriptBits(scripts);
  for (let k = firstActive(group.lo); k < activeLength && active[k]! < group.hi; k++) {
    const c = group.rules[active[k]! - group.lo]!;
    if ((c.script & allowed) !== 0 && matchRule(c, text, null)) return true;
  }
  return false;
}

/** The kinds of the group's rules that match `text` (folded), in rule order, each once. */
export function matchingKinds<K extends string>(group: RuleGroup<K>, text: string, scripts: Scripts): K[] {
  if (scannedText !== text) scanText(text);
  const allowed = scriptBits(scripts);
  const out: K[] = [];
  for (let k = firstActive(group.lo); k < activeLength && active[k]! < group.hi; k++) {
    const c = group.rules[active[k]! - group.lo]!;
    if ((c.script & allowed) !== 0 && !out.includes(c.rule.kind) && matchRule(c, text, null)) out.push(c.rule.kind);
  }
  return out;
}

/** Matches of any registered rules, one rule after the other (tests: single rules). */
export function matchCompiled<K extends string>(
  rules: readonly CompiledRule<K>[],
  text: string,
  scripts: Scripts,
): RuleMatch<K>[] {
  if (scannedText !== text) scanText(text);
  const out: RuleMatch<K>[] = [];
  const allowed = scriptBits(scripts);
  for (const c of rules) if ((c.script & allowed) !== 0) matchRule(c, text, out);
  return out;
}

/** How each registered rule is run (for tests and docs). */
export function compiledRules(): readonly CompiledRule[] {
  if (!built) build();
  return compiled;
}
