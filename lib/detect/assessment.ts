import type { Need, Quadrant, QuadrantHint, Severity, Signal } from './types';
import { anyRuleMatches, en, matchingKinds, zh, type Rule, type Scripts } from './patterns';
import { registerTextRegexes } from './text-regexes';

/**
 * Severity, need and quadrant hints from the signals (documented in docs/detect.md).
 * These are suggestions for the CSM, who decides.
 */

const has = (signals: readonly Signal[], kind: Signal['kind'], labels?: readonly string[]) =>
  signals.some((s) => s.kind === kind && (!labels || labels.includes(s.label)));

/** Escalations that bring regulators, courts, banks or the press in. */
export const SERIOUS_ESCALATIONS = ['consumer-protection', 'legal', 'media', 'chargeback'] as const;

/**
 * - critical: health or safety, or a regulator/legal/media/chargeback threat;
 * - high: inflated demands, insults, a repeated complaint, a threat to go public or file a
 *   complaint, or a refund/compensation demand made in anger;
 * - medium: a refund/compensation demand, or a clear complaint (score ≥ 0.8) with concrete facts or plain dissatisfaction;
 * - low: the rest (mild dissatisfaction, suggestions).
 */
export function severityOf(signals: readonly Signal[], score: number, angry: boolean): Exclude<Severity, 'none'> {
  if (has(signals, 'health_safety') || has(signals, 'escalation', SERIOUS_ESCALATIONS)) return 'critical';
  if (
    has(signals, 'inflated_demand') ||
    has(signals, 'insult') ||
    has(signals, 'repetition') ||
    has(signals, 'escalation') ||
    (has(signals, 'refund_demand') && angry)
  )
    return 'high';
  if (
    has(signals, 'refund_demand') ||
    (score >= 0.8 && (has(signals, 'concrete_fact') || has(signals, 'dissatisfaction')))
  )
    return 'medium';
  return 'low';
}

export const REQUEST_RULES: readonly Rule<'request'>[] = [
  zh(
    'request',
    'request',
    '請問|请问|麻煩|麻烦|希望|能不能|可不可以|可以.{0,12}[嗎吗]|要求|我要|我想要|請(?:幫|帮|儘快|尽快|處理|处理|回覆|回复|退|給|给)|请(?:帮|尽快|处理|回复|退|给)',
  ),
  en(
    'request',
    'request',
    String.raw`\b(?:please|pls|plz|can you|could you|would you|i want|i need|i'd like|i would like|how do i|when will|where is)\b`,
  ),
];

/** Repeated exclamation or question marks ("!!", "？？"): venting, or anger beside an insult or dissatisfaction. */
export const BANGS = /[!！]{2,}|[?？]{2,}/;
registerTextRegexes('assessment', { BANGS });

/** Concrete (facts, an order number, a refund demand or a request), venting, or both (mixed); venting when neither. */
export function needOf(signals: readonly Signal[], folded: string, scripts: Scripts): Need {
  const concrete =
    has(signals, 'concrete_fact') ||
    has(signals, 'refund_demand') ||
    has(signals, 'personal_data', ['order-number']) ||
    anyRuleMatches(REQUEST_RULES, folded, scripts);
  if (!concrete) return 'venting';
  const venting = has(signals, 'insult') || has(signals, 'dissatisfaction') || BANGS.test(folded);
  return venting ? 'mixed' : 'concrete';
}

export const RESPONSIBILITY_RULES: readonly Rule[] = [
  zh(
    'wrong-item',
    'wrong-item',
    '送錯|送错|寄錯|寄错|出錯貨|错货|不是我(?:訂|订|買|买)的|貨不對|货不对|跟圖片不一樣|与图片不符|規格不符|规格不符|尺寸不對|尺寸不对',
  ),
  en(
    'wrong-item',
    'wrong-item',
    String.raw`\bwrong (?:item|order|size|color|colour|product|address)\b|\bnot what i ordered\b|\bsent me the wrong\b`,
  ),
  zh('charged-twice', 'charged-twice', '重複扣|重复扣|扣了兩次|扣了两次|多扣|扣兩次|扣两次|重複收費|重复收费|被多收'),
  en(
    'charged-twice',
    'charged-twice',
    String.raw`\bdouble[- ]charged\b|\bcharged (?:me )?twice\b|\bovercharged\b|\bcharged (?:me )?(?:again|two times)\b`,
  ),
  zh(
    'late-delivery',
    'late-delivery',
    '遲到|迟到|延遲|延迟|還沒(?:送|寄)?到|还没(?:送|寄)?到|沒收到|没收到|晚了.{0,4}(?:小時|小时|天)|等了.{0,4}(?:小時|小时|天)|超過.{0,4}(?:時間|时间)|遲遲|迟迟',
  ),
  en(
    'late-delivery',
    'late-delivery',
    String.raw`\blate\b|\bdelayed\b|\bnever (?:arrived|came|received|showed)\b|\bhasn'?t (?:arrived|shipped)\b|\bstill (?:not|no|waiting)\b`,
  ),
  zh(
    'defective',
    'defective',
    '閃退|闪退|當機|当机|壞了|坏了|壞掉|坏掉|破損|破损|瑕疵|故障|不能用|裂開|裂开|漏水|有洞',
  ),
  en(
    'defective',
    'defective',
    String.raw`\bcrash\w*|\bdefective\b|\bbroken\b|\bdamaged\b|\bfaulty\b|\bdoesn'?t work\b|\bdoes not work\b|\bstopped working\b|\bcracked\b`,
  ),
  zh('missing-item', 'missing-item', '少了|少送|少寄|漏送|漏寄|缺件|少一|沒附|没附'),
  en('missing-item', 'missing-item', String.raw`\bmissing\b|\bleft out\b|\bwasn'?t included\b|\bnot included\b`),
  zh('no-response', 'no-response', '沒人回|没人回|已讀不回|已读不回|都不回|不回覆|不回复|打不通|沒人接|没人接|踢皮球'),
  en(
    'no-response',
    'no-response',
    String.raw`\bno (?:response|reply|answer)\b|\bignor(?:ed|ing)\b|\bnobody (?:answers|replied|responds)\b|\bhung up\b`,
  ),
];

export const MISUNDERSTANDING_RULES: readonly Rule[] = [
  zh(
    'expectation-gap',
    'expectation-gap',
    '我以為|我以为|以為是|以为是|為什麼會|为什么会|為什麼要|为什么要|怎麼會收|怎么会收|看不懂|不知道|不是說|不是说|不清楚',
  ),
  en(
    'expectation-gap',
    'expectation-gap',
    String.raw`\bi thought\b|\bwhy (?:was|am|is|did) (?:i|my|it)\b|\bdon'?t understand\b|\bconfus\w+|\bwasn'?t told\b|\bnobody told\b`,
  ),
];

/**
 * The quadrant hint: the motive looks unreasonable with an inflated demand, the company
 * looks responsible on a responsibility cue (or a health issue); the reasons are the
 * inflated demands' labels (each once, first seen first), the responsibility cues, and —
 * when the company does not look responsible — the misunderstanding cues.
 */
export function quadrantHintOf(signals: readonly Signal[], folded: string, scripts: Scripts): QuadrantHint {
  const reasons: string[] = [];
  let health = false;
  for (const s of signals) {
    if (s.kind === 'inflated_demand' && !reasons.includes(s.label)) reasons.push(s.label);
    else if (s.kind === 'health_safety') health = true;
  }
  const motiveReasonable = reasons.length === 0;
  const responsibility = matchingKinds(RESPONSIBILITY_RULES, folded, scripts);
  for (const r of responsibility) reasons.push(r);
  if (health) reasons.push('health-issue');
  const companyResponsible = responsibility.length > 0 || health;
  if (!companyResponsible) for (const r of matchingKinds(MISUNDERSTANDING_RULES, folded, scripts)) reasons.push(r);
  const quadrant: Quadrant = motiveReasonable
    ? companyResponsible
      ? 'reasonable-responsible'
      : 'reasonable-not-responsible'
    : companyResponsible
      ? 'unreasonable-responsible'
      : 'unreasonable-not-responsible';
  return { quadrant, motiveReasonable, companyResponsible, reasons };
}
