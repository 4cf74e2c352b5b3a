import type { Settings } from '../../settings/schema';
import type { FacebookComment } from './comment';
import { isMonitoredPage, pageKeyOfPermalink, postContextOf, type PostContext } from './page';
import { POST_CONTAINER } from './selectors';

interface Entry {
  href: string;
  title: string;
  context: PostContext;
  /** Whether the post's page is monitored, for the settings object it was computed with. */
  monitoredFor: Pick<Settings, 'monitoredPages'> | null;
  monitored: boolean;
}

/**
 * Post contexts, looked up once per post container and page (not once per comment), and
 * again after an in-page navigation (address or title changed).
 */
export class PostContexts {
  private readonly byContainer = new WeakMap<Element | Document, Map<string, Entry>>();

  constructor(
    private readonly doc: Document,
    private readonly location: Location | URL,
  ) {}

  /** The context of a comment's post (`permalink` names the page; empty for comments without one). */
  of(article: Element, comment: Pick<FacebookComment, 'permalink'>): PostContext {
    return this.entry(article, comment.permalink).context;
  }

  /** Whether the comment's page is one of the monitored pages. */
  isMonitored(
    article: Element,
    comment: Pick<FacebookComment, 'permalink'>,
    settings: Pick<Settings, 'monitoredPages'>,
  ): boolean {
    const entry = this.entry(article, comment.permalink);
    if (entry.monitoredFor !== settings) {
      entry.monitoredFor = settings;
      entry.monitored = isMonitoredPage(settings, entry.context.pageUrls);
    }
    return entry.monitored;
  }

  private entry(article: Element, permalink: string): Entry {
    const container = article.parentElement?.closest(POST_CONTAINER) ?? this.doc;
    let byPage = this.byContainer.get(container);
    if (!byPage) this.byContainer.set(container, (byPage = new Map()));
    const page = pageKeyOfPermalink(permalink) ?? '';
    const cached = byPage.get(page);
    const href = this.location.href;
    if (cached && cached.href === href && cached.title === this.doc.title) return cached;
    const entry: Entry = {
      href,
      title: this.doc.title,
      context: postContextOf(article, permalink, this.doc, this.location),
      monitoredFor: null,
      monitored: false,
    };
    byPage.set(page, entry);
    return entry;
  }
}
