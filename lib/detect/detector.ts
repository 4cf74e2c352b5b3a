import { BANGS, CUSTOMER_SIDE_RULES, needOf, quadrantHintOf, severityOf, SERIOUS_ESCALATIONS } from './assessment';
import { categorize } from './categories';
import { featureScale, getFeatureBuffer } from './features';
import { foldAligned } from './fold';
import { detectLanguage } from './language';
import {
  correctionSchema,
  featuresOf,
  type Correction,
  type CorrectionVerdict,
  type CorrectionVerdictInput,
} from './corrections';
import { signalKeys, type LinearModel, type ModelGroup } from './model';
import { isPlayful, isPraise, isQuestion, isTrivial, type NeutralCues } from './neutral';
import { matchingKinds, matchRules, scriptsIn, SIGNAL_WINDOW } from './patterns';
import { personalDataIn } from './personal-data';
import { SIGNAL_RULES } from './signals';
import { registerTextRegexes } from './text-regexes';
import type { DetectionResult, DetectOptions, Signal, SignalKind } from './types';

export { SIGNAL_WINDOW };

/**
 * How much a signal kind (or kind:label) moves the model's score, in logit units (docs/detect.md).
 * The model already reads ordinary complaint words, so only signals it cannot weigh well from
 * its training data (threats, inflated demands, insults, health and safety, Taiwanese review
 * slang the mainland reviews lack) move the score; the rest only explain it.
 */
const SIGNAL_WEIGHT: Record<string, number> = {
  escalation: 1,
  inflated_demand: 1.5,
  insult: 0.5,
  health_safety: 0.5,
  'dissatisfaction:slang': 1,
  'dissatisfaction:only-good': 0.5,
};

const NEGATIVE_KINDS: readonly SignalKind[] = [
  'escalation',
  'inflated_demand',
  'insult',
  'refund_demand',
  'repetition',
  'health_safety',
  'dissatisfaction',
];

/** Decision threshold on the combined score for a sensitivity in [0, 1] (0.5 → 0.5). */
export function thresholdFor(sensitivity: number): number {
  const s = Math.min(1, Math.max(0, Number.isFinite(sensitivity) ? sensitivity : 0.5));
  return 0.5 + (0.5 - s) * 0.6;
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

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
  for (const key of new Set(signals.flatMap((s) => [s.kind, `${s.kind}:${s.label}`]))) z += SIGNAL_WEIGHT[key] ?? 0;
  if (signals.some((s) => s.kind === 'escalation' && (SERIOUS_ESCALATIONS as readonly string[]).includes(s.label)))
    z = Math.max(z, 2);
  if (!NEGATIVE_KINDS.some((k) => kinds.has(k)) || cues.ownDamage) {
    // "配送能不能快點呢？" is a complaint in question form: urgency keeps a question a candidate.
    if ((cues.question && !kinds.has('urgency')) || cues.trivial || cues.playful) z = Math.min(z, logit(0.4));
    // Praise counts more in English: the tweets the English model learnt from rarely thank.
    if (cues.praise) z -= group === 'en' ? 2 : 1;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Keeps the first of overlapping matches of the same kind (matches of different kinds may overlap). */
function dedupe(signals: Signal[]): Signal[] {
  signals.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Signal[] = [];
  const furthest = new Map<SignalKind, number>();
  for (const s of signals) {
    const end = furthest.get(s.kind) ?? -1;
    if (s.start < end) continue;
    out.push(s);
    furthest.set(s.kind, Math.max(end, s.end));
  }
  return out;
}

const HAS_CONTENT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
const ANGER_WORDS = /氣死|气死|受不了|fed up|furious/;
const DAMAGE = /[裂破壞坏碎刮凹]|crack|broke|scratch|dent/i;
registerTextRegexes('detector', { HAS_CONTENT, ANGER_WORDS, DAMAGE });

/** What the rules read of a text: its window, folded copy, scripts and signals. */
export interface TextView {
  window: string;
  folded: string;
  scripts: { zh: boolean; en: boolean };
  signals: Signal[];
}

/** The rules' reading of a text (training uses its signals as model features). */
export function readText(text: string): TextView {
  const window = text.length > SIGNAL_WINDOW ? text.slice(0, SIGNAL_WINDOW) : text;
  const folded = foldAligned(window);
  const scripts = scriptsIn(folded);
  const matches: Signal[] = matchRules(SIGNAL_RULES, folded, scripts).map((m) => ({
    ...m,
    text: window.slice(m.start, m.end),
  }));
  const signals = dedupe([...matches, ...personalDataIn(window, folded, scripts.zh)]);
  return { window, folded, scripts, signals };
}

/** The signals `detect` reports for a text. */
export function signalsOf(text: string): Signal[] {
  return readText(text).signals;
}

export function groupOf(language: DetectionResult['language']): ModelGroup {
  return language === 'zh-TW' || language === 'zh-CN' ? 'zh' : 'en';
}

export function createDetector(model: LinearModel) {
  return function detect(text: string, options: DetectOptions = {}): DetectionResult {
    const { window, folded, scripts, signals } = readText(text);
    const language = detectLanguage(window);
    const group = groupOf(language);
    const threshold = thresholdFor(options.sensitivity ?? 0.5);
    const corrections = options.corrections?.size ? options.corrections : null;
    let score = 0;
    let decided: CorrectionVerdict | null = null;
    let learned = false;
    if (HAS_CONTENT.test(window)) {
      const negativeSignal = signals.some((s) => NEGATIVE_KINDS.includes(s.kind));
      // A question about damage the customer caused (「我自己摔到，螢幕裂了，想問維修要多少錢？」): no complaint.
      const ownDamage =
        negativeSignal &&
        signals.every((s) => (s.kind === 'dissatisfaction' ? DAMAGE.test(s.text) : !NEGATIVE_KINDS.includes(s.kind))) &&
        isQuestion(folded, scripts) &&
        matchingKinds(CUSTOMER_SIDE_RULES, folded, scripts).includes('customer-handling');
      const cues: NeutralCues =
        negativeSignal && !ownDamage
          ? { question: false, praise: false, trivial: false }
          : {
              question: ownDamage || isQuestion(folded, scripts),
              ownDamage,
              playful: isPlayful(folded, scripts),
              praise: isPraise(folded),
              trivial: isTrivial(folded),
            };
      const scoreOf = (margin: number) => combineScore(model.scoreOfMargin(margin, group), signals, cues, group);
      if (corrections) {
        // The features are extracted once: the margin, the overlay's shift and the probe for
        // similar corrections read them; the vector is built only for a likely similar text.
        const { normalised, count } = model.featuresOf(window, group);
        const margin = model.marginOfFeatures(count, group, signals);
        const codes = getFeatureBuffer();
        score = scoreOf(margin + corrections.shiftOfCodes(codes, count, group, featureScale(count)));
        learned = score >= threshold !== scoreOf(margin) >= threshold;
        decided = corrections.sameText(normalised, group);
        if (!decided && corrections.mayBeSimilar(codes, count, group))
          decided = corrections.decide(model.vectorOf(window, group).vector, normalised);
      } else score = scoreOf(model.margin(window, group, signals));
    }
    const complaint = decided ? decided.complaint : score >= threshold;
    const angry =
      signals.some((s) => s.kind === 'insult' || s.kind === 'dissatisfaction') &&
      (BANGS.test(folded) || ANGER_WORDS.test(folded));
    const hint = quadrantHintOf(signals, folded, scripts);
    const quadrant = decided?.quadrant;
    const applied = decided?.applied ?? (learned ? { match: 'learned' as const, count: corrections!.size } : null);
    return {
      complaint,
      score,
      severity: complaint ? (decided?.severity ?? severityOf(signals, score, angry)) : 'none',
      categories: complaint ? categorize(folded, scripts, signals) : [],
      language,
      need: needOf(signals, folded, scripts),
      quadrantHint: quadrant
        ? {
            ...hint,
            quadrant,
            motiveReasonable: quadrant.startsWith('reasonable'),
            companyResponsible: !quadrant.endsWith('not-responsible'),
          }
        : hint,
      signals,
      containsPersonalData: signals.some((s) => s.kind === 'personal_data'),
      ...(applied ? { correction: applied } : {}),
    };
  };
}

/** The CSM's verdict on a text as a correction for `model`'s feature space (index.ts: `makeCorrection`). */
export function correctionWith(
  model: LinearModel,
  text: string,
  verdict: CorrectionVerdictInput,
  meta: { id: string; createdAt: string; sourceKey?: string },
): Correction {
  const { window, signals } = readText(text);
  const { normalised, vector } = model.vectorOf(window, groupOf(detectLanguage(window)));
  return correctionSchema.parse({
    ...meta,
    complaint: verdict.complaint,
    ...(verdict.complaint && verdict.severity ? { severity: verdict.severity } : {}),
    ...(verdict.complaint && verdict.quadrant ? { quadrant: verdict.quadrant } : {}),
    features: featuresOf(vector, normalised, signalKeys(signals)),
  });
}
