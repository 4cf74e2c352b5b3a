import { MAX_CORRECTIONS, type StoredCorrection } from '../../lib/corrections/schema';
import { BackgroundError, send } from '../../lib/platform/messaging';
import type { CorrectionsT } from './i18n';

/**
 * Asking the background (the only writer) to change the corrections. Every page and content
 * script then sees the change through storage.onChanged, this one included.
 */

export const addCorrection = (entry: StoredCorrection) => send({ type: 'corrections.add', entry });
export const undoCorrection = (id: string) => send({ type: 'corrections.undo', id });
export const resetCorrections = () => send({ type: 'corrections.reset' });
export const importCorrections = (entries: StoredCorrection[]) => send({ type: 'corrections.import', entries });
/** After cases were erased, purged or deleted: corrections made on them lose their customer details. */
export const sweepCorrections = () => send({ type: 'corrections.forgetErased' });

/** Why a change was refused, in the UI language when Tactful knows the reason. */
export function correctionErrorText(err: unknown, t: CorrectionsT): string {
  if (err instanceof BackgroundError && err.code === 'corrections_full') return t('full', { max: MAX_CORRECTIONS });
  if (err instanceof BackgroundError && err.code === 'not_allowed') return t('notAllowed');
  return err instanceof Error ? err.message : String(err);
}
