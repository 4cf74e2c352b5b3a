/** Facebook addresses: tracking parameters, host aliases and the comment ids carried in links. */

const TRACKING_PARAMS = /^(__cft__|__tn__|__xts__|comment_tracking|eav|paipv|mibextid|rdid|ref|refid|__eep__)/;

/** Facebook's other hosts for the same pages; records use www so one profile or post has one URL. */
const FACEBOOK_ALIAS_HOST = /^(web|m|mbasic|touch|mobile)\.facebook\.com$/;

const DEFAULT_KEPT_PARAMS = ['id', 'story_fbid', 'fbid', 'comment_id', 'reply_comment_id'];

/**
 * Removes Facebook's tracking parameters (`__cft__[0]`, `__tn__`…), keeps meaningful ones,
 * and writes web./m.facebook.com links as www.facebook.com.
 */
export function cleanUrl(href: string, keep: readonly string[] = DEFAULT_KEPT_PARAMS): string {
  return cleanUrlFast(href, keep) ?? cleanUrlWithParser(href, keep);
}

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

const PARAM_PATTERNS = new Map<string, RegExp>();

/** A query parameter's value from an href, without parsing the whole URL (this runs for every comment). */
export function queryParam(href: string, name: string): string | null {
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

/** A comment reference from a `comment_id` / `reply_comment_id` value. */
export interface CommentRef {
  commentId: string;
  /** The numeric post id, when the value is the base64 form ("comment:<postId>_<commentId>"). */
  postId: string | null;
}

/** Decodes `comment_id` forms: numeric, or base64 of "comment:<postId>_<commentId>" (stable, unlike `pfbid` tokens). */
export function decodeCommentRef(raw: string | null): CommentRef | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return { commentId: raw, postId: null };
  let decoded: string;
  try {
    decoded = atob(decodeURIComponent(raw));
  } catch {
    return null;
  }
  const m = /^comment:(\d+)_(\d+)$/.exec(decoded);
  return m ? { commentId: m[2]!, postId: m[1]! } : null;
}

/** The comment id of a `comment_id` value (see decodeCommentRef). */
export function decodeCommentId(raw: string | null): string | null {
  return decodeCommentRef(raw)?.commentId ?? null;
}

/** What a comment's own link says: its id, its parent's (replies) and the numeric post id when known. */
export interface CommentLinkInfo {
  id: string;
  parentId: string | null;
  postId: string | null;
}

/**
 * Reads a link that carries a comment id: `comment_id` (the comment, or for a reply its parent)
 * and `reply_comment_id` (the reply), each numeric or base64. The numeric post id comes from a
 * base64 value, else from the path (`/posts/<digits>`) or `story_fbid`.
 */
export function commentLinkInfo(href: string): CommentLinkInfo | null {
  const top = decodeCommentRef(queryParam(href, 'comment_id'));
  const reply = decodeCommentRef(queryParam(href, 'reply_comment_id'));
  const own = reply ?? top;
  if (!own) return null;
  const postId =
    reply?.postId ??
    top?.postId ??
    /\/posts\/(\d+)(?:[/?#]|$)/.exec(href)?.[1] ??
    /[?&]story_fbid=(\d+)(?:[&#]|$)/.exec(href)?.[1] ??
    null;
  return { id: own.commentId, parentId: reply && top ? top.commentId : null, postId };
}
