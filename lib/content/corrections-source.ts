import { correctionOf, correctionSetStepsOf, type CorrectionTarget, type Verdict } from '../corrections/detector';
import { loadStoredCorrections, watchStoredCorrections } from '../platform/corrections-store';
import type { CorrectionsSource } from './corrections';

/** The stored corrections (storage.local, written by the background only) as content scripts read them. */
export const storedCorrections: CorrectionsSource = {
  load: loadStoredCorrections,
  watch: watchStoredCorrections,
  build: correctionSetStepsOf,
};

type SiteTarget = Omit<CorrectionTarget, 'caseId' | 'authorContact'> & { caseId?: string; authorContact?: string };

/**
 * The protocol message that asks the background to store the CSM's verdict on a text exactly
 * as the site judged it (empty case or contact left out: the schema wants them absent).
 */
export function correctionMessage(target: SiteTarget, verdict: Verdict) {
  const { caseId, authorContact, ...rest } = target;
  const entry = correctionOf(
    { ...rest, ...(caseId ? { caseId } : {}), ...(authorContact ? { authorContact } : {}) },
    verdict,
  );
  return { type: 'corrections.add' as const, entry };
}
