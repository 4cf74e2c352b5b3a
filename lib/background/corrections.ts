import type { TactfulDB } from '../db/schema';
import type { CorrectionsValue, StoredCorrection } from '../corrections/schema';
import {
  addCorrection,
  forgetDetails,
  mergeCorrections,
  repairCorrections,
  resetCorrections,
  undoCorrection,
  type MergePlan,
} from '../corrections/store';
import { erasedAmong } from '../records/erased';

/**
 * The background is the only writer of the stored corrections: content scripts and pages
 * read and watch them directly, and ask the background to add, undo, reset or import. Each
 * change reads the stored value, changes it and writes it back, one change at a time, so
 * two tabs correcting at the same moment both keep their correction.
 */

export interface CorrectionStorage {
  read(): Promise<unknown>;
  write(value: CorrectionsValue): Promise<void>;
  /** Keeps a stored value that could not be read completely before it is overwritten (nothing is lost). */
  keepDamaged(raw: unknown, problem: string): Promise<void>;
}

export function createCorrectionsKeeper(storage: CorrectionStorage, db: TactfulDB) {
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Runs one change on the stored value; writes only when it changed anything. */
  function update<T>(change: (value: CorrectionsValue) => Promise<{ value: CorrectionsValue; result: T }>) {
    return serial(async () => {
      const raw = await storage.read();
      const repaired = repairCorrections(raw);
      const { value, result } = await change(repaired.value);
      if (value !== repaired.value) {
        if (repaired.problem) await storage.keepDamaged(raw, repaired.problem);
        await storage.write(value);
      }
      return result;
    });
  }

  /**
   * Drops the customer details (excerpt, page or subject, case, contact, comment id) of
   * corrections whose case was erased on request or is gone (retention, "delete all data"),
   * or whose comment or customer was erased on request; the verdicts and features stay.
   */
  async function erasedDetails(value: CorrectionsValue): Promise<Set<string>> {
    const linked = value.entries.filter((e) => e.local || e.correction.sourceKey);
    if (!linked.length) return new Set();
    const pseudoId = (e: StoredCorrection) => e.local?.caseId ?? `correction:${e.correction.id}`;
    return db.transaction('r', [db.cases, db.erasures, db.meta], async () => {
      const erased = await erasedAmong(
        db,
        linked.map((e) => ({
          id: pseudoId(e),
          sourceKey: e.correction.sourceKey ?? '',
          authorContact: e.local?.authorContact ?? '',
          firstSeenAt: Date.parse(e.correction.createdAt) || 0,
        })),
      );
      const caseIds = [...new Set(linked.flatMap((e) => (e.local?.caseId ? [e.local.caseId] : [])))];
      const present = new Set((await db.cases.bulkGet(caseIds)).flatMap((c) => (c ? [c.id] : [])));
      return new Set(
        linked
          .filter((e) => erased.has(pseudoId(e)) || (e.local?.caseId !== undefined && !present.has(e.local.caseId)))
          .map((e) => e.correction.id),
      );
    });
  }

  const forgetErasedIn = async (value: CorrectionsValue) => {
    const ids = await erasedDetails(value);
    return forgetDetails(value, (e) => ids.has(e.correction.id));
  };

  return {
    add: (entry: StoredCorrection) =>
      update(async (current) => {
        const { value, added } = addCorrection(current, entry);
        return { value, result: { added, count: value.entries.length } };
      }),
    undo: (id: string) =>
      update(async (current) => {
        const { value, removed } = undoCorrection(current, id);
        return { value, result: { undone: removed !== null, count: value.entries.length } };
      }),
    reset: () =>
      update(async (current) => {
        const { value, removed } = resetCorrections(current);
        return { value: removed ? value : current, result: { removed } };
      }),
    /** Adds the corrections of a backup or a shared library that are new here (by id). */
    import: (entries: readonly StoredCorrection[]) =>
      update(async (current) => {
        const merged = mergeCorrections(current, entries);
        const plan: Omit<MergePlan, 'add' | 'restore'> & { added: number; restored: number } = {
          added: merged.plan.add.length,
          restored: merged.plan.restore.length,
          already: merged.plan.already,
          undone: merged.plan.undone,
          overLimit: merged.plan.overLimit,
        };
        if (!merged.plan.add.length && !merged.plan.restore.length)
          return { value: current, result: { ...plan, count: current.entries.length } };
        const { value } = await forgetErasedIn(merged.value);
        return { value, result: { ...plan, count: value.entries.length } };
      }),
    forgetErased: () =>
      update(async (current) => {
        const { value, forgotten } = await forgetErasedIn(current);
        return { value, result: { forgotten } };
      }),
  };
}

export type CorrectionsKeeper = ReturnType<typeof createCorrectionsKeeper>;
