import { needOf, quadrantHintOf, severityOf, SERIOUS_ESCALATIONS } from './assessment';
import { categorize } from './categories';
import { FOLD, isSimplifiedOnly, isTraditionalOnly, NFKC_FOLD_STABLE, stringOfUnits } from './fold';
import { LANGUAGE_SAMPLE, languageFromCounts } from './language';
import type { LinearModel } from './model';
import { MODEL_WINDOW } from './normalise';
import { neutralCues, type NeutralCues } from './neutral';
import { personalDataIn } from './personal-data';
import { matchCompiled, scanText } from './rule-engine';
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

const NEGATIVE_KINDS: readonly SignalKind[] = ['escalation', 'inflated_demand', 'insult', 'refund_demand', 'repetition', 'health_safety', 'dissatisfaction'];

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
  if (signals.some((s) => s.kind === 'escalation' && (SERIOUS_ESCALATIONS as readonly string[]).includes(s.label))) z = Math.max(z, 2);
  if (!NEGATIVE_KINDS.some((k) => kinds.has(k))) {
    // "配送能不能快點呢？" is a complaint in question form: urgency keeps a question a candidate.
    if ((cues.question && !kinds.has('urgency')) || cues.trivial) z = Math.min(z, logit(0.4));
    // Praise counts more in English: the tweets the English model learnt from rarely thank.
    if (cues.praise) z -= group === 'en' ? 2 : 1;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Keeps the first of overlapping matches of the same kind. */
function dedupe(signals: Signal[]): Signal[] {
  signals.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Signal[] = [];
  for (const s of signals) {
    if (out.some((o) => o.kind === s.kind && s.start < o.end && s.end > o.start)) continue;
    out.push(s);
  }
  return out;
}

const HAS_CONTENT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

let units = new Uint16Array(1024);

/**
 * One pass over the window: folds it into `units` (as `foldAligned`), counts what
 * language detection counts, and notes whether the model's normalisation would change
 * anything beyond folding and spaces in its window (NFKC, URLs, emails, mentions,
 * numbers, elongation), so the model can hash the folded units directly.
 */
interface Pass {
  changed: boolean;
  han: number;
  latin: number;
  other: number;
  traditional: number;
  simplified: number;
  /** Some character is surely a letter, digit or Han character (else HAS_CONTENT decides). */
  content: boolean;
  zh: boolean;
  en: boolean;
  /** fold(window[0..MODEL_WINDOW)) is, up to spaces, what normaliseForModel gives. */
  modelReady: boolean;
}

const pass: Pass = { changed: false, han: 0, latin: 0, other: 0, traditional: 0, simplified: 0, content: false, zh: false, en: false, modelReady: true };

function readWindow(window: string): void {
  const n = window.length;
  if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2));
  const buf = units;
  let changed = false;
  let han = 0;
  let latin = 0;
  let other = 0;
  let traditional = 0;
  let simplified = 0;
  let content = false;
  let zh = false;
  let en = false;
  let stable = true;
  const sample = Math.min(n, LANGUAGE_SAMPLE);
  const modelEnd = Math.min(n, MODEL_WINDOW);
  for (let i = 0; i < n; i++) {
    const c = window.charCodeAt(i);
    const f = FOLD[c]!;
    buf[i] = f;
    if (f !== c) changed = true;
    if (i < sample) {
      if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
        han++;
        if (isTraditionalOnly(c)) traditional++;
        else if (isSimplifiedOnly(c)) simplified++;
      } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
      else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x0400 && c <= 0x04ff) || (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0e00 && c <= 0x0e7f))
        other++;
    }
    if ((f >= 0x3400 && f <= 0x9fff) || (f >= 0xf900 && f <= 0xfaff)) zh = true;
    else if (f >= 0x61 && f <= 0x7a) en = true;
    if (!content && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x4e00 && c <= 0x9fef))) content = true;
    if (i < modelEnd && stable) {
      // Digits (numbers), @ (emails, mentions) and NFKC-sensitive characters need the full normalisation.
      if (NFKC_FOLD_STABLE[c] === 0 || (f >= 0x30 && f <= 0x39) || f === 0x40) stable = false;
      // A character repeated three times (elongation), or a surrogate pair repeated three times.
      else if (i >= 2 && f === buf[i - 1] && f === buf[i - 2]) stable = false;
    }
  }
  if (stable && modelEnd >= 4) {
    // URLs: "http" or "www." in the model window.
    for (let i = 0; i + 4 <= modelEnd; i++) {
      const f = buf[i]!;
      if (
        (f === 0x68 && buf[i + 1] === 0x74 && buf[i + 2] === 0x74 && buf[i + 3] === 0x70) ||
        (f === 0x77 && buf[i + 1] === 0x77 && buf[i + 2] === 0x77 && buf[i + 3] === 0x2e)
      ) {
        stable = false;
        break;
      }
    }
  }
  pass.changed = changed;
  pass.han = han;
  pass.latin = latin;
  pass.other = other;
  pass.traditional = traditional;
  pass.simplified = simplified;
  pass.content = content;
  pass.zh = zh;
  pass.en = en;
  pass.modelReady = stable;
}

const NO_CUES: NeutralCues = { question: false, praise: false, trivial: false };
const ANGER = /[!！]{2,}|[?？]{2,}|氣死|气死|受不了|fed up|furious/;

export function createDetector(model: LinearModel) {
  const foldScript = { zh: model.artifact.groups.zh.features.foldScript, en: model.artifact.groups.en.features.foldScript };
  return function detect(text: string, options: DetectOptions = {}): DetectionResult {
    const window = text.length > SIGNAL_WINDOW ? text.slice(0, SIGNAL_WINDOW) : text;
    readWindow(window);
    const n = window.length;
    const folded = pass.changed ? stringOfUnits(units, n) : window;
    const scripts = { zh: pass.zh, en: pass.en };
    const language = languageFromCounts(pass.han, pass.latin, pass.other, pass.traditional, pass.simplified);
    const group = language === 'zh-TW' || language === 'zh-CN' ? 'zh' : 'en';
    // The model first: it reuses the folded units before anything else can overwrite them.
    const hasContent = pass.content || HAS_CONTENT.test(window);
    let modelScore = 0;
    if (hasContent) {
      const margin =
        pass.modelReady && foldScript[group] ? model.marginOfUnits(units, Math.min(n, MODEL_WINDOW), group) : model.margin(window, group);
      modelScore = model.scoreOfMargin(margin, group);
    }
    scanText(folded);
    const matches = matchCompiled(SIGNALS, folded, scripts);
    const found: Signal[] = [];
    for (const m of matches) found.push({ kind: m.kind, label: m.label, start: m.start, end: m.end, text: window.slice(m.start, m.end) });
    const personal = personalDataIn(window, folded, scripts.zh);
    for (const p of personal) found.push(p);
    const signals = dedupe(found);
    let score = 0;
    if (hasContent) {
      // The neutral cues only matter when no negative signal is present (see combineScore).
      const negative = signals.some((s) => (NEGATIVE_KINDS as readonly string[]).includes(s.kind));
      score = combineScore(modelScore, signals, negative ? NO_CUES : neutralCues(folded, scripts), group);
    }
    const complaint = score >= thresholdFor(options.sensitivity ?? 0.5);
    const angry = signals.some((s) => s.kind === 'insult' || s.kind === 'dissatisfaction') && ANGER.test(folded);
    return {
      complaint,
      score,
      severity: complaint ? severityOf(signals, score, angry) : 'none',
      categories: complaint ? categorize(folded, scripts, signals) : [],
      language,
      need: needOf(signals, folded, scripts),
      quadrantHint: quadrantHintOf(signals, folded, scripts),
      signals,
      containsPersonalData: signals.some((s) => s.kind === 'personal_data'),
    };
  };
}
