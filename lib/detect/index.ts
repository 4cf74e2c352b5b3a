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
