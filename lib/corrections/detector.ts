import {
  correctionSetSteps,
  createCorrectionSet,
  detect,
  makeCorrection,
  type CorrectionSet,
  type DetectionResult,
  type Quadrant,
  type Severity,
} from '../detect';
import { excerptOf, type CorrectionLocal, type CorrectionVia, type StoredCorrection } from './schema';

/**
 * The one place Tactful's UI uses the detector's corrections API (lib/detect): making a
 * correction from a text and judging a text with the stored corrections applied. Pages load
 * it with a dynamic import, since it brings the model with it.
 */

export interface Verdict {
  complaint: boolean;
  severity?: Exclude<Severity, 'none'>;
  quadrant?: Quadrant;
}

export interface CorrectionTarget {
  /** The text exactly as judged (a case's newest verbatim version, a comment, a message). */
  text: string;
  via: CorrectionVia;
  /** The comment or message (`facebook:comment:123`), for the same text's next verdicts and erasure. */
  sourceKey?: string;
  context: string;
  caseId?: string;
  authorContact?: string;
}

/** A stored correction of `target` with the CSM's verdict: the features, and the local details for the list. */
export function correctionOf(target: CorrectionTarget, verdict: Verdict, now = new Date()): StoredCorrection {
  const correction = makeCorrection(target.text, verdict, {
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    ...(target.sourceKey ? { sourceKey: target.sourceKey } : {}),
  });
  const local: CorrectionLocal = {
    excerpt: excerptOf(target.text),
    context: target.context.slice(0, 500),
    ...(target.caseId ? { caseId: target.caseId } : {}),
    ...(target.authorContact ? { authorContact: target.authorContact.slice(0, 2000) } : {}),
  };
  return { correction, via: target.via, local };
}

/** What `judge` applies: build once per list of stored corrections. */
export function correctionSetOf(entries: readonly StoredCorrection[]): CorrectionSet {
  return createCorrectionSet(entries.map((e) => e.correction));
}

/** The same set a step at a time, for a content script (stored entries are checked when read). */
export function correctionSetStepsOf(entries: readonly StoredCorrection[]): Generator<void, CorrectionSet> {
  return correctionSetSteps(entries.map((e) => e.correction));
}

/** The verdict on a text with the corrections applied (`result.correction` says when one decided it). */
export function judge(text: string, set: CorrectionSet | undefined, sensitivity?: number): DetectionResult {
  return detect(text, { sensitivity, corrections: set });
}
