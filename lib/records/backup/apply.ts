import type { TactfulDB } from '../../db/schema';
import { erasedAmong } from '../erased';
import { ImportError } from './parse';
import type { ImportPlan } from './plan';
import { caseRowOf, headOf, pick, VERSION_FIELDS } from './schema';

export interface ImportResult {
  /** Cases added. */
  added: number;
  /** Cases here that got newer versions, and how many versions in all. */
  appended: number;
  versions: number;
}

/**
 * Applies a dry run in one transaction: all of it or, on any failure (a case that changed
 * or was erased since the dry run, a case recorded meanwhile under the same source), none
 * of it. A case here gets only the versions after its last one: its row changes only in
 * what describes the newest version (head hash, newest text, count, "cut" mark) and its
 * last activity, which moves forward to the newest version's capture time at most.
 */
export async function applyImport(db: TactfulDB, plan: ImportPlan): Promise<ImportResult> {
  return db.transaction('rw', [db.cases, db.records, db.events, db.erasures, db.meta], async () => {
    if ((await erasedAmong(db, plan.newCases)).size)
      throw new ImportError('a case of this file was erased since the dry run; nothing was imported, try again');
    if (plan.newCases.length) {
      await db.cases.bulkAdd(plan.newCases.map(caseRowOf));
      await db.records.bulkAdd(
        plan.newCases.flatMap((c) => c.versions.map((v) => ({ ...pick(v, VERSION_FIELDS), caseId: c.id }))),
      );
      await db.events.bulkAdd(plan.newCases.flatMap((c) => c.events.map((e) => ({ ...e, caseId: c.id }))));
    }
    let versions = 0;
    for (const { existing, versions: newer } of plan.appended) {
      const current = await db.cases.get(existing.id);
      if (!current || current.headHash !== existing.headHash || current.versionCount !== existing.versionCount)
        throw new ImportError(`case ${existing.id} changed since the dry run; nothing was imported, try again`);
      await db.records.bulkAdd(newer.map((v) => ({ ...pick(v, VERSION_FIELDS), caseId: current.id })));
      const last = newer[newer.length - 1]!;
      await db.cases.put({
        ...current,
        ...headOf(newer),
        truncated: last.truncated,
        lastActivityAt: Math.max(current.lastActivityAt, last.capturedAt),
      });
      versions += newer.length;
    }
    return { added: plan.newCases.length, appended: plan.appended.length, versions };
  });
}
