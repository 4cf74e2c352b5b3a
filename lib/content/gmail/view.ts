import type { Verdict } from '../../corrections/detector';
import type { StoredCorrection } from '../../corrections/schema';
import type { DetectionResult } from '../../detect';
import type { Library } from '../../draft/types';
import type { UiLocale } from '../../i18n';
import type { CaseSummary } from '../../protocol';
import type { Settings } from '../../settings/schema';
import type { GmailMessage } from '../../sites/gmail';

export interface SidebarMessage extends Omit<GmailMessage, 'legacyId' | 'own' | 'bulk' | 'element'> {
  detection: DetectionResult;
}

/** What the sidebar shows (components/gmail/Sidebar.tsx draws it). */
export interface SidebarState {
  collapsed: boolean;
  threadId: string | null;
  subject: string;
  message: SidebarMessage | null;
  history: CaseSummary[];
  caseSummary: CaseSummary | null;
  /** The CSM's correction that decided the verdict, if one did ("Corrected by you"). */
  decidingCorrection: StoredCorrection | null;
  captureProblem: string | null;
  settings: Settings;
  library: Library;
  locale: UiLocale;
}

export interface SidebarActions {
  toggle: () => void;
  insertReply: (text: string) => Promise<boolean>;
  record: () => Promise<CaseSummary>;
  openCase: (caseId: string) => void;
  /** Stores the CSM's verdict on the message as judged (the background, through the protocol). */
  correct: (verdict: Verdict) => Promise<void>;
  undoCorrection: (correctionId: string) => Promise<void>;
}

export interface SidebarView {
  render(state: SidebarState, actions: SidebarActions): void;
  unmount(): void;
}
export type CreateSidebarView = (container: HTMLElement) => SidebarView;

/** Tactful's sidebar host on the page (a WXT shadow-root UI) and the container React draws into. */
export interface GmailUi {
  host: HTMLElement;
  container: HTMLElement;
  remove: () => void;
}
