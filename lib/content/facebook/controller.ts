import { detect, prepareDetector } from '../../detect';
import type { DetectionResult } from '../../detect/types';
import type { LoadedSettings } from '../../settings/parse';
import type { Settings } from '../../settings/schema';
import {
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
import { describeCaptureFailure } from '../capture-failure';
import { ContentCorrections, forEachWhenIdle } from '../corrections';
import { storedCorrections } from '../corrections-source';
import { FrameWriter } from '../frame-writer';
import { requestIdle } from '../idle';
import { assistTranslator } from '../i18n';
import { LiveLint } from '../live-lint';
import { SiteSession } from '../site-session';
import { findBadge, removeAllMarkers, setBadgeProblem } from './badges';
import { CaptureQueue, commentCapture, sourceKeyOf } from './capture-queue';
import { cardActionsFor } from './card-actions';
import { CardManager, type CardActions, type CreateCardView } from './card-manager';
import { VerdictMarks } from './verdict-marks';

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
  private readonly corrections: ContentCorrections;
  private readonly marks: VerdictMarks;
  /** Stops the re-judging under way (a newer change of the corrections starts it again). */
  private stopRejudging: (() => void) | null = null;
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
    this.marks = new VerdictMarks(this.writer, {
      locale: () => this.session.locale,
      showNeutralMarkers: () => this.settings.showNeutralMarkers,
      problemOf: (id) => this.problemOf(id),
      open: (id, host) => this.openCard(id, host),
      prepareCard: () => void this.cards.prepare(),
    });
    this.corrections = new ContentCorrections(storedCorrections, () => this.rejudgeAll());
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
      this.stopRejudging ||
      this.inserting > 0,
    );
  }

  private startWatching(): void {
    // The detector's one-time preparation runs in idle slices first, so the first comment
    // judged does not block the page with it.
    // Comments are judged only once the CSM's corrections are applied, so a comment they said is
    // not a complaint never flashes a badge (nor is recorded) while the corrections load.
    const token = (this.watching = {});
    this.corrections.start();
    const prepare = () =>
      requestIdle(() => {
        if (this.watching !== token) return;
        const until = performance.now() + PREPARE_SLICE_MS;
        if (!prepareDetector(() => performance.now() < until)) return prepare();
        void this.corrections.ready().then(() => this.watching === token && this.startObserving());
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
    this.corrections.stop();
    this.stopRejudging?.();
    this.stopRejudging = null;
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
    const detection = this.judge(comment.text);
    this.tracked.set(comment.id, { element, comment, detection });
    const id = comment.id;
    this.marks.show(element, id, detection);
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

  private judge(text: string): DetectionResult {
    return detect(text, { sensitivity: this.settings.sensitivity, corrections: this.corrections.set });
  }

  /**
   * The corrections changed: every tracked comment is judged again in idle slices, and only
   * those whose verdict moved get a new badge (through the frame writer). A recorded case is
   * never changed or removed here; a comment that now reads as a complaint is recorded only
   * under the usual auto-record rules.
   */
  private rejudgeAll(): void {
    this.stopRejudging?.();
    const done = () => {
      this.stopRejudging = null;
      this.writer.flushSoon();
      this.activity.update();
    };
    this.stopRejudging = forEachWhenIdle([...this.tracked.keys()], (id) => this.rejudge(id), { done });
    this.activity.update();
  }

  private rejudge(id: string): void {
    const entry = this.tracked.get(id);
    if (!entry || !entry.element.isConnected) return;
    const before = entry.detection;
    const detection = (entry.detection = this.judge(entry.comment.text));
    const moved = before.complaint !== detection.complaint || before.severity !== detection.severity;
    if (moved) this.marks.show(entry.element, id, detection);
    if (moved && detection.complaint && !this.captures.isRecorded(id)) {
      const monitored =
        this.settings.autoRecord && this.contexts.isMonitored(entry.element, entry.comment, this.settings);
      if (monitored) this.captures.queueCapture(id);
      else this.captures.lookup(id);
    }
    if (
      moved ||
      before.correction?.id !== detection.correction?.id ||
      before.correction?.match !== detection.correction?.match
    )
      this.cards.refresh(id);
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

  private problemOf(id: string): string | null {
    const failed = this.captures.failureOf(id);
    return failed ? describeCaptureFailure(failed.failure, this.session.locale, failed.attempts) : null;
  }

  /** A comment's case or capture failure changed: its badge and open card show it. */
  private caseChanged(id: string): void {
    setBadgeProblem(id, this.problemOf(id));
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
    return {
      comment: entry.comment,
      detection: entry.detection,
      anchor,
      // The comment's text bubble (the article holds the action row too).
      commentRect: (entry.element.firstElementChild ?? entry.element).getBoundingClientRect(),
      caseSummary: this.captures.caseOf(id),
      decidingCorrection: this.corrections.find(entry.detection.correction?.id),
      captureProblem: this.problemOf(id),
      settings: this.settings,
      library: this.session.library,
      locale: this.session.locale,
    };
  }

  private cardActions(id: string): CardActions {
    return cardActionsFor(id, {
      session: this.session,
      captures: this.captures,
      cards: this.cards,
      commentOf: (commentId) => {
        const entry = this.tracked.get(commentId);
        return entry ? { ...entry, pageName: this.contexts.of(entry.element, entry.comment).pageName } : null;
      },
      inserting: async (work) => {
        this.inserting++;
        this.activity.update();
        try {
          return await work();
        } finally {
          this.inserting--;
          this.activity.update();
        }
      },
    });
  }
}

/** Nodes Tactful adds to the page (badges, markers, live-lint chip, card host, notices). */
function isOwnNode(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(el?.closest('[data-tactful], tactful-card'));
}
