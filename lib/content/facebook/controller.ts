import { detect, prepareDetector } from '../../detect';
import type { DetectionResult } from '../../detect/types';
import type { LoadedSettings } from '../../settings/parse';
import type { Settings } from '../../settings/schema';
import {
  badgeAnchor,
  commentOfReplyBox,
  CommentObserver,
  extractComment,
  isPageAuthor,
  isReplyBox,
  PostContexts,
  seeMoreButton,
  type FacebookComment,
} from '../../sites/facebook';
import { ActivityMarker } from '../activity';
import { describeCaptureFailure, type CaptureFailure } from '../capture-failure';
import { copyText } from '../clipboard';
import { FrameWriter } from '../frame-writer';
import { requestIdle } from '../idle';
import { assistTranslator } from '../i18n';
import { LiveLint } from '../live-lint';
import { SiteSession } from '../site-session';
import {
  findBadge,
  hasMarkers,
  removeAllMarkers,
  removeMarkers,
  renderBadge,
  renderNeutralMarker,
  setBadgeProblem,
} from './badges';
import { CaptureQueue, commentCapture, sourceKeyOf } from './capture-queue';
import { insertReply } from './insert';
import { CardManager, type CardActions, type CreateCardView } from './card-manager';

export { sourceKeyOf };

/** Longest slice of the detector's one-time preparation (under the 50 ms long-task bar with room for the page). */
const PREPARE_SLICE_MS = 12;

interface Tracked {
  element: Element;
  comment: FacebookComment;
  detection: DetectionResult;
}

/** Tactful's own UI on the page: a shadow-root host, and the container inside it where the card renders. */
export interface FacebookUi {
  host: HTMLElement;
  cardContainer: HTMLElement;
  /** Takes the host off the page (the extension context is gone). */
  remove: () => void;
}

/**
 * Facebook content-script logic: badges on complaints as comments render (the observer reads
 * them in idle slices, the frame writer draws them), the suggestion card (CardManager),
 * insertion into the comment's own reply box, verbatim capture (CaptureQueue; automatic on
 * monitored pages) and live lint on comment and reply boxes. The session (SiteSession) switches
 * it on and off. The entry files only create it.
 */
export class FacebookController {
  private readonly session: SiteSession;
  private readonly writer: FrameWriter;
  private readonly contexts: PostContexts;
  private readonly captures: CaptureQueue;
  private readonly cards: CardManager;
  private readonly activity: ActivityMarker;
  private readonly tracked = new Map<string, Tracked>();
  private observer: CommentObserver | null = null;
  private liveLint: LiveLint | null = null;
  /** Set while watching; a preparation step started for an earlier start sees it changed and stops. */
  private watching: object | null = null;
  /** Insertions under way (the activity marker counts them). */
  private inserting = 0;

  constructor(
    private readonly doc: Document,
    ui: FacebookUi,
    loadCardView: () => Promise<CreateCardView>,
  ) {
    this.session = new SiteSession(
      doc,
      'facebook',
      {
        start: () => this.startWatching(),
        stop: () => this.stopWatching(),
        settingsChanged: () => this.recordShownComplaints(),
        libraryChanged: () => this.cards.refresh(),
      },
      ui.remove,
    );
    this.writer = new FrameWriter(doc.defaultView ?? window, { intervalMs: 400, sliceMs: 16 });
    this.contexts = new PostContexts(doc, location);
    this.captures = new CaptureQueue((m) => this.session.send(m), {
      captureOf: (id) => this.captureInputOf(id),
      deferred: () => Boolean(this.observer?.busy || this.writer.busy),
      isTracked: (id) => this.tracked.has(id),
      changed: (id) => this.caseChanged(id),
      activity: () => this.activity.update(),
    });
    this.cards = new CardManager(
      ui.cardContainer,
      loadCardView,
      (id) => this.cardData(id),
      (id) => this.cardActions(id),
      () => this.activity.update(),
    );
    this.activity = new ActivityMarker(ui.host, () => this.busy);
  }

  /** Reads the settings (unless already being read) and the library, then starts watching. */
  start(settingsLoading?: Promise<LoadedSettings>): Promise<void> {
    return this.session.begin(settingsLoading);
  }

  stop(): void {
    this.session.end();
  }

  private get settings(): Settings {
    return this.session.settings;
  }

  /** Work is queued: the detector preparing, comments to read, badges to write, captures or lookups pending. */
  private get busy(): boolean {
    if (!this.session.active) return false;
    return Boolean(
      !this.observer ||
      this.observer.busy ||
      this.writer.busy ||
      this.captures.busy ||
      this.cards.busy ||
      this.inserting > 0,
    );
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
    this.activity.update();
  }

  private startObserving(): void {
    this.observer = new CommentObserver(
      this.doc,
      {
        onComment: (el, comment, previous) => this.onComment(el, comment, previous),
        onGone: (ids) => this.onGone(ids),
        onDrained: () => {
          this.writer.flushSoon();
          this.activity.update();
        },
      },
      { isOwnNode, postKey: () => location.pathname },
    );
    this.observer.start();
    this.liveLint = new LiveLint(this.doc, {
      isEditor: isReplyBox,
      lintOptions: (editor) => this.lintOptionsFor(editor),
      t: assistTranslator(this.session.locale),
    });
    this.liveLint.start();
  }

  private stopWatching(): void {
    this.watching = null;
    this.observer?.stop();
    this.writer.stop();
    this.liveLint?.stop();
    this.captures.stop();
    this.activity.stop();
    this.observer = null;
    this.liveLint = null;
    this.cards.close();
    removeAllMarkers();
    this.tracked.clear();
  }

  /**
   * After a settings change (this page just added to the monitored pages from the popup, or
   * auto-record turned on), the complaints already on screen are recorded at once rather
   * than on the next visit.
   */
  private recordShownComplaints(): void {
    if (!this.settings.autoRecord) return;
    for (const [id, { element, comment, detection }] of this.tracked) {
      if (!detection.complaint || this.captures.isRecorded(id) || !element.isConnected) continue;
      if (this.contexts.isMonitored(element, comment, this.settings)) this.captures.queueCapture(id);
    }
    this.activity.update();
  }

  private onComment(element: Element, comment: FacebookComment, previous: FacebookComment | null): void {
    if (isPageAuthor(comment, this.contexts.of(element, comment))) return; // the page's own replies
    const detection = detect(comment.text, { sensitivity: this.settings.sensitivity });
    this.tracked.set(comment.id, { element, comment, detection });
    const id = comment.id;
    if (detection.complaint) this.queueBadge(element, id, detection);
    else if (hasMarkers(id) || this.settings.showNeutralMarkers) {
      this.writer.queueWrite(`badge:${id}`, {
        write: () => {
          removeMarkers(id);
          const anchor = element.isConnected ? badgeAnchor(element) : null;
          if (anchor && this.settings.showNeutralMarkers)
            renderNeutralMarker(anchor, id, 'Tactful: not a complaint', (host) => this.openCard(id, host));
        },
      });
    } else this.writer.cancel(`badge:${id}`);
    const monitored = this.settings.autoRecord && this.contexts.isMonitored(element, comment, this.settings);
    const recorded = this.captures.isRecorded(id);
    if ((detection.complaint && monitored) || (recorded && previous && previous.text !== comment.text))
      this.captures.queueCapture(id);
    else if (detection.complaint || previous) this.captures.lookup(id);
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
    this.cards.refresh(id);
  }

  private queueBadge(element: Element, id: string, detection: DetectionResult): void {
    const t = assistTranslator(this.session.locale);
    // Found while reading (the writes of a frame should only write); checked again at write time.
    const found = badgeAnchor(element);
    this.writer.queueWrite(`badge:${id}`, {
      write: () => {
        if (!element.isConnected) return;
        const anchor = found?.isConnected && element.contains(found) ? found : badgeAnchor(element);
        if (!anchor) return;
        // Hovering or focusing a badge starts loading the card's code, so that a click rarely waits for it.
        renderBadge(
          anchor,
          id,
          detection,
          t,
          (host) => this.openCard(id, host),
          () => void this.cards.prepare(),
        );
        const failed = this.captures.failureOf(id);
        if (failed) setBadgeProblem(id, describeCaptureFailure(failed.failure, this.session.locale, failed.attempts));
      },
    });
  }

  private onGone(ids: string[]): void {
    const keys = ids.filter((id) => this.captures.isRecorded(id)).map(sourceKeyOf);
    for (const id of ids) {
      this.tracked.delete(id);
      this.writer.cancel(`badge:${id}`);
      this.writer.cancel(`expand:${id}`);
    }
    if (keys.length) void this.session.send({ type: 'cases.markGone', sourceKeys: keys }).catch(() => {});
    if (this.cards.openId && ids.includes(this.cards.openId)) this.cards.close();
  }

  /** A comment's case or capture failure changed: its badge and open card show it. */
  private caseChanged(id: string): void {
    const failed = this.captures.failureOf(id);
    setBadgeProblem(id, failed ? describeCaptureFailure(failed.failure, this.session.locale, failed.attempts) : null);
    this.cards.refresh(id);
    this.activity.update();
  }

  /** The capture of a tracked comment, read again from the page (its text may have changed since). */
  private captureInputOf(id: string) {
    const entry = this.tracked.get(id);
    if (!entry || !entry.element.isConnected) return null;
    const fresh = extractComment(entry.element, location.pathname) ?? entry.comment;
    return commentCapture(fresh, this.contexts.of(entry.element, fresh), entry.detection);
  }

  private lintOptionsFor(editor: HTMLElement) {
    if (!this.session.active) return null;
    const article = commentOfReplyBox(editor);
    const tracked = article ? [...this.tracked.values()].find((t) => t.element === article) : undefined;
    // Live lint runs on monitored pages (see the Facebook issue); badges work everywhere.
    const monitored = tracked
      ? this.contexts.isMonitored(tracked.element, tracked.comment, this.settings)
      : this.contexts.isMonitored(editor, { permalink: '' }, this.settings);
    if (!monitored) return null;
    return {
      kind: 'public' as const,
      settings: this.settings,
      detection: tracked?.detection,
      customerText: tracked?.comment.text,
      uiLocale: this.session.locale,
    };
  }

  private openCard(id: string, badgeHost: HTMLElement): void {
    if (!this.session.checkContext()) return;
    this.cards.open(id, badgeHost);
    if (!this.captures.isRecorded(id)) this.captures.lookup(id);
  }

  private cardData(id: string) {
    const entry = this.tracked.get(id);
    if (!entry) return null;
    const anchor = (findBadge(this.doc, id) ?? entry.element).getBoundingClientRect();
    const failed = this.captures.failureOf(id);
    return {
      comment: entry.comment,
      detection: entry.detection,
      anchor,
      // The comment's text bubble (the article holds the action row too).
      commentRect: (entry.element.firstElementChild ?? entry.element).getBoundingClientRect(),
      caseSummary: this.captures.caseOf(id),
      captureProblem: failed ? describeCaptureFailure(failed.failure, this.session.locale, failed.attempts) : null,
      settings: this.settings,
      library: this.session.library,
      locale: this.session.locale,
    };
  }

  private cardActions(id: string): CardActions {
    return {
      close: () => this.cards.close(),
      insertPublic: (text) => this.insertPublic(id, text),
      copyPrivate: async (text) => {
        const ok = await copyText(text);
        if (ok)
          void this.session
            .send({ type: 'case.draftUsed', sourceKey: sourceKeyOf(id), kind: 'private', text })
            .catch(() => {});
        return ok;
      },
      record: async () => {
        try {
          return await this.captures.captureNow(id);
        } catch (failure) {
          // The card shows the message.
          throw new Error(describeCaptureFailure(failure as CaptureFailure, this.session.locale));
        }
      },
      openCase: (caseId) => void this.session.send({ type: 'dashboard.open', caseId }).catch(() => {}),
    };
  }

  private async insertPublic(id: string, text: string): Promise<'inserted' | 'copied' | 'failed'> {
    this.inserting++;
    this.activity.update();
    try {
      return await this.insertInto(id, text);
    } finally {
      this.inserting--;
      this.activity.update();
    }
  }

  private async insertInto(id: string, text: string): Promise<'inserted' | 'copied' | 'failed'> {
    const entry = this.tracked.get(id);
    if (!entry) return 'failed';
    const result = await insertReply(entry.element, text);
    if (result === 'inserted')
      void this.session
        .send({ type: 'case.draftUsed', sourceKey: sourceKeyOf(id), kind: 'public', text })
        .catch(() => {});
    return result;
  }
}

/** Nodes Tactful adds to the page (badges, markers, live-lint chip, card host, notices). */
function isOwnNode(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(el?.closest('[data-tactful], tactful-card'));
}
