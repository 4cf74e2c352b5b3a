import { useCallback, useEffect, useRef, useState } from 'react';
import { openDatabase, type CaseRow, type TactfulDB } from '../../lib/db/schema';
import { announceCasesChanged, onCasesChanged } from '../../lib/platform/case-events';
import { sweepCorrections } from '../corrections/actions';

let sharedDb: TactfulDB | null = null;
/** The extension's case database, opened from this extension page (same origin as the background). */
export function db(): TactfulDB {
  sharedDb ??= openDatabase();
  return sharedDb;
}

export type Write = <T>(work: (database: TactfulDB) => Promise<T>) => Promise<T>;

/**
 * All cases, reloaded whenever the background or this page changes them. Reloads are
 * coalesced: during a burst of captures at most one runs and one more is queued.
 */
export function useCases() {
  const [cases, setCases] = useState<CaseRow[] | null>(null);
  const state = useRef({ running: false, again: false });
  const reload = useCallback(async () => {
    const s = state.current;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = true;
    try {
      do {
        s.again = false;
        setCases(await db().cases.toArray());
      } while (s.again);
    } finally {
      s.running = false;
    }
  }, []);
  useEffect(() => {
    void reload();
    const off = onCasesChanged(() => void reload());
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => {
      off();
      window.removeEventListener('focus', onFocus);
    };
  }, [reload]);
  /**
   * Runs a write, then reloads here and tells the background (badge) and other pages. Any
   * write may be an erasure, a purge or "delete all data": the background then drops the
   * customer details of corrections made on cases that are gone (it changes nothing otherwise).
   */
  const write: Write = useCallback(
    async <T>(work: (database: TactfulDB) => Promise<T>): Promise<T> => {
      try {
        return await work(db());
      } finally {
        announceCasesChanged();
        void sweepCorrections().catch((err: unknown) => console.warn('Tactful: corrections sweep failed', err));
        await reload();
      }
    },
    [reload],
  );
  return { cases, reload, write };
}
