/**
 * The detector written the plain way — every rule's regex over the whole folded text,
 * the model through `normaliseForModel`, the neutral cues through regex replacement —
 * as it was before the fast paths (rule-engine.ts, the detector's single pass). Tests
 * only: the shipped detector must give exactly the same results.
 */
import { MISUNDERSTANDING_RULES, REQUEST_RULES, RESPONSIBILITY_RULES, severityOf } from '../assessment';
import { CATEGORY_RULES } from '../categories';
import { combineScore, SIGNAL_WINDOW, thresholdFor } from '../detector';
import { foldAligned } from '../fold';
import { detectLanguage } from '../language';
import type { LinearModel } from '../model';
import { PRAISE_RULES, QUESTION_RULES, trivialReference } from '../neutral';
import { matchRules, scriptsIn } from '../patterns';
import { PERSONAL_DATA_RULES } from '../personal-data';
import { SIGNAL_RULES } from '../signals';
import type { Category, DetectionResult, DetectOptions, Need, Quadrant, QuadrantHint, Signal } from '../types';

type Scripts = { zh: boolean; en: boolean };
const has = (signals: readonly Signal[], kind: Signal['kind'], labels?: readonly string[]) =>
  signals.some((s) => s.kind === kind && (!labels || labels.includes(s.label)));

export function referencePersonalData(text: string): Signal[] {
  const folded = foldAligned(text);
  const scripts = scriptsIn(folded);
  const matches = matchRules(PERSONAL_DATA_RULES, folded, { zh: scripts.zh, en: true });
  const taken: [number, number][] = [];
  const out: Signal[] = [];
  for (const m of matches) {
    if (taken.some(([s, e]) => m.start < e && m.end > s)) continue;
    taken.push([m.start, m.end]);
    out.push({ kind: 'personal_data', label: m.label, start: m.start, end: m.end, text: text.slice(m.start, m.end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

function categorize(folded: string, scripts: Scripts, signals: readonly Signal[]): Category[] {
  const found = new Set<Category>(matchRules(CATEGORY_RULES, folded, scripts).map((m) => m.kind));
  if (signals.some((s) => s.kind === 'health_safety')) found.add('health');
  if (signals.some((s) => s.kind === 'refund_demand' && s.label !== 'return-exchange')) found.add('billing');
  const order: Category[] = [
    'health',
    'billing',
    'delivery',
    'quality',
    'service',
    'account',
    'price',
    'privacy',
    'other',
  ];
  const ordered = order.filter((c) => found.has(c));
  return ordered.length ? ordered : ['other'];
}

function needOf(signals: readonly Signal[], folded: string, scripts: Scripts): Need {
  const concrete =
    has(signals, 'concrete_fact') ||
    has(signals, 'refund_demand') ||
    has(signals, 'personal_data', ['order-number']) ||
    matchRules(REQUEST_RULES, folded, scripts).length > 0;
  const venting = has(signals, 'insult') || has(signals, 'dissatisfaction') || /[!！]{2,}|[?？]{2,}/.test(folded);
  if (concrete && venting) return 'mixed';
  return concrete ? 'concrete' : 'venting';
}

const QUADRANTS: Record<`${boolean}-${boolean}`, Quadrant> = {
  'true-false': 'reasonable-not-responsible',
  'true-true': 'reasonable-responsible',
  'false-false': 'unreasonable-not-responsible',
  'false-true': 'unreasonable-responsible',
};

function quadrantHintOf(signals: readonly Signal[], folded: string, scripts: Scripts): QuadrantHint {
  const motiveReasons = [...new Set(signals.filter((s) => s.kind === 'inflated_demand').map((s) => s.label))];
  const responsibility = [...new Set(matchRules(RESPONSIBILITY_RULES, folded, scripts).map((m) => m.kind))];
  if (has(signals, 'health_safety')) responsibility.push('health-issue');
  const motiveReasonable = motiveReasons.length === 0;
  const companyResponsible = responsibility.length > 0;
  const reasons = [
    ...motiveReasons,
    ...responsibility,
    ...(companyResponsible ? [] : [...new Set(matchRules(MISUNDERSTANDING_RULES, folded, scripts).map((m) => m.kind))]),
  ];
  return {
    quadrant: QUADRANTS[`${motiveReasonable}-${companyResponsible}`],
    motiveReasonable,
    companyResponsible,
    reasons,
  };
}

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

export function createReferenceDetector(model: LinearModel) {
  return function detect(text: string, options: DetectOptions = {}): DetectionResult {
    const window = text.length > SIGNAL_WINDOW ? text.slice(0, SIGNAL_WINDOW) : text;
    const folded = foldAligned(window);
    const scripts = scriptsIn(folded);
    const language = detectLanguage(window);
    const matches = matchRules(SIGNAL_RULES, folded, scripts);
    const signals = dedupe([
      ...matches.map((m) => ({
        kind: m.kind,
        label: m.label,
        start: m.start,
        end: m.end,
        text: window.slice(m.start, m.end),
      })),
      ...referencePersonalData(window),
    ]);
    const hasContent = HAS_CONTENT.test(window);
    const group = language === 'zh-TW' || language === 'zh-CN' ? 'zh' : 'en';
    const modelScore = hasContent ? model.score(window, group, signals) : 0;
    const cues = {
      question: matchRules(QUESTION_RULES, folded, scripts).length > 0,
      praise: matchRules(PRAISE_RULES, folded, { zh: true, en: true }).length > 0,
      trivial: trivialReference(folded),
    };
    const score = hasContent ? combineScore(modelScore, signals, cues, group) : 0;
    const complaint = score >= thresholdFor(options.sensitivity ?? 0.5);
    const angry =
      signals.some((s) => s.kind === 'insult' || s.kind === 'dissatisfaction') &&
      /[!！]{2,}|[?？]{2,}|氣死|气死|受不了|fed up|furious/.test(folded);
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
