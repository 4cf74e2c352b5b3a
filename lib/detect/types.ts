import { z } from 'zod';

/**
 * Public types of the complaint detector. Everything that consumes a detection
 * (drafting, lint, site UIs, records, the command line) depends only on these.
 * Offsets (`start`, `end`) are UTF-16 indexes into the ORIGINAL text (not the
 * normalised one), so the UI can highlight `text.slice(start, end)`.
 */

export const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const CATEGORIES = [
  'delivery', // delivery / logistics
  'quality', // product quality
  'billing', // billing / payment / refund
  'service', // service attitude
  'account', // account / technical
  'price', // price / promotion
  'health', // health / safety
  'privacy',
  'other',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const LANGUAGES = ['zh-TW', 'zh-CN', 'en', 'other'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type DetectedLanguage = z.infer<typeof languageSchema>;

export const NEEDS = ['venting', 'concrete', 'mixed'] as const;
export const needSchema = z.enum(NEEDS);
export type Need = z.infer<typeof needSchema>;

/**
 * The four quadrants of the practice (../shared/domain.md §3):
 * is the customer's motive reasonable × is the company responsible.
 */
export const QUADRANTS = [
  'reasonable-not-responsible', // "beautiful misunderstanding": soothe, explain facts, help
  'reasonable-responsible', // follow law/agreement, apologise sincerely, correct
  'unreasonable-not-responsible', // hold the bottom line, define the service boundary
  'unreasonable-responsible', // admit the error, know the limits, negotiate creatively
] as const;
export const quadrantSchema = z.enum(QUADRANTS);
export type Quadrant = z.infer<typeof quadrantSchema>;

export const SIGNAL_KINDS = [
  'refund_demand', // refund / compensation / free items
  'escalation', // consumer protection, lawyers, media, going public
  'repetition', // "third time", "still not", again
  'urgency',
  'insult', // insults / profanity
  'health_safety',
  'inflated_demand', // ten-fold, written apology, threats against staff
  'personal_data', // phone, email, order number, address (never echo in public)
  'concrete_fact', // order number, date, amount, product
  'dissatisfaction', // plain negative wording
] as const;
export const signalKindSchema = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof signalKindSchema>;

export const signalSchema = z.object({
  kind: signalKindSchema,
  /** Short machine-stable label of the matched rule, e.g. "refund", "consumer-protection", "phone". */
  label: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** `originalText.slice(start, end)`. */
  text: z.string(),
});
export type Signal = z.infer<typeof signalSchema>;

export const quadrantHintSchema = z.object({
  quadrant: quadrantSchema,
  motiveReasonable: z.boolean(),
  companyResponsible: z.boolean(),
  /** Why: machine-stable reason codes, e.g. "inflated-demand", "wrong-item", "charged-twice". */
  reasons: z.array(z.string()),
});
export type QuadrantHint = z.infer<typeof quadrantHintSchema>;

/** What the verdict says when the CSM's corrections decided it (lib/detect/corrections.ts). */
export const appliedCorrectionSchema = z.object({
  /**
   * same-text / similar-text: that correction's verdict was taken; learned: the corrections'
   * overlay on the model moved the score across the threshold.
   */
  match: z.enum(['same-text', 'similar-text', 'learned']),
  /** The deciding correction (same-text, similar-text). */
  id: z.string().optional(),
  similarity: z.number().min(0).max(1).optional(),
  /** How many corrections the set holds. */
  count: z.number().int().min(0),
});
export type AppliedCorrection = z.infer<typeof appliedCorrectionSchema>;

export const detectionResultSchema = z.object({
  complaint: z.boolean(),
  /** Probability-like complaint score in [0, 1] after combining the model and signals. */
  score: z.number().min(0).max(1),
  severity: severitySchema,
  categories: z.array(categorySchema),
  language: languageSchema,
  need: needSchema,
  quadrantHint: quadrantHintSchema,
  signals: z.array(signalSchema),
  containsPersonalData: z.boolean(),
  /** Present when a correction decided the verdict. */
  correction: appliedCorrectionSchema.optional(),
});
export type DetectionResult = z.infer<typeof detectionResultSchema>;

export interface DetectOptions {
  /** 0..1 from the settings; higher flags more texts as complaints. Default 0.5. */
  sensitivity?: number;
  /** The CSM's corrections (`createCorrectionSet`), applied to this verdict. */
  corrections?: import('./corrections').CorrectionSet;
}
