import type { z } from 'zod';
import type { CaseRow, EventRow, RecordRow, TactfulDB } from '../db/schema';
import { captureInputSchema, type CaptureInput } from './capture-input';
import { chainHash, chainHashSync } from './hash';
import { sameAuthor } from './identity';

export { captureInputSchema, detectedSnapshotSchema, MAX_CAPTURE_CHARS, type CaptureInput } from './capture-input';

export interface CaptureOptions {
  /** Reply time limit from the settings; sets the first deadline. */
  replyWithinHours: number;
  /** The first deadline of a case first seen at `seenAt` (working hours); else `replyWithinHours` later. */
  deadlineFor?: (seenAt: number) => number;
  now?: number;
  newId?: () => string;
}

export interface CaptureResult {
  case: CaseRow;
  created: boolean;
  /** A new verbatim version was appended (the text differed from the latest one). */
  appended: boolean;
}

export type ParsedCapture = z.output<typeof captureInputSchema>;

/**
 * A capture for a recorded source whose author is someone else (identity.ts: another
 * contact, or another name where a contact is missing): a comment id taken over by another
 * comment, never a new version of the first one. The capture is refused; nothing is stored.
 */
export class AuthorMismatchError extends Error {
  constructor(
    readonly sourceKey: string,
    readonly index: number,
  ) {
    super(
      `Not recorded: capture ${index + 1} (${sourceKey}) is by someone else than the case already recorded for that source; nothing was stored`,
    );
    this.name = 'AuthorMismatchError';
  }
}

/**
 * Records a complaint text: one case per source key; a different text for the same
 * source appends a new version (never overwrites). Identical text changes nothing,
 * except that a case marked "no longer visible" is marked visible again. A capture by
 * another author than the case's is refused (AuthorMismatchError).
 */
export async function captureText(
  db: TactfulDB,
  rawInput: CaptureInput,
  options: CaptureOptions,
): Promise<CaptureResult> {
  return (await captureMany(db, [rawInput], options))[0]!;
}

/**
 * Records many texts at once (a monitored page with hundreds of comments, a batch
 * message): the same rules as `captureText`, applied in input order (the same source
 * twice with different texts gives two versions), all of it in one transaction: when one
 * capture is refused (another author), nothing of the batch is stored.
 */
export async function captureMany(
  db: TactfulDB,
  rawInputs: readonly CaptureInput[],
  options: CaptureOptions,
): Promise<CaptureResult[]> {
  return captureParsed(
    db,
    rawInputs.map((raw) => captureInputSchema.parse(raw)),
    options,
  );
}

/**
 * `captureMany` for inputs already validated by `captureInputSchema` (the background's
 * message parser did it).
 *
 * One read-write transaction: read the cases of these sources, plan (hashing is
 * synchronous, so the transaction stays open: it would commit while waiting for
 * WebCrypto), then issue every write at once. IndexedDB runs read-write transactions
 * on the same tables one after another, so no other capture can change these cases
 * between the read and the writes; if anything fails, nothing of the batch is written.
 * Each case row keeps its newest text and head hash, so no version is read to compare
 * or to extend the chain.
 */
export async function captureParsed(
  db: TactfulDB,
  inputs: readonly ParsedCapture[],
  options: CaptureOptions,
): Promise<CaptureResult[]> {
  if (!inputs.length) return [];
  const now = options.now ?? Date.now();
  const keys = [...new Set(inputs.map((i) => i.sourceKey))];
  return db.transaction('rw', db.cases, db.records, db.events, async () => {
    // A cursor over `anyOf` costs little for sources not recorded yet (the usual case).
    const before = new Map((await db.cases.where('sourceKey').anyOf(keys).toArray()).map((c) => [c.sourceKey, c]));
    const plan = planCaptures(inputs, before, now, options);
    // Issued together, so the database works through them while the next ones are prepared.
    await Promise.all([
      plan.newCases.length ? db.cases.bulkAdd(plan.newCases) : null,
      plan.changedCases.length ? db.cases.bulkPut(plan.changedCases) : null,
      plan.records.length ? db.records.bulkAdd(plan.records) : null,
      plan.events.length ? db.events.bulkAdd(plan.events) : null,
    ]);
    return plan.results;
  });
}

/**
 * The cases recorded for these source keys (those not recorded are absent). One index
 * lookup per key, all in flight at once: in Chromium that is about three times faster
 * than a cursor over `anyOf` when most keys are found.
 */
export async function casesBySourceKeys(db: TactfulDB, keys: readonly string[]): Promise<CaseRow[]> {
  const rows = await Promise.all([...new Set(keys)].map((sourceKey) => db.cases.get({ sourceKey })));
  return rows.filter((r): r is CaseRow => r !== undefined);
}

interface CapturePlan {
  results: CaptureResult[];
  /** Rows of the cases first recorded by this batch, and of the cases it changes, as they will be written. */
  newCases: CaseRow[];
  changedCases: CaseRow[];
  records: RecordRow[];
  events: EventRow[];
}

function planCaptures(
  inputs: readonly ParsedCapture[],
  before: ReadonlyMap<string, CaseRow>,
  now: number,
  options: CaptureOptions,
): CapturePlan {
  /** Each source's row as it stands after the inputs planned so far. */
  const rows = new Map(before);
  const changed = new Set<string>();
  const plan: CapturePlan = { results: [], newCases: [], changedCases: [], records: [], events: [] };
  for (const [index, input] of inputs.entries()) {
    let row = rows.get(input.sourceKey);
    if (row && !sameAuthor({ name: row.authorName, contact: row.authorContact }, input.author))
      throw new AuthorMismatchError(input.sourceKey, index);
    if (row && row.latestText === input.text) {
      if (row.goneSince !== null) {
        row = { ...row, goneSince: null };
        rows.set(input.sourceKey, row);
        changed.add(input.sourceKey);
        plan.events.push({ caseId: row.id, at: now, type: 'visibility', data: { visible: true } });
      }
      plan.results.push({ case: row, created: false, appended: false });
      continue;
    }
    const prevHash = row?.headHash ?? '';
    const hash = chainHashSync(input.text, prevHash);
    const created = !row;
    const seq = (row?.versionCount ?? 0) + 1;
    row = row
      ? {
          ...row,
          versionCount: seq,
          headHash: hash,
          truncated: input.truncated,
          lastActivityAt: now,
          goneSince: null,
          latestText: input.text,
        }
      : newCase(input, hash, now, options);
    rows.set(input.sourceKey, row);
    changed.add(input.sourceKey);
    // The version row is the capture's own entry on the timeline (when, where, which text):
    // no event row repeats it (earlier data has `created` / `version` events; both are read).
    plan.records.push({
      caseId: row.id,
      seq,
      capturedAt: now,
      url: input.url,
      text: input.text,
      truncated: input.truncated,
      hash,
      prevHash,
    });
    plan.results.push({ case: row, created, appended: !created });
  }
  for (const key of changed) (before.has(key) ? plan.changedCases : plan.newCases).push(rows.get(key)!);
  return plan;
}

function newCase(input: ParsedCapture, hash: string, now: number, options: CaptureOptions): CaseRow {
  return {
    id: options.newId?.() ?? crypto.randomUUID(),
    source: input.source,
    sourceKey: input.sourceKey,
    url: input.url,
    context: input.context,
    authorName: input.author.name,
    authorContact: input.author.contact,
    parentKey: input.parentKey,
    firstSeenAt: now,
    lastActivityAt: now,
    status: 'new',
    severity: input.detected?.severity ?? 'medium',
    categories: input.detected?.categories ?? [],
    quadrant: input.detected?.quadrant ?? null,
    detected: input.detected,
    deadlineAt: options.deadlineFor?.(now) ?? now + options.replyWithinHours * 3_600_000,
    versionCount: 1,
    headHash: hash,
    truncated: input.truncated,
    goneSince: null,
    latestText: input.text,
  };
}

export function latestVersion(db: TactfulDB, caseId: string): Promise<RecordRow | undefined> {
  return db.records.where('[caseId+seq]').between([caseId, 0], [caseId, Infinity]).last();
}

export function versionsOf(db: TactfulDB, caseId: string): Promise<RecordRow[]> {
  return db.records.where('[caseId+seq]').between([caseId, 0], [caseId, Infinity]).toArray();
}

/** Every version of these cases, grouped by case id, each group in seq order. */
export async function versionsOfCases(db: TactfulDB, caseIds: readonly string[]): Promise<Map<string, RecordRow[]>> {
  const out = new Map<string, RecordRow[]>();
  if (!caseIds.length) return out;
  const rows = await db.records
    .where('[caseId+seq]')
    .inAnyRange(
      caseIds.map((id) => [
        [id, 0],
        [id, Infinity],
      ]),
    )
    .toArray();
  for (const r of rows) {
    const list = out.get(r.caseId);
    if (list) list.push(r);
    else out.set(r.caseId, [r]);
  }
  for (const list of out.values()) list.sort((a, b) => a.seq - b.seq);
  return out;
}

/** Recomputes the chain of a case; false when any version's text or order was altered. */
export async function verifyCase(db: TactfulDB, caseId: string): Promise<{ ok: boolean; brokenAtSeq: number | null }> {
  const versions = await versionsOf(db, caseId);
  let prev = '';
  for (const v of versions) {
    if (v.prevHash !== prev || (await chainHash(v.text, prev)) !== v.hash) return { ok: false, brokenAtSeq: v.seq };
    prev = v.hash;
  }
  const row = await db.cases.get(caseId);
  if (row && row.headHash !== prev) return { ok: false, brokenAtSeq: versions.length };
  return { ok: true, brokenAtSeq: null };
}
