import { z } from 'zod';
import {
  correctionsValueSchema,
  emptyCorrections,
  MAX_CORRECTIONS,
  MAX_UNDONE,
  storedCorrectionSchema,
  type CorrectionsValue,
  type StoredCorrection,
} from './schema';

/**
 * The operations on the stored corrections, pure: each takes the current value and returns
 * the next one. The background is their only caller that writes (one at a time), so two tabs
 * correcting at once both get their correction kept.
 */

export class CorrectionsFullError extends Error {
  constructor() {
    super(
      `Tactful keeps at most ${MAX_CORRECTIONS} corrections and has ${MAX_CORRECTIONS}: undo some in the dashboard's Corrections tab, or reset them, to add more. Nothing was added.`,
    );
    this.name = 'CorrectionsFullError';
  }
}

export interface RepairedCorrections {
  value: CorrectionsValue;
  /** What could not be read and was skipped, or null when the stored value was valid or absent. */
  problem: string | null;
  /** How many stored entries were skipped. */
  skipped: number;
}

const issueText = (error: z.ZodError, prefix: string) => {
  const issue = error.issues[0]!;
  return `${[prefix, ...issue.path.map(String)].join('.')}: ${issue.message}`;
};

/**
 * Reads a stored value, keeping every entry that is still valid when the whole is not (hand
 * edits, a newer version, a partial write): entries are checked one by one; later duplicates
 * of an id, and entries beyond MAX_CORRECTIONS, are skipped. Says what was skipped.
 */
export function repairCorrections(raw: unknown): RepairedCorrections {
  const steps = repairSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The envelope of a stored value, without its entries (checked one by one). */
const envelopeSchema = z.object({
  version: correctionsValueSchema.shape.version,
  entries: z.array(z.unknown()).max(MAX_CORRECTIONS),
  undone: correctionsValueSchema.shape.undone,
});

/**
 * `repairCorrections` one entry at a time: it yields after each, so that a content script can
 * read a thousand corrections in idle slices rather than in one long task.
 */
export function* repairSteps(raw: unknown): Generator<void, RepairedCorrections> {
  if (raw === undefined || raw === null) return { value: emptyCorrections(), problem: null, skipped: 0 };
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const list = Array.isArray(obj.entries) ? (obj.entries as unknown[]) : [];
  const entries: StoredCorrection[] = [];
  const ids = new Set<string>();
  const problems: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const parsed = storedCorrectionSchema.safeParse(list[i]);
    if (!parsed.success) problems.push(issueText(parsed.error, `entries.${i}`));
    else if (ids.has(parsed.data.correction.id)) problems.push(`entries.${i}: a second correction with the same id`);
    else if (entries.length >= MAX_CORRECTIONS) problems.push(`entries.${i}: beyond the ${MAX_CORRECTIONS} kept`);
    else {
      ids.add(parsed.data.correction.id);
      entries.push(parsed.data);
    }
    yield;
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (envelope.success && !problems.length) return { value: { ...envelope.data, entries }, problem: null, skipped: 0 };
  if (!Array.isArray(obj.entries)) problems.unshift('entries: not a list');
  const undone = (Array.isArray(obj.undone) ? obj.undone : [])
    .filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200)
    .slice(-MAX_UNDONE);
  const skipped = list.length - entries.length;
  const head =
    skipped > 0
      ? `${skipped} of ${list.length} stored corrections could not be read and were skipped`
      : 'The stored corrections were partly unreadable';
  return {
    value: { ...emptyCorrections(), entries, undone },
    problem: `${head} (${problems.slice(0, 3).join('; ') || 'the value is not in the expected form'})`,
    skipped,
  };
}

/** Adds a correction; the same id again changes nothing. Throws CorrectionsFullError at the bound. */
export function addCorrection(
  value: CorrectionsValue,
  entry: StoredCorrection,
): { value: CorrectionsValue; added: boolean } {
  if (value.entries.some((e) => e.correction.id === entry.correction.id)) return { value, added: false };
  if (value.entries.length >= MAX_CORRECTIONS) throw new CorrectionsFullError();
  return { value: { ...value, entries: [...value.entries, entry] }, added: true };
}

/** Removes one correction and remembers its id, so that no import brings it back. */
export function undoCorrection(
  value: CorrectionsValue,
  id: string,
): { value: CorrectionsValue; removed: StoredCorrection | null } {
  const removed = value.entries.find((e) => e.correction.id === id) ?? null;
  if (!removed) return { value, removed };
  return {
    value: {
      ...value,
      entries: value.entries.filter((e) => e !== removed),
      undone: [...value.undone.filter((u) => u !== id), id].slice(-MAX_UNDONE),
    },
    removed,
  };
}

/** Forgets every correction. Ids undone one by one stay remembered; reset ones may come back with an import. */
export function resetCorrections(value: CorrectionsValue): { value: CorrectionsValue; removed: number } {
  return { value: { ...value, entries: [] }, removed: value.entries.length };
}

export interface MergePlan {
  /** New here, in the order they are added (oldest first). */
  add: StoredCorrection[];
  /**
   * Here, but without the customer details they had (their case was deleted, e.g. by "delete
   * all data"): the file's details come back. The background drops them again if the case,
   * comment or customer was erased on request, or the case is not here.
   */
  restore: StoredCorrection[];
  /** Already here (same id): left as they are here (those in `restore` included). */
  already: number;
  /** Undone here: left out. */
  undone: number;
  /** New, but beyond MAX_CORRECTIONS: left out (the newest ones, since the oldest are added first). */
  overLimit: number;
}

const hasDetails = (e: StoredCorrection) => Boolean(e.local || e.correction.sourceKey);

/**
 * Dry run of adding corrections from a file: only adds, by id; never changes a verdict or
 * revives an undone one. A correction here that lost its details gets the file's back.
 */
export function planMerge(value: CorrectionsValue, incoming: readonly StoredCorrection[]): MergePlan {
  const here = new Map(value.entries.map((e) => [e.correction.id, e]));
  const undone = new Set(value.undone);
  const plan: MergePlan = { add: [], restore: [], already: 0, undone: 0, overLimit: 0 };
  const seen = new Set<string>();
  const ordered = [...incoming].sort((a, b) => compareTime(a.correction.createdAt, b.correction.createdAt));
  let room = MAX_CORRECTIONS - value.entries.length;
  for (const entry of ordered) {
    const id = entry.correction.id;
    const same = here.get(id);
    if (same || seen.has(id)) {
      plan.already++;
      if (
        same &&
        !seen.has(id) &&
        !hasDetails(same) &&
        hasDetails(entry) &&
        same.correction.features.textHash === entry.correction.features.textHash
      )
        plan.restore.push({
          ...entry,
          via: same.via,
          correction: {
            ...same.correction,
            ...(entry.correction.sourceKey ? { sourceKey: entry.correction.sourceKey } : {}),
          },
        });
    } else if (undone.has(id)) plan.undone++;
    else if (room <= 0) plan.overLimit++;
    else {
      plan.add.push(entry);
      room--;
    }
    seen.add(id);
  }
  return plan;
}

/** Applies a merge plan made now against `value` (the background re-plans against what is stored). */
export function mergeCorrections(
  value: CorrectionsValue,
  incoming: readonly StoredCorrection[],
): { value: CorrectionsValue; plan: MergePlan } {
  const plan = planMerge(value, incoming);
  const restored = new Map(plan.restore.map((e) => [e.correction.id, e]));
  const entries = value.entries.map((e) => restored.get(e.correction.id) ?? e);
  return { value: { ...value, entries: [...entries, ...plan.add] }, plan };
}

/**
 * Drops what points to a customer (excerpt, page or subject, case, contact, the comment or
 * message id) from the entries `forget` picks; the verdict and the features stay.
 */
export function forgetDetails(
  value: CorrectionsValue,
  forget: (entry: StoredCorrection) => boolean,
): { value: CorrectionsValue; forgotten: number } {
  let forgotten = 0;
  const entries = value.entries.map((entry) => {
    if (!(entry.local || entry.correction.sourceKey) || !forget(entry)) return entry;
    forgotten++;
    const { sourceKey: _sourceKey, ...correction } = entry.correction;
    return { correction, via: entry.via } as StoredCorrection;
  });
  return { value: forgotten ? { ...value, entries } : value, forgotten };
}

function compareTime(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Ids of corrections that no longer decide anything: a later correction of the same text
 * (the same normalised text) took their place. Undoing that later one brings them back.
 */
export function supersededIds(entries: readonly StoredCorrection[]): Set<string> {
  const latest = new Map<string, StoredCorrection>();
  for (const entry of entries) {
    const key = `${entry.correction.features.group}:${entry.correction.features.textHash}`;
    const current = latest.get(key);
    if (!current || compareTime(current.correction.createdAt, entry.correction.createdAt) <= 0) latest.set(key, entry);
  }
  const deciding = new Set([...latest.values()].map((e) => e.correction.id));
  return new Set(entries.map((e) => e.correction.id).filter((id) => !deciding.has(id)));
}
