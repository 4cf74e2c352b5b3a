import type { CaseRow, TactfulDB } from '../db/schema';
import { byStatus } from './lifecycle';

/**
 * Erasure on request (personal-data law; Meta also requires honouring deletion requests):
 * a case's row, versions and timeline are deleted; one audit event remains, saying only
 * that the case was erased and when — no text, no name, no contact. Other cases' hash
 * chains are untouched (chains are per case).
 */
async function eraseRows(
  db: TactfulDB,
  rows: CaseRow[],
  reason: 'request' | 'retention',
  now: number,
): Promise<number> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return 0;
  await db.transaction('rw', db.cases, db.records, db.events, async () => {
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
  });
  return ids.length;
}

export async function eraseCase(db: TactfulDB, caseId: string, now = Date.now()): Promise<number> {
  const row = await db.cases.get(caseId);
  return eraseRows(db, row ? [row] : [], 'request', now);
}

/** Erases every case of one customer (email address or profile URL). */
export async function eraseAuthor(db: TactfulDB, authorContact: string, now = Date.now()): Promise<number> {
  return eraseRows(db, await db.cases.where('authorContact').equals(authorContact).toArray(), 'request', now);
}

/** Retention rule: closed cases whose last activity is older than `days` are purged. */
export async function purgeClosedOlderThan(db: TactfulDB, days: number, now = Date.now()): Promise<number> {
  const cutoff = now - days * 86_400_000;
  const rows = await byStatus(db, 'closed')
    .filter((c) => c.lastActivityAt < cutoff)
    .toArray();
  return eraseRows(db, rows, 'retention', now);
}

/** "Delete all data": every case, version and event. */
export async function deleteAllData(db: TactfulDB): Promise<void> {
  await db.transaction('rw', db.cases, db.records, db.events, async () => {
    await Promise.all([db.cases.clear(), db.records.clear(), db.events.clear()]);
  });
}

/** How many cases `eraseAuthor` would erase (shown before the CSM confirms). */
export function countByAuthor(db: TactfulDB, authorContact: string): Promise<number> {
  return db.cases.where('authorContact').equals(authorContact).count();
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
