import type { StoredCorrection } from '../corrections/schema';
import type { Library } from '../draft/types';
import type { UiLocale } from '../i18n';
import type { CaseSummary } from '../protocol';
import type { Settings } from '../settings/schema';

/** What the Facebook card and the Gmail sidebar both show beside a verdict, and draft with. */
export interface VerdictViewState {
  caseSummary: CaseSummary | null;
  /** The CSM's correction that decided the verdict, if one did ("Corrected by you"). */
  decidingCorrection: StoredCorrection | null;
  /** Why an automatic capture failed, when it did ("Not recorded: …"). */
  captureProblem: string | null;
  settings: Settings;
  library: Library;
  locale: UiLocale;
}
