import { extractComment, type FacebookComment } from './comment';
import { requestIdle, type IdleDeadlineLike } from '../../content/idle';
import { ARTICLE, DIALOG } from './selectors';

export interface CommentObserverCallbacks {
  /** A comment appeared, or its text changed (an edit, or "See more" expanded). */
  onComment: (element: Element, comment: FacebookComment, previous: FacebookComment | null) => void;
  /** Comments that were seen and are no longer in the page. */
  onGone: (ids: string[]) => void;
  /** Every queued comment has been read (a good moment to write what was prepared). */
  onDrained?: () => void;
}

export interface CommentObserverOptions {
  /** Nodes that belong to Tactful itself; their mutations are ignored. */
  isOwnNode: (node: Node) => boolean;
  /** Longest slice of work per idle period, in ms (kept well under the 50 ms long-task bar). */
  sliceMs?: number;
  /** The post's address, for the fallback id of a comment without links (see extractComment). */
  postKey?: () => string;
}

/**
 * Which of two visible copies of one comment carries the badge: the one in a dialog (the
 * comment dialog or photo viewer opened over the feed, where the user is reading), else the
 * one seen first.
 */
function preferredCopy(candidate: Element, current: Element): boolean {
  return Boolean(candidate.closest(DIALOG)) && !current.closest(DIALOG);
}

function isVisible(el: Element): boolean {
  // Facebook keeps hidden duplicate copies of comments: only visible ones count.
  if (typeof (el as HTMLElement).checkVisibility === 'function') return (el as HTMLElement).checkVisibility();
  return (el as HTMLElement).offsetParent !== null;
}

/**
 * Watches the page incrementally: a MutationObserver queues only added or changed
 * articles, which are read in idle-time slices (an article that turns out not to be a
 * comment, such as the post's own, is skipped then). The whole page is scanned once at
 * start; never again.
 */
export class CommentObserver {
  private readonly pending = new Set<Element>();
  private readonly byId = new Map<string, { element: Element; comment: FacebookComment }>();
  /** Other copies of a comment (Facebook duplicates), kept so one can take over when the shown one goes. */
  private readonly spareCopies = new Map<string, Set<Element>>();
  private mutationObserver: MutationObserver | null = null;
  private scheduled = false;
  private goneTimer: ReturnType<typeof setTimeout> | null = null;
  private firstRemovalAt: number | null = null;

  constructor(
    private readonly root: Document,
    private readonly callbacks: CommentObserverCallbacks,
    private readonly options: CommentObserverOptions,
  ) {}

  start(): void {
    for (const el of this.root.querySelectorAll(ARTICLE)) this.pending.add(el);
    this.schedule();
    this.mutationObserver = new MutationObserver((records) => this.onMutations(records));
    this.mutationObserver.observe(this.root.body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.mutationObserver?.disconnect();
    this.mutationObserver = null;
    this.pending.clear();
    this.spareCopies.clear();
    if (this.goneTimer) clearTimeout(this.goneTimer);
    this.goneTimer = null;
    this.firstRemovalAt = null;
  }

  /** Re-reads one comment soon (e.g. after expanding "See more"). */
  refresh(element: Element): void {
    this.pending.add(element);
    this.schedule();
  }

  /** Comments are still queued for reading. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  get(id: string): { element: Element; comment: FacebookComment } | undefined {
    return this.byId.get(id);
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      if (this.options.isOwnNode(record.target)) continue;
      if (record.type === 'characterData') {
        const article = record.target.parentElement?.closest(ARTICLE);
        if (article) this.pending.add(article);
        continue;
      }
      if (!removed) for (const node of record.removedNodes) if (!this.options.isOwnNode(node)) removed = true;
      let ownChange = true;
      for (const node of record.addedNodes) {
        if (this.options.isOwnNode(node)) continue;
        ownChange = false;
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as Element;
        if (el.matches(ARTICLE)) this.pending.add(el);
        else if (el.firstElementChild) for (const inner of el.querySelectorAll(ARTICLE)) this.pending.add(inner);
      }
      if (record.addedNodes.length === 0) ownChange = [...record.removedNodes].every((n) => this.options.isOwnNode(n));
      // A change inside a comment (text edited, "See more" expanded) re-reads that comment.
      if (!ownChange) {
        const article = (record.target as Element).closest?.(ARTICLE);
        if (article) this.pending.add(article);
      }
    }
    if (this.pending.size) this.schedule();
    if (removed) this.scheduleGoneCheck();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestIdle((deadline) => this.process(deadline));
  }

  private process(deadline: IdleDeadlineLike): void {
    this.scheduled = false;
    const sliceMs = this.options.sliceMs ?? 8;
    // A real idle period bounds the slice; a background task or a timed-out idle callback gets
    // one short slice, so work always progresses (slices stay far below the 50 ms long-task bar).
    const budget = deadline.didTimeout ? sliceMs : Math.min(sliceMs, deadline.timeRemaining());
    const started = performance.now();
    let done = 0;
    for (const el of this.pending) {
      if (done > 0 && performance.now() - started >= budget) break;
      this.pending.delete(el);
      done++;
      if (el.isConnected && isVisible(el)) this.read(el);
    }
    if (this.pending.size) this.schedule();
    else this.callbacks.onDrained?.();
  }

  private read(el: Element): void {
    const comment = extractComment(el, this.options.postKey?.() ?? '');
    if (!comment) return;
    const known = this.byId.get(comment.id);
    // A second visible copy of a known comment (Facebook duplicates): one copy is shown, the
    // others are kept aside in case the shown one goes (a dialog closing over the feed).
    if (known && known.element !== el && known.element.isConnected && isVisible(known.element)) {
      if (!preferredCopy(el, known.element)) {
        this.spare(comment.id).add(el);
        return;
      }
      this.spare(comment.id).add(known.element);
    }
    this.spareCopies.get(comment.id)?.delete(el);
    this.byId.set(comment.id, { element: el, comment });
    if (
      known &&
      known.comment.text === comment.text &&
      known.comment.truncated === comment.truncated &&
      known.element === el
    )
      return;
    this.callbacks.onComment(el, comment, known?.comment ?? null);
  }

  private spare(id: string): Set<Element> {
    let copies = this.spareCopies.get(id);
    if (!copies) this.spareCopies.set(id, (copies = new Set()));
    return copies;
  }

  private scheduleGoneCheck(): void {
    // Debounced, but a page that never stops changing still gets checked every few seconds.
    const now = performance.now();
    this.firstRemovalAt ??= now;
    if (this.goneTimer) clearTimeout(this.goneTimer);
    const delay = Math.min(1500, Math.max(0, this.firstRemovalAt + 5000 - now));
    // Facebook re-renders lists; wait for the dust to settle before calling a comment gone.
    this.goneTimer = setTimeout(() => {
      this.goneTimer = null;
      this.firstRemovalAt = null;
      const gone: string[] = [];
      for (const [id, { element }] of this.byId) {
        if (element.isConnected) continue;
        this.byId.delete(id);
        // Another copy still on the page (the feed under a closed dialog) takes over.
        const copies = [...(this.spareCopies.get(id) ?? [])].filter((copy) => copy.isConnected);
        this.spareCopies.delete(id);
        const next = copies.find(isVisible) ?? copies[0];
        if (next) {
          for (const copy of copies) if (copy !== next) this.spare(id).add(copy);
          this.pending.add(next);
          continue;
        }
        gone.push(id);
      }
      for (const [id, copies] of this.spareCopies) {
        for (const copy of copies) if (!copy.isConnected) copies.delete(copy);
        if (!copies.size) this.spareCopies.delete(id);
      }
      if (this.pending.size) this.schedule();
      if (gone.length) this.callbacks.onGone(gone);
    }, delay);
  }
}
