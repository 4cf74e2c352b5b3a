import type { z } from 'zod';
import type { CaseRow, EventRow, RecordRow, TactfulDB } from '../db/schema';
import { captureInputSchema, type CaptureInput } from './capture-input';
import { chainHash } from './hash';

export { captureInputSchema, detectedSnapshotSchema, MAX_CAPTURE_CHARS, type CaptureInput } from './capture-input';

export interface CaptureOptions {
  /** Reply time limit from the settings; sets the first deadline. */
  replyWithinHours: number;
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
 * Records a complaint text: one case per source key; a different text for the same
 * source appends a new version (never overwrites). Identical text changes nothing,
 * except that a case marked "no longer visible" is marked visible again.
 */
export async function captureText(db: TactfulDB, rawInput: CaptureInput, options: CaptureOptions): Promise<CaptureResult> {
  return (await captureMany(db, [rawInput], options))[0]!;
}

/**
 * Records many texts at once (a monitored page with hundreds of comments, a batch
 * message): the same rules as `captureText`, applied in input order (the same source
 * twice with different texts gives two versions), in one read and one write transaction.
 *
 * Hashing is async (WebCrypto) and must not run inside an IndexedDB transaction, so:
 * read the case rows, hash outside, then write only if no case changed meanwhile (else
 * read again and retry). Each case row keeps its newest text and head hash, so no
 * version has to be read to compare or to extend the chain.
 */
export async function captureMany(db: TactfulDB, rawInputs: readonly CaptureInput[], options: CaptureOptions): Promise<CaptureResult[]> {
  return captureParsed(
    db,
    rawInputs.map((raw) => captureInputSchema.parse(raw)),
    options,
  );
}

/** `captureMany` for inputs already validated by `captureInputSchema` (the background's message parser did it). */
export async function captureParsed(db: TactfulDB, inputs: readonly ParsedCapture[], options: CaptureOptions): Promise<CaptureResult[]> {
  if (!inputs.length) return [];
  const now = options.now ?? Date.now();
  const keys = [...new Set(inputs.map((i) => i.sourceKey))];
  for (let attempt = 0; attempt < 5; attempt++) {
    // A cursor over `anyOf` costs almost nothing for sources not recorded yet (the usual case).
    const before = new Map((await db.cases.where('sourceKey').anyOf(keys).toArray()).map((c) => [c.sourceKey, c]));
    const plan = await planCaptures(inputs, before, now, options);
    try {
      const ok = await db.transaction('rw', db.cases, db.records, db.events, async () => {
        // Cases read above must still have the same head; cases created meanwhile by another
        // capture make `bulkAdd` fail on the unique source key (and the transaction roll back).
        const known = [...before.values()];
        const current = known.length ? await db.cases.bulkGet(known.map((c) => c.id)) : [];
        if (current.some((c, i) => c?.headHash !== known[i]!.headHash)) return false;
        if (plan.newCases.length) await db.cases.bulkAdd(plan.newCases);
        if (plan.changedCases.length) await db.cases.bulkPut(plan.changedCases);
        if (plan.records.length) await db.records.bulkAdd(plan.records);
        if (plan.events.length) await db.events.bulkAdd(plan.events);
        return true;
      });
      if (ok) return plan.results;
    } catch (err) {
      if (!isConstraintError(err)) throw err;
    }
    // Another capture changed one of these cases meanwhile: read and plan again.
  }
  throw new Error('The case changed repeatedly while recording; try again.');
}

function isConstraintError(err: unknown): boolean {
  const e = err as { name?: string; failures?: { name?: string }[]; inner?: { name?: string } } | null;
  return Boolean(e && (e.name === 'ConstraintError' || e.inner?.name === 'ConstraintError' || (e.name === 'BulkError' && e.failures?.some((f) => f?.name === 'ConstraintError'))));
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

async function planCaptures(inputs: readonly ParsedCapture[], before: Map<string, CaseRow>, now: number, options: CaptureOptions): Promise<CapturePlan> {
  // Sources are hashed in parallel; each source's texts in input order (they form a chain).
  const groups = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    const group = groups.get(input.sourceKey);
    if (group) group.push(i);
    else groups.set(input.sourceKey, [i]);
  });
  const results: CaptureResult[] = new Array(inputs.length);
  const perSource = await Promise.all(
    [...groups.values()].map(async (indexes) => {
      let row = before.get(inputs[indexes[0]!]!.sourceKey);
      let changed = false;
      const records: RecordRow[] = [];
      const events: EventRow[] = [];
      for (const i of indexes) {
        const input = inputs[i]!;
        if (row && row.latestText === input.text) {
          if (row.goneSince !== null) {
            row = { ...row, goneSince: null };
            changed = true;
            events.push({ caseId: row.id, at: now, type: 'visibility', data: { visible: true } });
          }
          results[i] = { case: row, created: false, appended: false };
          continue;
        }
        const prevHash = row?.headHash ?? '';
        const hash = await chainHash(input.text, prevHash);
        const created = !row;
        const seq = (row?.versionCount ?? 0) + 1;
        row = row
          ? { ...row, versionCount: seq, headHash: hash, truncated: input.truncated, lastActivityAt: now, goneSince: null, latestText: input.text }
          : newCase(input, hash, now, options);
        changed = true;
        // The version row is the capture's own entry on the timeline (when, where, which text):
        // no event row repeats it (earlier data has `created` / `version` events; both are read).
        records.push({ caseId: row.id, seq, capturedAt: now, url: input.url, text: input.text, truncated: input.truncated, hash, prevHash });
        results[i] = { case: row, created, appended: !created };
      }
      return { row: changed ? row : undefined, isNew: !before.has(inputs[indexes[0]!]!.sourceKey), records, events };
    }),
  );
  const plan: CapturePlan = { results, newCases: [], changedCases: [], records: [], events: [] };
  for (const { row, isNew, records, events } of perSource) {
    if (row) (isNew ? plan.newCases : plan.changedCases).push(row);
    for (const r of records) plan.records.push(r);
    for (const e of events) plan.events.push(e);
  }
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
    deadlineAt: now + options.replyWithinHours * 3_600_000,
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
    .inAnyRange(caseIds.map((id) => [[id, 0], [id, Infinity]]))
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
