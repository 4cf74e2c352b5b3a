/**
 * Bulk mail (newsletters) is never judged a complaint. But a customer's message can reach the
 * company through a Google Group or another mailing list — many small companies' support
 * address *is* a Google Group — and then it carries the list's footer ("To unsubscribe from
 * this group… send an email to support+unsubscribe@…"), and Gmail shows its own Unsubscribe
 * control for it (the list sets `List-Unsubscribe`). Neither makes it a newsletter: only an
 * unsubscribe link that is not the list's counts, and the list's footer is left out of what
 * is judged.
 */

/** Links that belong to a mailing list's footer, not to the sender (every pattern is linear). */
const LIST_LINK =
  /^mailto:[^?@]*[+-](?:unsubscribe|leave|request|owner)@|:\/\/groups\.google\.com\/|googlegroups\.com|:\/\/(?:[a-z0-9-]+\.)?groups\.io\/|\/mailman\d?\/|\/listinfo\/|\/hyperkitty\//i;
/** The same in a footer's visible text (Google Groups writes the address as the link's text too). */
const LIST_TEXT = /[+-](?:unsubscribe|leave)@|googlegroups\.com|groups\.google\.com|groups\.io\//i;

/** An unsubscribe link's visible text, in the languages Tactful reads. */
export const UNSUBSCRIBE_TEXT = /unsubscribe|取消訂閱|取消订阅|退訂|退订/i;

/** Whether a link is part of a mailing list's or group's footer. */
export function isListLink(href: string, text: string): boolean {
  return LIST_LINK.test(href) || LIST_TEXT.test(text);
}

/** A sender's own unsubscribe link: a newsletter's, not a list footer's. */
export function isSenderUnsubscribeLink(href: string, text: string): boolean {
  if (isListLink(href, text)) return false;
  return UNSUBSCRIBE_TEXT.test(text) || (/unsubscribe/i.test(href) && !href.startsWith('mailto:'));
}

/**
 * Whether a message is bulk mail: a sender's own unsubscribe link, or Gmail's Unsubscribe
 * control when no list footer explains it.
 */
export function isBulk(links: readonly { href: string; text: string }[], gmailUnsubscribe: boolean): boolean {
  if (links.some((l) => isSenderUnsubscribeLink(l.href, l.text))) return true;
  return gmailUnsubscribe && !links.some((l) => isListLink(l.href, l.text));
}

const SEPARATOR = /^(?:--\s?|_{5,}|-{5,})$/;

/**
 * The text without a mailing list's footer: from the signature separator ("-- ", a row of
 * underscores) just above the first footer line, or from that line, to the end.
 */
export function withoutListFooter(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => LIST_TEXT.test(line));
  if (first < 0) return text;
  let cut = first;
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    if (SEPARATOR.test(lines[i]!.trim())) {
      cut = i;
      break;
    }
  }
  // "You received this message because you are subscribed to the Google Groups…" sits between.
  return lines.slice(0, cut).join('\n').trimEnd();
}
