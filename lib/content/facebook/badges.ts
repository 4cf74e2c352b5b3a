import type { DetectionResult } from '../../detect/types';
import type { AssistKey, AssistT } from '../i18n';
import { guardTrustedEvents } from '../trusted-events';
import { BADGE_CSS } from './badge-css';

/**
 * Badges are plain DOM (no React): a page can have thousands. Each is a span in the page with
 * an open shadow root, so the page's CSS cannot touch it. The page-visible host says only that
 * it is Tactful's (`data-tactful="badge-host"`); the verdict and the comment id are inside the
 * shadow root, on the stable test contract `[data-tactful="badge"][data-severity][data-comment-id]`
 * (Playwright's selectors pierce open shadow roots). Untrusted events (a page script's
 * `click()`) are stopped at the shadow root.
 *
 * Hosts are kept in a registry by comment id, so finding or removing a comment's badge
 * never searches the page (a document-wide query costs milliseconds on a long list).
 */
interface BadgeEntry {
  host: HTMLElement;
  open: () => void;
  /** Why the comment could not be recorded, shown on the badge until a capture succeeds. */
  problem: string | null;
}

const badges = new Map<string, BadgeEntry>();
const neutralMarkers = new Map<string, HTMLElement>();

/** Prepared shadow contents per document and label: a badge is one clone (a page can have a thousand). */
const templates = new WeakMap<Document, Map<string, DocumentFragment>>();

/** The shadow content of a badge, built once per document and label with DOM calls (no HTML strings), then cloned. */
function badgeContent(doc: Document, severity: string, label: string): DocumentFragment {
  let byLabel = templates.get(doc);
  if (!byLabel) templates.set(doc, (byLabel = new Map()));
  const key = `${severity}|${label}`;
  let fragment = byLabel.get(key);
  if (!fragment) {
    fragment = doc.createDocumentFragment();
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    const wrap = doc.createElement('span');
    wrap.setAttribute('data-tactful', 'badge');
    wrap.setAttribute('data-severity', severity);
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = `badge sev-${severity}`;
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-describedby', 'tip');
    button.textContent = label;
    const tip = doc.createElement('div');
    tip.id = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.className = 'tip';
    wrap.append(button, tip);
    fragment.append(style, wrap);
    byLabel.set(key, fragment);
  }
  return fragment.cloneNode(true) as DocumentFragment;
}

/**
 * `onIntent` is called when the badge is first hovered or focused (before a click may
 * open the card: the controller starts loading the card's code then).
 */
export function renderBadge(
  anchor: Element,
  commentId: string,
  detection: DetectionResult,
  t: AssistT,
  onOpen: (host: HTMLElement) => void,
  onIntent?: () => void,
): HTMLElement {
  const doc = anchor.ownerDocument;
  let entry = badges.get(commentId);
  if (entry && entry.host.ownerDocument !== doc) entry = undefined;
  if (!entry) {
    const host = doc.createElement('span');
    host.setAttribute('data-tactful', 'badge-host');
    // Not positioned and not inline-block: on a long list every badge that creates its own
    // layer or atomic box adds to the page's pre-paint work; the tooltip's positioning is set
    // on first hover or focus instead.
    host.style.cssText = 'margin-inline-start:6px;line-height:1';
    const shadow = guardTrustedEvents(host.attachShadow({ mode: 'open' }));
    const created: BadgeEntry = { host, open: () => {}, problem: null };
    // Inside the shadow root (behind the guard), so neither `host.click()` nor a forged click opens the card.
    shadow.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      created.open();
    });
    badges.set(commentId, (entry = created));
  }
  const { host } = entry;
  entry.open = () => onOpen(host);
  // New, or moving to the copy of the comment now shown (e.g. in a dialog opened over the feed).
  if (anchor.nextElementSibling !== host) anchor.insertAdjacentElement('afterend', host);
  const content = badgeContent(
    doc,
    detection.severity,
    `${t('complaint')} · ${t(`severity_${detection.severity}` as AssistKey)}`,
  );
  const wrap = content.lastElementChild as HTMLElement;
  wrap.setAttribute('data-comment-id', commentId);
  const button = wrap.firstElementChild as HTMLElement;
  const tip = wrap.lastElementChild as HTMLElement;
  // The signals are written when first needed (hover or focus): most badges are never hovered.
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    onIntent?.();
    host.style.position = 'relative';
    fillTip(tip, detection, t);
  };
  host.onpointerenter = fill;
  button.addEventListener('focus', fill);
  host.shadowRoot!.replaceChildren(content);
  if (entry.problem) showProblem(entry);
  return host;
}

function fillTip(tip: HTMLElement, detection: DetectionResult, t: AssistT): void {
  const signals = detection.signals.filter((s) => s.kind !== 'concrete_fact');
  if (!signals.length) tip.append(t('noSignals'));
  for (const s of signals.slice(0, 6)) {
    const row = document.createElement('div');
    const kind = document.createElement('b');
    kind.textContent = t(`kind_${s.kind}` as AssistKey);
    const mark = document.createElement('mark');
    mark.textContent = s.text; // text, never HTML
    row.append(kind, ' ', mark);
    tip.append(row);
  }
}

/** Marks a badge with why its comment could not be recorded (null clears it). */
export function setBadgeProblem(commentId: string, problem: string | null): void {
  const entry = badges.get(commentId);
  if (!entry || entry.problem === problem) return;
  entry.problem = problem;
  showProblem(entry);
}

function showProblem(entry: BadgeEntry): void {
  const wrap = entry.host.shadowRoot?.querySelector('[data-tactful="badge"]');
  if (!wrap) return;
  wrap.querySelector('.problem')?.remove();
  if (!entry.problem) {
    wrap.removeAttribute('data-problem');
    return;
  }
  const mark = wrap.ownerDocument.createElement('span');
  mark.className = 'problem';
  mark.setAttribute('role', 'img');
  mark.setAttribute('aria-label', entry.problem);
  mark.title = entry.problem;
  mark.textContent = '!';
  wrap.setAttribute('data-problem', 'capture');
  wrap.firstElementChild!.after(mark);
}

/**
 * A small grey dot on a comment judged not to be a complaint (setting "showNeutralMarkers").
 * Clicking it (or Enter) opens the card, which drafts an answer or thanks, not an apology.
 */
export function renderNeutralMarker(
  anchor: Element,
  commentId: string,
  title: string,
  onOpen?: (host: HTMLElement) => void,
): void {
  const existing = neutralMarkers.get(commentId);
  if (existing?.isConnected) return;
  const doc = anchor.ownerDocument;
  const host = doc.createElement('span');
  host.setAttribute('data-tactful', 'marker-host');
  const dot = doc.createElement('span');
  dot.setAttribute('data-tactful', 'neutral-marker');
  dot.setAttribute('data-comment-id', commentId);
  dot.title = title;
  if (onOpen) {
    dot.setAttribute('role', 'button');
    dot.tabIndex = 0;
    dot.setAttribute('aria-label', title);
    const open = (e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      onOpen(dot);
    };
    dot.addEventListener('click', open);
    dot.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && open(e));
  }
  dot.style.cssText =
    'display:inline-block;width:6px;height:6px;border-radius:50%;background:#9aa0a6;margin-inline-start:6px;vertical-align:middle';
  guardTrustedEvents(host.attachShadow({ mode: 'open' })).append(dot);
  anchor.insertAdjacentElement('afterend', host);
  neutralMarkers.set(commentId, host);
}

/** The page-visible host of a comment's badge, if it is on the page. */
export function findBadge(doc: Document, commentId: string): HTMLElement | null {
  const entry = badges.get(commentId);
  if (entry?.host.isConnected && entry.host.ownerDocument === doc) return entry.host;
  return null;
}

/** Whether the comment has a badge or a neutral marker to remove. */
export function hasMarkers(commentId: string): boolean {
  return badges.has(commentId) || neutralMarkers.has(commentId);
}

/** Takes a comment's neutral marker off (it became a complaint: the badge takes its place). */
export function removeNeutralMarker(commentId: string): void {
  neutralMarkers.get(commentId)?.remove();
  neutralMarkers.delete(commentId);
}

export function removeMarkers(commentId: string): void {
  badges.get(commentId)?.host.remove();
  neutralMarkers.get(commentId)?.remove();
  badges.delete(commentId);
  neutralMarkers.delete(commentId);
}

/** Takes every badge and marker off the page (Tactful switched off, or its extension context gone). */
export function removeAllMarkers(): void {
  for (const id of [...badges.keys(), ...neutralMarkers.keys()]) removeMarkers(id);
}
