import type { Settings } from '../../settings/schema';
import { ARTICLE, AUTHOR_LINK, POST_CONTAINER, POST_HEADER_LINK } from './selectors';
import { isCommentArticle } from './thread';
import { cleanUrl } from './urls';

/** Facebook path segments that are not page names. */
const RESERVED = new Set([
  '',
  'permalink.php',
  'photo',
  'photo.php',
  'photos',
  'watch',
  'groups',
  'story.php',
  'profile.php',
  'posts',
  'videos',
  'reel',
  'reels',
  'stories',
  'events',
  'home.php',
  'marketplace',
  'gaming',
  'friends',
  'messages',
  'notifications',
  'settings',
  'bookmarks',
  'saved',
  'search',
  'hashtag',
  'share',
  'sharer.php',
  'sharer',
  'login',
  'login.php',
  'logout.php',
  'help',
  'privacy',
  'policies',
  'business',
  'ads',
  'adsmanager',
  'dialog',
  'l.php',
  'media',
  'me',
  'latest',
  'feeds',
  'live',
  'fundraisers',
  'jobs',
  'games',
  'checkpoint',
]);

/** The page a Facebook URL belongs to: its vanity name, or `id:<n>` for numeric pages. */
export function pageKeyOfUrl(href: string): string | null {
  // Fast path for the plain addresses Tactful itself stores and compares (https://www.facebook.com/<name>…).
  const simple = /^https:\/\/(?:www|web|m)\.facebook\.com\/([A-Za-z0-9.-]+)(?:[/?#]|$)/.exec(href);
  if (simple && !simple[1]!.includes('.php')) {
    const first = simple[1]!.toLowerCase();
    if (first !== 'people' && first !== 'pages') return RESERVED.has(first) ? null : first;
  }
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com');
  } catch {
    return null;
  }
  if (!/(^|\.)facebook\.com$/.test(url.hostname)) return null;
  const first = decodeURIComponent(url.pathname.split('/')[1] ?? '').toLowerCase();
  if (first === 'profile.php' || first === 'permalink.php' || first === 'story.php') {
    const id = url.searchParams.get('id');
    return id ? `id:${id}` : null;
  }
  if (first === 'people' || first === 'pages') {
    const id = url.pathname.split('/').filter(Boolean).pop();
    return id && /^\d+$/.test(id) ? `id:${id}` : null;
  }
  return RESERVED.has(first) ? null : first;
}

/**
 * The address a monitored page is stored under: `https://www.facebook.com/<name>` (lower
 * case, whatever the host, path or tracking parameters of the URL it was taken from), or
 * `https://www.facebook.com/profile.php?id=<n>` for pages without a vanity name. Null when
 * the URL does not name a page (home, groups, a photo viewer without the page in its path…).
 */
export function monitoredPageUrl(href: string): string | null {
  if (!/^https?:\/\//i.test(href)) return null; // a tab's address is absolute; anything else is not a page
  const key = pageKeyOfUrl(href);
  return key ? pageUrlOfKey(key) : null;
}

/** The monitored pages with `href`'s page added (`on`) or every entry for that page removed. */
export function withMonitoredPage(monitoredPages: readonly string[], href: string, on: boolean): string[] {
  const url = monitoredPageUrl(href);
  const key = url && pageKeyOfUrl(url);
  if (!url || !key) return [...monitoredPages];
  const others = monitoredPages.filter((u) => pageKeyOfUrl(u) !== key);
  return on ? [...others, url] : others;
}

/** Whether the post shown belongs to a page listed in the settings' monitored pages. */
export function isMonitoredPage(settings: Pick<Settings, 'monitoredPages'>, pageUrls: readonly string[]): boolean {
  const monitored = new Set(settings.monitoredPages.map(pageKeyOfUrl).filter(Boolean));
  return pageUrls.some((u) => {
    const key = pageKeyOfUrl(u);
    return key !== null && monitored.has(key);
  });
}

export interface PostContext {
  /** The page's display name (a link to the page in the post, else the tab title, else its address name). */
  pageName: string;
  /** Page keys (see pageKeyOfUrl) of the page the post belongs to: whose comment section it is. */
  pageKeys: string[];
  /** URLs that identify that page (for monitored-page matching). */
  pageUrls: string[];
  /** The post's URL without tracking parameters (used when a comment has no permalink). */
  postUrl: string;
}

/** The page a comment's permalink names (`/<page>/posts/…`, `permalink.php?id=…`), if any. */
export function pageKeyOfPermalink(permalink: string): string | null {
  return permalink ? pageKeyOfUrl(permalink) : null;
}

/** A page's address from its key (the inverse of pageKeyOfUrl). */
export function pageUrlOfKey(key: string): string {
  return key.startsWith('id:')
    ? `https://www.facebook.com/profile.php?id=${key.slice(3)}`
    : `https://www.facebook.com/${encodeURIComponent(key)}`;
}

/**
 * Context of the post a comment belongs to. The page comes from the comment's own permalink
 * (`/<page>/posts/<pfbid…>?comment_id=…`): on a shared post the post's first heading link
 * names the original author, while the comment sits under the sharer's post, and the tab's
 * address may be the news feed. Without a permalink, the tab's address and the post's header
 * link are used, as before.
 */
export function postContextOf(
  article: Element,
  permalink: string,
  doc: Document,
  location: Location | URL,
): PostContext {
  const post = article.parentElement?.closest(POST_CONTAINER) ?? doc.body;
  const key = pageKeyOfPermalink(permalink);
  const title = doc.title.replace(/(?<!\s)\s*\|\s*Facebook\s*$/i, '').trim();
  const postUrl = permalink
    ? cleanUrl(permalink, ['story_fbid', 'id', 'fbid', 'v'])
    : cleanUrl(location.href, ['story_fbid', 'id', 'fbid', 'v']);
  if (key) {
    const name = linkTextToPage(post, key) || (pageKeyOfUrl(location.href) === key ? title : '');
    return { pageName: name || key, pageKeys: [key], pageUrls: [pageUrlOfKey(key)], postUrl };
  }
  const header =
    post.querySelector<HTMLAnchorElement>(POST_HEADER_LINK) ?? doc.querySelector<HTMLAnchorElement>(POST_HEADER_LINK);
  const headerKey = header?.href ? pageKeyOfUrl(header.href) : null;
  return {
    pageName: (header?.textContent ?? '').trim() || title,
    pageKeys: headerKey ? [headerKey] : [],
    pageUrls: [location.href, ...(header?.href ? [header.href] : [])],
    postUrl,
  };
}

/** The text of the first link in the post (outside its comments) to the page `key`. */
function linkTextToPage(post: Element, key: string): string | null {
  for (const link of post.querySelectorAll<HTMLAnchorElement>(AUTHOR_LINK)) {
    const href = link.getAttribute('href');
    if (!href || pageKeyOfUrl(link.href) !== key) continue;
    const article = link.closest(ARTICLE);
    if (article && article !== post && isCommentArticle(article)) continue; // the page replying, or a mention
    const text = (link.textContent ?? '').trim();
    if (text) return text;
  }
  return null;
}

/** The page answering under its own post (its replies are not customer comments). */
export function isPageAuthor(comment: { authorName: string; authorUrl: string }, context: PostContext): boolean {
  if (comment.authorName && comment.authorName === context.pageName) return true;
  if (!context.pageKeys.length) return false;
  const author = pageKeyOfUrl(comment.authorUrl);
  return author !== null && context.pageKeys.includes(author);
}
