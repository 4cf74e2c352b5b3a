import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { detect, type DetectionResult } from '../../lib/detect';
import { EMPTY_LIBRARY, type Library } from '../../lib/draft/types';
import { resolveUiLocale, type UiLocale } from '../../lib/i18n';
import { loadLibrary, watchLibrary } from '../../lib/platform/library-store';
import { send } from '../../lib/platform/messaging';
import { loadSettings, watchSettings } from '../../lib/platform/settings-store';
import type { CaseSummary } from '../../lib/protocol';
import type { Settings } from '../../lib/settings/schema';
import {
  accountEmail,
  EDITOR,
  insertAtCursor,
  latestCustomerMessage,
  openReplyEditor,
  readThread,
  type GmailMessage,
} from '../../lib/sites/gmail';
import { copyText } from '../assist/clipboard';
import { assistTranslator } from '../assist/i18n';
import { LiveLint } from '../assist/live-lint';
import { Sidebar, type SidebarMessage, type SidebarState } from './Sidebar';

export const sourceKeyOf = (messageId: string) => `gmail:${messageId}`;
const COLLAPSED_KEY = 'gmailSidebarCollapsed';
const OPEN_WIDTH = 360;
const COLLAPSED_WIDTH = 36;

/**
 * Gmail content-script logic: follows the open thread (hash routes and view swaps),
 * judges the latest customer message (new part only), shows the sidebar, inserts the
 * follow-up into Gmail's reply box, records messages and lints the CSM's replies.
 */
export class GmailController {
  private settings!: Settings;
  private library: Library = EMPTY_LIBRARY;
  private locale: UiLocale = 'en';
  private collapsed = false;
  private root: Root | null = null;
  private observer: MutationObserver | null = null;
  private liveLint: LiveLint | null = null;
  private scheduled = false;
  private signature = '';
  private current: {
    threadId: string | null;
    subject: string;
    message: (SidebarMessage & { raw: GmailMessage }) | null;
  } = { threadId: null, subject: '', message: null };
  private history: CaseSummary[] = [];
  private caseSummary: CaseSummary | null = null;
  private unwatch: (() => void)[] = [];
  private readonly layoutStyle: HTMLStyleElement;

  constructor(
    private readonly doc: Document,
    private readonly host: HTMLElement,
    private readonly container: HTMLElement,
  ) {
    // Reserve the sidebar's width so it never covers Gmail's reply box or message text.
    this.layoutStyle = doc.createElement('style');
    this.layoutStyle.setAttribute('data-tactful', 'layout');
  }

  async start(): Promise<void> {
    const [{ settings }, library, stored] = await Promise.all([
      loadSettings(),
      loadLibrary(),
      browser.storage.local.get(COLLAPSED_KEY),
    ]);
    this.library = library;
    this.collapsed = stored[COLLAPSED_KEY] === true;
    this.applySettings(settings);
    this.unwatch.push(
      watchSettings((s) => this.applySettings(s)),
      watchLibrary((l) => {
        this.library = l;
        this.render();
      }),
    );
  }

  stop(): void {
    this.stopWatching();
    for (const off of this.unwatch) off();
    this.unwatch = [];
  }

  private applySettings(settings: Settings): void {
    const wasOn = this.settings?.sites.gmail ?? false;
    this.settings = settings;
    this.locale = resolveUiLocale(settings.uiLanguage, navigator.language);
    if (settings.sites.gmail && !wasOn) this.startWatching();
    else if (!settings.sites.gmail && wasOn) this.stopWatching();
    else this.render();
  }

  private startWatching(): void {
    this.doc.head.append(this.layoutStyle);
    this.host.style.display = '';
    window.addEventListener('hashchange', this.schedule);
    this.doc.addEventListener('keydown', this.onKey, true);
    // Gmail swaps views in place (and keeps old ones hidden): watch the main area.
    this.observer = new MutationObserver(this.schedule);
    this.observer.observe(this.doc.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class'],
    });
    this.liveLint = new LiveLint(this.doc, {
      isEditor: (el) => el.matches(EDITOR),
      lintOptions: () =>
        this.settings.sites.gmail
          ? {
              kind: 'private' as const,
              settings: this.settings,
              detection: this.current.message?.detection,
              customerText: this.current.message?.newText,
              uiLocale: this.locale,
            }
          : null,
      t: assistTranslator(this.locale),
    });
    this.liveLint.start();
    this.refresh();
  }

  private stopWatching(): void {
    window.removeEventListener('hashchange', this.schedule);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.observer?.disconnect();
    this.observer = null;
    this.liveLint?.stop();
    this.liveLint = null;
    this.layoutStyle.remove();
    this.host.style.display = 'none';
  }

  private onKey = (event: KeyboardEvent) => {
    // Alt+Shift+T: Gmail's own shortcuts are single keys or Ctrl/⌘ combinations.
    if (event.altKey && event.shiftKey && event.code === 'KeyT') {
      event.preventDefault();
      event.stopPropagation();
      this.toggle();
    }
  };

  private schedule = (records?: MutationRecord[] | Event) => {
    if (Array.isArray(records) && records.every((r) => this.isOwn(r.target))) return;
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.refresh();
    }, 120);
  };

  private isOwn(node: Node): boolean {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return node === this.host || Boolean(el?.closest('[data-tactful]')) || this.host.contains(node);
  }

  /** Re-reads the open thread; resets everything when the thread or its latest message changed. */
  private refresh(): void {
    const thread = readThread(this.doc);
    const latest = thread ? latestCustomerMessage(thread, accountEmail(this.doc)) : null;
    const signature = `${thread?.id ?? ''}|${latest?.id ?? ''}|${latest?.fullText.length ?? 0}`;
    if (signature === this.signature) return;
    this.signature = signature;
    this.history = [];
    this.caseSummary = null;
    this.current = {
      threadId: thread?.id ?? null,
      subject: thread?.subject ?? '',
      message: latest ? { ...pick(latest), detection: judge(latest, this.settings.sensitivity), raw: latest } : null,
    };
    this.render();
    if (latest) void this.loadCaseData(latest, signature);
  }

  private async loadCaseData(message: GmailMessage, signature: string): Promise<void> {
    try {
      const [{ cases: history }, { cases: mine }] = await Promise.all([
        message.senderEmail
          ? send({ type: 'cases.history', authorContact: message.senderEmail })
          : Promise.resolve({ cases: [] as CaseSummary[] }),
        send({ type: 'cases.bySourceKeys', sourceKeys: [sourceKeyOf(message.id)] }),
      ]);
      if (signature !== this.signature) return; // navigated away meanwhile
      this.history = history;
      this.caseSummary = mine[0] ?? null;
      const detection = this.current.message?.detection;
      if (detection?.complaint && this.settings.autoRecord && !this.caseSummary) await this.record();
      else if (this.caseSummary && this.caseSummary.versionCount > 0) await this.record(); // appends a version if the text changed
      this.render();
    } catch {
      // The background may be restarting; the sidebar still works without history.
    }
  }

  private async record(): Promise<CaseSummary> {
    const message = this.current.message;
    if (!message) throw new Error('No customer message is open.');
    const { detection, raw } = message;
    const signature = this.signature;
    const result = await send({
      type: 'capture',
      capture: {
        source: 'gmail',
        sourceKey: sourceKeyOf(raw.id),
        url: location.href,
        context: this.current.subject,
        author: { name: raw.senderName, contact: raw.senderEmail },
        text: raw.fullText,
        truncated: false,
        parentKey: null,
        detected: {
          score: detection.score,
          severity: detection.severity,
          categories: detection.categories,
          quadrant: detection.quadrantHint.quadrant,
          language: detection.language,
          need: detection.need,
        },
      },
    });
    if (signature === this.signature) {
      this.caseSummary = result.case;
      if (!this.history.some((c) => c.id === result.case.id)) this.history = [...this.history, result.case];
      this.render();
    }
    return result.case;
  }

  private toggle(): void {
    this.collapsed = !this.collapsed;
    void browser.storage.local.set({ [COLLAPSED_KEY]: this.collapsed });
    this.render();
  }

  private render(): void {
    if (!this.settings?.sites.gmail) return;
    const width = this.collapsed ? COLLAPSED_WIDTH : OPEN_WIDTH;
    this.layoutStyle.textContent = `body { margin-right: ${width}px !important; }`;
    this.host.style.cssText = `position:fixed;top:0;right:0;bottom:0;width:${width}px;z-index:2147483000;`;
    window.dispatchEvent(new Event('resize')); // Gmail lays out on resize
    const state: SidebarState = {
      collapsed: this.collapsed,
      threadId: this.current.threadId,
      subject: this.current.subject,
      message: this.current.message,
      history: this.history,
      caseSummary: this.caseSummary,
      settings: this.settings,
      library: this.library,
      locale: this.locale,
    };
    this.root ??= createRoot(this.container);
    this.root.render(
      <Sidebar
        state={state}
        actions={{
          toggle: () => this.toggle(),
          record: () => this.record(),
          openCase: (caseId) => void send({ type: 'dashboard.open', caseId }),
          insertReply: (text) => this.insertReply(text),
        }}
      />,
    );
  }

  private async insertReply(text: string): Promise<boolean> {
    const thread = readThread(this.doc);
    const editor = thread ? await openReplyEditor(thread.container) : null;
    const ok = editor ? await insertAtCursor(editor, text) : false;
    if (ok && this.current.message)
      void send({ type: 'case.draftUsed', sourceKey: sourceKeyOf(this.current.message.id), kind: 'email', text }).catch(
        () => {},
      );
    if (!ok) await copyText(text);
    return ok;
  }
}

/** Newsletters and other bulk mail are never complaints, whatever their wording. */
function judge(message: GmailMessage, sensitivity: number): DetectionResult {
  const detection = detect(message.newText, { sensitivity });
  return message.bulk ? { ...detection, complaint: false, severity: 'none', categories: [] } : detection;
}

function pick(m: GmailMessage): Omit<SidebarMessage, 'detection'> {
  return {
    id: m.id,
    senderName: m.senderName,
    senderEmail: m.senderEmail,
    date: m.date,
    fullText: m.fullText,
    newText: m.newText,
  };
}
