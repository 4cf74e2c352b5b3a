import type { StoredCorrection } from '../../lib/corrections/schema';
import type { DetectionResult } from '../../lib/detect/types';
import type { CorrectionsT } from './i18n';

/**
 * What decided a verdict, in words: the CSM's correction of this text or of a similar one
 * (with when), what Tactful learned from the corrections, or its own judgement. Shared by the
 * dashboard, the Facebook card and the Gmail sidebar; each formats the time its own way.
 */
export function correctionReason(
  result: Pick<DetectionResult, 'correction'>,
  deciding: StoredCorrection | null | undefined,
  t: CorrectionsT,
  formatTime: (ms: number) => string,
): string {
  const time = deciding ? formatTime(Date.parse(deciding.correction.createdAt)) : '';
  switch (result.correction?.match) {
    case 'same-text':
      return t('bySameText', { time });
    case 'similar-text':
      return t('bySimilar', { similarity: Math.round((result.correction.similarity ?? 0) * 100), time });
    case 'learned':
      return t('byLearned');
    default:
      return t('byModel');
  }
}
