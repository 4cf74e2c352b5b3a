import { openReplyComposer, typeIntoEditor } from '../../sites/facebook';
import { copyText } from '../clipboard';

/**
 * Puts a draft into the comment's own reply box, typed through the editor so Facebook's state
 * registers it; when no box can be opened or the editor did not take the text, copies it
 * instead ("copied": the card tells the user to click Reply and paste).
 */
export async function insertReply(article: Element, text: string): Promise<'inserted' | 'copied' | 'failed'> {
  const editor = await openReplyComposer(article);
  if (editor && (await typeIntoEditor(editor, text))) return 'inserted';
  return (await copyText(text)) ? 'copied' : 'failed';
}
