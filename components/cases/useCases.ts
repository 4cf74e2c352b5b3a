import { useCallback, useEffect, useState } from 'react';
import { openDatabase, type CaseRow, type TactfulDB } from '../../lib/db/schema';
import { announceCasesChanged, onCasesChanged } from '../../lib/platform/case-events';

let sharedDb: TactfulDB | null = null;
/** The extension's case database, opened from this extension page (same origin as the background). */
export function db(): TactfulDB {
  sharedDb ??= openDatabase();
  return sharedDb;
}

/** All cases, reloaded whenever the background or this page changes them. */
export function useCases() {
  const [cases, setCases] = useState<CaseRow[] | null>(null);
  const reload = useCallback(async () => setCases(await db().cases.toArray()), []);
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
  /** Runs a write, then reloads here and tells the background (badge) and other pages. */
  const write = useCallback(
    async <T,>(work: (database: TactfulDB) => Promise<T>): Promise<T> => {
      const result = await work(db());
      announceCasesChanged();
      await reload();
      return result;
    },
    [reload],
  );
  return { cases, reload, write };
}
