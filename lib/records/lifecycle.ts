import type { Category, Quadrant, Severity } from '../detect/types';
import type { CaseRow, CaseStatus, EventRow, TactfulDB } from '../db/schema';

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
export async function changeStatus(
  db: TactfulDB,
  caseId: string,
  status: CaseStatus,
  now = Date.now(),
): Promise<CaseRow> {
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

export async function logDraftUsed(
  db: TactfulDB,
  sourceKey: string,
  kind: string,
  text: string,
  now = Date.now(),
): Promise<boolean> {
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
export async function setDeadline(
  db: TactfulDB,
  caseId: string,
  deadlineAt: number,
  now = Date.now(),
): Promise<CaseRow> {
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
  const perStatus = await Promise.all(
    OPEN_STATUSES.map((s) =>
      db.cases
        .where('[status+deadlineAt]')
        .between([s, now], [s, now + withinMs], true, true)
        .toArray(),
    ),
  );
  return perStatus.flat().sort((a, b) => a.deadlineAt - b.deadlineAt);
}

/**
 * Counts for the toolbar badge and the popup, read from the indexes (no case is loaded):
 * new cases, overdue open cases (deadline passed) and all open cases.
 */
/** The cases in one status, through the [status+deadlineAt] index. */
export function byStatus(db: TactfulDB, status: CaseStatus) {
  return db.cases.where('[status+deadlineAt]').between([status, -Infinity], [status, Infinity], true, true);
}

export async function caseCounts(
  db: TactfulDB,
  now = Date.now(),
): Promise<{ new: number; overdue: number; open: number }> {
  return db.transaction('r', db.cases, async () => {
    const [open, overdue] = await Promise.all([
      Promise.all(OPEN_STATUSES.map((s) => byStatus(db, s).count())),
      Promise.all(
        OPEN_STATUSES.map((s) =>
          db.cases.where('[status+deadlineAt]').between([s, -Infinity], [s, now], true, false).count(),
        ),
      ),
    ]);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return { new: open[OPEN_STATUSES.indexOf('new')]!, overdue: sum(overdue), open: sum(open) };
  });
}

export interface BulkStatusResult {
  changed: string[];
  /** Cases already in that status, missing, or for which the change is not allowed. */
  skipped: string[];
}

/**
 * Bulk status change (the dashboard's selection) in one transaction: every case that
 * may make the change gets it, with its own timeline event; the others are skipped.
 */
export async function changeStatusMany(
  db: TactfulDB,
  caseIds: readonly string[],
  status: CaseStatus,
  now = Date.now(),
): Promise<BulkStatusResult> {
  return db.transaction('rw', db.cases, db.events, async () => {
    const rows = await db.cases.bulkGet([...caseIds]);
    const result: BulkStatusResult = { changed: [], skipped: [] };
    const updated: CaseRow[] = [];
    const events: EventRow[] = [];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (!row || seen.has(row.id) || !canTransition(row.status, status)) {
        if (!row || !seen.has(row.id)) result.skipped.push(caseIds[i]!);
        return;
      }
      seen.add(row.id);
      updated.push({ ...row, status, lastActivityAt: now });
      events.push({ caseId: row.id, at: now, type: 'status', data: { from: row.status, to: status } });
      result.changed.push(row.id);
    });
    await db.cases.bulkPut(updated);
    await db.events.bulkAdd(events);
    return result;
  });
}
