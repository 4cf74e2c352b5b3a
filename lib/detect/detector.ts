import { BANGS, needOf, quadrantHintOf, severityOf, SERIOUS_ESCALATIONS } from './assessment';
import { categorize } from './categories';
import { FOLD, isSimplifiedOnly, isTraditionalOnly, NFKC_FOLD_STABLE, stringOfUnits } from './fold';
import { LANGUAGE_SAMPLE, languageFromCounts } from './language';
import type { LinearModel } from './model';
import {
  collapseElongation,
  collapseElongationCodePoints,
  expandEllipses,
  MODEL_WINDOW,
  replaceEmails,
  replaceLinks,
  replaceMentionsAndNumbers,
  stableSurrogates,
} from './normalise';
import { isPraise, isQuestion, isTrivial, type NeutralCues } from './neutral';
import { personalDataIn } from './personal-data';
import { matchGroupWithText, scanUnits } from './rule-engine';
import { SIGNALS } from './signals';
import type { DetectionResult, DetectOptions, Signal, SignalKind } from './types';

/**
 * Signals and language are read from the first SIGNAL_WINDOW characters (the model reads
 * fewer, see MODEL_WINDOW): a 1 MB paste is analysed in bounded time while the record
 * keeps the whole text.
 */
export const SIGNAL_WINDOW = 20_000;

/**
 * How much a signal kind moves the model's score, in logit units (documented in
 * docs/detect.md). The model already reads ordinary complaint words, so only signals it
 * cannot weigh well from its training data (threats, inflated demands, insults, health
 * and safety) move the score; the rest only explain it.
 */
const SIGNAL_WEIGHT: Partial<Record<SignalKind, number>> = {
  escalation: 1,
  inflated_demand: 1.5,
  insult: 0.5,
  health_safety: 0.5,
};

/** Decision threshold on the combined score for a sensitivity in [0, 1] (0.5 → 0.5). */
export function thresholdFor(sensitivity: number): number {
  const s = Math.min(1, Math.max(0, Number.isFinite(sensitivity) ? sensitivity : 0.5));
  return 0.5 + (0.5 - s) * 0.6;
}

function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

const NEGATIVE_KINDS: readonly SignalKind[] = [
  'escalation',
  'inflated_demand',
  'insult',
  'refund_demand',
  'repetition',
  'health_safety',
  'dissatisfaction',
];

/**
 * Combines the model's score with the signals (each kind counts once) and the neutral cues.
 * - A serious threat (regulator, court, press, chargeback) is a complaint whatever the wording.
 * - With no negative signal, a plain information question or a near-empty comment ("@Amy
 *   look!") stays below the default threshold, and praise pulls the score down. The model
 *   learnt from reviews and tweets, where a question is nearly always rhetorical
 *   (这也叫服务吗？) and praise is rare; fan pages are full of real questions, thanks and tags.
 */
export function combineScore(
  modelScore: number,
  signals: readonly Signal[],
  cues: NeutralCues = { question: false, praise: false, trivial: false },
  group: 'zh' | 'en' = 'zh',
): number {
  const kinds = new Set(signals.map((s) => s.kind));
  let z = logit(modelScore);
  for (const kind of kinds) z += SIGNAL_WEIGHT[kind] ?? 0;
  if (signals.some((s) => s.kind === 'escalation' && (SERIOUS_ESCALATIONS as readonly string[]).includes(s.label)))
    z = Math.max(z, 2);
  if (!NEGATIVE_KINDS.some((k) => kinds.has(k))) {
    // "配送能不能快點呢？" is a complaint in question form: urgency keeps a question a candidate.
    if ((cues.question && !kinds.has('urgency')) || cues.trivial) z = Math.min(z, logit(0.4));
    // Praise counts more in English: the tweets the English model learnt from rarely thank.
    if (cues.praise) z -= group === 'en' ? 2 : 1;
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * Keeps the first of overlapping matches of the same kind. Sorted by start, a signal
 * overlaps an earlier kept one of its kind exactly when it starts before the furthest
 * end among them (signals are never empty), so one pass suffices. The usual handful of
 * signals is sorted and compared in place (the same stable order as Array#sort).
 */
function dedupe(signals: Signal[]): Signal[] {
  const n = signals.length;
  if (n < 2) return signals;
  if (n <= 16) {
    for (let i = 1; i < n; i++) {
      const s = signals[i]!;
      let j = i - 1;
      while (j >= 0 && (signals[j]!.start > s.start || (signals[j]!.start === s.start && signals[j]!.end < s.end))) {
        signals[j + 1] = signals[j]!;
        j--;
      }
      signals[j + 1] = s;
    }
    const kept: Signal[] = [];
    for (let i = 0; i < n; i++) {
      const s = signals[i]!;
      let end = -1;
      for (let k = 0; k < kept.length; k++) if (kept[k]!.kind === s.kind && kept[k]!.end > end) end = kept[k]!.end;
      if (s.start >= end) kept.push(s);
    }
    return kept;
  }
  signals.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Signal[] = [];
  const furthest: Partial<Record<SignalKind, number>> = {};
  for (const s of signals) {
    const end = furthest[s.kind];
    if (end !== undefined && s.start < end) continue;
    out.push(s);
    furthest[s.kind] = end === undefined ? s.end : Math.max(end, s.end);
  }
  return out;
}

const HAS_CONTENT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

let units = new Uint16Array(1024);

// Per-character flags for the single pass (what each character counts towards).
const HAN = 1; // language: a Han character…
const TRAD = 2; // …that only exists in Traditional script
const SIMP = 4; // …that only exists in Simplified script
const LATIN = 8; // language: A-Z a-z
const OTHER = 16; // language: kana, hangul, Cyrillic, Arabic, Thai
const CONTENT = 32; // surely a letter or digit (\p{L} or \p{N}), so HAS_CONTENT holds
const ZH = 64; // folds to a Han character (rules for Chinese apply)
const EN = 128; // folds to a-z (rules for English apply)
const NFKC_CHANGE = 256; // NFKC may change it (or it is a placeholder character): full normalisation
const DIGIT = 512; // folds to 0-9: numbers become a placeholder
const AT = 1024; // folds to @: emails and mentions become placeholders
const SURROGATE = 2048; // half of a surrogate pair (or a lone one)
const COLON = 4096; // folds to ":" (a link needs "://" or "www.")
const DOT = 8192; // folds to "."
const ELLIPSIS = 16384; // U+2026, which NFKC expands to "..." (and nothing else changes: see expandEllipses)

/** Per code unit, one read for the pass: the folded unit (low 16 bits) and the flags (high 16 bits). */
const FOLD_FLAGS = new Uint32Array(65536);
for (let c = 0; c < 65536; c++) {
  let flags = 0;
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
    flags |= HAN;
    if (isTraditionalOnly(c)) flags |= TRAD;
    else if (isSimplifiedOnly(c)) flags |= SIMP;
  } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) flags |= LATIN;
  else if (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x0400 && c <= 0x04ff) ||
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0e00 && c <= 0x0e7f)
  )
    flags |= OTHER;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x4e00 && c <= 0x9fef))
    flags |= CONTENT;
  const f = FOLD[c]!;
  if ((f >= 0x3400 && f <= 0x9fff) || (f >= 0xf900 && f <= 0xfaff)) flags |= ZH;
  else if (f >= 0x61 && f <= 0x7a) flags |= EN;
  // Surrogates: the model checks their pairs (stableSurrogates). Variation selectors
  // (emoji presentation, U+FE0F): NFKC leaves them alone, and although they are marks
  // their combining class is 0 and they compose with nothing (normalise.test.ts).
  if (c === 0x2026) flags |= ELLIPSIS;
  else if (NFKC_FOLD_STABLE[c] === 0 && !(c >= 0xd800 && c <= 0xdfff) && !(c >= 0xfe00 && c <= 0xfe0f))
    flags |= NFKC_CHANGE;
  if (f >= 0x30 && f <= 0x39) flags |= DIGIT;
  if (f === 0x40) flags |= AT;
  if (c >= 0xd800 && c <= 0xdfff) flags |= SURROGATE;
  if (f === 0x3a) flags |= COLON;
  if (f === 0x2e) flags |= DOT;
  FOLD_FLAGS[c] = f | (flags << 16);
}

/**
 * What the single pass over the window found: language counts, the OR of all flags, and
 * for the model window (its first MODEL_WINDOW characters) the OR of flags and whether a
 * character repeats three times (elongation).
 */
const pass = {
  changed: false,
  han: 0,
  latin: 0,
  other: 0,
  traditional: 0,
  simplified: 0,
  any: 0,
  modelAny: 0,
  elongated: false,
};
/**
 * One pass over the window: folds it into `units` (as `foldAligned` does), counts what
 * language detection counts (first LANGUAGE_SAMPLE characters), and gathers the flags.
 */
export function readWindow(window: string): void {
  const n = window.length;
  if (n > LANGUAGE_SAMPLE || n > MODEL_WINDOW) {
    readLongWindow(window);
    return;
  }
  if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2));
  const buf = units;
  const table = FOLD_FLAGS;
  let changed = false;
  let han = 0;
  let latin = 0;
  let other = 0;
  let traditional = 0;
  let simplified = 0;
  let any = 0; // OR of all flags
  let elongated = false;
  let p1 = -1;
  let p2 = -2;
  // The usual short text: every character counts for language and model.
  for (let i = 0; i < n; i++) {
    const c = window.charCodeAt(i);
    const e = table[c]!;
    const f = e & 0xffff;
    buf[i] = f;
    if (f !== c) changed = true;
    any |= e;
    han += (e >>> 16) & HAN;
    traditional += (e >>> 17) & 1;
    simplified += (e >>> 18) & 1;
    latin += (e >>> 19) & 1;
    other += (e >>> 20) & 1;
    if (f === p1 && f === p2) elongated = true;
    p2 = p1;
    p1 = f;
  }
  any >>>= 16;
  pass.changed = changed;
  pass.han = han;
  pass.latin = latin;
  pass.other = other;
  pass.traditional = traditional;
  pass.simplified = simplified;
  pass.any = any;
  pass.modelAny = any;
  pass.elongated = elongated;
}

/** `readWindow` for a text longer than the language sample: only its start counts for language, model and elongation. */
function readLongWindow(window: string): void {
  const n = window.length;
  if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2));
  const buf = units;
  const table = FOLD_FLAGS;
  let changed = false;
  let han = 0;
  let latin = 0;
  let other = 0;
  let traditional = 0;
  let simplified = 0;
  let any = 0; // OR of all flags
  let modelAny = 0; // OR of the flags in the model window
  let elongated = false;
  let p1 = -1;
  let p2 = -2;
  const sample = Math.min(n, LANGUAGE_SAMPLE);
  const modelEnd = Math.min(n, MODEL_WINDOW);
  for (let i = 0; i < n; i++) {
    const c = window.charCodeAt(i);
    const e = table[c]!;
    const f = e & 0xffff;
    const flags = e >>> 16;
    buf[i] = f;
    if (f !== c) changed = true;
    any |= flags;
    if (i < sample) {
      han += flags & HAN;
      traditional += (flags & TRAD) >> 1;
      simplified += (flags & SIMP) >> 2;
      latin += (flags & LATIN) >> 3;
      other += (flags & OTHER) >> 4;
    }
    if (i < modelEnd) {
      modelAny |= flags;
      if (f === p1 && f === p2) elongated = true;
      p2 = p1;
      p1 = f;
    }
  }
  pass.changed = changed;
  pass.han = han;
  pass.latin = latin;
  pass.other = other;
  pass.traditional = traditional;
  pass.simplified = simplified;
  pass.any = any;
  pass.modelAny = modelAny;
  pass.elongated = elongated;
}

let bufferA = new Uint16Array(1024);
let bufferB = new Uint16Array(1024);

const UTF16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/**
 * The folded window as a string. Decoding the buffer's bytes is cheaper than
 * String.fromCharCode.apply, but would replace lone surrogates: only when there are none
 * (and keeping a leading byte-order mark, which decoding would drop).
 */
function foldedString(window: string, n: number): string {
  if (UTF16 !== null && ((pass.any & SURROGATE) === 0 || isWellFormed(window)))
    return UTF16.decode(units.subarray(0, n));
  return stringOfUnits(units, n);
}

/** No lone surrogate (folding keeps surrogates as they are, so the folded window is well-formed too). */
function isWellFormed(text: string): boolean {
  const check = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return check !== undefined && check.call(text);
}

/**
 * The model's margin for the window, computed without `normaliseForModel` when possible:
 * with no NFKC-sensitive character but ellipses (expanded to "..."), fold(NFKC(x)) is the
 * folded window, and the replacements of `normaliseForModel` (links, emails, mentions,
 * numbers, elongation) run in that order as passes over the units, each only when its
 * trigger occurs — replacements never create another's trigger, nor a repeated character
 * other than spaces (which the features skip, like the final space clean-up). Emoji
 * (surrogate pairs of code points NFKC leaves alone) are elongated by code points; texts
 * with other NFKC-sensitive characters take the plain formulation.
 */
function modelMargin(
  model: LinearModel,
  window: string,
  folded: string,
  group: 'zh' | 'en',
  signals: readonly Signal[],
): number {
  const any = pass.modelAny;
  let n = Math.min(window.length, MODEL_WINDOW);
  if ((any & NFKC_CHANGE) !== 0 || !model.artifact.groups[group].features.foldScript)
    return model.margin(window, group, signals);
  // Emoji: pairs of code points NFKC leaves alone; anything else takes the regex chain.
  const astral = (any & SURROGATE) !== 0;
  if (astral && !stableSurrogates(units, n)) return model.margin(window, group, signals);
  if ((any & (ELLIPSIS | COLON | DOT | AT | DIGIT)) === 0 && !pass.elongated && !astral)
    return model.marginOfUnits(units, n, group, signals);
  if (bufferA.length < 3 * n + 3) {
    bufferA = new Uint16Array(3 * n + 3);
    bufferB = new Uint16Array(3 * n + 3);
  }
  // Each pass reads src and writes the other buffer; the folded window (units) is only read.
  let src = units;
  if ((any & ELLIPSIS) !== 0) {
    n = expandEllipses(src, n, bufferA);
    src = bufferA;
  }
  // A link needs "://" or "www." (which an expanded ellipsis may complete: "www…").
  const s = folded.length > MODEL_WINDOW ? folded.slice(0, MODEL_WINDOW) : folded;
  if (
    (any & ELLIPSIS) !== 0 ||
    ((any & COLON) !== 0 && s.includes('http')) ||
    ((any & DOT) !== 0 && s.includes('www.'))
  ) {
    const dst = src === bufferA ? bufferB : bufferA;
    const length = replaceLinks(src, n, dst);
    if (length >= 0) {
      n = length;
      src = dst;
    }
  }
  if ((any & AT) !== 0) {
    const dst = src === bufferA ? bufferB : bufferA;
    const length = replaceEmails(src, n, dst, src === units ? folded : null);
    if (length >= 0) {
      n = length;
      src = dst;
    }
  }
  if ((any & (AT | DIGIT)) !== 0) {
    const dst = src === bufferA ? bufferB : bufferA;
    n = replaceMentionsAndNumbers(src, n, dst, true);
    src = dst;
  }
  // Elongation by code points when there are pairs (readWindow's test sees units only).
  if (pass.elongated || (any & ELLIPSIS) !== 0 || astral) {
    if (src === units) {
      bufferA.set(units.subarray(0, n));
      src = bufferA;
    }
    n = astral ? collapseElongationCodePoints(src, n) : collapseElongation(src, n);
  }
  return model.marginOfUnits(src, n, group, signals);
}

const ANGER_WORDS = /氣死|气死|受不了|fed up|furious/;

/** One bit per signal kind: which kinds a text has, as a number. */
const KIND_BIT: Record<SignalKind, number> = {
  refund_demand: 1,
  escalation: 2,
  repetition: 4,
  urgency: 8,
  insult: 16,
  health_safety: 32,
  inflated_demand: 64,
  personal_data: 128,
  concrete_fact: 256,
  dissatisfaction: 512,
};
const NEGATIVE_BITS = NEGATIVE_KINDS.reduce((bits, kind) => bits | KIND_BIT[kind], 0);
const LOGIT_CAP = logit(0.4);

/** The signals of a window (after readWindow): rule matches and personal data, deduplicated. */
function findSignals(window: string, folded: string, scripts: { zh: boolean; en: boolean }): Signal[] {
  scanUnits(folded, units, scripts.zh, scripts.en);
  const found: Signal[] = [];
  matchGroupWithText(SIGNALS, folded, scripts, window, found);
  const personal = personalDataIn(window, folded, scripts.zh);
  for (let i = 0; i < personal.length; i++) found.push(personal[i]!);
  return dedupe(found);
}

/** The signals `detect` reports for a text (training uses them as model features). */
export function signalsOf(text: string): Signal[] {
  const window = text.length > SIGNAL_WINDOW ? text.slice(0, SIGNAL_WINDOW) : text;
  readWindow(window);
  const folded = pass.changed ? foldedString(window, window.length) : window;
  return findSignals(window, folded, { zh: (pass.any & ZH) !== 0, en: (pass.any & EN) !== 0 });
}

export function createDetector(model: LinearModel) {
  return function detect(text: string, options: DetectOptions = {}): DetectionResult {
    const window = text.length > SIGNAL_WINDOW ? text.slice(0, SIGNAL_WINDOW) : text;
    readWindow(window);
    const n = window.length;
    const folded = pass.changed ? foldedString(window, n) : window;
    const scripts = { zh: (pass.any & ZH) !== 0, en: (pass.any & EN) !== 0 };
    const language = languageFromCounts(pass.han, pass.latin, pass.other, pass.traditional, pass.simplified);
    const group = language === 'zh-TW' || language === 'zh-CN' ? 'zh' : 'en';
    const signals = findSignals(window, folded, scripts);
    let kinds = 0;
    let serious = false;
    for (let i = 0; i < signals.length; i++) {
      const s = signals[i]!;
      kinds |= KIND_BIT[s.kind];
      if (s.kind === 'escalation' && (SERIOUS_ESCALATIONS as readonly string[]).includes(s.label)) serious = true;
    }
    const hasContent = (pass.any & CONTENT) !== 0 || HAS_CONTENT.test(window);
    let score = 0;
    if (hasContent) {
      const modelScore = model.scoreOfMargin(modelMargin(model, window, folded, group, signals), group);
      // combineScore, with the kinds as bits and the neutral cues computed only when they
      // can matter (no negative signal; the trivial count only when no question decides).
      let z = logit(modelScore);
      let seen = 0;
      for (let i = 0; i < signals.length; i++) {
        const kind = signals[i]!.kind;
        if ((seen & KIND_BIT[kind]) !== 0) continue;
        seen |= KIND_BIT[kind];
        z += SIGNAL_WEIGHT[kind] ?? 0;
      }
      if (serious) z = Math.max(z, 2);
      if ((kinds & NEGATIVE_BITS) === 0) {
        if ((isQuestion(folded, scripts) && (kinds & KIND_BIT.urgency) === 0) || isTrivial(folded))
          z = Math.min(z, LOGIT_CAP);
        if (isPraise(folded)) z -= group === 'en' ? 2 : 1;
      }
      score = 1 / (1 + Math.exp(-z));
    }
    const complaint = score >= thresholdFor(options.sensitivity ?? 0.5);
    const angry =
      (kinds & (KIND_BIT.insult | KIND_BIT.dissatisfaction)) !== 0 && (BANGS.test(folded) || ANGER_WORDS.test(folded));
    return {
      complaint,
      score,
      severity: complaint ? severityOf(signals, score, angry) : 'none',
      categories: complaint ? categorize(folded, scripts, signals) : [],
      language,
      need: needOf(signals, folded, scripts),
      quadrantHint: quadrantHintOf(signals, folded, scripts),
      signals,
      containsPersonalData: (kinds & KIND_BIT.personal_data) !== 0,
    };
  };
}
