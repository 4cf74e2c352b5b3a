/**
 * Complaint detection: pure, synchronous, no DOM and no extension API.
 *
 *   detect(text, { sensitivity }) → DetectionResult   (see types.ts)
 *   detectLanguage(text)          → 'zh-TW' | 'zh-CN' | 'en' | 'other'
 *   findPersonalData(text)        → personal_data signals (phones, emails, order numbers, addresses…)
 *
 * The model artifact is trained by `npm run train`; how it all works is in docs/detect.md.
 */
import artifact from './model/model.json';
import { createDetector } from './detector';
import { LinearModel, type ModelArtifact } from './model';
import { analyseRules, compiledRules } from './rule-engine';

export * from './types';
export { detectLanguage } from './language';
export { findPersonalData } from './personal-data';
export { createDetector, thresholdFor, SIGNAL_WINDOW } from './detector';
export { LinearModel } from './model';

let detector: ReturnType<typeof createDetector> | null = null;

/** Detects whether a text is a complaint, how severe, and why. The model loads on first use. */
export function detect(...args: Parameters<ReturnType<typeof createDetector>>) {
  detector ??= createDetector(new LinearModel(artifact as unknown as ModelArtifact));
  return detector(...args);
}

/** Where `prepareDetector` is: analysing rules, then building the rule index, then loading the model. */
let preparing: 'rules' | 'index' | 'model' = 'rules';

/**
 * Prepares the detector in steps while `hasTime()` allows — rule analysis rule by rule,
 * then the rule index, then the model — and says whether it is ready. A content script
 * calls it in idle slices before judging its first comment, so that one-time work (tens
 * of ms) never blocks the page in one piece. The index and the model are built in one
 * piece each (several ms), so each starts a call of its own rather than the end of a full
 * slice. `detect` works without it, doing it all at once.
 */
export function prepareDetector(hasTime: () => boolean): boolean {
  if (detector) return true;
  if (preparing === 'rules') {
    if (analyseRules(hasTime)) preparing = 'index';
    return false;
  }
  if (!hasTime()) return false;
  if (preparing === 'index') {
    compiledRules(); // builds the rule index
    preparing = 'model';
    return false;
  }
  detector = createDetector(new LinearModel(artifact as unknown as ModelArtifact));
  return true;
}
