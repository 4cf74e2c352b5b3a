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
import { LinearModel, LinearModelLoader, type ModelArtifact } from './model';
import { analyseRules, buildRuleIndex } from './rule-engine';

export * from './types';
export { detectLanguage } from './language';
export { findPersonalData } from './personal-data';
export { createDetector, thresholdFor, SIGNAL_WINDOW } from './detector';
export { LinearModel, LinearModelLoader } from './model';

let detector: ReturnType<typeof createDetector> | null = null;

/** The model being loaded in steps by `prepareDetector`. */
let loader: LinearModelLoader | null = null;

/**
 * Detects whether a text is a complaint, how severe, and why. Whatever `prepareDetector`
 * has not done yet is done at once on first use.
 */
export function detect(...args: Parameters<ReturnType<typeof createDetector>>) {
  if (!detector) {
    detector = createDetector(loader?.load(() => true) ?? new LinearModel(artifact as unknown as ModelArtifact));
    loader = null;
  }
  return detector(...args);
}

/**
 * Prepares the detector in steps while `hasTime()` allows (asked before each step) and says
 * whether it is ready: rule analysis rule by rule, then the rule index (a rule's prefixes,
 * a thousand node records or one bitmap branch at a time), then the model (slices of the
 * base64 text, of the lookup table and of the 2^20 Chinese weights' decoding). Every step
 * is well under a millisecond on a desktop, so a content script calls it in idle slices
 * before judging its first comment and that one-time work (tens of ms) never blocks the
 * page in one piece. The result is the detector `detect` builds at once without it.
 */
export function prepareDetector(hasTime: () => boolean): boolean {
  if (detector) return true;
  if (!analyseRules(hasTime)) return false;
  if (!buildRuleIndex(hasTime)) return false;
  loader ??= new LinearModelLoader(artifact as unknown as ModelArtifact);
  const model = loader.load(hasTime);
  if (!model) return false;
  detector = createDetector(model);
  loader = null;
  return true;
}
