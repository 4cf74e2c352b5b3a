import { badgeAnchor } from './comment';
import { BUTTON, COMPOSER_EDITOR, REPLY_LABELS } from './selectors';

/** The Reply button of a comment (in its action row), by its localised label. */
export function replyButtonOf(article: Element): HTMLElement | null {
  for (const b of article.querySelectorAll<HTMLElement>(BUTTON)) {
    if (b.closest('[data-tactful]')) continue;
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    if (REPLY_LABELS.includes(label)) return b;
  }
  return null;
}

/** Editors that belong to this comment: inside its list item, after the comment itself. */
function editorsNear(article: Element): HTMLElement[] {
  const li = article.closest('li');
  const scope = li ?? article.parentElement;
  if (!scope) return [];
  return [...scope.querySelectorAll<HTMLElement>(COMPOSER_EDITOR)].filter(
    (ed) => article.compareDocumentPosition(ed) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

/** Opens the comment's own reply composer (clicking Reply if needed) and returns its editor. */
export async function openReplyComposer(article: Element, timeoutMs = 2000): Promise<HTMLElement | null> {
  const existing = editorsNear(article)[0];
  if (existing) return existing;
  replyButtonOf(article)?.click();
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 50));
    const editor = editorsNear(article)[0];
    if (editor) return editor;
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

export { badgeAnchor };
