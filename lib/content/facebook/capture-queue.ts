import type { CaseSummary, Request, RequestType, ResponseMap } from '../../protocol';
import type { CaptureInput } from '../../records/capture-input';
import { sameAuthor } from '../../records/identity';
import { requestIdle } from '../idle';
import type { DetectionResult } from '../../detect/types';
import type { FacebookComment, PostContext } from '../../sites/facebook';
import { captureFailureOf, detectedSnapshot, isTransient, type CaptureFailure } from '../capture-failure';

export const sourceKeyOf = (commentId: string) => `facebook:comment:${commentId}`;
const idOfSourceKey = (key: string) => key.replace('facebook:comment:', '');

/** What is recorded for a comment: its text as displayed, author, permalink, page and parent. */
export function commentCapture(
  comment: FacebookComment,
  context: PostContext,
  detection: DetectionResult,
): CaptureInput {
  return {
    source: 'facebook',
    sourceKey: sourceKeyOf(comment.id),
    url: comment.permalink || context.postUrl,
    context: context.pageName,
    author: { name: comment.authorName, contact: comment.authorUrl },
    text: comment.text,
    truncated: comment.truncated,
    parentKey: comment.parentId ? sourceKeyOf(comment.parentId) : null,
    detected: detectedSnapshot(detection),
  };
}

type Send = <T extends RequestType>(message: Extract<Request, { type: T }>) => Promise<ResponseMap[T]>;

export interface CaptureQueueHooks {
  /** The capture of a tracked comment, read fresh from the page; null when it is gone. */
  captureOf(id: string): CaptureInput | null;
  /** Automatic captures wait while this is true (comments still being read or badged). */
  deferred(): boolean;
  /** Whether the comment is still tracked (a lookup that finds it recorded then checks its text). */
  isTracked(id: string): boolean;
  /** A comment's case or failure changed (redraw its badge or card). */
  changed(id: string): void;
  /** Work started or ended (the activity marker follows at once). */
  activity(): void;
}

/** Waits before trying a capture again after the background did not answer. */
const RETRY_DELAYS_MS = [1000, 3000, 9000];

/**
 * The Facebook comments' side of the case store: which comments are recorded (looked up in
 * batches, so edits append versions), automatic captures (a few per idle slice, after the
 * comments on screen are badged), manual captures from the card, and failures: a background
 * that did not answer is tried again, anything else is kept to be shown on the badge and card.
 */
export class CaptureQueue {
  private readonly recorded = new Map<string, CaseSummary>();
  private readonly failures = new Map<string, { failure: CaptureFailure; attempts: number }>();
  private readonly queue = new Set<string>();
  private readonly lookups = new Set<string>();
  private readonly retryTimers = new Set<ReturnType<typeof setTimeout>>();
  private lookupTimer: ReturnType<typeof setTimeout> | null = null;
  private scheduled = false;
  private inFlight = 0;
  private stopped = false;

  constructor(
    private readonly send: Send,
    private readonly hooks: CaptureQueueHooks,
  ) {}

  caseOf(id: string): CaseSummary | null {
    return this.recorded.get(id) ?? null;
  }

  failureOf(id: string): { failure: CaptureFailure; attempts: number } | null {
    return this.failures.get(id) ?? null;
  }

  isRecorded(id: string): boolean {
    return this.recorded.has(id);
  }

  /** Lookups, captures or retries are pending. */
  get busy(): boolean {
    return this.queue.size > 0 || this.lookups.size > 0 || this.inFlight > 0 || this.retryTimers.size > 0;
  }

  stop(): void {
    this.stopped = true;
    this.queue.clear();
    this.lookups.clear();
    if (this.lookupTimer) clearTimeout(this.lookupTimer);
    this.lookupTimer = null;
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
  }

  /** Looks up, in batches, whether a comment is already recorded (so an edit appends a version). */
  lookup(id: string): void {
    if (this.recorded.has(id) || this.stopped) return;
    this.lookups.add(id);
    this.lookupTimer ??= setTimeout(() => void this.runLookups(), 400);
  }

  private async runLookups(): Promise<void> {
    this.lookupTimer = null;
    const ids = [...this.lookups];
    this.lookups.clear();
    this.inFlight++;
    this.hooks.activity();
    try {
      const { cases } = await this.send({ type: 'cases.bySourceKeys', sourceKeys: ids.map(sourceKeyOf) });
      for (const c of cases) {
        const id = idOfSourceKey(c.sourceKey);
        const mine = this.hooks.captureOf(id);
        if (mine && !sameAuthor(mine.author, { name: c.authorName, contact: c.authorContact })) {
          // Another author's case under this comment's id: it is not this comment's record,
          // and a capture would be refused (author_mismatch) — say so instead of "Open case".
          this.failures.set(id, {
            failure: { code: 'author_mismatch', detail: 'the case under this id has another author' },
            attempts: 1,
          });
          this.hooks.changed(id);
          continue;
        }
        this.recorded.set(id, c);
        // A recorded comment seen with a different text than recorded: let capture decide.
        if (this.hooks.isTracked(id)) this.queueCapture(id);
        this.hooks.changed(id);
      }
    } catch {
      // Not a capture: the comments are looked up again when they change or their card opens.
    } finally {
      this.inFlight--;
      this.hooks.activity();
    }
  }

  /**
   * Queues an automatic capture. Captures wait until the comments on screen are read and
   * badged (each capture serialises the comment and makes the background hash and store it,
   * which competes for the same CPU), then run a few per idle slice, in order.
   */
  queueCapture(id: string): void {
    if (this.stopped) return;
    this.queue.add(id);
    if (this.scheduled) return;
    this.scheduled = true;
    const run = (): void =>
      requestIdle(() => {
        if (this.stopped) return;
        if (this.hooks.deferred()) {
          setTimeout(run, 100);
          return;
        }
        const started = performance.now();
        for (const next of this.queue) {
          if (performance.now() - started >= 8) break;
          this.queue.delete(next);
          void this.capture(next, 0);
        }
        if (this.queue.size) run();
        else this.scheduled = false;
      });
    run();
  }

  /** Records a comment now (the card's Record button); throws the failure for the card to show. */
  async captureNow(id: string): Promise<CaseSummary> {
    const result = await this.attempt(id);
    if ('failure' in result) throw result.failure;
    return result.case;
  }

  private async capture(id: string, attempt: number): Promise<void> {
    const result = await this.attempt(id);
    if (!('failure' in result) || this.stopped) return;
    const { failure } = result;
    const delay = RETRY_DELAYS_MS[attempt];
    if (isTransient(failure) && delay !== undefined) {
      this.retryLater(() => void this.capture(id, attempt + 1), delay);
      return;
    }
    // Shown on the badge and the card until a capture of this comment succeeds.
    this.failures.set(id, { failure, attempts: attempt + 1 });
    this.hooks.changed(id);
  }

  private async attempt(id: string): Promise<{ case: CaseSummary } | { failure: CaptureFailure }> {
    const capture = this.hooks.captureOf(id);
    if (!capture) return { failure: { code: 'gone', detail: '' } };
    this.inFlight++;
    this.hooks.activity();
    try {
      const { case: summary } = await this.send({ type: 'capture', capture });
      this.recorded.set(id, summary);
      this.failures.delete(id);
      this.hooks.changed(id);
      return { case: summary };
    } catch (err) {
      return { failure: captureFailureOf(err) };
    } finally {
      this.inFlight--;
      this.hooks.activity();
    }
  }

  private retryLater(run: () => void, delayMs: number): void {
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      if (!this.stopped) run();
    }, delayMs);
    this.retryTimers.add(timer);
  }
}
