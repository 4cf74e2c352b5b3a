import type { CaseRow, CaseStatus, TactfulDB } from '../db/schema';

export class CaseNotFoundError extends Error {
  constructor(caseId: string) {
    super(`No case with id ${caseId}`);
    this.name = 'CaseNotFoundError';
  }
}

/** Changes a case's status and logs the change on its timeline. */
export async function changeStatus(db: TactfulDB, caseId: string, status: CaseStatus, now = Date.now()): Promise<CaseRow> {
  return db.transaction('rw', db.cases, db.events, async () => {
    const row = await db.cases.get(caseId);
    if (!row) throw new CaseNotFoundError(caseId);
    if (row.status === status) return row;
    const updated: CaseRow = { ...row, status, lastActivityAt: now };
    await db.cases.put(updated);
    await db.events.add({ caseId, at: now, type: 'status', data: { from: row.status, to: status } });
    return updated;
  });
}

export async function addNote(
  db: TactfulDB,
  caseId: string,
  text: string,
  confirmedByCustomer: boolean,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.cases, db.events, async () => {
    const row = await db.cases.get(caseId);
    if (!row) throw new CaseNotFoundError(caseId);
    await db.cases.update(caseId, { lastActivityAt: now });
    return (await db.events.add({ caseId, at: now, type: 'note', data: { text, confirmedByCustomer } })) as number;
  });
}

export async function logDraftUsed(db: TactfulDB, sourceKey: string, kind: string, text: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.cases, db.events, async () => {
    const row = await db.cases.where('sourceKey').equals(sourceKey).first();
    if (!row) return false; // Drafts for unrecorded comments are not logged anywhere.
    await db.cases.update(row.id, { lastActivityAt: now });
    await db.events.add({ caseId: row.id, at: now, type: 'draft_used', data: { kind, text } });
    return true;
  });
}

/** Marks recorded sources as no longer visible; their text is kept. */
export async function markGone(db: TactfulDB, sourceKeys: string[], now = Date.now()): Promise<number> {
  return db.transaction('rw', db.cases, db.events, async () => {
    const rows = await db.cases.where('sourceKey').anyOf(sourceKeys).toArray();
    let marked = 0;
    for (const row of rows) {
      if (row.goneSince !== null) continue;
      await db.cases.update(row.id, { goneSince: now });
      await db.events.add({ caseId: row.id, at: now, type: 'visibility', data: { visible: false } });
      marked++;
    }
    return marked;
  });
}

export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'acknowledged', 'in_contact', 'waiting_customer'];

export async function caseCounts(db: TactfulDB, now = Date.now()): Promise<{ new: number; overdue: number; open: number }> {
  const open = await db.cases.where('status').anyOf(OPEN_STATUSES as CaseStatus[]).toArray();
  return {
    new: open.filter((c) => c.status === 'new').length,
    overdue: open.filter((c) => c.deadlineAt < now).length,
    open: open.length,
  };
}
