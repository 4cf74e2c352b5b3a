import { detect, prepareDetector } from '../../lib/detect';
import type { DetectionResult } from '../../lib/detect/types';
import { EMPTY_LIBRARY, type Library } from '../../lib/draft/types';
import { resolveUiLocale, type UiLocale } from '../../lib/i18n';
import { loadLibrary, watchLibrary } from '../../lib/platform/library-store';
import { send } from '../../lib/platform/messaging';
import { loadSettings, watchSettings } from '../../lib/platform/settings-store';
import type { CaseSummary } from '../../lib/protocol';
import type { LoadedSettings } from '../../lib/settings/parse';
import type { Settings } from '../../lib/settings/schema';
import {
  badgeAnchor,
  CommentObserver,
  COMMENT_ARTICLE,
  COMPOSER_EDITOR,
  extractComment,
  isMonitoredPage,
  isPageAuthor,
  openReplyComposer,
  POST_CONTAINER,
  postContextOf,
  requestIdle,
  seeMoreButton,
  type PostContext,
  typeIntoEditor,
  type FacebookComment,
} from '../../lib/sites/facebook';
import { copyText } from '../assist/clipboard';
import { assistTranslator } from '../assist/i18n';
import { LiveLint } from '../assist/live-lint';
import { findBadge, hasMarkers, removeMarkers, renderBadge, renderNeutralMarker } from './badges';
import { FrameWriter } from './frame-writer';
import type { CardView, createCardView } from './card-view';

export const sourceKeyOf = (commentId: string) => `facebook:comment:${commentId}`;

/** Longest slice of the detector's one-time preparation (under the 50 ms long-task bar with room for the page). */
const PREPARE_SLICE_MS = 12;

interface ContextEntry {
  href: string;
  title: string;
  context: PostContext;
  /** Whether the post's page is monitored, for the settings object it was computed with. */
  monitoredFor: Settings | null;
  monitored: boolean;
}

interface Tracked {
  element: Element;
  comment: FacebookComment;
  detection: DetectionResult;
}

/**
 * Facebook content-script logic: badges on complaints as comments render, the suggestion
 * card, insertion into the comment's own reply box, verbatim capture (automatic on
 * monitored pages) and live lint. The entry file only creates it.
 */
export class FacebookController {
  private settings!: Settings;
  private library: Library = EMPTY_LIBRARY;
  private locale: UiLocale = 'en';
  private observer: CommentObserver | null = null;
  private liveLint: LiveLint | null = null;
  /** Badges, markers and "See more" clicks, written in few animation frames. */
  private readonly writer: FrameWriter;
  /** Post context per post container (one lookup per post, not per comment). */
  private readonly contexts = new WeakMap<Element | Document, ContextEntry>();
  private readonly tracked = new Map<string, Tracked>();
  /** Case summaries of recorded comments, from capture answers and lookups. */
  private readonly recorded = new Map<string, CaseSummary>();
  private readonly lookupQueue = new Set<string>();
  private readonly captureQueue = new Set<string>();
  private captureScheduled = false;
  private lookupTimer: ReturnType<typeof setTimeout> | null = null;
  /** React and the card (components/facebook/card-view), imported when the first card opens. */
  private createCardView: typeof createCardView | null = null;
  private cardViewLoading: Promise<void> | null = null;
  private cardView: CardView | null = null;
  private cardId: string | null = null;
  private cardReturnFocus: HTMLElement | null = null;
  private unwatch: (() => void)[] = [];
  /** Set while watching; a preparation step started for an earlier start sees it changed and stops. */
  private watching: object | null = null;

  constructor(
    private readonly doc: Document,
    /** Where the suggestion card renders (a shadow root container from WXT). */
    private readonly cardContainer: HTMLElement,
  ) {
    this.writer = new FrameWriter(doc.defaultView ?? window, { intervalMs: 400, sliceMs: 16 });
  }

  /** Reads the settings (unless already being read) and the library, then starts watching. */
  async start(settingsLoading: Promise<LoadedSettings> = loadSettings()): Promise<void> {
    const [{ settings }, library] = await Promise.all([settingsLoading, loadLibrary()]);
    this.library = library;
    this.applySettings(settings);
    this.unwatch.push(
      watchSettings((s) => this.applySettings(s)),
      watchLibrary((l) => {
        // An open card redraws with the new templates and FAQ, as the Gmail sidebar does.
        this.library = l;
        if (this.cardId) this.renderCard();
      }),
    );
  }

  stop(): void {
    this.observer?.stop();
    this.writer.stop();
    this.liveLint?.stop();
    this.observer = null;
    this.liveLint = null;
    this.closeCard();
    for (const off of this.unwatch) off();
    this.unwatch = [];
  }

  private applySettings(settings: Settings): void {
    const wasOn = this.settings?.sites.facebook ?? false;
    this.settings = settings;
    this.locale = resolveUiLocale(settings.uiLanguage, navigator.language);
    if (settings.sites.facebook && !wasOn) this.startWatching();
    if (!settings.sites.facebook && wasOn) this.stopWatching();
    if (settings.sites.facebook && wasOn) this.recordShownComplaints();
  }

  /**
   * After a settings change (this page just added to the monitored pages from the popup, or
   * auto-record turned on), the complaints already on screen are recorded at once rather
   * than on the next visit.
   */
  private recordShownComplaints(): void {
    if (!this.settings.autoRecord) return;
    for (const [id, { element, detection }] of this.tracked) {
      if (!detection.complaint || this.recorded.has(id) || !element.isConnected || !this.isMonitored(element)) continue;
      this.queueCapture(id);
    }
  }

  private startWatching(): void {
    // The detector's one-time preparation runs in idle slices first, so the first comment
    // judged does not block the page with it.
    const token = (this.watching = {});
    const prepare = () =>
      requestIdle(() => {
        if (this.watching !== token) return;
        const until = performance.now() + PREPARE_SLICE_MS;
        if (prepareDetector(() => performance.now() < until)) this.startObserving();
        else prepare();
      });
    prepare();
  }

  private startObserving(): void {
    this.observer = new CommentObserver(
      this.doc,
      {
        onComment: (el, comment, previous) => this.onComment(el, comment, previous),
        onGone: (ids) => this.onGone(ids),
        onDrained: () => this.writer.flushSoon(),
      },
      { isOwnNode: (node) => isOwnNode(node), pageUrl: () => location.href },
    );
    this.observer.start();
    this.liveLint = new LiveLint(this.doc, {
      isEditor: (el) => el.matches(COMPOSER_EDITOR) && !el.closest('[data-tactful]'),
      lintOptions: (editor) => this.lintOptionsFor(editor),
      t: assistTranslator(this.locale),
    });
    this.liveLint.start();
  }

  private stopWatching(): void {
    this.watching = null;
    this.observer?.stop();
    this.writer.stop();
    this.liveLint?.stop();
    this.observer = null;
    this.liveLint = null;
    this.closeCard();
    for (const id of this.tracked.keys()) removeMarkers(this.doc, id);
    this.tracked.clear();
  }

  private isMonitored(element: Element): boolean {
    const entry = this.contextEntry(element);
    if (entry.monitoredFor !== this.settings) {
      entry.monitoredFor = this.settings;
      entry.monitored = isMonitoredPage(this.settings, entry.context.pageUrls);
    }
    return entry.monitored;
  }

  /** The post context of a comment, cached per post container (and address, for SPA navigation). */
  private contextOf(element: Element): PostContext {
    return this.contextEntry(element).context;
  }

  private contextEntry(element: Element): ContextEntry {
    const container = element.parentElement?.closest(POST_CONTAINER) ?? this.doc;
    const cached = this.contexts.get(container);
    if (cached && cached.href === location.href && cached.title === this.doc.title) return cached;
    const entry: ContextEntry = {
      href: location.href,
      title: this.doc.title,
      context: postContextOf(element, this.doc, location),
      monitoredFor: null,
      monitored: false,
    };
    this.contexts.set(container, entry);
    return entry;
  }

  private onComment(element: Element, comment: FacebookComment, previous: FacebookComment | null): void {
    if (isPageAuthor(comment, this.contextOf(element))) return; // the page's own replies
    const detection = detect(comment.text, { sensitivity: this.settings.sensitivity });
    this.tracked.set(comment.id, { element, comment, detection });
    const id = comment.id;
    if (detection.complaint) {
      const t = assistTranslator(this.locale);
      // Found while reading (the writes of a frame should only write); checked again at write time.
      const found = badgeAnchor(element);
      this.writer.queueWrite(`badge:${id}`, {
        write: () => {
          if (!element.isConnected) return;
          const anchor = found?.isConnected && element.contains(found) ? found : badgeAnchor(element);
          // Hovering or focusing a badge starts loading the card's code, so that a click rarely waits for it.
          if (anchor)
            renderBadge(
              anchor,
              id,
              detection,
              t,
              (host) => this.openCard(id, host),
              () => void this.loadCardView(),
            );
        },
      });
    } else if (hasMarkers(id) || this.settings.showNeutralMarkers) {
      this.writer.queueWrite(`badge:${id}`, {
        write: () => {
          removeMarkers(this.doc, id);
          const anchor = element.isConnected ? badgeAnchor(element) : null;
          if (anchor && this.settings.showNeutralMarkers)
            renderNeutralMarker(anchor, id, 'Tactful: not a complaint', (host) => this.openCard(id, host));
        },
      });
    } else {
      this.writer.cancel(`badge:${id}`);
    }
    const monitored = this.settings.autoRecord && this.isMonitored(element);
    const recorded = this.recorded.has(comment.id);
    if ((detection.complaint && monitored) || (recorded && previous && previous.text !== comment.text)) {
      this.queueCapture(comment.id);
    } else if (detection.complaint || previous) {
      this.queueLookup(comment.id);
    }
    // Full text behind "See more": expand only when it cannot move what the user is reading
    // (the comment starts below the top of the viewport, so growth goes downwards). The
    // position is read before the frame's writes, so it never forces a layout.
    if (comment.truncated && monitored) {
      this.writer.queueWrite(`expand:${id}`, {
        measure: () => element.isConnected && element.getBoundingClientRect().top >= 0,
        write: (below) => {
          if (below) seeMoreButton(element)?.click();
        },
      });
    }
    if (this.cardId === comment.id) this.renderCard();
  }

  private onGone(ids: string[]): void {
    const keys = ids.filter((id) => this.recorded.has(id)).map(sourceKeyOf);
    for (const id of ids) {
      this.tracked.delete(id);
      this.writer.cancel(`badge:${id}`);
      this.writer.cancel(`expand:${id}`);
    }
    if (keys.length) void send({ type: 'cases.markGone', sourceKeys: keys }).catch(() => {});
    if (this.cardId && ids.includes(this.cardId)) this.closeCard();
  }

  /** Looks up, in batches, which complaints are already recorded (so edits append versions). */
  private queueLookup(id: string): void {
    if (this.recorded.has(id)) return;
    this.lookupQueue.add(id);
    this.lookupTimer ??= setTimeout(() => {
      this.lookupTimer = null;
      const ids = [...this.lookupQueue];
      this.lookupQueue.clear();
      void send({ type: 'cases.bySourceKeys', sourceKeys: ids.map(sourceKeyOf) })
        .then(({ cases }) => {
          for (const c of cases) {
            const id = c.sourceKey.replace('facebook:comment:', '');
            this.recorded.set(id, c);
            // A recorded comment seen with a different text than recorded: let capture decide.
            if (this.tracked.has(id)) this.queueCapture(id);
          }
          if (this.cardId) this.renderCard();
        })
        .catch(() => {});
    }, 400);
  }

  /**
   * Automatic captures wait until the comments on screen are read and badged (each capture
   * serialises the comment and makes the background hash and store it, which competes for
   * the same CPU), then run a few per idle slice, in order.
   */
  private queueCapture(id: string): void {
    this.captureQueue.add(id);
    if (this.captureScheduled) return;
    this.captureScheduled = true;
    const run = (): void =>
      requestIdle(() => {
        if (this.observer?.busy || this.writer.busy) {
          setTimeout(run, 100);
          return;
        }
        const started = performance.now();
        for (const next of this.captureQueue) {
          if (performance.now() - started >= 8) break;
          this.captureQueue.delete(next);
          void this.capture(next).catch(() => {});
        }
        if (this.captureQueue.size) run();
        else this.captureScheduled = false;
      });
    run();
  }

  /** Records the comment verbatim (the background dedupes and appends versions). */
  private async capture(id: string): Promise<CaseSummary> {
    const entry = this.tracked.get(id);
    if (!entry) throw new Error('This comment is no longer on the page.');
    const fresh = extractComment(entry.element, location.href) ?? entry.comment;
    const context = this.contextOf(entry.element);
    const { detection } = entry;
    const result = await send({
      type: 'capture',
      capture: {
        source: 'facebook',
        sourceKey: sourceKeyOf(id),
        url: fresh.permalink || context.postUrl,
        context: context.pageName,
        author: { name: fresh.authorName, contact: fresh.authorUrl },
        text: fresh.text,
        truncated: fresh.truncated,
        parentKey: fresh.parentId ? sourceKeyOf(fresh.parentId) : null,
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
    this.recorded.set(id, result.case);
    return result.case;
  }

  private lintOptionsFor(editor: HTMLElement) {
    if (!this.settings.sites.facebook) return null;
    const article = nearestCommentBefore(editor);
    // Live lint runs on monitored pages (see the Facebook issue); badges work everywhere.
    const scope = article ?? editor;
    if (!this.isMonitored(scope)) return null;
    const tracked = article ? [...this.tracked.values()].find((t) => t.element === article) : undefined;
    return {
      kind: 'public' as const,
      settings: this.settings,
      detection: tracked?.detection,
      customerText: tracked?.comment.text,
      uiLocale: this.locale,
    };
  }

  // ---- suggestion card ----

  private openCard(id: string, badgeHost: HTMLElement): void {
    this.cardId = id;
    this.cardReturnFocus = badgeHost;
    this.renderCard();
  }

  private closeCard(): void {
    this.cardView?.unmount();
    this.cardView = null;
    this.cardId = null;
    const back = this.cardReturnFocus?.shadowRoot?.querySelector('button');
    this.cardReturnFocus = null;
    back?.focus();
  }

  /**
   * Imports React and the card (a chunk of their own), once: when a badge is first hovered
   * or focused, or on the first click. Not at page load: evaluating React DOM is a task of
   * 10–30 ms, which under load stretched past 50 ms when it was preloaded while idle.
   */
  private loadCardView(): Promise<void> {
    return (this.cardViewLoading ??= import('./card-view').then(
      (view) => {
        this.createCardView = view.createCardView;
      },
      (err: unknown) => {
        this.cardViewLoading = null; // tried again on the next click
        console.error('Tactful could not load the suggestion card.', err);
      },
    ));
  }

  private renderCard(): void {
    const id = this.cardId;
    const entry = id ? this.tracked.get(id) : undefined;
    if (!id || !entry) return;
    if (!this.createCardView) {
      void this.loadCardView().then(() => this.createCardView && this.renderCard());
      return;
    }
    const badge = findBadge(this.doc, id);
    const anchor = (badge ?? entry.element).getBoundingClientRect();
    // The comment's text bubble (the article holds the action row too).
    const commentRect = (entry.element.firstElementChild ?? entry.element).getBoundingClientRect();
    this.cardView ??= this.createCardView(this.cardContainer);
    this.cardView.render({
      key: id,
      comment: entry.comment,
      detection: entry.detection,
      anchor,
      commentRect,
      caseSummary: this.recorded.get(id) ?? null,
      settings: this.settings,
      library: this.library,
      locale: this.locale,
      actions: {
        close: () => this.closeCard(),
        insertPublic: (text) => this.insertPublic(id, text),
        copyPrivate: async (text) => {
          const ok = await copyText(text);
          if (ok)
            void send({ type: 'case.draftUsed', sourceKey: sourceKeyOf(id), kind: 'private', text }).catch(() => {});
          return ok;
        },
        record: () => this.capture(id),
        openCase: (caseId) => void send({ type: 'dashboard.open', caseId }),
      },
    });
  }

  private async insertPublic(id: string, text: string): Promise<'inserted' | 'copied' | 'failed'> {
    const entry = this.tracked.get(id);
    if (!entry) return 'failed';
    const editor = await openReplyComposer(entry.element);
    const inserted = editor ? await typeIntoEditor(editor, text) : false;
    if (inserted) {
      void send({ type: 'case.draftUsed', sourceKey: sourceKeyOf(id), kind: 'public', text }).catch(() => {});
      return 'inserted';
    }
    return (await copyText(text)) ? 'copied' : 'failed';
  }
}

/** Nodes Tactful adds to the page (badges, markers, live-lint chip, card host). */
function isOwnNode(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(el?.closest('[data-tactful], tactful-card'));
}

/** The comment a reply editor answers: the last comment article before it in its list item. */
function nearestCommentBefore(editor: Element): Element | null {
  const li = editor.closest('li');
  if (!li) return null;
  const articles = [...li.querySelectorAll(COMMENT_ARTICLE)].filter(
    (a) => a.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return articles[articles.length - 1] ?? null;
}
