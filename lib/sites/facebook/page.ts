import type { Settings } from '../../settings/schema';
import { cleanUrl } from './comment';
import { POST_CONTAINER, POST_HEADER_LINK } from './selectors';

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
  if (!key) return null;
  return key.startsWith('id:')
    ? `https://www.facebook.com/profile.php?id=${key.slice(3)}`
    : `https://www.facebook.com/${encodeURIComponent(key)}`;
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
  /** Page name shown on the post (or from the title). */
  pageName: string;
  /** URLs that identify the page: the location and the post header's link. */
  pageUrls: string[];
  /** The post's URL without tracking parameters. */
  postUrl: string;
  /** Page keys (see pageKeyOfUrl) of the post header's link: whose post it is. */
  headerPageKeys: string[];
}

/** Context of the post a comment belongs to. */
export function postContextOf(comment: Element, doc: Document, location: Location | URL): PostContext {
  const post = comment.parentElement?.closest(POST_CONTAINER) ?? doc.body;
  const header =
    post.querySelector<HTMLAnchorElement>(POST_HEADER_LINK) ?? doc.querySelector<HTMLAnchorElement>(POST_HEADER_LINK);
  const headerName = (header?.textContent ?? '').trim();
  const title = doc.title.replace(/(?<!\s)\s*\|\s*Facebook\s*$/i, '').trim();
  const headerKey = header?.href ? pageKeyOfUrl(header.href) : null;
  return {
    pageName: headerName || title,
    pageUrls: [location.href, ...(header?.href ? [header.href] : [])],
    postUrl: cleanUrl(location.href, ['story_fbid', 'id', 'fbid', 'v']),
    headerPageKeys: headerKey ? [headerKey] : [],
  };
}

/** The page answering under its own post (its replies are not customer comments). */
export function isPageAuthor(comment: { authorName: string; authorUrl: string }, context: PostContext): boolean {
  if (comment.authorName && comment.authorName === context.pageName) return true;
  if (!context.headerPageKeys.length) return false;
  const author = pageKeyOfUrl(comment.authorUrl);
  return author !== null && context.headerPageKeys.includes(author);
}
