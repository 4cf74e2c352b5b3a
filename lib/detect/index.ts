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
import { textRegexes } from './text-regexes';

export * from './types';
export { detectLanguage } from './language';
export { findPersonalData } from './personal-data';
export { createDetector, thresholdFor, SIGNAL_WINDOW } from './detector';
export { LinearModel, LinearModelLoader } from './model';

let detector: ReturnType<typeof createDetector> | null = null;

/** The model being loaded in steps by `prepareDetector`. */
let loader: LinearModelLoader | null = null;
/** How many registered regexes `prepareDetector` has run once (V8 compiles a regex on its first run). */
let warmed = 0;
const WARM_UP_TEXT = '第三次 order 123 a@b.co';

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
 * whether it is ready: each rule's regex run once (so V8 compiles it now rather than on the
 * first comment), then the model's weights inflated a slice at a time. Every step is well
 * under a millisecond on a desktop, so a content script calls this in idle slices before
 * judging its first comment and the one-time work never blocks the page in one piece.
 */
export function prepareDetector(hasTime: () => boolean): boolean {
  if (detector) return true;
  const regexes = textRegexes();
  for (; warmed < regexes.length; warmed++) {
    if (!hasTime()) return false;
    const { re } = regexes[warmed]!;
    re.lastIndex = 0;
    re.test(WARM_UP_TEXT);
    re.lastIndex = 0;
  }
  loader ??= new LinearModelLoader(artifact as unknown as ModelArtifact);
  const model = loader.load(hasTime);
  if (!model) return false;
  detector = createDetector(model);
  loader = null;
  return true;
}
