import { extractComment, type FacebookComment } from './comment';
import { COMMENT_ARTICLE } from './selectors';

export interface CommentObserverCallbacks {
  /** A comment appeared, or its text changed (an edit, or "See more" expanded). */
  onComment: (element: Element, comment: FacebookComment, previous: FacebookComment | null) => void;
  /** Comments that were seen and are no longer in the page. */
  onGone: (ids: string[]) => void;
}

export interface CommentObserverOptions {
  /** Nodes that belong to Tactful itself; their mutations are ignored. */
  isOwnNode: (node: Node) => boolean;
  /** Longest slice of work per idle period, in ms (kept well under the 50 ms long-task bar). */
  sliceMs?: number;
  pageUrl?: () => string;
}

type IdleDeadlineLike = { timeRemaining: () => number };
const requestIdle: (cb: (d: IdleDeadlineLike) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 250 })
    : (cb) => setTimeout(() => cb({ timeRemaining: () => 8 }), 16);

function isVisible(el: Element): boolean {
  // Facebook keeps hidden duplicate copies of comments: only visible ones count.
  if (typeof (el as HTMLElement).checkVisibility === 'function') return (el as HTMLElement).checkVisibility();
  return (el as HTMLElement).offsetParent !== null;
}

/**
 * Watches the page incrementally: a MutationObserver queues only added or changed
 * comment nodes, which are processed in idle-time slices. The whole page is scanned once
 * at start; never again.
 */
export class CommentObserver {
  private readonly pending = new Set<Element>();
  private readonly byId = new Map<string, { element: Element; comment: FacebookComment }>();
  private readonly idOf = new WeakMap<Element, string>();
  private mutationObserver: MutationObserver | null = null;
  private scheduled = false;
  private goneTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly root: Document,
    private readonly callbacks: CommentObserverCallbacks,
    private readonly options: CommentObserverOptions,
  ) {}

  start(): void {
    for (const el of this.root.querySelectorAll(COMMENT_ARTICLE)) this.pending.add(el);
    this.schedule();
    this.mutationObserver = new MutationObserver((records) => this.onMutations(records));
    this.mutationObserver.observe(this.root.body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.mutationObserver?.disconnect();
    this.mutationObserver = null;
    this.pending.clear();
    if (this.goneTimer) clearTimeout(this.goneTimer);
  }

  /** Re-reads one comment soon (e.g. after expanding "See more"). */
  refresh(element: Element): void {
    this.pending.add(element);
    this.schedule();
  }

  get(id: string): { element: Element; comment: FacebookComment } | undefined {
    return this.byId.get(id);
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      if (this.options.isOwnNode(record.target)) continue;
      if (record.type === 'characterData') {
        const article = record.target.parentElement?.closest(COMMENT_ARTICLE);
        if (article) this.pending.add(article);
        continue;
      }
      if (record.removedNodes.length) removed = true;
      let ownChange = true;
      for (const node of record.addedNodes) {
        if (this.options.isOwnNode(node)) continue;
        ownChange = false;
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as Element;
        if (el.matches(COMMENT_ARTICLE)) this.pending.add(el);
        else if (el.firstElementChild) for (const inner of el.querySelectorAll(COMMENT_ARTICLE)) this.pending.add(inner);
      }
      if (record.addedNodes.length === 0) ownChange = [...record.removedNodes].every((n) => this.options.isOwnNode(n));
      // A change inside a comment (text edited, "See more" expanded) re-reads that comment.
      if (!ownChange) {
        const article = (record.target as Element).closest?.(COMMENT_ARTICLE);
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
    const started = performance.now();
    for (const el of this.pending) {
      if (performance.now() - started >= sliceMs || deadline.timeRemaining() <= 1) break;
      this.pending.delete(el);
      if (el.isConnected && isVisible(el)) this.read(el);
    }
    if (this.pending.size) this.schedule();
  }

  private read(el: Element): void {
    const comment = extractComment(el, this.options.pageUrl?.() ?? '');
    if (!comment) return;
    const known = this.byId.get(comment.id);
    // A second visible copy of a known comment (Facebook duplicates) is ignored.
    if (known && known.element !== el && known.element.isConnected && isVisible(known.element)) return;
    this.idOf.set(el, comment.id);
    this.byId.set(comment.id, { element: el, comment });
    if (known && known.comment.text === comment.text && known.comment.truncated === comment.truncated && known.element === el) return;
    this.callbacks.onComment(el, comment, known?.comment ?? null);
  }

  private scheduleGoneCheck(): void {
    if (this.goneTimer) clearTimeout(this.goneTimer);
    // Facebook re-renders lists; wait for the dust to settle before calling a comment gone.
    this.goneTimer = setTimeout(() => {
      const gone: string[] = [];
      for (const [id, { element }] of this.byId) {
        if (element.isConnected) continue;
        gone.push(id);
        this.byId.delete(id);
      }
      if (gone.length) this.callbacks.onGone(gone);
    }, 1500);
  }
}
