import { correctionOf, type CorrectionTarget, type Verdict } from './detector';
import type { StoredCorrection } from './schema';

/** Test helper: a stored correction of `text`, made `n` milliseconds after 2026-01-01. */
let made = 0;
export function corrected(
  text: string,
  verdict: Verdict,
  target: Partial<CorrectionTarget> = {},
  n = ++made,
): StoredCorrection {
  return correctionOf(
    { text, via: 'dashboard', context: '小日子選物', ...target },
    verdict,
    new Date(Date.UTC(2026, 0, 1) + n),
  );
}
