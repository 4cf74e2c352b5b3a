import { ARTICLE, COMMENT_ID_LINK, DIALOG, POST_CONTAINER, TEXT_PARAGRAPH } from './selectors';

/**
 * How comments hang together, read from structure only (no `li`, no label text):
 *   - a comment is an article (`[role=article]`) with its own `comment_id` link outside its
 *     text (its permalink timestamp and its author link); the post's own article holds other
 *     articles instead;
 *   - a comment's *wrapper* is the article's parent element: it holds the article and, after
 *     it, the comment's replies and its reply box. On the 2025 Facebook comments are plain
 *     `div`s; older pages put each in an `li` — both are wrappers.
 *   - so the comment a node belongs to (a reply's parent, a reply box's comment) is the
 *     nearest article that comes before it inside a wrapper that also contains the node.
 */

/** Elements of this article only, not of an article nested in it. */
export function ownElements<E extends Element>(article: Element, selector: string): E[] {
  return [...article.querySelectorAll<E>(selector)].filter((el) => el.closest(ARTICLE) === article);
}

/** The links of an article that carry its comment id: its own, outside the text (where commenters paste links). */
export function ownCommentLinks(article: Element): HTMLAnchorElement[] {
  return ownElements<HTMLAnchorElement>(article, COMMENT_ID_LINK).filter((a) => !a.closest(TEXT_PARAGRAPH));
}

/**
 * Whether an element is a comment or reply article (see the module comment). An article
 * without a comment link still counts when it is labelled (Facebook labels comment articles,
 * never the post's) and has text: its id is then a hash (comment.ts).
 */
export function isCommentArticle(el: Element): boolean {
  if (!el.matches(ARTICLE) || el.querySelector(ARTICLE)) return false;
  if (ownCommentLinks(el).length > 0) return true;
  return Boolean(el.getAttribute('aria-label')?.trim()) && el.querySelector(TEXT_PARAGRAPH) !== null;
}

/** Every comment article under `root` (hidden copies included). */
export function commentArticlesIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll(ARTICLE)].filter(isCommentArticle);
}

/** How many earlier siblings are looked at on each level (wrappers sit right after their comment). */
const SIBLINGS_LOOKED_AT = 8;

/**
 * The comment that `node` sits under, looking from `start` upwards: on each level, the nearest
 * earlier sibling (of the branch that leads to `node`) that is a comment article. Stops at
 * the post (or dialog) that holds the comments.
 */
function commentBefore(start: Element | null, branchStart: Element): Element | null {
  let branch = branchStart;
  for (let el = start; el && el !== el.ownerDocument.body; branch = el, el = el.parentElement) {
    if (isCommentArticle(el)) return el; // nested inside its comment (some layouts)
    let sibling = branch.previousElementSibling;
    for (let i = 0; sibling && i < SIBLINGS_LOOKED_AT; i++, sibling = sibling.previousElementSibling)
      if (isCommentArticle(sibling)) return sibling;
    if (el.matches(POST_CONTAINER) || el.matches(DIALOG)) return null;
  }
  return null;
}

/**
 * The comment a reply answers, through the wrappers: the search starts above the reply's own
 * wrapper, so earlier replies of the same thread (its peers) are never taken for its parent.
 */
export function parentArticle(article: Element): Element | null {
  const wrapper = article.parentElement;
  if (!wrapper) return null;
  return commentBefore(wrapper.parentElement, wrapper);
}

/** The comment a node placed in the comment list belongs to (a reply box, a "View replies" button). */
export function commentOf(node: Element): Element | null {
  return commentBefore(node.parentElement, node);
}

/** The top-level comment of a reply's thread (the comment itself when it is top-level). */
export function threadTop(article: Element): Element {
  let top = article;
  for (let parent = parentArticle(top); parent; parent = parentArticle(top)) top = parent;
  return top;
}
