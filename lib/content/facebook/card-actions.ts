import type { FacebookComment } from '../../sites/facebook';
import { describeCaptureFailure, type CaptureFailure } from '../capture-failure';
import { copyText } from '../clipboard';
import { correctionMessage } from '../corrections-source';
import type { SiteSession } from '../site-session';
import type { CaptureQueue } from './capture-queue';
import { sourceKeyOf } from './capture-queue';
import type { CardActions, CardManager } from './card-manager';
import { insertReply } from './insert';

export interface CardActionDeps {
  session: SiteSession;
  captures: CaptureQueue;
  cards: CardManager;
  /** The comment as judged, its element and its page's name; null once it is gone. */
  commentOf: (id: string) => { element: Element; comment: FacebookComment; pageName: string } | null;
  /** Runs an insertion that the activity marker counts as pending. */
  inserting: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * What the suggestion card's buttons do for one comment. Each is reached only through a
 * trusted event: the card lives in a shadow root guarded by guardTrustedEvents.
 */
export function cardActionsFor(id: string, deps: CardActionDeps): CardActions {
  const { session, captures, cards } = deps;
  const sourceKey = sourceKeyOf(id);
  const draftUsed = (kind: 'public' | 'private', text: string) =>
    void session.send({ type: 'case.draftUsed', sourceKey, kind, text }).catch(() => {});
  return {
    close: () => cards.close(),
    insertPublic: (text) =>
      deps.inserting(async () => {
        const entry = deps.commentOf(id);
        if (!entry) return 'failed';
        const result = await insertReply(entry.element, text);
        if (result === 'inserted') draftUsed('public', text);
        return result;
      }),
    copyPrivate: async (text) => {
      const ok = await copyText(text);
      if (ok) draftUsed('private', text);
      return ok;
    },
    record: async () => {
      try {
        return await captures.captureNow(id);
      } catch (failure) {
        // The card shows the message.
        throw new Error(describeCaptureFailure(failure as CaptureFailure, session.locale));
      }
    },
    openCase: (caseId) => void session.send({ type: 'dashboard.open', caseId }).catch(() => {}),
    // The correction is made of the comment's text exactly as it was judged; the background
    // accepts it from this site only because it says `via: 'facebook'`.
    correct: async (verdict) => {
      const entry = deps.commentOf(id);
      if (!entry) throw new Error('The comment is no longer on the page.');
      const target = { text: entry.comment.text, via: 'facebook' as const, sourceKey };
      const local = {
        context: entry.pageName,
        caseId: captures.caseOf(id)?.id,
        authorContact: entry.comment.authorUrl,
      };
      await session.send(correctionMessage({ ...target, ...local }, verdict));
    },
    undoCorrection: async (correctionId) => {
      await session.send({ type: 'corrections.undo', id: correctionId });
    },
  };
}
