import type { DetectionResult } from '../../lib/detect/types';
import type { AssistKey, AssistT } from '../assist/i18n';
import { BADGE_CSS } from './badge-css';

/**
 * Badges are plain DOM (no React): a page can have thousands. Each is a span with an
 * open shadow root, so the page's CSS cannot touch it. The host carries the stable test
 * contract: `[data-tactful="badge"][data-severity][data-comment-id]`.
 *
 * Hosts are kept in a registry by comment id, so finding or removing a comment's badge
 * never searches the page (a document-wide query costs milliseconds on a long list).
 */
const badges = new Map<string, HTMLElement>();
const neutralMarkers = new Map<string, HTMLElement>();

const openers = new WeakMap<HTMLElement, () => void>();
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
    fragment.append(style, button, tip);
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
  const existing = findBadge(doc, commentId);
  const host = existing ?? doc.createElement('span');
  if (!existing) {
    host.setAttribute('data-tactful', 'badge');
    host.setAttribute('data-comment-id', commentId);
    // Not positioned and not inline-block: on a long list every badge that creates its own
    // layer or atomic box adds to the page's pre-paint work; the tooltip's positioning is set
    // on first hover or focus instead.
    host.style.cssText = 'margin-inline-start:6px;line-height:1';
    host.attachShadow({ mode: 'open' });
    // Clicks on the button inside the shadow root reach the host (retargeted).
    host.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      openers.get(host)?.();
    });
    badges.set(commentId, host);
  }
  openers.set(host, () => onOpen(host));
  // New, or moving to the copy of the comment now shown (e.g. in a dialog opened over the feed).
  if (anchor.nextElementSibling !== host) anchor.insertAdjacentElement('afterend', host);
  host.setAttribute('data-severity', detection.severity);
  const content = badgeContent(
    doc,
    detection.severity,
    `${t('complaint')} · ${t(`severity_${detection.severity}` as AssistKey)}`,
  );
  const button = content.firstElementChild!.nextElementSibling as HTMLElement;
  const tip = content.lastElementChild as HTMLElement;
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
  const dot = anchor.ownerDocument.createElement('span');
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
  anchor.insertAdjacentElement('afterend', dot);
  neutralMarkers.set(commentId, dot);
}

export function findBadge(doc: Document, commentId: string): HTMLElement | null {
  const host = badges.get(commentId);
  if (host?.isConnected && host.ownerDocument === doc) return host;
  if (host) badges.delete(commentId); // removed with its comment
  return null;
}

/** Whether the comment has a badge or a neutral marker to remove. */
export function hasMarkers(commentId: string): boolean {
  return badges.has(commentId) || neutralMarkers.has(commentId);
}

export function removeMarkers(_doc: Document, commentId: string): void {
  badges.get(commentId)?.remove();
  neutralMarkers.get(commentId)?.remove();
  badges.delete(commentId);
  neutralMarkers.delete(commentId);
}
