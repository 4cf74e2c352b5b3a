/**
 * Complaint detection: pure, synchronous, no DOM and no extension API.
 *
 *   detect(text, { sensitivity }) → DetectionResult   (see types.ts)
 *   detectLanguage(text)          → 'zh-TW' | 'zh-CN' | 'en' | 'other'
 *   findPersonalData(text)        → personal_data signals (phones, emails, order numbers, addresses…)
 *   makeCorrection(text, verdict, meta) → Correction (the CSM's verdict, stored as the text's features)
 *   createCorrectionSet(corrections)    → what detect(text, { corrections }) applies
 *   correctionSetSteps(corrections)     → the same, built a step at a time
 *
 * The model artifact is trained by `npm run train`; how it all works is in docs/detect.md.
 */
import artifact from './model/model.json';
import { CorrectionSet, correctionSchema, type Correction, type CorrectionVerdictInput } from './corrections';
import { correctionWith, createDetector } from './detector';
import { LinearModel, LinearModelLoader, type ModelArtifact } from './model';
import { textRegexes } from './text-regexes';

export * from './types';
export { detectLanguage } from './language';
export { findPersonalData } from './personal-data';
export { createDetector, thresholdFor, SIGNAL_WINDOW } from './detector';
export { LinearModel, LinearModelLoader } from './model';
export { CorrectionSet, correctionSchema, MAX_LOWER, MAX_RAISE, SIMILAR, type Correction } from './corrections';

let model: LinearModel | null = null;
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
  detector ??= createDetector(shippedModel());
  return detector(...args);
}

/** The shipped model (what `prepareDetector` has not loaded yet is loaded at once). */
function shippedModel(): LinearModel {
  if (!model) {
    model = loader?.load(() => true) ?? new LinearModel(artifact as unknown as ModelArtifact);
    loader = null;
  }
  return model;
}

/**
 * The CSM's verdict on a text, as a correction to store: the text's features (hashed
 * n-grams in the shipped model's space, its signal keys, a hash of the normalised text),
 * never the text itself (see corrections.ts).
 */
export function makeCorrection(
  text: string,
  verdict: CorrectionVerdictInput,
  meta: { id: string; createdAt: string; sourceKey?: string },
): Correction {
  return correctionWith(shippedModel(), text, verdict, meta);
}

/** What `detect(text, { corrections })` applies, built once per list (those that do not parse, or are of another model, left out). */
export function createCorrectionSet(corrections: readonly unknown[]): CorrectionSet {
  const valid = corrections.flatMap((c) => correctionSchema.safeParse(c).data ?? []);
  return new CorrectionSet(valid, shippedModel());
}

/** The same set a step at a time (for idle slices), from corrections already checked against `correctionSchema`. */
export function correctionSetSteps(corrections: readonly Correction[]): Generator<void, CorrectionSet> {
  return CorrectionSet.inSteps(corrections, shippedModel());
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
  if (!model) {
    loader ??= new LinearModelLoader(artifact as unknown as ModelArtifact);
    model = loader.load(hasTime);
    if (!model) return false;
    loader = null;
  }
  detector = createDetector(model);
  return true;
}
