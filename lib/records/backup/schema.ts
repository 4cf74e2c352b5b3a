import { z } from 'zod';
import { MAX_CORRECTIONS, storedCorrectionSchema } from '../../corrections/schema';
import { CATEGORIES, LANGUAGES, NEEDS, QUADRANTS, SEVERITIES } from '../../detect/types';
import { CASE_STATUSES, EVENT_TYPES, SOURCES, type CaseRow, type EventRow, type RecordRow } from '../../db/schema';
import { MAX_CAPTURE_CHARS } from '../capture-input';

/**
 * The JSON backup's shape, written once: the fields of a case, a version and an event, with
 * their limits. The same field lists copy rows into a backup (export), check a file
 * (validation) and turn it back into rows (import); a field added to the store is added here.
 */

export const BACKUP_FORMAT = 'tactful-backup' as const;
/**
 * The backup's `schemaVersion`: the version of the case store whose shape the file has.
 * Database schemas 4 to 6 changed only how versions are keyed and what erasures remember,
 * not what a case, version or event holds, so backups keep saying 3 (and older Tactfuls read them).
 */
export const BACKUP_SCHEMA_VERSION = 3;
export const MAX_CASES = 500_000;
/** Deepest nesting accepted in a file; a real backup nests about 9 levels (event details included). */
export const MAX_DEPTH = 32;
/** Tactful never recorded anything before 2000: an earlier time is a damaged or crafted file. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** How far ahead of this computer's clock a recorded time may be (the other computer's clock may run ahead). */
export const CLOCK_SKEW_MS = 60 * 60_000;
/** Due times are in the future by nature, but not beyond ten years. */
export const DEADLINE_AHEAD_MS = 10 * 365 * 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString();

/** A time in milliseconds between `min` and `max`, refused with a clear reason otherwise. */
function possibleTime(min: number, max: number) {
  return z
    .number({ error: 'not a time: expected a finite number of milliseconds' })
    .int({ error: 'not a time: expected a whole number of milliseconds' })
    .superRefine((value, ctx) => {
      if (value < min) ctx.addIssue({ code: 'custom', message: `impossible time ${value}: before ${iso(min)}` });
      else if (value > max)
        ctx.addIssue({ code: 'custom', message: `impossible time ${value}: after ${iso(max)}, later than now` });
    });
}

const str = (max: number) => z.string().max(max);

// Event details are small JSON values (no functions); their depth is bounded before parsing.
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

/** The fields, with the time bounds of an import made at `now`. */
function fieldsAt(now: number) {
  const recorded = possibleTime(EARLIEST_TIME, now + CLOCK_SKEW_MS);
  const due = possibleTime(EARLIEST_TIME, now + DEADLINE_AHEAD_MS);
  return {
    case: {
      // Tactful makes case ids with crypto.randomUUID(); other characters (bidi controls, HTML) are refused.
      id: z
        .string()
        .min(1)
        .max(100)
        .regex(/^[\w.:-]+$/, { message: 'a case id has only letters, digits and . _ : -' }),
      source: z.enum(SOURCES),
      sourceKey: z.string().min(1).max(500),
      url: str(4000),
      context: str(2000),
      authorName: str(500),
      authorContact: str(2000),
      parentKey: z.string().max(500).nullable(),
      firstSeenAt: recorded,
      lastActivityAt: recorded,
      status: z.enum(CASE_STATUSES),
      severity: z.enum(SEVERITIES),
      categories: z.array(z.enum(CATEGORIES)).max(20),
      quadrant: z.enum(QUADRANTS).nullable(),
      detected: detectedSchema,
      deadlineAt: due,
      truncated: z.boolean(),
      goneSince: recorded.nullable(),
    },
    version: {
      seq: z.number().int().min(1),
      capturedAt: recorded,
      url: str(4000),
      text: str(MAX_CAPTURE_CHARS),
      truncated: z.boolean(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      prevHash: z.string().regex(/^(|[0-9a-f]{64})$/),
    },
    event: {
      at: recorded,
      type: z.enum(EVENT_TYPES),
      data: z.record(z.string().max(200), jsonValue),
    },
  };
}

/** The whole file's schema for an import made at `now` (times later than that are refused). */
export function backupSchemaAt(now: number) {
  const fields = fieldsAt(now);
  const caseSchema = z.object({
    ...fields.case,
    versions: z.array(z.object(fields.version)).min(1).max(10_000),
    events: z.array(z.object(fields.event)).max(100_000),
  });
  return z.object({
    format: z.literal(BACKUP_FORMAT),
    schemaVersion: z
      .number()
      .int()
      .min(1)
      .max(BACKUP_SCHEMA_VERSION, {
        message: `this backup comes from a newer Tactful (schema version above ${BACKUP_SCHEMA_VERSION})`,
      }),
    exportedAt: z.string().max(100),
    cases: z.array(caseSchema).max(MAX_CASES),
    /**
     * The CSM's corrections (lib/corrections), with their local details (excerpt, page or
     * subject, case): a backup holds the cases' verbatim text anyway. Absent from backups
     * made before corrections existed; older Tactfuls ignore it.
     */
    corrections: z.array(storedCorrectionSchema).max(MAX_CORRECTIONS).optional(),
  });
}

type Fields = ReturnType<typeof fieldsAt>;
const keysOf = <T extends object>(shape: T) => Object.keys(shape) as (keyof T & string)[];
const FIELDS = fieldsAt(0);
/** The fields a backup holds, in the file's order. */
export const CASE_FIELDS = keysOf(FIELDS.case);
export const VERSION_FIELDS = keysOf(FIELDS.version);
export const EVENT_FIELDS = keysOf(FIELDS.event);

export type Backup = z.infer<ReturnType<typeof backupSchemaAt>>;
export type BackupCase = Backup['cases'][number];
export type BackupVersion = BackupCase['versions'][number];
export type BackupEvent = BackupCase['events'][number];

// The backup's fields are exactly the stored rows' fields of the same names (checked by the compiler).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type CaseFields = z.infer<z.ZodObject<Fields['case']>>;
export const caseFieldsMatchTheStore: Same<CaseFields, Pick<CaseRow, keyof CaseFields>> = true;
export const versionFieldsMatchTheStore: Same<BackupVersion, Pick<RecordRow, keyof BackupVersion>> = true;
export const eventFieldsMatchTheStore: Same<BackupEvent, Pick<EventRow, keyof BackupEvent>> = true;

/** The named fields of `row`, in the order of `keys`. */
export function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = row[key];
  return out;
}

/** A stored case with its versions and events, as the backup holds it. */
export function toBackupCase(c: CaseRow, versions: readonly RecordRow[], events: readonly EventRow[]): BackupCase {
  return {
    ...pick(c, CASE_FIELDS),
    versions: versions.map((v) => pick(v, VERSION_FIELDS)),
    events: events.map((e) => pick(e, EVENT_FIELDS)),
  };
}

/** The columns a case row keeps about its newest version (head of the chain). */
export function headOf(versions: readonly BackupVersion[]): Pick<CaseRow, 'versionCount' | 'headHash' | 'latestText'> {
  const last = versions[versions.length - 1]!;
  return { versionCount: last.seq, headHash: last.hash, latestText: last.text };
}

/** The stored row of a case from a backup. */
export function caseRowOf(c: BackupCase): CaseRow {
  return { ...pick(c, CASE_FIELDS), ...headOf(c.versions) };
}
