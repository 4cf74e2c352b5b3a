import type { StoredCorrection } from '../../corrections/schema';
import type { CaseRow, EventRow, TactfulDB } from '../../db/schema';
import { versionsOfCases } from '../capture';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, toBackupCase, type Backup, type BackupCase } from './schema';

/** The backup form of these cases (missing ids are skipped), read in one transaction. */
async function backupCasesOf(db: TactfulDB, caseIds: readonly string[]): Promise<BackupCase[]> {
  return db.transaction('r', db.cases, db.records, db.events, async () => {
    const rows = (await db.cases.bulkGet([...caseIds])).filter((c): c is CaseRow => Boolean(c));
    const ids = rows.map((c) => c.id);
    const versions = await versionsOfCases(db, ids);
    const events = new Map<string, EventRow[]>();
    for (const e of ids.length ? await db.events.where('caseId').anyOf(ids).toArray() : []) {
      const list = events.get(e.caseId);
      if (list) list.push(e);
      else events.set(e.caseId, [e]);
    }
    const byTime = (a: EventRow, b: EventRow) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0);
    return rows.map((c) => toBackupCase(c, versions.get(c.id) ?? [], (events.get(c.id) ?? []).sort(byTime)));
  });
}

const header = (now: number) => ({
  format: BACKUP_FORMAT,
  schemaVersion: BACKUP_SCHEMA_VERSION,
  exportedAt: new Date(now).toISOString(),
});

/**
 * The whole backup (or of the given cases, in that order) as one object, with the given
 * corrections (they live in storage.local, which the caller reads; see correctionsForBackup).
 */
export async function exportBackup(
  db: TactfulDB,
  caseIds?: readonly string[],
  now = Date.now(),
  corrections?: readonly StoredCorrection[],
): Promise<Backup> {
  return db.transaction('r', db.cases, db.records, db.events, async () => {
    const ids = caseIds ?? ((await db.cases.toCollection().primaryKeys()) as string[]);
    return {
      ...header(now),
      cases: await backupCasesOf(db, ids),
      ...(corrections ? { corrections: [...corrections] } : {}),
    };
  });
}

/**
 * The corrections a backup of some cases holds: all of them when it is a backup of every
 * case, else those made on the cases it holds (a correction made on a case or its comment).
 */
export function correctionsForBackup(
  entries: readonly StoredCorrection[],
  cases: readonly Pick<CaseRow, 'id' | 'sourceKey'>[],
  everyCase: boolean,
): StoredCorrection[] {
  if (everyCase) return [...entries];
  const ids = new Set(cases.map((c) => c.id));
  const keys = new Set(cases.map((c) => c.sourceKey));
  return entries.filter(
    (e) =>
      (e.local?.caseId !== undefined && ids.has(e.local.caseId)) ||
      (e.correction.sourceKey !== undefined && keys.has(e.correction.sourceKey)),
  );
}

/**
 * The same JSON text as `JSON.stringify(await exportBackup(db, caseIds))`, produced in
 * chunks of cases (each read in its own transaction), yielding to the event loop between
 * chunks so a page exporting 50,000 cases stays responsive and can show progress.
 */
export async function* backupJsonChunks(
  db: TactfulDB,
  caseIds: readonly string[],
  options: { chunkSize?: number; now?: number; corrections?: readonly StoredCorrection[] } = {},
): AsyncGenerator<{ chunk: string; done: number }> {
  const chunkSize = options.chunkSize ?? 1000;
  const shell = JSON.stringify({ ...header(options.now ?? Date.now()), cases: [] });
  yield { chunk: shell.slice(0, -2), done: 0 }; // everything up to and including "cases":[
  let first = true;
  for (let i = 0; i < caseIds.length; i += chunkSize) {
    const cases = await backupCasesOf(db, caseIds.slice(i, i + chunkSize));
    const parts = cases.map((c) => JSON.stringify(c));
    const chunk = parts.length ? (first ? '' : ',') + parts.join(',') : '';
    if (parts.length) first = false;
    yield { chunk, done: Math.min(caseIds.length, i + chunkSize) };
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const corrections = options.corrections ? `,"corrections":${JSON.stringify(options.corrections)}` : '';
  yield { chunk: `]${corrections}}`, done: caseIds.length };
}
