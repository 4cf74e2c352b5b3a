import { prepareDetector } from '../../detect';
import { loadSidebarCollapsed, saveSidebarCollapsed } from '../../platform/ui-state';
import type { CaseSummary } from '../../protocol';
import type { Settings } from '../../settings/schema';
import { requestIdle } from '../idle';
import {
  accountEmail,
  EDITOR,
  insertAtCursor,
  latestCustomerMessage,
  openReplyEditor,
  readThread,
  threadFingerprint,
  type GmailMessage,
} from '../../sites/gmail';
import { ActivityMarker } from '../activity';
import {
  captureFailureOf,
  describeCaptureFailure,
  detectedSnapshot,
  isTransient,
  type CaptureFailure,
} from '../capture-failure';
import { copyText } from '../clipboard';
import { ContentCorrections } from '../corrections';
import { correctionMessage, storedCorrections } from '../corrections-source';
import { assistTranslator } from '../i18n';
import { LiveLint } from '../live-lint';
import { SiteSession } from '../site-session';
import { isUserAction } from '../trusted-events';
import { judge, pick } from './verdict';
import type { CreateSidebarView, GmailUi, SidebarActions, SidebarMessage, SidebarView } from './view';

export type { CreateSidebarView, GmailUi } from './view';

export const sourceKeyOf = (messageId: string) => `gmail:${messageId}`;
const OPEN_WIDTH = 360;
const COLLAPSED_WIDTH = 36;
/** Gmail changes its DOM in bursts; the open thread is looked at again this long after the first change. */
const REFRESH_DELAY_MS = 40;
const RETRY_DELAYS_MS = [1000, 3000, 9000];

interface Current {
  /** What was open when last read (threadFingerprint); null before the first read. */
  fingerprint: string | null;
  threadId: string | null;
  subject: string;
  message: (SidebarMessage & { raw: GmailMessage }) | null;
  history: CaseSummary[];
  caseSummary: CaseSummary | null;
  failure: { failure: CaptureFailure; attempts: number } | null;
}

const EMPTY: Current = {
  fingerprint: null,
  threadId: null,
  subject: '',
  message: null,
  history: [],
  caseSummary: null,
  failure: null,
};

/**
 * Gmail content-script logic: follows the open thread (hash routes and view swaps), judges
 * the latest customer message (new part only; bulk mail never), shows the sidebar, inserts the
 * follow-up into Gmail's reply box, records messages (automatically with auto-record) and lints
 * the CSM's replies. The session (SiteSession) switches it on and off.
 */
export class GmailController {
  private readonly session: SiteSession;
  private readonly view: SidebarView;
  private readonly activity: ActivityMarker;
  private readonly corrections: ContentCorrections;
  private readonly layoutStyle: HTMLStyleElement;
  private current: Current = EMPTY;
  private collapsed = false;
  private observer: MutationObserver | null = null;
  private liveLint: LiveLint | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private pending = 0;
  private prepared = false;

  constructor(
    private readonly doc: Document,
    private readonly ui: GmailUi,
    createView: CreateSidebarView,
  ) {
    this.view = createView(ui.container);
    this.session = new SiteSession(
      doc,
      'gmail',
      {
        start: () => this.startWatching(),
        stop: () => this.stopWatching(),
        settingsChanged: () => this.render(),
        libraryChanged: () => this.render(),
      },
      ui.remove,
    );
    this.activity = new ActivityMarker(ui.host, () => this.busy);
    this.corrections = new ContentCorrections(storedCorrections, () => this.rejudge());
    // Reserve the sidebar's width so it never covers Gmail's reply box or message text.
    this.layoutStyle = doc.createElement('style');
    this.layoutStyle.setAttribute('data-tactful', 'layout');
  }

  async start(): Promise<void> {
    this.collapsed = await loadSidebarCollapsed().catch(() => false);
    await this.session.begin();
  }

  stop(): void {
    this.session.end();
  }

  private get settings(): Settings {
    return this.session.settings;
  }

  private get busy(): boolean {
    return this.session.active && (!this.prepared || this.refreshTimer !== null || this.pending > 0);
  }

  private startWatching(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.doc.addEventListener('keydown', this.onKey, true);
    // Gmail swaps views in place (and keeps old ones hidden): watch the main area.
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(this.doc.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'aria-expanded'],
    });
    this.liveLint = new LiveLint(this.doc, {
      isEditor: (el) => el.matches(EDITOR),
      lintOptions: () =>
        this.session.active
          ? {
              kind: 'private' as const,
              settings: this.settings,
              detection: this.current.message?.detection,
              customerText: this.current.message?.newText,
              uiLocale: this.session.locale,
            }
          : null,
      t: assistTranslator(this.session.locale),
    });
    this.liveLint.start();
    // The thread is judged once the detector is prepared (in idle slices, so opening Gmail on a
    // thread is not one long task) and the CSM's corrections are applied; the sidebar appears
    // with its first verdict.
    this.corrections.start();
    this.prepareDetector(() => this.refresh());
  }

  private stopWatching(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.observer?.disconnect();
    this.observer = null;
    this.corrections.stop();
    this.liveLint?.stop();
    this.liveLint = null;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
    this.activity.stop();
    this.layoutStyle.remove();
    this.layoutStyle.textContent = '';
    this.ui.host.style.display = 'none';
    this.view.unmount();
    this.current = EMPTY;
    this.prepared = false;
  }

  /** The detector's one-time preparation in idle slices, the corrections' set, then `ready`. */
  private prepareDetector(ready: () => void): void {
    const step = () =>
      requestIdle(() => {
        if (!this.session.active) return;
        const until = performance.now() + 12;
        if (!prepareDetector(() => performance.now() < until)) return step();
        void this.corrections.ready().then(() => {
          if (!this.session.active) return;
          this.prepared = true;
          ready();
        });
      });
    step();
  }

  private onKey = (event: KeyboardEvent) => {
    // Alt+Shift+T: Gmail's own shortcuts are single keys or Ctrl/⌘ combinations. Only the user's own keys.
    if (isUserAction(event) && event.altKey && event.shiftKey && event.code === 'KeyT') {
      event.preventDefault();
      event.stopPropagation();
      this.toggle();
    }
  };

  private onHashChange = () => this.refresh();

  private onMutations = (records: MutationRecord[]) => {
    if (records.every((r) => this.isOwn(r.target))) return;
    this.refreshTimer ??= setTimeout(() => {
      this.refreshTimer = null;
      this.refresh();
    }, REFRESH_DELAY_MS);
  };

  private isOwn(node: Node): boolean {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return node === this.ui.host || Boolean(el?.closest('[data-tactful]')) || this.ui.host.contains(node);
  }

  /** Looks at the open thread again; reads and judges it when the thread or its latest message changed. */
  private refresh(): void {
    if (!this.session.active || !this.prepared) return;
    const fingerprint = threadFingerprint(this.doc);
    if (fingerprint === this.current.fingerprint) return this.activity.update();
    const thread = readThread(this.doc);
    const latest = thread ? latestCustomerMessage(thread, accountEmail(this.doc)) : null;
    this.current = {
      ...EMPTY,
      fingerprint,
      threadId: thread?.id ?? null,
      subject: thread?.subject ?? '',
      message: latest ? { ...pick(latest), detection: this.judge(latest), raw: latest } : null,
    };
    this.render();
    if (latest) void this.loadCaseData(this.current);
    this.activity.update();
  }

  private judge = (message: GmailMessage) => judge(message, this.settings.sensitivity, this.corrections.set);

  /**
   * The corrections changed: the open message is judged again and the sidebar redrawn. A recorded
   * case is left as it is; a message that now reads as a complaint is recorded only by auto-record.
   */
  private rejudge(): void {
    const current = this.current;
    const message = current.message;
    if (!this.session.active || !message) return;
    const was = message.detection.complaint;
    message.detection = this.judge(message.raw);
    this.render();
    if (!was && message.detection.complaint && this.settings.autoRecord && !current.caseSummary && !current.failure)
      void this.tracked(() => this.autoRecord(current, 0));
  }

  private async loadCaseData(current: Current): Promise<void> {
    const message = current.message!.raw;
    await this.tracked(async () => {
      try {
        const [{ cases: history }, { cases: mine }] = await Promise.all([
          message.senderEmail
            ? this.session.send({ type: 'cases.history', authorContact: message.senderEmail })
            : Promise.resolve({ cases: [] as CaseSummary[] }),
          this.session.send({ type: 'cases.bySourceKeys', sourceKeys: [sourceKeyOf(message.id)] }),
        ]);
        if (current !== this.current) return; // navigated away meanwhile
        current.history = history;
        current.caseSummary = mine[0] ?? null;
        this.render();
      } catch {
        return; // the sidebar works without history; the capture below reports its own failure
      }
      const { detection } = current.message!;
      // Auto-record a complaint; a recorded message seen again appends a version if its text changed.
      if ((detection.complaint && this.settings.autoRecord) || current.caseSummary) await this.autoRecord(current, 0);
    });
  }

  private async autoRecord(current: Current, attempt: number): Promise<void> {
    try {
      await this.record(current);
    } catch (err) {
      const failure = captureFailureOf(err);
      const delay = RETRY_DELAYS_MS[attempt];
      if (current !== this.current || !this.session.active) return;
      if (isTransient(failure) && delay !== undefined) {
        await this.tracked(() => new Promise((r) => setTimeout(r, delay)));
        return this.autoRecord(current, attempt + 1);
      }
      current.failure = { failure, attempts: attempt + 1 };
      this.render();
    }
  }

  private async record(current: Current = this.current): Promise<CaseSummary> {
    const message = current.message;
    if (!message) throw new Error('No customer message is open.');
    const { detection, raw } = message;
    const result = await this.tracked(() =>
      this.session.send({
        type: 'capture',
        capture: {
          source: 'gmail',
          sourceKey: sourceKeyOf(raw.id),
          url: location.href,
          context: current.subject,
          author: { name: raw.senderName, contact: raw.senderEmail },
          text: raw.fullText,
          truncated: false,
          parentKey: null,
          detected: detectedSnapshot(detection),
        },
      }),
    );
    current.caseSummary = result.case;
    current.failure = null;
    if (!current.history.some((c) => c.id === result.case.id)) current.history = [...current.history, result.case];
    if (current === this.current) this.render();
    return result.case;
  }

  /** Runs work the activity marker counts as pending. */
  private async tracked<T>(work: () => Promise<T>): Promise<T> {
    this.pending++;
    this.activity.update();
    try {
      return await work();
    } finally {
      this.pending--;
      this.activity.update();
    }
  }

  private toggle(): void {
    this.collapsed = !this.collapsed;
    void saveSidebarCollapsed(this.collapsed).catch(() => {});
    this.render();
  }

  private render(): void {
    if (!this.session.active || !this.prepared) return;
    const width = this.collapsed ? COLLAPSED_WIDTH : OPEN_WIDTH;
    const layout = `body { margin-right: ${width}px !important; }`;
    if (!this.layoutStyle.isConnected) this.doc.head.append(this.layoutStyle);
    if (this.layoutStyle.textContent !== layout) {
      this.layoutStyle.textContent = layout;
      this.ui.host.style.cssText = `position:fixed;top:0;right:0;bottom:0;width:${width}px;z-index:2147483000;`;
      window.dispatchEvent(new Event('resize')); // Gmail lays out on resize
    }
    const { failure } = this.current;
    this.view.render(
      {
        collapsed: this.collapsed,
        threadId: this.current.threadId,
        subject: this.current.subject,
        message: this.current.message,
        history: this.current.history,
        caseSummary: this.current.caseSummary,
        decidingCorrection: this.corrections.find(this.current.message?.detection.correction?.id),
        captureProblem: failure ? describeCaptureFailure(failure.failure, this.session.locale, failure.attempts) : null,
        settings: this.settings,
        library: this.session.library,
        locale: this.session.locale,
      },
      this.actions,
    );
  }

  private readonly actions: SidebarActions = {
    toggle: () => this.toggle(),
    record: async () => {
      try {
        return await this.record();
      } catch (err) {
        throw new Error(describeCaptureFailure(captureFailureOf(err), this.session.locale));
      }
    },
    openCase: (caseId) => void this.session.send({ type: 'dashboard.open', caseId }).catch(() => {}),
    insertReply: (text) => this.insertReply(text),
    correct: async (verdict) => {
      const { message, subject, caseSummary } = this.current;
      if (!message) throw new Error('No customer message is open.');
      const target = { text: message.newText, via: 'gmail' as const, sourceKey: sourceKeyOf(message.id) };
      const local = { context: subject, caseId: caseSummary?.id, authorContact: message.senderEmail };
      await this.session.send(correctionMessage({ ...target, ...local }, verdict));
    },
    undoCorrection: (id) => this.session.send({ type: 'corrections.undo', id }).then(() => {}),
  };

  private async insertReply(text: string): Promise<boolean> {
    const thread = readThread(this.doc);
    const editor = thread ? await openReplyEditor(thread.container) : null;
    const ok = editor ? await insertAtCursor(editor, text) : false;
    const message = this.current.message;
    if (ok && message)
      void this.session
        .send({ type: 'case.draftUsed', sourceKey: sourceKeyOf(message.id), kind: 'email', text })
        .catch(() => {});
    if (!ok) await copyText(text);
    return ok;
  }
}
