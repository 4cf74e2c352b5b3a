import type { DetectionResult } from '../../lib/detect/types';
import type { AssistKey, AssistT } from '../assist/i18n';
import { BADGE_CSS } from './badge-css';

/**
 * Badges are plain DOM (no React): a page can have thousands. Each is a span with an
 * open shadow root, so the page's CSS cannot touch it. The host carries the stable test
 * contract: `[data-tactful="badge"][data-severity][data-comment-id]`.
 */
export function renderBadge(anchor: Element, commentId: string, detection: DetectionResult, t: AssistT, onOpen: (host: HTMLElement) => void): HTMLElement {
  const existing = findBadge(anchor.ownerDocument, commentId);
  const host = existing ?? anchor.ownerDocument.createElement('span');
  if (!existing) {
    host.setAttribute('data-tactful', 'badge');
    host.setAttribute('data-comment-id', commentId);
    host.style.cssText = 'display:inline-block;margin-inline-start:6px;vertical-align:middle;line-height:1;position:relative';
    host.attachShadow({ mode: 'open' });
  }
  // New, or moving to the copy of the comment now shown (e.g. in a dialog opened over the feed).
  if (anchor.nextElementSibling !== host) anchor.insertAdjacentElement('afterend', host);
  host.setAttribute('data-severity', detection.severity);
  const shadow = host.shadowRoot!;
  shadow.replaceChildren();
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `badge sev-${detection.severity}`;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-describedby', 'tip');
  button.textContent = `${t('complaint')} · ${t(`severity_${detection.severity}` as AssistKey)}`;
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    onOpen(host);
  });
  const tip = document.createElement('div');
  tip.id = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.className = 'tip';
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
  shadow.append(style, button, tip);
  return host;
}

/** A small grey dot on a comment judged not to be a complaint (debugging setting). */
export function renderNeutralMarker(anchor: Element, commentId: string, title: string): void {
  if (anchor.ownerDocument.querySelector(`[data-tactful="neutral-marker"][data-comment-id="${CSS.escape(commentId)}"]`)) return;
  const dot = anchor.ownerDocument.createElement('span');
  dot.setAttribute('data-tactful', 'neutral-marker');
  dot.setAttribute('data-comment-id', commentId);
  dot.title = title;
  dot.style.cssText = 'display:inline-block;width:6px;height:6px;border-radius:50%;background:#9aa0a6;margin-inline-start:6px;vertical-align:middle';
  anchor.insertAdjacentElement('afterend', dot);
}

export function findBadge(doc: Document, commentId: string): HTMLElement | null {
  return doc.querySelector<HTMLElement>(`[data-tactful="badge"][data-comment-id="${CSS.escape(commentId)}"]`);
}

export function removeMarkers(doc: Document, commentId: string): void {
  for (const el of doc.querySelectorAll(`[data-tactful="badge"][data-comment-id="${CSS.escape(commentId)}"], [data-tactful="neutral-marker"][data-comment-id="${CSS.escape(commentId)}"]`)) el.remove();
}
