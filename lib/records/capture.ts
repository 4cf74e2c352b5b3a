import type { z } from 'zod';
import type { CaseRow, RecordRow, TactfulDB } from '../db/schema';
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

/**
 * Records a complaint text: one case per source key; a different text for the same
 * source appends a new version (never overwrites). Identical text changes nothing.
 */
export async function captureText(db: TactfulDB, rawInput: CaptureInput, options: CaptureOptions): Promise<CaptureResult> {
  const input = captureInputSchema.parse(rawInput);
  const now = options.now ?? Date.now();
  // Hashing is async (WebCrypto) and must not run inside an IndexedDB transaction,
  // so: read the head, hash outside, then write only if the head is still the same.
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await db.cases.where('sourceKey').equals(input.sourceKey).first();
    const head = existing ? await latestVersion(db, existing.id) : undefined;
    if (existing && head && head.text === input.text) {
      return { case: await markVisible(db, existing, now), created: false, appended: false };
    }
    const prevHash = head?.hash ?? '';
    const hash = await chainHash(input.text, prevHash);
    const outcome = await db.transaction('rw', db.cases, db.records, db.events, async () => {
      const current = await db.cases.where('sourceKey').equals(input.sourceKey).first();
      if ((current?.headHash ?? '') !== prevHash || Boolean(current) !== Boolean(existing)) return null; // raced; retry
      const seq = (current?.versionCount ?? 0) + 1;
      const caseRow: CaseRow = current
        ? { ...current, versionCount: seq, headHash: hash, truncated: input.truncated, lastActivityAt: now, goneSince: null, latestText: input.text }
        : newCase(input, hash, now, options);
      const version: RecordRow = {
        caseId: caseRow.id,
        seq,
        capturedAt: now,
        url: input.url,
        text: input.text,
        truncated: input.truncated,
        hash,
        prevHash,
      };
      await db.cases.put(caseRow);
      await db.records.add(version);
      await db.events.add(
        current
          ? { caseId: caseRow.id, at: now, type: 'version', data: { seq, truncated: input.truncated } }
          : { caseId: caseRow.id, at: now, type: 'created', data: { source: input.source, url: input.url } },
      );
      return { case: caseRow, created: !current, appended: Boolean(current) };
    });
    if (outcome) return outcome;
  }
  throw new Error('The case changed repeatedly while recording; try again.');
}

function newCase(input: z.output<typeof captureInputSchema>, hash: string, now: number, options: CaptureOptions): CaseRow {
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

async function markVisible(db: TactfulDB, row: CaseRow, now: number): Promise<CaseRow> {
  if (row.goneSince === null) return row;
  const updated = { ...row, goneSince: null };
  await db.transaction('rw', db.cases, db.events, async () => {
    await db.cases.put(updated);
    await db.events.add({ caseId: row.id, at: now, type: 'visibility', data: { visible: true } });
  });
  return updated;
}

export function latestVersion(db: TactfulDB, caseId: string): Promise<RecordRow | undefined> {
  return db.records.where('[caseId+seq]').between([caseId, 0], [caseId, Infinity]).last();
}

export function versionsOf(db: TactfulDB, caseId: string): Promise<RecordRow[]> {
  return db.records.where('[caseId+seq]').between([caseId, 0], [caseId, Infinity]).toArray();
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
