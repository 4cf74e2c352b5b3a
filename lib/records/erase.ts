import type { CaseRow, TactfulDB } from '../db/schema';
import { rememberErased } from './erased';
import { normalizeContact } from './identity';
import { byStatus } from './lifecycle';

/**
 * Erasure on request (personal-data law; Meta also requires honouring deletion requests):
 * a case's row, versions and timeline are deleted; one audit event remains, saying only
 * that the case was erased and when — no text, no name, no contact. Other cases' hash
 * chains are untouched (chains are per case). An erasure on request is also remembered
 * without personal content (erased.ts), so that no import brings the case back.
 */
async function eraseRows(
  db: TactfulDB,
  find: () => Promise<CaseRow[]>,
  reason: 'request' | 'retention',
  now: number,
  customer?: string,
): Promise<number> {
  // The cases are found inside the transaction: none recorded meanwhile escapes.
  return db.transaction('rw', [db.cases, db.records, db.events, db.erasures, db.meta], async () => {
    const rows = await find();
    const ids = rows.map((r) => r.id);
    if (reason === 'request') await rememberErased(db, rows, now, customer);
    if (!ids.length) return 0;
    await db.records
      .where('[caseId+seq]')
      .inAnyRange(
        ids.map((id) => [
          [id, 0],
          [id, Infinity],
        ]),
      )
      .delete();
    await db.events.where('caseId').anyOf(ids).delete();
    await db.cases.bulkDelete(ids);
    await db.events.bulkAdd(ids.map((caseId) => ({ caseId, at: now, type: 'erased' as const, data: { reason } })));
    return ids.length;
  });
}

export async function eraseCase(db: TactfulDB, caseId: string, now = Date.now()): Promise<number> {
  return eraseRows(
    db,
    async () => [await db.cases.get(caseId)].filter((r): r is CaseRow => Boolean(r)),
    'request',
    now,
  );
}

/**
 * Erases every case of one customer (email address or profile URL) and remembers the
 * customer, so that their cases in an older backup stay out too — even when none is here.
 */
export async function eraseAuthor(db: TactfulDB, authorContact: string, now = Date.now()): Promise<number> {
  return eraseRows(db, () => casesOfCustomer(db, authorContact), 'request', now, authorContact);
}

/** Retention rule: closed cases whose last activity is older than `days` are purged. */
export async function purgeClosedOlderThan(db: TactfulDB, days: number, now = Date.now()): Promise<number> {
  const cutoff = now - days * 86_400_000;
  return eraseRows(
    db,
    () =>
      byStatus(db, 'closed')
        .filter((c) => c.lastActivityAt < cutoff)
        .toArray(),
    'retention',
    now,
  );
}

/**
 * "Delete all data": every case, version and event. What erasures remember stays (it holds
 * no personal content): deleting everything and importing an older backup must not bring
 * an erased case back.
 */
export async function deleteAllData(db: TactfulDB): Promise<void> {
  await db.transaction('rw', db.cases, db.records, db.events, async () => {
    await Promise.all([db.cases.clear(), db.records.clear(), db.events.clear()]);
  });
}

/**
 * Every case of one customer: the same contact once normalised (identity.ts), so
 * `Jane@Example.com` finds `jane@example.com` and a `web.facebook.com` profile link finds
 * the `www.` one. Reads every case: an erasure is rare, and a lookup by the exact stored
 * contact would miss the same customer written another way.
 */
export async function casesOfCustomer(db: TactfulDB, authorContact: string): Promise<CaseRow[]> {
  const wanted = normalizeContact(authorContact);
  if (!wanted) return [];
  return db.cases.filter((c) => normalizeContact(c.authorContact) === wanted).toArray();
}

/** How many cases `eraseAuthor` would erase (shown before the CSM confirms). */
export async function countByAuthor(db: TactfulDB, authorContact: string): Promise<number> {
  return (await casesOfCustomer(db, authorContact)).length;
}

/** How many closed cases the retention rule would purge now (shown before it is switched on). */
export function countPurgeable(db: TactfulDB, days: number, now = Date.now()): Promise<number> {
  const cutoff = now - days * 86_400_000;
  return byStatus(db, 'closed')
    .filter((c) => c.lastActivityAt < cutoff)
    .count();
}

export interface ErasureEntry {
  caseId: string;
  at: number;
  reason: 'request' | 'retention';
}

/** The audit trail of erasures, newest first: when and why, nothing else. */
export async function erasureLog(db: TactfulDB, limit = 100): Promise<{ total: number; entries: ErasureEntry[] }> {
  const rows = await db.events.where('type').equals('erased').toArray();
  rows.sort((a, b) => b.at - a.at);
  return {
    total: rows.length,
    entries: rows
      .slice(0, limit)
      .map((e) => ({ caseId: e.caseId, at: e.at, reason: e.data.reason === 'retention' ? 'retention' : 'request' })),
  };
}
