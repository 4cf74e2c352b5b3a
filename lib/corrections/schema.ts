import { z } from 'zod';
// The schema only (not lib/detect/index.ts, which brings the model): the background stores corrections without judging.
import { correctionSchema, type Correction } from '../detect/corrections';

/**
 * What Tactful keeps of the CSM's corrections, in `browser.storage.local` under `corrections`.
 *
 * Each entry is a correction (lib/detect/corrections.ts: the verdict and the text's features,
 * no words) plus, for the list the CSM sees, `local` details that hold customer content and
 * therefore never leave this browser except in its own JSON backup (which holds the cases'
 * verbatim text anyway): a short excerpt, the page or subject, the case and the customer's
 * contact (so that an erasure on request reaches the correction too). A template-library file
 * shared with the team carries the correction only, without `local` and without `sourceKey`.
 */

/** Most corrections kept: beyond it, a new one is refused with a message (undo some, or reset). */
export const MAX_CORRECTIONS = 1000;
/** Ids of undone corrections remembered (so that no import brings them back); the oldest are forgotten first. */
export const MAX_UNDONE = 5000;
/** Characters (code points) of the corrected text kept for the list. */
export const EXCERPT_CHARS = 120;

/** Where a correction was made (a site, the dashboard) or, for a shared one, how it came. */
export const CORRECTION_VIA = ['facebook', 'gmail', 'dashboard', 'library'] as const;
export type CorrectionVia = (typeof CORRECTION_VIA)[number];

export const correctionLocalSchema = z.object({
  /** The start of the corrected text, for the list (this browser and its JSON backup only). */
  excerpt: z.string().max(EXCERPT_CHARS * 2),
  /** Page name (Facebook) or subject (Gmail). */
  context: z.string().max(500),
  /** The recorded case, when there was one. */
  caseId: z.string().min(1).max(100).optional(),
  /** The customer's email address or profile link: an erasure of the customer's data reaches the excerpt. */
  authorContact: z.string().max(2000).optional(),
});
export type CorrectionLocal = z.infer<typeof correctionLocalSchema>;

export const storedCorrectionSchema = z.object({
  correction: correctionSchema,
  via: z.enum(CORRECTION_VIA),
  local: correctionLocalSchema.optional(),
});
export type StoredCorrection = z.infer<typeof storedCorrectionSchema>;

export const CORRECTIONS_VERSION = 1;

export const correctionsValueSchema = z.object({
  version: z.literal(CORRECTIONS_VERSION),
  entries: z.array(storedCorrectionSchema).max(MAX_CORRECTIONS),
  undone: z.array(z.string().min(1).max(200)).max(MAX_UNDONE),
});
export type CorrectionsValue = z.infer<typeof correctionsValueSchema>;

export const emptyCorrections = (): CorrectionsValue => ({ version: CORRECTIONS_VERSION, entries: [], undone: [] });

/**
 * The first EXCERPT_CHARS characters of a text with runs of white space made one space
 * (an ellipsis marks a cut). Never cuts a surrogate pair in half.
 */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…` : flat;
}

/** What a shared library file may hold of a correction: the verdict and the features, nothing that points to a customer. */
export function shareable(entry: StoredCorrection): Correction {
  const { sourceKey: _sourceKey, ...correction } = entry.correction;
  return correction;
}
