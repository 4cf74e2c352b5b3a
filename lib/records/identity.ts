/**
 * Who wrote a case: the same customer across captures, erasures and imports.
 *
 * A customer is their contact — the email address (Gmail) or the profile link (Facebook) —
 * not their display name: people rename themselves on Facebook, and Gmail shows "Jane",
 * "Jane Miller" or "jane.miller@…" for the same sender depending on the reader's contacts.
 * So two captures have the same author when their normalised contacts are equal, whatever
 * the names say. Only when one side has no contact (the profile link could not be read)
 * do the names decide.
 */

export interface Author {
  name: string;
  contact: string;
}

/** Removes trailing slashes without a regex (no backtracking over a long run of them). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(0, end);
}

/**
 * The form of a contact that compares equal for the same customer:
 * - a Facebook profile link keeps only what names the profile (`facebook.com/<name>` in
 *   lower case — Facebook names ignore case — or `facebook.com/profile.php?id=<n>`), so
 *   `www.`/`web.`/`m.` hosts, tracking parameters, a trailing slash or a `#` do not matter;
 * - other links: lower-case host and path, no fragment;
 * - an email address (or anything else): trimmed, `mailto:` dropped, NFKC, lower case.
 */
export function normalizeContact(contact: string): string {
  const s = contact.trim();
  if (!s) return '';
  if (/^https?:\/\//i.test(s)) {
    let url: URL | null = null;
    try {
      url = new URL(s);
    } catch {
      url = null;
    }
    if (url) {
      const host = url.hostname.toLowerCase();
      const path = withoutTrailingSlashes(url.pathname).toLowerCase();
      if (host === 'facebook.com' || host.endsWith('.facebook.com')) {
        const id = path === '/profile.php' ? url.searchParams.get('id') : null;
        return `facebook.com${path}${id ? `?id=${id}` : ''}`;
      }
      return `${host}${path}${url.search}`;
    }
  }
  return s
    .replace(/^mailto:/i, '')
    .normalize('NFKC')
    .toLowerCase();
}

function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/** Whether two captures were written by the same customer (see the module comment). */
export function sameAuthor(a: Author, b: Author): boolean {
  const contactA = normalizeContact(a.contact);
  const contactB = normalizeContact(b.contact);
  if (contactA && contactB) return contactA === contactB;
  return normalizeName(a.name) === normalizeName(b.name);
}
