import { isVisible } from './thread';
import { EDITOR, EDITOR_SIGNATURE, REPLY_BUTTONS } from './selectors';

/** The visible reply editor inside a thread view. */
export function replyEditorIn(container: Element): HTMLElement | null {
  for (const ed of container.querySelectorAll<HTMLElement>(EDITOR)) if (isVisible(ed)) return ed;
  return null;
}

export function replyButtonIn(container: Element): HTMLElement | null {
  // The last visible Reply control belongs to the newest message.
  for (const selector of REPLY_BUTTONS) {
    const visible = [...container.querySelectorAll<HTMLElement>(selector)].filter(isVisible);
    if (visible.length) return visible[visible.length - 1]!;
  }
  return null;
}

/** Opens the inline reply (clicking Reply if needed) and returns its editor. */
export async function openReplyEditor(container: Element, timeoutMs = 2000): Promise<HTMLElement | null> {
  const existing = replyEditorIn(container);
  if (existing) return existing;
  const button = replyButtonIn(container);
  if (!button) return null;
  // Gmail's buttons react to mouse events, not only click.
  for (const type of ['mousedown', 'mouseup', 'click'])
    button.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 50));
    const editor = replyEditorIn(container);
    if (editor) return editor;
  }
  return null;
}

/**
 * Inserts text at the cursor of Gmail's editor with `insertText`, so Gmail's own undo
 * and draft saving see it. Without a cursor inside the editor, the text goes at the
 * start, above the signature. Never replaces innerHTML.
 */
export async function insertAtCursor(editor: HTMLElement, text: string): Promise<boolean> {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  const inside = selection && selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).startContainer);
  editor.focus();
  if (!inside && selection) {
    const range = doc.createRange();
    const signature = editor.querySelector(EDITOR_SIGNATURE);
    const first = editor.firstChild;
    if (first && first !== signature && first.nodeType === Node.ELEMENT_NODE && !(first as Element).contains(signature))
      range.setStart(first, 0);
    else range.setStart(editor, 0);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const before = editor.innerText;
  doc.execCommand('insertText', false, text);
  await new Promise((r) => setTimeout(r, 0));
  const probe = text.trim().slice(0, 12);
  return editor.innerText !== before && (probe === '' || editor.innerText.includes(probe));
}
