import { needOf, quadrantHintOf, severityOf, SERIOUS_ESCALATIONS } from './assessment';
import { categorize } from './categories';
import { foldAligned } from './fold';
import { detectLanguage } from './language';
import type { LinearModel } from './model';
import { matchRules, scriptsIn } from './patterns';
import { neutralCues, type NeutralCues } from './neutral';
import { findPersonalData } from './personal-data';
import { SIGNAL_RULES } from './signals';
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

export function createDetector(model: LinearModel) {
  return function detect(text: string, options: DetectOptions = {}): DetectionResult {
    const window = text.length > SIGNAL_WINDOW ? text.slice(0, SIGNAL_WINDOW) : text;
    const folded = foldAligned(window);
    const scripts = scriptsIn(folded);
    const language = detectLanguage(window);
    const matches = matchRules(SIGNAL_RULES, folded, scripts);
    const signals = dedupe([
      ...matches.map((m) => ({ kind: m.kind, label: m.label, start: m.start, end: m.end, text: window.slice(m.start, m.end) })),
      ...findPersonalData(window),
    ]);
    const hasContent = HAS_CONTENT.test(window);
    const group = language === 'zh-TW' || language === 'zh-CN' ? 'zh' : 'en';
    const modelScore = hasContent ? model.score(window, group) : 0;
    const score = hasContent ? combineScore(modelScore, signals, neutralCues(folded, scripts), group) : 0;
    const complaint = score >= thresholdFor(options.sensitivity ?? 0.5);
    const angry = signals.some((s) => s.kind === 'insult' || s.kind === 'dissatisfaction') && /[!！]{2,}|[?？]{2,}|氣死|气死|受不了|fed up|furious/.test(folded);
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
