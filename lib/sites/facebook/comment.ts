import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { ARTICLE, AUTHOR_LINK, AUTHOR_NAME, BUTTON, COMMENT_ID_LINK, TEXT_PARAGRAPH } from './selectors';
import { isCommentArticle, ownCommentLinks, ownElements, parentArticle } from './thread';
import { cleanUrl, commentLinkInfo, type CommentLinkInfo } from './urls';

/** A Facebook comment or reply as Tactful sees it. */
export interface FacebookComment {
  /** The comment id from the comment's own links (numeric), or `fb-<hash>` when it has none. */
  id: string;
  /** Id of the comment this one replies to, for replies. */
  parentId: string | null;
  authorName: string;
  /** Profile URL without tracking parameters. */
  authorUrl: string;
  /** The text exactly as displayed: paragraphs joined by "\n", emoji from their alt text. */
  text: string;
  /** The text is cut behind "See more". */
  truncated: boolean;
  timestampText: string;
  /** Permalink of the comment (no tracking parameters); empty when it has none. */
  permalink: string;
  /** The numeric id of the post the comment is under, from its `comment_id` (stable, unlike `pfbid` addresses). */
  postId: string | null;
}

interface OwnIdentity extends CommentLinkInfo {
  /** The permalink (timestamp) link, when the comment has one besides its author link. */
  permalinkLink: HTMLAnchorElement | null;
}

/**
 * The comment's identity from its own links — never from a link in its text, which the
 * commenter may have pasted from another comment. The timestamp permalink is preferred (it
 * has `reply_comment_id` for replies, and the parent's id in `comment_id`); the author link's
 * base64 `comment_id` decodes to the same comment.
 */
function identityOf(
  article: Element,
  authorLink: HTMLAnchorElement | undefined,
  links: readonly HTMLAnchorElement[] = ownCommentLinks(article),
): OwnIdentity | null {
  // Read with a regex, not `new URL`: this runs for every comment of the page (2 links each).
  let best: OwnIdentity | null = null;
  let bestRank = 0;
  let postId: string | null = null;
  for (const link of links) {
    const info = commentLinkInfo(link.getAttribute('href') ?? '');
    if (!info) continue;
    postId ??= info.postId;
    const isAuthor = link === authorLink;
    // A reply's own id beats its parent's; the timestamp link beats the author link.
    const rank = (info.parentId ? 4 : 2) + (isAuthor ? 0 : 1);
    if (rank <= bestRank) continue;
    bestRank = rank;
    best = { ...info, permalinkLink: isAuthor ? null : link };
  }
  return best && { ...best, postId: best.postId ?? postId };
}

/** The text exactly as displayed: text nodes, emoji images by alt text, line breaks; "See more" buttons skipped. */
export function displayedText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      out += (n as Text).data;
      return;
    }
    if (n.nodeType !== Node.ELEMENT_NODE) return;
    const el = n as Element;
    if (el.getAttribute('role') === 'button' || el.hasAttribute('data-tactful')) return;
    if (el.tagName === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    for (const child of el.childNodes) walk(child);
  };
  walk(node);
  return out;
}

export function textParagraphs(article: Element): HTMLElement[] {
  // Paragraph divs that are not inside the author link and not nested inside another paragraph.
  return ownElements<HTMLElement>(article, TEXT_PARAGRAPH).filter(
    (p) => !p.closest('a') && !p.parentElement?.closest(TEXT_PARAGRAPH),
  );
}

/** "See more": the only button inside a comment's text (whatever the interface language says on it). */
export function seeMoreButton(article: Element): HTMLElement | null {
  return seeMoreIn(textParagraphs(article));
}

function seeMoreIn(paragraphs: readonly Element[]): HTMLElement | null {
  for (const p of paragraphs) {
    const button = p.querySelector<HTMLElement>(BUTTON);
    if (button && !button.closest('[data-tactful]')) return button;
  }
  return null;
}

/** A 64-bit fallback id (SHA-256 prefix) for a comment without any comment link. */
function fallbackId(parts: string): string {
  return `fb-${bytesToHex(sha256(utf8ToBytes(parts)).subarray(0, 8))}`;
}

/** The comment's author: the link (outside the text) whose `span[dir=auto]` holds the display name. */
function authorLinkOf(article: Element): HTMLAnchorElement | undefined {
  return ownElements<HTMLAnchorElement>(article, AUTHOR_LINK).find(
    (a) => !a.closest(TEXT_PARAGRAPH) && a.querySelector(AUTHOR_NAME),
  );
}

/**
 * Extracts a comment from its article element; null when it is not a comment article.
 * `postKey` (the post's address) keeps the fallback id of a comment without links stable.
 */
export function extractComment(article: Element, postKey = ''): FacebookComment | null {
  if (!article.matches(ARTICLE) || article.querySelector(ARTICLE)) return null; // the post, or no article
  const paragraphs = textParagraphs(article);
  // The same test as ownCommentLinks, with the paragraphs at hand (this runs for every comment).
  const inText = (a: Element) => paragraphs.some((p) => p.contains(a));
  const links = ownElements<HTMLAnchorElement>(article, COMMENT_ID_LINK).filter((a) => !inText(a));
  if (!links.length && !isCommentArticle(article)) return null;
  const authorLink = ownElements<HTMLAnchorElement>(article, AUTHOR_LINK).find(
    (a) => !inText(a) && a.querySelector(AUTHOR_NAME),
  );
  const authorName = (authorLink?.querySelector(AUTHOR_NAME)?.textContent ?? '').trim();
  const authorUrl = authorLink ? cleanUrl(authorLink.getAttribute('href') ?? '', ['id']) : '';
  if (!paragraphs.length && !authorName) return null;
  const text = paragraphs.map(displayedText).join('\n');
  const own = identityOf(article, authorLink, links);
  const link = own?.permalinkLink ?? null;
  return {
    // Fallback when there is no comment link: a stable hash of the post, author and first text seen.
    id: own?.id ?? fallbackId(`${postKey}|${authorUrl}|${authorName}|${text.slice(0, 200)}`),
    // A permalink names the parent of a reply (`reply_comment_id`) and none for a comment; without one, the thread does.
    parentId: link ? (own?.parentId ?? null) : (own?.parentId ?? parentIdOf(article)),
    authorName,
    authorUrl,
    text,
    truncated: Boolean(seeMoreIn(paragraphs)),
    timestampText: link ? (link.textContent ?? '').trim() : '',
    permalink: link ? cleanUrl(link.getAttribute('href') ?? '') : '',
    postId: own?.postId ?? null,
  };
}

/** The parent's id of a reply whose own links do not name it: the comment above it in the thread. */
function parentIdOf(article: Element): string | null {
  const parent = parentArticle(article);
  if (!parent) return null;
  return identityOf(parent, authorLinkOf(parent))?.id ?? null;
}

/** The element after which a badge sits: the last text paragraph's wrapper. */
export function badgeAnchor(article: Element): Element | null {
  const paragraphs = textParagraphs(article);
  const last = paragraphs[paragraphs.length - 1];
  return last?.closest('span[dir="auto"]') ?? last ?? null;
}
