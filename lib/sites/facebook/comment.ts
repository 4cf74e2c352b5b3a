import {
  ANY_ARTICLE,
  AUTHOR_LINK,
  AUTHOR_NAME,
  BUTTON,
  COMMENT_ARTICLE,
  COMMENT_ID_LINK,
  SEE_MORE_LABELS,
  TEXT_PARAGRAPH,
} from './selectors';

/** A Facebook comment or reply as Tactful sees it. */
export interface FacebookComment {
  /** Numeric comment id from the timestamp permalink, or `fb-<hash>` (documented fallback). */
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
  /** Permalink of the comment (no tracking parameters). */
  permalink: string;
}

const TRACKING_PARAMS = /^(__cft__|__tn__|__xts__|comment_tracking|eav|paipv|mibextid|rdid|ref|refid|__eep__)/;

/** Facebook's other hosts for the same pages; records use www so one profile or post has one URL. */
const FACEBOOK_ALIAS_HOST = /^(web|m|mbasic|touch|mobile)\.facebook\.com$/;

/**
 * Removes Facebook's tracking parameters (`__cft__[0]`, `__tn__`…), keeps meaningful ones,
 * and writes web./m.facebook.com links as www.facebook.com.
 */
export function cleanUrl(href: string, keep: readonly string[] = DEFAULT_KEPT_PARAMS): string {
  return cleanUrlFast(href, keep) ?? cleanUrlWithParser(href, keep);
}

const DEFAULT_KEPT_PARAMS = ['id', 'story_fbid', 'fbid', 'comment_id', 'reply_comment_id'];

/** The reference implementation (the URL parser); used when the fast path declines. */
export function cleanUrlWithParser(href: string, keep: readonly string[] = DEFAULT_KEPT_PARAMS): string {
  try {
    const url = new URL(href, 'https://www.facebook.com');
    const params = new URLSearchParams();
    for (const [k, v] of url.searchParams) if (keep.includes(k) && !TRACKING_PARAMS.test(k)) params.set(k, v);
    const query = params.toString();
    const origin = FACEBOOK_ALIAS_HOST.test(url.hostname) ? 'https://www.facebook.com' : url.origin;
    return `${origin}${url.pathname}${query ? `?${query}` : ''}`;
  } catch {
    return href;
  }
}

const SIMPLE_URL = /^https:\/\/([a-z]+\.)?facebook\.com(\/[A-Za-z0-9._~\-/]*)?(?:\?([^#]*))?(?:#.*)?$/;

/**
 * The same result as cleanUrlWithParser for the plain links Facebook writes (https, a
 * facebook.com host, an ASCII path, simple parameter values), without the URL parser: it
 * runs twice for every comment of the page. Returns null for anything else.
 */
function cleanUrlFast(href: string, keep: readonly string[]): string | null {
  const m = SIMPLE_URL.exec(href);
  if (!m) return null;
  const host = `${m[1] ?? ''}facebook.com`;
  const origin = FACEBOOK_ALIAS_HOST.test(host) ? 'https://www.facebook.com' : `https://${host}`;
  const path = m[2] || '/';
  if (/\/\.\.?(\/|$)/.test(path)) return null; // dot segments: let the parser resolve them
  const kept = new Map<string, string>();
  for (const pair of (m[3] ?? '').split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (!/^[A-Za-z0-9_]+$/.test(key)) {
      if (/[%+]/.test(key)) return null; // an encoded name: let the parser decode it
      continue; // e.g. __cft__[0]: never kept
    }
    if (!keep.includes(key) || TRACKING_PARAMS.test(key)) continue;
    if (!/^[A-Za-z0-9._\-*]*$/.test(value)) return null; // would need (re-)encoding
    kept.set(key, value); // like URLSearchParams.set: the first position, the last value
  }
  const query = [...kept].map(([k, v]) => `${k}=${v}`).join('&');
  return `${origin}${path}${query ? `?${query}` : ''}`;
}

/** Decodes `comment_id` forms: numeric, or base64 of "comment:<postId>_<commentId>". */
export function decodeCommentId(raw: string | null): string | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return raw;
  try {
    const decoded = atob(decodeURIComponent(raw));
    const m = /comment:\d+_(\d+)/.exec(decoded);
    return m ? m[1]! : null;
  } catch {
    return null;
  }
}

/** Elements of this article only, not of an article nested in it (replies are in sibling lists, but be safe). */
function ownElements<E extends Element>(article: Element, selector: string): E[] {
  return [...article.querySelectorAll<E>(selector)].filter((el) => el.closest(ANY_ARTICLE) === article);
}

/**
 * The comment id: the timestamp permalink carries numeric `comment_id` (and
 * `reply_comment_id` for replies); the author link carries a base64 `comment_id`
 * ("comment:<postId>_<commentId>"). Numeric reply id > numeric comment id > decoded base64.
 */
function commentIdOf(article: Element): { id: string | null; permalink: string; timestampText: string } {
  // Read with a regex, not `new URL`: this runs for every comment of the page (2 links each).
  let best: { id: string; rank: number; link: HTMLAnchorElement } | null = null;
  for (const link of ownElements<HTMLAnchorElement>(article, COMMENT_ID_LINK)) {
    const href = link.getAttribute('href') ?? '';
    const replyRaw = queryParam(href, 'reply_comment_id');
    const topRaw = queryParam(href, 'comment_id');
    const numericReply = replyRaw && /^\d+$/.test(replyRaw) ? replyRaw : null;
    const numericTop = topRaw && /^\d+$/.test(topRaw) ? topRaw : null;
    const rank = numericReply ? 3 : numericTop ? 2 : 1;
    if (best && best.rank >= rank) continue;
    const id = numericReply ?? numericTop ?? decodeCommentId(replyRaw) ?? decodeCommentId(topRaw);
    if (id) best = { id, rank, link };
  }
  if (!best) return { id: null, permalink: '', timestampText: '' };
  // Only the numeric (timestamp) link is a permalink; the author link's base64 id is not.
  const numeric = best.rank > 1;
  return {
    id: best.id,
    permalink: numeric ? cleanUrl(best.link.getAttribute('href') ?? '') : '',
    timestampText: numeric ? (best.link.textContent ?? '').trim() : '',
  };
}

const PARAM_PATTERNS = new Map<string, RegExp>();

/** A query parameter's value from an href, without parsing the whole URL. */
function queryParam(href: string, name: string): string | null {
  let pattern = PARAM_PATTERNS.get(name);
  if (!pattern) PARAM_PATTERNS.set(name, (pattern = new RegExp(`[?&]${name}=([^&#]*)`)));
  const m = pattern.exec(href);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
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

function isSeeMore(el: Element): boolean {
  const label = (el.textContent ?? '').trim();
  return SEE_MORE_LABELS.some((l) => label === l || label.startsWith(l));
}

export function seeMoreButton(article: Element): HTMLElement | null {
  return seeMoreIn(textParagraphs(article));
}

function seeMoreIn(paragraphs: readonly Element[]): HTMLElement | null {
  for (const p of paragraphs) for (const b of p.querySelectorAll<HTMLElement>(BUTTON)) if (isSeeMore(b)) return b;
  return null;
}

function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The id of the comment a reply answers: the article of the nearest enclosing `li` that is not this one's. */
function parentArticle(article: Element): Element | null {
  let li = article.closest('li')?.parentElement?.closest('li') ?? null;
  while (li) {
    const candidate = [...li.children].flatMap((c) =>
      c.matches(COMMENT_ARTICLE) ? [c] : [...c.querySelectorAll(`:scope > ${COMMENT_ARTICLE}`)],
    )[0];
    if (candidate && candidate !== article) return candidate;
    li = li.parentElement?.closest('li') ?? null;
  }
  return null;
}

/** Extracts a comment from its article element; null when it has no text container. */
export function extractComment(article: Element, pageUrl = ''): FacebookComment | null {
  const paragraphs = textParagraphs(article);
  const authorLink = ownElements<HTMLAnchorElement>(article, AUTHOR_LINK).find((a) => a.querySelector(AUTHOR_NAME));
  const authorName = (authorLink?.querySelector(AUTHOR_NAME)?.textContent ?? '').trim();
  const authorUrl = authorLink ? cleanUrl(authorLink.getAttribute('href') ?? '', ['id']) : '';
  if (!paragraphs.length && !authorName) return null;
  const text = paragraphs.map(displayedText).join('\n');
  const { id, permalink, timestampText } = commentIdOf(article);
  const parent = parentArticle(article);
  const parentInfo = parent ? commentIdOf(parent) : null;
  return {
    // Fallback when there is no permalink: a stable hash of page, author and first text seen.
    id: id ?? `fb-${hashText(`${pageUrl}|${authorUrl}|${authorName}|${text.slice(0, 200)}`)}`,
    parentId: parentInfo?.id ?? null,
    authorName,
    authorUrl,
    text,
    truncated: Boolean(seeMoreIn(paragraphs)),
    timestampText,
    permalink,
  };
}

/** The element after which a badge sits: the last text paragraph's wrapper. */
export function badgeAnchor(article: Element): Element | null {
  const paragraphs = textParagraphs(article);
  const last = paragraphs[paragraphs.length - 1];
  return last?.closest('span[dir="auto"]') ?? last ?? null;
}
