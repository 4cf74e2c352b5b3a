import type { Settings } from '../../settings/schema';
import { cleanUrl } from './comment';
import { POST_CONTAINER, POST_HEADER_LINK } from './selectors';

/** Facebook path segments that are not page names. */
const RESERVED = new Set(['permalink.php', 'photo', 'photo.php', 'watch', 'groups', 'story.php', 'profile.php', 'posts', 'videos', 'reel', 'events', 'home.php', '']);

/** The page a Facebook URL belongs to: its vanity name, or `id:<n>` for numeric pages. */
export function pageKeyOfUrl(href: string): string | null {
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
}

/** Context of the post a comment belongs to. */
export function postContextOf(comment: Element, doc: Document, location: Location | URL): PostContext {
  const post = comment.parentElement?.closest(POST_CONTAINER) ?? doc.body;
  const header = post.querySelector<HTMLAnchorElement>(POST_HEADER_LINK) ?? doc.querySelector<HTMLAnchorElement>(POST_HEADER_LINK);
  const headerName = (header?.textContent ?? '').trim();
  const title = doc.title.replace(/\s*\|\s*Facebook\s*$/i, '').trim();
  return {
    pageName: headerName || title,
    pageUrls: [location.href, ...(header?.href ? [header.href] : [])],
    postUrl: cleanUrl(location.href, ['story_fbid', 'id', 'fbid', 'v']),
  };
}

/** The page answering under its own post (its replies are not customer comments). */
export function isPageAuthor(comment: { authorName: string; authorUrl: string }, context: PostContext): boolean {
  if (comment.authorName && comment.authorName === context.pageName) return true;
  const author = pageKeyOfUrl(comment.authorUrl);
  return author !== null && context.pageUrls.slice(1).some((u) => pageKeyOfUrl(u) === author);
}
