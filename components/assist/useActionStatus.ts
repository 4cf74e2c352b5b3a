import { useState } from 'react';
import type { AssistT } from './i18n';

export type ActionNotice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Busy state and the notice line of the card's and the sidebar's actions: `run(work)`
 * disables the buttons while it works and turns a failure into a readable notice.
 */
export function useActionStatus(t: AssistT) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ActionNotice>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setNotice({ kind: 'error', text: t('error', { message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice, setNotice, run };
}
