import { isBulk, withoutListFooter } from './bulk';
import {
  BODY,
  DATE,
  GMAIL_UNSUBSCRIBE,
  MESSAGE,
  MESSAGE_ITEM,
  QUOTED,
  SENDER,
  SUBJECT,
  THREAD_CONTAINERS,
} from './selectors';

/** One loaded Gmail message. */
export interface GmailMessage {
  /** `data-message-id`, e.g. `#msg-f:1845…` (customer) or `#msg-a:r…` (own). */
  id: string;
  legacyId: string;
  senderName: string;
  /** Lower-cased sender address. */
  senderEmail: string;
  /** Full localised date from the `title` attribute. */
  date: string;
  /** The whole body as displayed — what the record keeps. */
  fullText: string;
  /** The new part only (quoted history, trimmed content and signature removed) — what is analysed. */
  newText: string;
  /** Sent by the signed-in user (Gmail's `msg-a` ids). */
  own: boolean;
  /** A newsletter or other bulk mail (its own unsubscribe link; a mailing list's footer does not count): not a customer writing. */
  bulk: boolean;
  element: Element;
}

export interface GmailThread {
  /** `data-legacy-thread-id` (hex) or the subject's perm id; stable while the thread is open. */
  id: string;
  subject: string;
  /** Expanded messages only, in order (collapsed ones are skipped until expanded). */
  messages: GmailMessage[];
  container: Element;
}

export function isVisible(el: Element): boolean {
  const h = el as HTMLElement;
  if (typeof h.checkVisibility === 'function') return h.checkVisibility();
  return h.offsetParent !== null;
}

/** The visible thread view; Gmail keeps earlier views alive but hidden. */
export function visibleThreadContainer(doc: Document): Element | null {
  for (const selector of THREAD_CONTAINERS) {
    for (const el of doc.querySelectorAll(selector)) if (isVisible(el) && el.querySelector(SUBJECT)) return el;
  }
  return null;
}

const BLOCK = /^(DIV|P|LI|TR|H[1-6]|BLOCKQUOTE|PRE|TABLE|UL|OL|SECTION|ARTICLE)$/;

/** Text of a detached subtree, with line breaks where blocks and <br> would put them. */
export function blockText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      out += (n as Text).data;
      return;
    }
    if (n.nodeType !== Node.ELEMENT_NODE) return;
    const el = n as Element;
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    if (el.tagName === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') return;
    const block = BLOCK.test(el.tagName);
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (const child of el.childNodes) walk(child);
    if (block && out && !out.endsWith('\n')) out += '\n';
  };
  walk(node);
  return out;
}

/** The new part of a body: quoted history, trimmed content, signatures and a mailing list's footer removed. */
export function newPartOf(body: Element): string {
  const clone = body.cloneNode(true) as Element;
  for (const el of clone.querySelectorAll(QUOTED)) el.remove();
  return withoutListFooter(blockText(clone))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function visibleBody(message: Element): HTMLElement | null {
  for (const body of message.querySelectorAll<HTMLElement>(BODY))
    if (isVisible(body) && body.textContent?.trim()) return body;
  return null;
}

/** Open (expanded) per the list item's `aria-expanded` when Gmail sets it; else by a visible body. */
export function isExpanded(message: Element): boolean {
  const expanded = message.closest(MESSAGE_ITEM)?.getAttribute('aria-expanded');
  return expanded !== 'false';
}

export function readMessage(message: Element): GmailMessage | null {
  if (!isExpanded(message)) return null; // collapsed: read when expanded
  const body = visibleBody(message);
  if (!body) return null;
  const sender = message.querySelector(SENDER);
  const id = message.getAttribute('data-message-id') ?? '';
  return {
    id,
    legacyId: message.getAttribute('data-legacy-message-id') ?? '',
    senderName: sender?.getAttribute('name') ?? sender?.textContent?.trim() ?? '',
    senderEmail: (sender?.getAttribute('email') ?? '').toLowerCase(),
    date: message.querySelector(DATE)?.getAttribute('title') ?? '',
    // innerText: the body exactly as Gmail displays it (line breaks included).
    fullText: body.innerText,
    newText: newPartOf(body),
    own: id.includes('msg-a:'),
    bulk: isBulk(
      [...body.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
      message.querySelector(GMAIL_UNSUBSCRIBE) !== null,
    ),
    element: message,
  };
}

/**
 * A cheap fingerprint of what is open (thread, expanded messages, the last body's length),
 * read on every batch of Gmail's DOM changes; the thread is read in full only when it changes.
 */
export function threadFingerprint(doc: Document): string {
  const container = visibleThreadContainer(doc);
  if (!container) return '';
  const subject = container.querySelector(SUBJECT);
  let out = `${subject?.getAttribute('data-legacy-thread-id') ?? ''}|${subject?.textContent ?? ''}`;
  let last: Element | null = null;
  for (const m of container.querySelectorAll(MESSAGE)) {
    if (!isExpanded(m)) continue;
    out += `|${m.getAttribute('data-message-id') ?? ''}`;
    last = m;
  }
  const body = last ? visibleBody(last) : null;
  return `${out}|${body?.textContent?.length ?? 0}`;
}

export function readThread(doc: Document): GmailThread | null {
  const container = visibleThreadContainer(doc);
  if (!container) return null;
  const subjectEl = container.querySelector(SUBJECT)!;
  const id =
    subjectEl.getAttribute('data-legacy-thread-id') ||
    subjectEl.getAttribute('data-thread-perm-id') ||
    subjectEl.textContent ||
    '';
  const messages = [...container.querySelectorAll(MESSAGE)].flatMap((m) => readMessage(m) ?? []);
  return { id, subject: (subjectEl.textContent ?? '').trim(), messages, container };
}

/** The newest message from the customer (not sent by the signed-in user). */
export function latestCustomerMessage(thread: GmailThread, ownEmail?: string): GmailMessage | null {
  const mine = ownEmail?.toLowerCase();
  for (let i = thread.messages.length - 1; i >= 0; i--) {
    const m = thread.messages[i]!;
    if (!m.own && m.senderEmail !== mine) return m;
  }
  return null;
}

/** The signed-in account, from the title ("Inbox (3) - me@example.com - Gmail"). */
export function accountEmail(doc: Document): string | undefined {
  return /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(doc.title)?.[0]?.toLowerCase();
}
