import { z } from 'zod';
import { CATEGORIES, LANGUAGES, NEEDS, QUADRANTS, SEVERITIES } from '../detect/types';
import {
  CASE_STATUSES,
  EVENT_TYPES,
  SOURCES,
  type CaseRow,
  type EventRow,
  type RecordRow,
  type TactfulDB,
} from '../db/schema';
import { MAX_CAPTURE_CHARS, versionsOfCases } from './capture';
import { chainHash } from './hash';

/**
 * Full-fidelity JSON backup of the case store, and its import. Import is all or
 * nothing: the file is checked completely (shape, sizes, forbidden keys, duplicate ids,
 * every hash chain) before anything is written, a dry run reports what would change, and
 * the changes are applied in one transaction.
 */

export const BACKUP_FORMAT = 'tactful-backup';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_CASES = 500_000;
const str = (max: number) => z.string().max(max);
const time = z.number().int().min(0).max(8.64e15);

// Event details are small JSON values; no functions, no depth bombs.
const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string().max(MAX_CAPTURE_CHARS),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue).max(1000),
    z.record(z.string().max(200), jsonValue),
  ]),
);

const versionSchema = z.object({
  seq: z.number().int().min(1),
  capturedAt: time,
  url: str(4000),
  text: str(MAX_CAPTURE_CHARS),
  truncated: z.boolean(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  prevHash: z.string().regex(/^(|[0-9a-f]{64})$/),
});

const eventSchema = z.object({
  at: time,
  type: z.enum(EVENT_TYPES),
  data: z.record(z.string().max(200), jsonValue),
});

const detectedSchema = z
  .object({
    score: z.number().min(0).max(1),
    severity: z.enum(SEVERITIES),
    categories: z.array(z.enum(CATEGORIES)).max(20),
    quadrant: z.enum(QUADRANTS).nullable(),
    language: z.enum(LANGUAGES),
    need: z.enum(NEEDS),
  })
  .nullable();

const backupCaseSchema = z.object({
  id: z.string().min(1).max(100),
  source: z.enum(SOURCES),
  sourceKey: z.string().min(1).max(500),
  url: str(4000),
  context: str(2000),
  authorName: str(500),
  authorContact: str(2000),
  parentKey: z.string().max(500).nullable(),
  firstSeenAt: time,
  lastActivityAt: time,
  status: z.enum(CASE_STATUSES),
  severity: z.enum(SEVERITIES),
  categories: z.array(z.enum(CATEGORIES)).max(20),
  quadrant: z.enum(QUADRANTS).nullable(),
  detected: detectedSchema,
  deadlineAt: time,
  truncated: z.boolean(),
  goneSince: time.nullable(),
  versions: z.array(versionSchema).min(1).max(10_000),
  events: z.array(eventSchema).max(100_000),
});
export type BackupCase = z.infer<typeof backupCaseSchema>;

/**
 * The backup's `schemaVersion`: the version of the case store whose shape the file has.
 * Database schemas 4 and 5 changed only how versions are keyed inside IndexedDB, not what
 * a case, version or event holds, so backups keep saying 3 (and older Tactfuls read them).
 */
export const BACKUP_SCHEMA_VERSION = 3;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z
    .number()
    .int()
    .min(1)
    .max(BACKUP_SCHEMA_VERSION, {
      message: `this backup comes from a newer Tactful (schema version above ${BACKUP_SCHEMA_VERSION})`,
    }),
  exportedAt: z.string().max(100),
  cases: z.array(backupCaseSchema).max(MAX_CASES),
});
export type Backup = z.infer<typeof backupSchema>;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

// ---- export ----

function toBackupCase(c: CaseRow, versions: readonly RecordRow[], events: readonly EventRow[]): BackupCase {
  return {
    id: c.id,
    source: c.source,
    sourceKey: c.sourceKey,
    url: c.url,
    context: c.context,
    authorName: c.authorName,
    authorContact: c.authorContact,
    parentKey: c.parentKey,
    firstSeenAt: c.firstSeenAt,
    lastActivityAt: c.lastActivityAt,
    status: c.status,
    severity: c.severity,
    categories: c.categories,
    quadrant: c.quadrant,
    detected: c.detected,
    deadlineAt: c.deadlineAt,
    truncated: c.truncated,
    goneSince: c.goneSince,
    versions: versions.map(({ seq, capturedAt, url, text, truncated, hash, prevHash }) => ({
      seq,
      capturedAt,
      url,
      text,
      truncated,
      hash,
      prevHash,
    })),
    events: events.map(({ at, type, data }) => ({ at, type, data: data as Record<string, unknown> })),
  };
}

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

/** The whole backup (or of the given cases, in that order) as one object. */
export async function exportBackup(db: TactfulDB, caseIds?: readonly string[], now = Date.now()): Promise<Backup> {
  return db.transaction('r', db.cases, db.records, db.events, async () => {
    const ids = caseIds ?? ((await db.cases.toCollection().primaryKeys()) as string[]);
    return {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      cases: await backupCasesOf(db, ids),
    };
  });
}

/**
 * The same JSON text as `JSON.stringify(await exportBackup(db, caseIds))`, produced in
 * chunks of cases (each read in its own transaction), yielding to the event loop between
 * chunks so a page exporting 50,000 cases stays responsive and can show progress.
 */
export async function* backupJsonChunks(
  db: TactfulDB,
  caseIds: readonly string[],
  options: { chunkSize?: number; now?: number } = {},
): AsyncGenerator<{ chunk: string; done: number }> {
  const chunkSize = options.chunkSize ?? 1000;
  const shell = JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    cases: [],
  });
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
  yield { chunk: ']}', done: caseIds.length };
}

// ---- import: validation ----

/** The first forbidden key (prototype pollution) anywhere in the value, with its path. */
function findForbiddenKey(value: unknown, path: string[] = []): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], [...path, String(i)]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key].join('.');
      const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Parses and checks a backup file completely; throws ImportError saying where it is wrong. */
export async function parseBackup(fileText: string): Promise<Backup> {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (err) {
    throw new ImportError(`Not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const forbidden = findForbiddenKey(json);
  if (forbidden) throw new ImportError(`Forbidden key at ${forbidden}`);
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  const backup = parsed.data;
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const [i, c] of backup.cases.entries()) {
    if (ids.has(c.id)) throw new ImportError(`cases.${i}.id: duplicate case id "${c.id}"`);
    if (keys.has(c.sourceKey)) throw new ImportError(`cases.${i}.sourceKey: duplicate source "${c.sourceKey}"`);
    ids.add(c.id);
    keys.add(c.sourceKey);
  }
  // Every chain is recomputed (cases in parallel batches); the first broken one in file order is reported.
  const BATCH = 256;
  for (let start = 0; start < backup.cases.length; start += BATCH) {
    const broken = await Promise.all(backup.cases.slice(start, start + BATCH).map(brokenVersion));
    const at = broken.findIndex((b) => b !== null);
    if (at >= 0)
      throw new ImportError(
        `cases.${start + at}.versions.${broken[at]}: the hash chain does not verify (text or order was altered)`,
      );
  }
  return backup;
}

/** Index of the first version whose seq, link or hash is wrong; null when the chain verifies. */
async function brokenVersion(c: BackupCase): Promise<number | null> {
  let prev = '';
  for (const [i, v] of c.versions.entries()) {
    if (v.seq !== i + 1 || v.prevHash !== prev || (await chainHash(v.text, prev)) !== v.hash) return i;
    prev = v.hash;
  }
  return null;
}

// ---- import: plan and apply ----

export interface ImportPlan {
  newCases: BackupCase[];
  updatedCases: { incoming: BackupCase; existing: CaseRow }[];
  unchanged: number;
  conflicts: { caseId: string; sourceKey: string; reason: string }[];
}

/** Dry run: what importing would do, without writing anything. */
export async function planImport(db: TactfulDB, backup: Backup): Promise<ImportPlan> {
  const plan: ImportPlan = { newCases: [], updatedCases: [], unchanged: 0, conflicts: [] };
  const { byId, byKey, versions } = await db.transaction('r', db.cases, db.records, async () => {
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
    return { byId, byKey, versions: await versionsOfCases(db, [...byId.keys()]) };
  });
  for (const incoming of backup.cases) {
    const existing = byId.get(incoming.id);
    const sameSource = byKey.get(incoming.sourceKey);
    if (!existing && !sameSource) {
      plan.newCases.push(incoming);
      continue;
    }
    if (!existing || !sameSource || existing.id !== sameSource.id) {
      plan.conflicts.push({
        caseId: incoming.id,
        sourceKey: incoming.sourceKey,
        reason: 'the case id and its source belong to different cases here',
      });
      continue;
    }
    // One chain must extend the other: the same hashes as far as both go.
    const here = versions.get(existing.id) ?? [];
    const common = Math.min(here.length, incoming.versions.length);
    if (here.slice(0, common).some((r, i) => incoming.versions[i]!.hash !== r.hash)) {
      plan.conflicts.push({
        caseId: incoming.id,
        sourceKey: incoming.sourceKey,
        reason: 'the verbatim versions here differ from the backup',
      });
      continue;
    }
    const newer = incoming.versions.length > here.length || incoming.lastActivityAt > existing.lastActivityAt;
    if (newer) plan.updatedCases.push({ incoming, existing });
    else plan.unchanged++;
  }
  return plan;
}

function rowOf(c: BackupCase): CaseRow {
  const last = c.versions[c.versions.length - 1]!;
  return {
    id: c.id,
    source: c.source,
    sourceKey: c.sourceKey,
    url: c.url,
    context: c.context,
    authorName: c.authorName,
    authorContact: c.authorContact,
    parentKey: c.parentKey,
    firstSeenAt: c.firstSeenAt,
    lastActivityAt: c.lastActivityAt,
    status: c.status,
    severity: c.severity,
    categories: c.categories,
    quadrant: c.quadrant,
    detected: c.detected,
    deadlineAt: c.deadlineAt,
    versionCount: c.versions.length,
    headHash: last.hash,
    truncated: c.truncated,
    goneSince: c.goneSince,
    latestText: last.text,
  };
}

const eventKey = (e: { at: number; type: string; data: unknown }) => `${e.at}|${e.type}|${JSON.stringify(e.data)}`;

/**
 * Applies a plan in one transaction: all of it or, on any failure (for example a case
 * recorded meanwhile under the same source), none of it.
 */
export async function applyImport(db: TactfulDB, plan: ImportPlan): Promise<{ added: number; updated: number }> {
  await db.transaction('rw', db.cases, db.records, db.events, async () => {
    if (plan.newCases.length) {
      await db.cases.bulkAdd(plan.newCases.map(rowOf));
      await db.records.bulkAdd(plan.newCases.flatMap((c) => c.versions.map((v) => ({ ...v, caseId: c.id }))));
      await db.events.bulkAdd(plan.newCases.flatMap((c) => c.events.map((e) => ({ ...e, caseId: c.id }))));
    }
    for (const { incoming, existing } of plan.updatedCases) {
      const current = await db.cases.get(existing.id);
      if (!current || current.headHash !== existing.headHash)
        throw new ImportError(`case ${existing.id} changed since the dry run; nothing was imported, try again`);
      const missing = incoming.versions.slice(current.versionCount);
      if (missing.length) await db.records.bulkAdd(missing.map((v) => ({ ...v, caseId: current.id })));
      const have = new Set((await db.events.where('caseId').equals(current.id).toArray()).map(eventKey));
      const newEvents = incoming.events.filter((e) => !have.has(eventKey(e)));
      if (newEvents.length) await db.events.bulkAdd(newEvents.map((e) => ({ ...e, caseId: current.id })));
      // The CSM's fields from whichever side changed last; the chain from the longer one.
      const base = incoming.lastActivityAt >= current.lastActivityAt ? rowOf(incoming) : current;
      const chain = missing.length ? pickChain(rowOf(incoming)) : pickChain(current);
      await db.cases.put({ ...base, ...chain });
    }
  });
  return { added: plan.newCases.length, updated: plan.updatedCases.length };
}

function pickChain(row: CaseRow): Pick<CaseRow, 'versionCount' | 'headHash' | 'latestText' | 'truncated'> {
  return {
    versionCount: row.versionCount,
    headHash: row.headHash,
    latestText: row.latestText,
    truncated: row.truncated,
  };
}
