/**
 * Runs the rule patterns (signals, personal data, categories, hints) without running
 * every regex over every text. Each rule's regex is analysed once (regex-prefix.ts):
 *
 * - "prefix" rules: every match of every alternative starts with one of a few literal
 *   prefixes (e.g. 退款, "refund", "my lawy"). All prefixes of all rules go into one
 *   trie, walked once over the folded text; the rule's regex is then executed (sticky)
 *   only at the positions where one of its prefixes occurs (or at 0 for ^ alternatives).
 * - "required" rules: some alternative starts with a wide class (e.g. an email address
 *   or a date), but every match contains one of a few code units (@, 月…): the regex runs
 *   over the whole text, as before, only when one of those units is present.
 * - "always" rules: the rest run as before.
 *
 * The result is exactly what `matchRules` (patterns.ts) gives: a global regex scan tries
 * positions left to right and, after a match, resumes at its end; a sticky execution at
 * each candidate position left to right, skipping those inside the previous match, finds
 * the same matches because a match can only start at a candidate position.
 */
import { candidatePlan, parseRegex, requiredUnits, type Node } from './regex-prefix';
import type { Rule, RuleMatch } from './patterns';

export interface CompiledRule<K extends string = string> {
  id: number;
  rule: Rule<K>;
  mode: 'prefix' | 'run' | 'required' | 'always';
  /** "run" rules (X+ then a literal L not in X, e.g. an email address): X's ranges and L. */
  run: { ranges: [number, number][]; literal: string } | null;
  /** Some alternative can only match at position 0. */
  anchored: boolean;
  required: number[] | null;
  sticky: RegExp;
}

const compiled: CompiledRule[] = [];
let built = false;

// Trie over UTF-16 units. Node ids start at 1; 0 means "no node".
let rootChild = new Int32Array(65536);
let hashKeys = new Int32Array(0);
let hashVals = new Int32Array(0);
let hashMask = 0;
let outStart = new Int32Array(1);
let outRules = new Int32Array(0);
let hasKids = new Uint8Array(0);

/**
 * A pattern of the shape X+ L … (a class repeated, then a literal not in the class, and
 * no lookbehind or backreference anywhere): a match can only start inside a run of X
 * that ends right before an L, and it succeeds from any position of that run if and only
 * if it succeeds from the run's start (X+ stops at L whatever the start). So the matches
 * are found from the occurrences of L, reading the run backwards.
 */
function runShape(source: string): CompiledRule['run'] {
  const alts = parseRegex(source);
  if (alts.length !== 1) return null;
  const [first, second] = alts[0]!;
  const walk = (nodes: readonly Node[]): boolean =>
    nodes.every((n) =>
      n.t === 'look' ? !n.behind && n.alts.every(walk) : n.t === 'backref' ? false : n.t === 'group' ? n.alts.every(walk) : n.t === 'quant' ? walk([n.node]) : true,
    );
  if (!walk(alts[0]!)) return null;
  if (first?.t !== 'quant' || first.min < 1 || first.max !== Infinity || first.node.t !== 'set' || first.node.negate) return null;
  if (second?.t !== 'char' || second.s.length !== 1) return null;
  const ranges = first.node.ranges;
  if (ranges.some(([lo, hi]) => hi > 0xffff || (lo <= 0xdfff && hi >= 0xd800))) return null;
  const l = second.s.charCodeAt(0);
  if (ranges.some(([lo, hi]) => l >= lo && l <= hi)) return null;
  return { ranges, literal: second.s };
}

/** Registers rules (at module load); returns them compiled, in the same order. */
export function compileRules<K extends string>(rules: readonly Rule<K>[]): CompiledRule<K>[] {
  const out = rules.map((rule): CompiledRule<K> => {
    const plans = candidatePlan(rule.re.source);
    const unknown = plans.some((p) => p.kind === 'unknown');
    const run = unknown ? runShape(rule.re.source) : null;
    const required = unknown && !run ? requiredUnits(rule.re.source) : null;
    return {
      id: -1,
      rule,
      mode: !unknown ? 'prefix' : run ? 'run' : required ? 'required' : 'always',
      run,
      anchored: plans.some((p) => p.kind === 'anchored'),
      required,
      sticky: new RegExp(rule.re.source, rule.re.flags.replace('g', '') + 'y'),
    };
  });
  out.forEach((c, k) => (c.id = compiled.length + k));
  compiled.push(...(out as CompiledRule[]));
  built = false;
  return out;
}

let hashShift = 28;

/** Fibonacci hashing: the high bits of key × 2^32/φ (the low bits would only reflect the unit). */
function hashSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> hashShift;
}

function build(): void {
  interface TNode {
    kids: Map<number, number>;
    rules: number[];
  }
  const nodes: TNode[] = [{ kids: new Map(), rules: [] }, { kids: new Map(), rules: [] }]; // 0 unused, 1 = root
  for (const c of compiled) {
    if (c.mode !== 'prefix') continue;
    const plans = candidatePlan(c.rule.re.source);
    for (const plan of plans) {
      if (plan.kind !== 'prefixes') continue;
      for (const prefix of plan.prefixes) {
        let node = 1;
        for (let k = 0; k < prefix.length; k++) {
          const u = prefix.charCodeAt(k);
          let next = nodes[node]!.kids.get(u);
          if (next === undefined) {
            next = nodes.length;
            nodes.push({ kids: new Map(), rules: [] });
            nodes[node]!.kids.set(u, next);
          }
          node = next;
        }
        if (!nodes[node]!.rules.includes(c.id)) nodes[node]!.rules.push(c.id);
      }
    }
  }
  if (nodes.length >= 32768) throw new Error('rule-engine: trie too large');
  rootChild = new Int32Array(65536);
  for (const [u, id] of nodes[1]!.kids) rootChild[u] = id;
  let edges = 0;
  for (let id = 2; id < nodes.length; id++) edges += nodes[id]!.kids.size;
  let size = 16;
  while (size < edges * 2) size <<= 1;
  hashKeys = new Int32Array(size);
  hashVals = new Int32Array(size);
  hashMask = size - 1;
  hashShift = 32 - Math.log2(size);
  for (let id = 2; id < nodes.length; id++) {
    for (const [u, child] of nodes[id]!.kids) {
      const key = id * 65536 + u;
      let slot = hashSlot(key);
      while (hashKeys[slot] !== 0) slot = (slot + 1) & hashMask;
      hashKeys[slot] = key;
      hashVals[slot] = child;
    }
  }
  outStart = new Int32Array(nodes.length + 1);
  const flat: number[] = [];
  hasKids = new Uint8Array(nodes.length);
  for (let id = 0; id < nodes.length; id++) {
    outStart[id] = flat.length;
    flat.push(...nodes[id]!.rules.sort((a, b) => a - b));
    hasKids[id] = nodes[id]!.kids.size > 0 ? 1 : 0;
  }
  outStart[nodes.length] = flat.length;
  outRules = Int32Array.from(flat);
  lastPos = new Int32Array(compiled.length);
  candCount = new Int32Array(compiled.length);
  candOffset = new Int32Array(compiled.length + 1);
  built = true;
}

function childOf(node: number, unit: number): number {
  const key = node * 65536 + unit;
  let slot = hashSlot(key);
  for (;;) {
    const k = hashKeys[slot]!;
    if (k === key) return hashVals[slot]!;
    if (k === 0) return 0;
    slot = (slot + 1) & hashMask;
  }
}

// Scan state of the current text (the engine is synchronous and single-threaded).
let scannedText: string | null = null;
let scanGeneration = 0;
const seen = new Uint32Array(65536); // seen[u] === scanGeneration ⇔ unit u occurs in the text
let lastPos = new Int32Array(0);
let candCount = new Int32Array(0);
let candOffset = new Int32Array(1);
let rawRule = new Int32Array(256);
let rawPos = new Int32Array(256);
let rawLength = 0;
let candPos = new Int32Array(256);

function pushCandidate(rule: number, pos: number): void {
  if (lastPos[rule] === pos) return;
  lastPos[rule] = pos;
  if (rawLength === rawRule.length) {
    const r = new Int32Array(rawLength * 2);
    r.set(rawRule);
    rawRule = r;
    const p = new Int32Array(rawLength * 2);
    p.set(rawPos);
    rawPos = p;
  }
  rawRule[rawLength] = rule;
  rawPos[rawLength++] = pos;
}

/** Walks the trie over `text` once and records, per rule, where its matches may start. */
export function scanText(text: string): void {
  if (!built) build();
  scanGeneration = (scanGeneration + 1) >>> 0;
  if (scanGeneration === 0) {
    seen.fill(0);
    scanGeneration = 1;
  }
  const gen = scanGeneration;
  lastPos.fill(-1);
  rawLength = 0;
  const n = text.length;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    seen[c] = gen;
    let node = rootChild[c]!;
    let q = p;
    while (node !== 0) {
      for (let k = outStart[node]!, end = outStart[node + 1]!; k < end; k++) pushCandidate(outRules[k]!, p);
      if (hasKids[node] === 0 || ++q >= n) break;
      node = childOf(node, text.charCodeAt(q));
    }
  }
  // Group the candidates by rule (counting sort; positions stay ascending).
  candCount.fill(0);
  for (let k = 0; k < rawLength; k++) candCount[rawRule[k]!]!++;
  let total = 0;
  for (let r = 0; r < candCount.length; r++) {
    candOffset[r] = total;
    total += candCount[r]!;
  }
  candOffset[candCount.length] = total;
  if (candPos.length < total) candPos = new Int32Array(Math.max(total, candPos.length * 2));
  candCount.fill(0);
  for (let k = 0; k < rawLength; k++) {
    const r = rawRule[k]!;
    candPos[candOffset[r]! + candCount[r]!++] = rawPos[k]!;
  }
  scannedText = text;
}

/** True when the scanned text contains the UTF-16 unit. */
export function textHasUnit(unit: number): boolean {
  return seen[unit] === scanGeneration;
}

/**
 * Matches of the given compiled rules on `text` (folded), rule by rule, each rule's
 * matches left to right — the same list `matchRules` returns. Rules of a script the
 * text does not contain are skipped, as in `matchRules`.
 */
export function matchCompiled<K extends string>(
  rules: readonly CompiledRule<K>[],
  text: string,
  scripts: { zh: boolean; en: boolean },
  out: RuleMatch<K>[] = [],
): RuleMatch<K>[] {
  if (scannedText !== text) scanText(text);
  for (const c of rules) {
    if (!scripts[c.rule.script]) continue;
    if (c.mode === 'prefix') {
      let lastEnd = 0;
      const re = c.sticky;
      if (c.anchored) {
        re.lastIndex = 0;
        const m = re.exec(text);
        if (m !== null && m[0].length > 0) {
          out.push({ kind: c.rule.kind, label: c.rule.label, start: 0, end: m[0].length });
          lastEnd = m[0].length;
        }
      }
      for (let k = candOffset[c.id]!, end = candOffset[c.id + 1]!; k < end; k++) {
        const p = candPos[k]!;
        if (p < lastEnd || (c.anchored && p === 0)) continue;
        re.lastIndex = p;
        const m = re.exec(text);
        if (m === null || m[0].length === 0) continue;
        lastEnd = p + m[0].length;
        out.push({ kind: c.rule.kind, label: c.rule.label, start: p, end: lastEnd });
      }
      continue;
    }
    if (c.mode === 'run') {
      runMatches(c, text, out);
      continue;
    }
    if (c.mode === 'required') {
      let present = false;
      for (const u of c.required!) {
        if (seen[u] === scanGeneration) {
          present = true;
          break;
        }
      }
      if (!present) continue;
    }
    const re = c.rule.re;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      out.push({ kind: c.rule.kind, label: c.rule.label, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

function inRanges(ranges: readonly [number, number][], u: number): boolean {
  for (const [lo, hi] of ranges) if (u >= lo && u <= hi) return true;
  return false;
}

/** Matches of a "run" rule, left to right, as a global scan finds them (see runShape). */
function runMatches<K extends string>(c: CompiledRule<K>, text: string, out: RuleMatch<K>[] | null): boolean {
  const { ranges, literal } = c.run!;
  const re = c.sticky;
  let lastEnd = 0;
  let found = false;
  let q = text.indexOf(literal);
  while (q >= 0) {
    let p = q;
    while (p > lastEnd && inRanges(ranges, text.charCodeAt(p - 1))) p--;
    if (p < q) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (m !== null && m[0].length > 0) {
        if (!out) return true;
        found = true;
        lastEnd = p + m[0].length;
        out.push({ kind: c.rule.kind, label: c.rule.label, start: p, end: lastEnd });
      }
    }
    q = text.indexOf(literal, Math.max(q + 1, lastEnd));
  }
  return found;
}

/** Whether one compiled rule has a (non-empty) match in the scanned `text`. */
function ruleMatches(c: CompiledRule, text: string): boolean {
  if (c.mode === 'prefix') {
    const re = c.sticky;
    if (c.anchored) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m !== null && m[0].length > 0) return true;
    }
    for (let k = candOffset[c.id]!, end = candOffset[c.id + 1]!; k < end; k++) {
      re.lastIndex = candPos[k]!;
      const m = re.exec(text);
      if (m !== null && m[0].length > 0) return true;
    }
    return false;
  }
  if (c.mode === 'run') return runMatches(c, text, null);
  if (c.mode === 'required') {
    let present = false;
    for (const u of c.required!) {
      if (seen[u] === scanGeneration) {
        present = true;
        break;
      }
    }
    if (!present) return false;
  }
  const re = c.rule.re;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) if (m[0].length > 0) return true;
  return false;
}

/** Whether any of the rules (of a script the text contains) matches `text` (folded). */
export function anyRuleMatches(rules: readonly CompiledRule[], text: string, scripts: { zh: boolean; en: boolean }): boolean {
  if (scannedText !== text) scanText(text);
  for (const c of rules) if (scripts[c.rule.script] && ruleMatches(c, text)) return true;
  return false;
}

/** The kinds of the rules that match `text` (folded), in rule order, each once. */
export function matchingKinds<K extends string>(rules: readonly CompiledRule<K>[], text: string, scripts: { zh: boolean; en: boolean }): K[] {
  if (scannedText !== text) scanText(text);
  const out: K[] = [];
  for (const c of rules) if (scripts[c.rule.script] && !out.includes(c.rule.kind) && ruleMatches(c, text)) out.push(c.rule.kind);
  return out;
}

/** How each registered rule is run (for tests and docs). */
export function compiledRules(): readonly CompiledRule[] {
  return compiled;
}
