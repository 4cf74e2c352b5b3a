import { emptyCorrections, type CorrectionsValue } from '../../corrections/schema';
import { planMerge, type MergePlan } from '../../corrections/store';
import type { CaseRow, TactfulDB } from '../../db/schema';
import { versionsOfCases } from '../capture';
import { erasedAmong, type ErasedReason } from '../erased';
import { CASE_FIELDS, type Backup, type BackupCase, type BackupVersion } from './schema';

/**
 * The dry run of an import. An import only appends: it may add cases that are not here,
 * and versions after the last version a case has here (the backup's chain must extend this
 * one). It never changes anything already here — no version, author, contact, status,
 * timeline or audit entry — and never brings back a case erased on request.
 */

/** Why a case of the backup is left out. */
export type RefusalReason =
  /** the id is here for another source, or the source under another id */
  | 'id_source_mismatch'
  /** the versions here and in the backup are not one chain */
  | 'versions_differ';

/** Fields a backup may not change on a case that is here: the file differs, this store's values stay. */
export type KeptField = Exclude<(typeof CASE_FIELDS)[number], 'id' | 'sourceKey'>;

export interface Appending {
  incoming: BackupCase;
  existing: CaseRow;
  /** The backup's versions after this store's last one, in order. */
  versions: BackupVersion[];
  keptHere: KeptField[];
}

export interface ImportPlan {
  /** Not here: added with their versions, events and notes. */
  newCases: BackupCase[];
  /** Here, with newer versions in the backup: only those versions are added. */
  appended: Appending[];
  /** Here, nothing newer in the backup (the differing fields are kept as they are here). */
  unchanged: { caseId: string; keptHere: KeptField[] }[];
  /** Erased here on request: left out. */
  erased: { caseId: string; reason: ErasedReason }[];
  /** Left out because they do not fit what is here. */
  refused: { caseId: string; sourceKey: string; reason: RefusalReason }[];
  /**
   * The backup's corrections: added by id when new here, never changed, never brought back
   * once undone here (applied by the background, which keeps the corrections).
   */
  corrections: MergePlan;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields where the backup's case differs from the one here (which keeps its values). */
function keptHere(incoming: BackupCase, existing: CaseRow): KeptField[] {
  return CASE_FIELDS.filter((f): f is KeptField => f !== 'id' && f !== 'sourceKey' && !same(incoming[f], existing[f]));
}

/** Dry run: what importing would do, without writing anything (`corrections`: those stored here). */
export async function planImport(
  db: TactfulDB,
  backup: Backup,
  corrections: CorrectionsValue = emptyCorrections(),
): Promise<ImportPlan> {
  const plan: ImportPlan = {
    newCases: [],
    appended: [],
    unchanged: [],
    erased: [],
    refused: [],
    corrections: planMerge(corrections, backup.corrections ?? []),
  };
  const { byId, byKey, versions, erased } = await db.transaction(
    'r',
    [db.cases, db.records, db.erasures, db.meta],
    async () => {
      const byId = new Map(
        (await db.cases.bulkGet(backup.cases.map((c) => c.id)))
          .filter((c): c is CaseRow => Boolean(c))
          .map((c) => [c.id, c]),
      );
      const byKey = new Map(
        (
          await db.cases
            .where('sourceKey')
            .anyOf(backup.cases.map((c) => c.sourceKey))
            .toArray()
        ).map((c) => [c.sourceKey, c]),
      );
      const absent = backup.cases.filter((c) => !byId.has(c.id) && !byKey.has(c.sourceKey));
      return {
        byId,
        byKey,
        versions: await versionsOfCases(db, [...byId.keys()]),
        erased: await erasedAmong(db, absent),
      };
    },
  );
  for (const incoming of backup.cases) {
    const existing = byId.get(incoming.id);
    const sameSource = byKey.get(incoming.sourceKey);
    if (!existing && !sameSource) {
      const reason = erased.get(incoming.id);
      if (reason) plan.erased.push({ caseId: incoming.id, reason });
      else plan.newCases.push(incoming);
      continue;
    }
    if (!existing || !sameSource || existing.id !== sameSource.id) {
      plan.refused.push({ caseId: incoming.id, sourceKey: incoming.sourceKey, reason: 'id_source_mismatch' });
      continue;
    }
    // One chain must extend the other: the same hashes as far as both go.
    const here = versions.get(existing.id) ?? [];
    const common = Math.min(here.length, incoming.versions.length);
    if (
      here.length !== existing.versionCount ||
      here.some((r, i) => i < common && incoming.versions[i]!.hash !== r.hash)
    ) {
      plan.refused.push({ caseId: incoming.id, sourceKey: incoming.sourceKey, reason: 'versions_differ' });
      continue;
    }
    const kept = keptHere(incoming, existing);
    const newer = incoming.versions.slice(here.length);
    if (newer.length) plan.appended.push({ incoming, existing, versions: newer, keptHere: kept });
    else plan.unchanged.push({ caseId: incoming.id, keptHere: kept });
  }
  return plan;
}
