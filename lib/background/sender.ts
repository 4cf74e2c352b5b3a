import type { Source } from '../db/types';

/**
 * Where a message to the background came from: one of the sites Tactful's content scripts
 * run on, or one of Tactful's own pages. A capture must name the site it was read on
 * (`source`), so a content script on Facebook cannot file a "Gmail" case, nor the other
 * way round (router.ts answers `source_mismatch`).
 *
 * Tactful's own pages (dashboard, options, popup) may send any capture: they are the
 * extension's own code, which can open the case database directly anyway (the dashboard
 * does), so refusing them would protect nothing. None of them captures today; the records
 * benchmark and some browser tests record through the real message path from one.
 */
export type SenderSite = Source | 'extension';

/** Hosts each site's content script runs on (the manifest's matches). */
const SITE_HOSTS: Record<string, Source> = {
  'mail.google.com': 'gmail',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
};

export interface SenderLike {
  /** The sending frame's address (content scripts) or page's (extension pages). */
  url?: string;
  tab?: { url?: string };
}

/**
 * The site of a message's sender, from the sending frame's address (else its tab's);
 * null when it is neither a Tactful site over https nor an extension page.
 * `extensionBase` is the extension's own root address (`runtime.getURL('/')`).
 */
export function senderSite(sender: SenderLike, extensionBase: string): SenderSite | null {
  const address = sender.url ?? sender.tab?.url;
  if (!address) return null;
  if (extensionBase && address.startsWith(extensionBase)) return 'extension';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port || url.username || url.password) return null;
  return SITE_HOSTS[url.hostname] ?? null;
}
