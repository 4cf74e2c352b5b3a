import { useEffect, useMemo, useRef, useState } from 'react';
import { draftReplies, type DraftInput, type DraftOutput } from '../../lib/draft/draft';

export type DraftKind = 'public' | 'private';

/** A rewritten suggestion held back because the CSM had edited that draft. */
export type PendingDraft = { text: string; apply: () => void; dismiss: () => void };

/**
 * Generated drafts plus the CSM's edits. Changing an input that shapes the draft (the
 * situation, the reply type, the bonus, FAQ answers, settings, templates) rewrites each
 * draft the CSM has not edited. An edited draft is never overwritten: the rewritten
 * suggestion is offered as `pending` (apply or dismiss), so a late change — a FAQ answer
 * added, the library edited in another tab — cannot silently throw away what the CSM typed.
 * The input object is compared field by field, so callers may build it on every render.
 */
export function useDrafts(input: DraftInput) {
  const key = JSON.stringify({ ...input, detection: undefined, settings: undefined, library: undefined });
  const { detection, settings, library } = input;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the plain fields of `input`
  const generated: DraftOutput = useMemo(() => draftReplies(input), [key, detection, settings, library]);
  const publicDraft = useEditableDraft(generated.public);
  const privateDraft = useEditableDraft(generated.private);
  const messengerDraft = useEditableDraft(generated.messenger);
  return {
    generated,
    publicText: publicDraft.text,
    setPublicText: publicDraft.setText,
    pendingPublic: publicDraft.pending,
    privateText: privateDraft.text,
    setPrivateText: privateDraft.setText,
    pendingPrivate: privateDraft.pending,
    messengerText: messengerDraft.text,
    setMessengerText: messengerDraft.setText,
    pendingMessenger: messengerDraft.pending,
  };
}

/** One draft: follows `suggested` until edited; afterwards holds new suggestions back. */
function useEditableDraft(suggested: string) {
  const [text, setText] = useState(suggested);
  const [held, setHeld] = useState<string | null>(null);
  // The suggestion the current text started from (or was last compared with).
  const base = useRef(suggested);
  useEffect(() => {
    if (suggested === base.current) return;
    const edited = text !== base.current;
    base.current = suggested;
    if (!edited || text === suggested) {
      setText(suggested);
      setHeld(null);
    } else {
      setHeld(suggested);
    }
    // Only a new suggestion triggers this; the text is read as it is at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [suggested]);
  const pending: PendingDraft | null =
    held === null || held === text
      ? null
      : {
          text: held,
          apply: () => {
            setText(held);
            setHeld(null);
          },
          dismiss: () => setHeld(null),
        };
  return { text, setText, pending };
}
