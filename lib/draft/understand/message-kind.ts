import type { DetectionResult, SignalKind } from '../../detect/types';
import { anyMatch, folded, foldAligned } from './folded';

/**
 * What the message is, for drafting: a complaint gets the limited apology; a question an
 * answer (FAQ first); praise thanks; anything else a short thank-you. Not a complaint →
 * no apology.
 */
export type MessageKind = 'complaint' | 'question' | 'praise' | 'comment';

export const QUESTION_PATTERNS: readonly RegExp[] = [
  folded(
    '[?？]|請問|想問|想請問|請教|可不可以|能不能|會不會|有沒有|是不是|是否|多久|多少錢|哪裡買|怎麼(?:用|買|選|清|洗|換|退|申請)|如何|可以[^，。！]{0,12}嗎|嗎[。～~]?$',
  ),
  folded(
    String.raw`^(?:hi|hello|hey)?[, ]{0,2}(?:how|what|when|where|which|who|why|can|could|do|does|is|are|will|would|should|may)\b|\b(?:wondering|any idea|is it possible|do you (?:ship|sell|have|offer))\b`,
  ),
];

export const PRAISE_PATTERNS: readonly RegExp[] = [
  folded(
    '好用|推推|推爆|大推|推薦|讚|喜歡|愛用|超棒|很棒|好棒|感謝|謝謝|貼心|滿意|回購|好喝|好吃|用心|拍拍手|太神|愛死|值得|給你們一個讚|五星',
  ),
  folded(
    String.raw`\b(?:love(?:d|ly)?|great|awesome|amazing|excellent|fantastic|perfect|thank(?:s| you)|recommend(?:ed)?|happy with|well done|kudos|five stars|brilliant)\b`,
  ),
];

/** Words of dissatisfaction that make a question a complaint (「根本沒寫清楚」, "doing nothing for us"). */
export const NEGATIVE_PATTERNS: readonly RegExp[] = [
  folded(
    '根本|被騙|騙人|太扯|誇張|失望|很差|太差|爛|不爽|生氣|氣死|退款|退費|客訴|消保|投訴|不負責|不管了|沒人看|到底|受夠|難用|不能用|壞了|壞掉',
  ),
  folded(
    String.raw`\b(?:doing nothing|not happy|unhappy|unacceptable|disappointed|disappointing|ridiculous|terrible|awful|useless|scam|fed up|still (?:not|no|waiting)|refund|broken|how is this possible)\b`,
  ),
];

/**
 * A defect the customer reports as happening (「底部一直漏水」, 「這種品質敢賣這個價錢？」, "cracked"): a question
 * next to it (「請問要怎麼處理？」) asks for a remedy. Written as reports, so 「請問這台會漏水嗎？」 stays a question.
 */
export const DEFECT_PATTERNS: readonly RegExp[] = [
  folded(
    '(?:一直|開始|還是|又|底部|都在|整個)漏水|漏水了|有裂痕|裂開了|一直掉|脫落了|這種品質|這品質|敢賣|收到[^，,。！!？?\\n]{0,12}(?:破了|破掉|碎了|裂了)',
  ),
  folded(String.raw`\b(?:cracked|(?:is|keeps|started|kept) leaking|leaked|stopped working|peeling)\b`),
];

/** Signal kinds that mark a real complaint, beyond words a question can also contain. */
const COMPLAINT_EVIDENCE: ReadonlySet<SignalKind> = new Set([
  'refund_demand',
  'escalation',
  'repetition',
  'insult',
  'health_safety',
  'inflated_demand',
  'dissatisfaction',
]);

export function messageKindOf(text: string, detection: DetectionResult): MessageKind {
  const f = foldAligned(text.trim());
  const question = anyMatch(QUESTION_PATTERNS, f);
  const negative = anyMatch(NEGATIVE_PATTERNS, f) || anyMatch(DEFECT_PATTERNS, f);
  if (detection.complaint) {
    // Damage the customer says they caused, with a question (「我自己摔到，螢幕裂了，想問維修要多少錢？」),
    // asks for a service, not for redress: its defect words are no complaint.
    const ownDoing = detection.quadrantHint.reasons.includes('customer-handling') && !anyMatch(NEGATIVE_PATTERNS, f);
    const evidence = ownDoing
      ? detection.signals.some((s) => s.kind !== 'dissatisfaction' && COMPLAINT_EVIDENCE.has(s.kind))
      : negative || detection.signals.some((s) => COMPLAINT_EVIDENCE.has(s.kind));
    return question && !evidence ? 'question' : 'complaint';
  }
  if (question) return negative ? 'complaint' : 'question';
  if (anyMatch(PRAISE_PATTERNS, f)) return 'praise';
  return 'comment';
}
