import { BUTTON, COMPOSER_EDITOR, COMPOSER_FORM, REPLY_BOX, REPLY_LABELS, TEXT_PARAGRAPH } from './selectors';
import { commentOf, ownCommentLinks, ownElements, threadTop } from './thread';

/** A comment or reply box: an editor inside `form[role=presentation]` (never a Messenger chat box), not Tactful's. */
export function isReplyBox(el: Element): boolean {
  return el.matches(COMPOSER_EDITOR) && el.closest(COMPOSER_FORM) !== null && !el.closest('[data-tactful]');
}

/** The comment's buttons outside its text (Like, Reply, Share…), in order. */
function actionButtons(article: Element): HTMLElement[] {
  return ownElements<HTMLElement>(article, BUTTON).filter(
    (b) => !b.closest(TEXT_PARAGRAPH) && !b.closest('[data-tactful]'),
  );
}

/**
 * The Reply button of a comment: by its label in the languages Facebook offers in Taiwan, Hong
 * Kong and the US; in any other, by its place — the second button of the action row that
 * holds the comment's timestamp link (Like, Reply, …) [inferred]. Null where the viewer
 * cannot reply (logged out).
 */
export function replyButtonOf(article: Element): HTMLElement | null {
  const buttons = actionButtons(article);
  const labelled = buttons.find((b) =>
    REPLY_LABELS.includes((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );
  if (labelled) return labelled;
  const timestamp = ownCommentLinks(article).at(-1);
  for (let row = timestamp?.parentElement; row && row !== article; row = row.parentElement) {
    const inRow = buttons.filter((b) => row.contains(b));
    if (inRow.length >= 2) return inRow[1]!;
  }
  return null;
}

/** The reply boxes that belong to this comment: in its wrapper, after it, and not some other comment's. */
export function replyBoxesOf(article: Element): HTMLElement[] {
  const wrapper = article.parentElement;
  if (!wrapper) return [];
  return [...wrapper.querySelectorAll<HTMLElement>(REPLY_BOX)].filter(
    (box) =>
      !box.closest('[data-tactful]') &&
      article.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING &&
      commentOf(box.closest(COMPOSER_FORM)!) === article,
  );
}

/** The comment a reply box answers (for live lint), if it is under one. */
export function commentOfReplyBox(box: Element): Element | null {
  const form = box.closest(COMPOSER_FORM);
  return form ? commentOf(form) : null;
}

/** Reply boxes anywhere in the comment's thread (a reply's box may open at the end of its thread). */
function threadBoxes(article: Element): HTMLElement[] {
  const scope = threadTop(article).parentElement;
  return scope ? [...scope.querySelectorAll<HTMLElement>(REPLY_BOX)].filter((b) => !b.closest('[data-tactful]')) : [];
}

/**
 * Opens the comment's own reply box (clicking its Reply button if none is open) and returns
 * its editor. A reply's box may open at the end of its thread rather than under the reply:
 * then the box that appeared in the thread, or the one the click focused, is the one.
 */
export async function openReplyComposer(article: Element, timeoutMs = 2000): Promise<HTMLElement | null> {
  const existing = replyBoxesOf(article)[0];
  if (existing) return existing;
  const button = replyButtonOf(article);
  if (!button) return null;
  const before = new Set(threadBoxes(article));
  button.click();
  const doc = article.ownerDocument;
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 50));
    const own = replyBoxesOf(article)[0];
    if (own) return own;
    const boxes = threadBoxes(article);
    const appeared = boxes.find((b) => !before.has(b));
    if (appeared) return appeared;
    const focused = doc.activeElement?.closest(COMPOSER_EDITOR) as HTMLElement | null | undefined;
    if (focused && boxes.includes(focused)) return focused;
  }
  return null;
}

/**
 * Types text into Facebook's Lexical editor so its own state registers it: focus, caret
 * at the end of the last paragraph, then `insertText` (Lexical handles the beforeinput it
 * produces). Lexical re-renders from its state after a tick, so the result is checked then.
 * Never sets innerHTML/textContent — Lexical would discard it.
 */
export async function typeIntoEditor(editor: HTMLElement, text: string): Promise<boolean> {
  const doc = editor.ownerDocument;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 30));
  editor.focus();
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(editor.lastElementChild ?? editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  await tick(); // let the editor see the new selection
  const before = editor.innerText;
  doc.execCommand('insertText', false, text);
  await tick();
  const probe = text.trim().slice(0, 12);
  return editor.innerText !== before && (probe === '' || editor.innerText.includes(probe));
}
