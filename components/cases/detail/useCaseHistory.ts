import { useEffect, useState } from 'react';
import type { CaseRow, EventRow, RecordRow } from '../../../lib/db/schema';
import { verifyCase, versionsOf } from '../../../lib/records/capture';
import { db } from '../useCases';

export interface CaseHistory {
  versions: RecordRow[];
  events: EventRow[];
  /** Null while the chain is being verified. */
  chain: { ok: boolean; brokenAtSeq: number | null } | null;
}

/** A case's verbatim versions, timeline events and chain check, read again whenever its row changes. */
export function useCaseHistory(row: CaseRow): CaseHistory {
  const [history, setHistory] = useState<CaseHistory>({ versions: [], events: [], chain: null });
  useEffect(() => {
    let live = true;
    void Promise.all([
      versionsOf(db(), row.id),
      db().events.where('caseId').equals(row.id).sortBy('at'),
      verifyCase(db(), row.id),
    ]).then(([versions, events, chain]) => {
      if (live) setHistory({ versions, events, chain });
    });
    return () => {
      live = false;
    };
  }, [row]);
  return history;
}
