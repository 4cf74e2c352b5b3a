import type { Verdict } from '../../corrections/detector';
import type { DetectionResult } from '../../detect';
import type { CaseSummary } from '../../protocol';
import type { GmailMessage } from '../../sites/gmail';
import type { VerdictViewState } from '../verdict-view';

export interface SidebarMessage extends Omit<GmailMessage, 'legacyId' | 'own' | 'bulk' | 'element'> {
  detection: DetectionResult;
}

/** What the sidebar shows (components/gmail/Sidebar.tsx draws it). */
export interface SidebarState extends VerdictViewState {
  collapsed: boolean;
  threadId: string | null;
  subject: string;
  message: SidebarMessage | null;
  history: CaseSummary[];
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
