import { z } from 'zod';
import { MAX_CORRECTIONS, storedCorrectionSchema } from './corrections/schema';
import { CASE_STATUSES, type CaseRow, type CaseStatus, type Source } from './db/types';
import { captureInputSchema } from './records/capture-input';

/**
 * The one protocol between content scripts, extension pages and the background.
 * Every request is parsed with `requestSchema` by the background; anything that does
 * not parse is answered with `{ ok: false, error: { code: 'invalid_message' } }` and
 * changes nothing. Add a message here (schema + response type), then its handler in
 * lib/background/router.ts.
 */

const caseId = z.string().min(1).max(100);
/** Most captures accepted in one `captureBatch` message. */
export const MAX_BATCH_CAPTURES = 1000;
const sourceKey = z.string().min(1).max(500);

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  /** Record a verbatim text (creates the case or appends a version). */
  z.object({ type: z.literal('capture'), capture: captureInputSchema }),
  /**
   * Record many texts in one message (e.g. every complaint of a monitored page at once):
   * the same rules as `capture`, applied in order, in one transaction.
   */
  z.object({ type: z.literal('captureBatch'), captures: z.array(captureInputSchema).min(1).max(MAX_BATCH_CAPTURES) }),
  /** Case summaries for the given source keys (those not recorded are absent). */
  z.object({ type: z.literal('cases.bySourceKeys'), sourceKeys: z.array(sourceKey).max(5000) }),
  /** Earlier cases of one customer (email address or profile URL). */
  z.object({ type: z.literal('cases.history'), authorContact: z.string().min(1).max(2000) }),
  z.object({ type: z.literal('case.setStatus'), caseId, status: z.enum(CASE_STATUSES) }),
  z.object({
    type: z.literal('case.addNote'),
    caseId,
    text: z.string().min(1).max(100_000),
    confirmedByCustomer: z.boolean().default(false),
  }),
  /** A draft the CSM actually used (inserted or copied), logged on the case timeline. */
  z.object({
    type: z.literal('case.draftUsed'),
    sourceKey,
    kind: z.enum(['public', 'private', 'email']),
    text: z.string().max(100_000),
  }),
  /** Recorded sources that are no longer visible on the page. */
  z.object({ type: z.literal('cases.markGone'), sourceKeys: z.array(sourceKey).min(1).max(5000) }),
  /** Counts for the toolbar badge and the popup. */
  z.object({ type: z.literal('cases.counts') }),
  /** Open the cases dashboard (optionally on one case) in a new tab. */
  z.object({ type: z.literal('dashboard.open'), caseId: caseId.optional() }),
  /**
   * The CSM's corrections (lib/corrections). Everyone reads them from storage; only the
   * background writes them, one change at a time. A site may add only corrections made on
   * it (`via`); reset, import and the erasure sweep come from Tactful's own pages only.
   */
  z.object({ type: z.literal('corrections.add'), entry: storedCorrectionSchema }),
  z.object({ type: z.literal('corrections.undo'), id: z.string().min(1).max(200) }),
  z.object({ type: z.literal('corrections.reset') }),
  /** Corrections of a JSON backup or a shared template library: only those new here are added (by id). */
  z.object({ type: z.literal('corrections.import'), entries: z.array(storedCorrectionSchema).max(MAX_CORRECTIONS) }),
  /** After an erasure: corrections of erased or deleted cases, comments or customers lose their customer details. */
  z.object({ type: z.literal('corrections.forgetErased') }),
]);

export type Request = z.input<typeof requestSchema>;
export type ParsedRequest = z.output<typeof requestSchema>;
export type RequestType = Request['type'];

/** What content scripts and pages need to know about a case. */
export interface CaseSummary {
  id: string;
  source: Source;
  sourceKey: string;
  context: string;
  authorName: string;
  authorContact: string;
  firstSeenAt: number;
  status: CaseStatus;
  severity: CaseRow['severity'];
  categories: CaseRow['categories'];
  deadlineAt: number;
  versionCount: number;
  goneSince: number | null;
}

export interface ResponseMap {
  ping: { pong: true };
  capture: { case: CaseSummary; created: boolean; appended: boolean };
  /** One result per capture, in order. */
  captureBatch: { results: { case: CaseSummary; created: boolean; appended: boolean }[] };
  'cases.bySourceKeys': { cases: CaseSummary[] };
  'cases.history': { cases: CaseSummary[] };
  'case.setStatus': { case: CaseSummary };
  'case.addNote': { eventId: number };
  'case.draftUsed': { logged: boolean };
  'cases.markGone': { marked: number };
  'cases.counts': { new: number; overdue: number; open: number };
  'dashboard.open': { opened: true };
  /** `added` is false when a correction with that id is already stored. `count`: corrections stored now. */
  'corrections.add': { added: boolean; count: number };
  'corrections.undo': { undone: boolean; count: number };
  'corrections.reset': { removed: number };
  /** `restored`: corrections here that got back the customer details they had lost (their case is here again). */
  'corrections.import': {
    added: number;
    restored: number;
    already: number;
    undone: number;
    overLimit: number;
    count: number;
  };
  'corrections.forgetErased': { forgotten: number };
}

/**
 * - `author_mismatch`: a capture would append to a case whose author is someone else (a comment id
 *   taken over); nothing is stored.
 * - `source_mismatch`: a capture's `source` is not the site of the tab that sent it; nothing is stored.
 * - `corrections_full`: the corrections kept are at their bound (MAX_CORRECTIONS); nothing is added.
 * - `not_allowed`: the message may only come from Tactful's own pages.
 */
export const ERROR_CODES = [
  'invalid_message',
  'not_found',
  'invalid_transition',
  'author_mismatch',
  'source_mismatch',
  'corrections_full',
  'not_allowed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Response<T extends RequestType> =
  { ok: true; data: ResponseMap[T] } | { ok: false; error: { code: ErrorCode; message: string } };

export function toSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    source: row.source,
    sourceKey: row.sourceKey,
    context: row.context,
    authorName: row.authorName,
    authorContact: row.authorContact,
    firstSeenAt: row.firstSeenAt,
    status: row.status,
    severity: row.severity,
    categories: row.categories,
    deadlineAt: row.deadlineAt,
    versionCount: row.versionCount,
    goneSince: row.goneSince,
  };
}

/** Human-readable summary of why a message did not parse (first few issues, with paths). */
export function describeZodError(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(message)'}: ${issue.message}`)
    .join('; ');
}
