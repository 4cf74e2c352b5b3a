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

/**
 * A concrete request: asking for something to be done or answered (a refund, a repair, a
 * replacement, how to…, may I…?). A single question mark asks; "??" vents (BANGS).
 */
export const REQUEST_RULES: readonly Rule<'request'>[] = [
  zh(
    'request',
    'request',
    '請問|请问|想問|想问|想請問|想请问|詢問|询问|麻煩|麻烦|希望|能不能|可不可以|可以.{0,12}[嗎吗]|能.{0,12}[嗎吗]|要求|我要|我想要|必須|必须|給我|给我|幫我|帮我|請(?:幫|帮|儘快|尽快|盡快|處理|处理|回覆|回复|退|給|给|安排)|请(?:帮|尽快|处理|回复|退|给|安排)|[嗎吗](?=\\s*(?:[?？。]|$))|(?<![?？])[?？](?![?？])',
  ),
  en(
    'request',
    'request',
    String.raw`\b(?:please|pls|plz|can you|could you|would you|i want|i need|i'd like|i would like|i expect you to|give me|how do i|when will|where is|is there any way)\b|(?<!\?)\?(?!\?)`,
  ),
];

/**
 * Emotion beyond the facts: insults, anger, disgust, disappointment, sarcasm ("太小氣",
 * "a joke"), "never again". (Plain facts such as 壞了 or "late" are not emotion.)
 */
export const EMOTION_RULES: readonly Rule<'emotion'>[] = [
  zh(
    'emotion',
    'emotion',
    '爛|烂|垃圾|氣死|气死|受不了|失望|太扯|很扯|傻眼|無言|无语|誇張|夸张|離譜|离谱|搞什麼|搞什么|到底在|什麼鬼|什么鬼|黑心|小氣|小气|太過分|太过分|再也不|我不管|噁心|恶心|難吃|难吃|難食|难食|嬲|激死|白癡|白痴|可惡|可恶',
  ),
  en(
    'emotion',
    'emotion',
    String.raw`\b(?:worst|ridiculous|frustrat\w*|disappoint\w*|unacceptable|awful|terrible|horrible|pathetic|a joke|furious|angry|fed up|sick of|so annoyed|disgust\w*|never again|garbage|trash|wtf|outrageous)\b`,
  ),
];

/** Repeated exclamation or question marks ("!!", "？？"): venting, or anger beside an insult or dissatisfaction. */
export const BANGS = /[!！]{2,}|[?？]{2,}/;
registerTextRegexes('assessment', { BANGS });

/**
 * The need behind the words: concrete (a request or demand: a refund, a repair, an answer),
 * venting (emotion and no request — a text that only states facts counts as venting too:
 * nothing is asked yet), or mixed (both). Threats and inflated demands are pressure, so
 * they count as emotion beside the request they come with.
 */
export function needOf(signals: readonly Signal[], folded: string, scripts: Scripts): Need {
  const request = has(signals, 'refund_demand') || anyRuleMatches(REQUEST_RULES, folded, scripts);
  if (!request) return 'venting';
  const emotion =
    has(signals, 'insult') ||
    has(signals, 'escalation') ||
    has(signals, 'inflated_demand') ||
    BANGS.test(folded) ||
    anyRuleMatches(EMOTION_RULES, folded, scripts);
  return emotion ? 'mixed' : 'concrete';
}

export const RESPONSIBILITY_RULES: readonly Rule[] = [
  zh(
    'wrong-item',
    'wrong-item',
    '送錯|送错|寄錯|寄错|出錯貨|错货|不是我(?:訂|订|買|买)的|貨不對|货不对|跟圖片不一樣|与图片不符|規格不符|规格不符|尺寸不對|尺寸不对|我(?:訂|订|買|买|點|点)的是',
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
  zh('missing-item', 'missing-item', '少了|少送|少寄|少發|少发|漏送|漏寄|缺件|少一|沒附|没附'),
  en('missing-item', 'missing-item', String.raw`\bmissing\b|\bleft out\b|\bwasn'?t included\b|\bnot included\b`),
  zh(
    'no-response',
    'no-response',
    '沒人回|没人回|已讀不回|已读不回|都不回|不回覆|不回复|打不通|沒人接|没人接|踢皮球|掛我電話|挂我电话',
  ),
  en(
    'no-response',
    'no-response',
    String.raw`\bno (?:response|reply|answer)\b|\bignor(?:ed|ing)\b|\bnobody (?:answers|replied|responds|cares)\b|\bhung up\b`,
  ),
  zh(
    'poor-quality',
    'poor-quality',
    '難吃|难吃|難食|难食|冷掉|涼了|凉了|不新鮮|不新鲜|爛的|烂的|發霉|发霉|划痕|刮傷|刮伤|壓爛|压烂|有裂痕',
  ),
  en(
    'poor-quality',
    'poor-quality',
    String.raw`\bcold and\b|\bbland\b|\bstale\b|\bscratch(?:ed|es)\b|\bmou?ldy\b|\blost (?:my|our)\b`,
  ),
  zh('bad-service', 'bad-service', '態度(?:很|超|真|太)?差|态度(?:很|超|真|太)?差|翻白眼|不耐煩|不耐烦'),
  en('bad-service', 'bad-service', String.raw`\brude\b|\bunprofessional\b`),
];

/**
 * What the text says happened on the customer's side: their own handling (dropped it,
 * washed the filter, spilled coffee on it, did not read the manual), a warranty that does
 * not cover it, or a rule that was applied as written (minimum spend, return window, an
 * expired coupon). These make the company not responsible, whatever went wrong after.
 */
export const CUSTOMER_SIDE_RULES: readonly Rule[] = [
  zh(
    'customer-handling',
    'customer-handling',
    '我自己|自己不小心|不小心|摔壞|摔坏|摔下|摔到|摔裂|摔破|掉到|掉進|掉进|泡水|拿去(?:水)?洗|水洗|用熱水洗|用热水洗|洗壞|洗坏|灑在|洒在|打翻在|丟進烘|丢进烘|沒看說明|没看说明|沒看清楚|没看清楚|沒注意|没注意|我家小孩|小孩把',
  ),
  en(
    'customer-handling',
    'customer-handling',
    String.raw`\bi dropped\b|\bdropped (?:it|my)\b|\bi (?:washed|spilled|broke|forgot)\b|\bwashed (?:it|the)\b|\bmy (?:own )?(?:fault|mistake)\b|\bi didn'?t read\b|\baccidentally\b|\bmissed the\b`,
  ),
  zh(
    'warranty-exclusion',
    'warranty-exclusion',
    '保固(?:已|期)?(?:經)?(?:過|到期|結束)|保修(?:已|期)?(?:经)?(?:过|到期|结束)|過了保固|过了保修|超過保固|超过保修|不在保固|不在保修|保修期外|保固期外|人為損壞|人为损坏|過保|过保',
  ),
  en(
    'warranty-exclusion',
    'warranty-exclusion',
    String.raw`\bwarranty (?:has )?(?:expired|ended|ran out|is over)\b|\bout of warranty\b|\bnot covered by (?:the )?warranty\b`,
  ),
  zh(
    'policy',
    'policy',
    '規定|规定|條款|条款|滿千|满千|滿額|满额|無理由退貨期|无理由退货期|(?:超過|超过)(?:七|7)天|優惠券過期|优惠券过期|(?:券|折扣碼|折扣码)(?:已)?(?:過期|过期)',
  ),
  en(
    'policy',
    'policy',
    String.raw`\b(?:your|the) (?:return )?policy\b|\breturn (?:window|period)\b|\bterms and conditions\b|\bfine print\b`,
  ),
];

/** Asking for something free or for compensation: with the cause on the customer's side, an unreasonable motive. */
export const FREE_DEMAND_RULES: readonly Rule[] = [
  zh(
    'free-demand',
    'free-demand',
    '免費|免费|不用錢|不用钱|賠(?:一|我)|赔(?:一|我)|補償|补偿|賠償|赔偿|必須給我|必须给我|給我退|给我退',
  ),
  en(
    'free-demand',
    'free-demand',
    String.raw`\bfor free\b|\bfree of charge\b|\bcompensat\w*|\bat no cost\b|\bmust (?:refund|replace)\b`,
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
 * The quadrant hint, from what the text says happened: the company looks responsible on a
 * cue of its own error (wrong item, double charge, late, defective, missing, no response,
 * poor quality, rude staff, a health issue) unless the text puts the cause on the customer's
 * side (own handling, warranty exclusion, policy); the motive looks unreasonable with an
 * inflated demand, or with a demand for something free or for compensation when the cause
 * is on the customer's side. With none of these cues, a complaint about something that went
 * wrong is taken as the company's (`complaint-about-delivery`) unless the customer seems to
 * have misunderstood (`expectation-gap`). Reasons: the inflated demands' labels,
 * `free-demand`, the responsibility cues, the customer-side cues, then the default or the
 * misunderstanding cues.
 */
export function quadrantHintOf(signals: readonly Signal[], folded: string, scripts: Scripts): QuadrantHint {
  const reasons: string[] = [];
  let health = false;
  for (const s of signals) {
    if (s.kind === 'inflated_demand' && !reasons.includes(s.label)) reasons.push(s.label);
    else if (s.kind === 'health_safety') health = true;
  }
  // The customer's side (own handling, warranty, policy) outweighs what went wrong after it.
  const customerSide = matchingKinds(CUSTOMER_SIDE_RULES, folded, scripts);
  if (customerSide.length && matchingKinds(FREE_DEMAND_RULES, folded, scripts).length) reasons.push('free-demand');
  const motiveReasonable = reasons.length === 0;
  const responsibility = customerSide.length ? [] : matchingKinds(RESPONSIBILITY_RULES, folded, scripts);
  for (const r of responsibility) reasons.push(r);
  const healthIssue = health && !customerSide.length;
  if (healthIssue) reasons.push('health-issue');
  for (const r of customerSide) reasons.push(r);
  const misunderstanding =
    responsibility.length > 0 || healthIssue ? [] : matchingKinds(MISUNDERSTANDING_RULES, folded, scripts);
  // Most complaints are about what the company delivered: a complaint about something that
  // went wrong (dissatisfaction, a repeat, a refund demand) with nothing pointing to the
  // customer's side or to a misunderstanding is taken as the company's.
  const byDefault =
    !responsibility.length &&
    !healthIssue &&
    !customerSide.length &&
    !misunderstanding.length &&
    signals.some((s) => s.kind === 'dissatisfaction' || s.kind === 'repetition' || s.kind === 'refund_demand');
  if (byDefault) reasons.push('complaint-about-delivery');
  const companyResponsible = responsibility.length > 0 || healthIssue || byDefault;
  for (const r of misunderstanding) reasons.push(r);
  const quadrant: Quadrant = motiveReasonable
    ? companyResponsible
      ? 'reasonable-responsible'
      : 'reasonable-not-responsible'
    : companyResponsible
      ? 'unreasonable-responsible'
      : 'unreasonable-not-responsible';
  return { quadrant, motiveReasonable, companyResponsible, reasons };
}
