import { createContext, useContext } from 'react';
import type { DetectionResult, Quadrant } from '../../lib/detect/types';
import type { LintOptions } from '../../lib/draft/lint/lint';
import type { UiLocale } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import type { AssistT } from './i18n';

/**
 * What every draft box of one message lints against: the settings, the detection, the
 * customer's words, the situation the CSM chose (none: the detector's hint, which never
 * allows an admission) and what the reply is for. Provided once by the drafting panel.
 */
export interface DraftingContextValue {
  settings: Settings;
  detection: DetectionResult;
  customerText: string;
  quadrant: Quadrant | undefined;
  purpose: NonNullable<LintOptions['purpose']>;
  locale: UiLocale;
  t: AssistT;
}

export const DraftingContext = createContext<DraftingContextValue | null>(null);

export function useDraftingContext(): DraftingContextValue {
  const value = useContext(DraftingContext);
  if (!value) throw new Error('DraftBox must be inside a DraftingContext provider');
  return value;
}
