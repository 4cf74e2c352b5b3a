import type { Category, Quadrant, Severity } from '../detect/types';
import type { CaseRow, CaseStatus, TactfulDB } from '../db/schema';

export class CaseNotFoundError extends Error {
  constructor(caseId: string) {
    super(`No case with id ${caseId}`);
    this.name = 'CaseNotFoundError';
  }
}

export class InvalidTransitionError extends Error {
  constructor(from: CaseStatus, to: CaseStatus) {
    super(`A case cannot go from "${from}" to "${to}"`);
    this.name = 'InvalidTransitionError';
  }
}

export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'acknowledged', 'in_contact', 'waiting_customer'];

/**
 * The lifecycle: new → acknowledged → in contact → waiting on customer → resolved → closed.
 * Open cases may move to any other status (steps can be skipped, and a case can go back
 * to an earlier open step); a resolved case can be closed or reopened; a closed case can
 * only be reopened. Reopening never returns to "new".
 */
export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  if (from === to) return false;
  if (OPEN_STATUSES.includes(from)) return true;
  if (from === 'resolved') return to !== 'new';
  return to !== 'new' && to !== 'resolved'; // closed → reopen
}

/** Changes a case's status and logs the change on its timeline. */
export async function changeStatus(db: TactfulDB, caseId: string, status: CaseStatus, now = Date.now()): Promise<CaseRow> {
  return db.transaction('rw', db.cases, db.events, async () => {
    const row = await db.cases.get(caseId);
    if (!row) throw new CaseNotFoundError(caseId);
    if (row.status === status) return row;
    if (!canTransition(row.status, status)) throw new InvalidTransitionError(row.status, status);
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

export interface CaseEdit {
  severity?: Severity;
  categories?: Category[];
  quadrant?: Quadrant | null;
}

/** The CSM's own judgement of severity, categories and quadrant (the detector's stays in `detected`). */
export async function editCase(db: TactfulDB, caseId: string, edit: CaseEdit, now = Date.now()): Promise<CaseRow> {
  return db.transaction('rw', db.cases, db.events, async () => {
    const row = await db.cases.get(caseId);
    if (!row) throw new CaseNotFoundError(caseId);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ['severity', 'categories', 'quadrant'] as const) {
      if (edit[key] === undefined || JSON.stringify(edit[key]) === JSON.stringify(row[key])) continue;
      changes[key] = { from: row[key], to: edit[key] };
    }
    if (!Object.keys(changes).length) return row;
    const updated: CaseRow = { ...row, ...edit, lastActivityAt: now } as CaseRow;
    await db.cases.put(updated);
    await db.events.add({ caseId, at: now, type: 'edit', data: changes });
    return updated;
  });
}

/** Moves the case's deadline (snooze or reschedule). */
export async function setDeadline(db: TactfulDB, caseId: string, deadlineAt: number, now = Date.now()): Promise<CaseRow> {
  return db.transaction('rw', db.cases, db.events, async () => {
    const row = await db.cases.get(caseId);
    if (!row) throw new CaseNotFoundError(caseId);
    const updated: CaseRow = { ...row, deadlineAt, lastActivityAt: now };
    await db.cases.put(updated);
    await db.events.add({ caseId, at: now, type: 'deadline', data: { from: row.deadlineAt, to: deadlineAt } });
    return updated;
  });
}

/** Open cases whose deadline falls within `withinMs` from now and has not passed. */
export async function casesDueSoon(db: TactfulDB, withinMs: number, now = Date.now()): Promise<CaseRow[]> {
  const soon = await db.cases.where('deadlineAt').between(now, now + withinMs, true, true).toArray();
  return soon.filter((c) => OPEN_STATUSES.includes(c.status));
}

export async function caseCounts(db: TactfulDB, now = Date.now()): Promise<{ new: number; overdue: number; open: number }> {
  const open = await db.cases.where('status').anyOf(OPEN_STATUSES as CaseStatus[]).toArray();
  return {
    new: open.filter((c) => c.status === 'new').length,
    overdue: open.filter((c) => c.deadlineAt < now).length,
    open: open.length,
  };
}
