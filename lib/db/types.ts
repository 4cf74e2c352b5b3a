import type { Category, DetectedLanguage, Need, Quadrant, Severity } from '../detect/types';

/**
 * Shapes of the case store, without Dexie, so content scripts can share them without
 * bundling the database library. The Dexie schema itself is in schema.ts.
 */

export const DB_NAME = 'tactful';

export const SOURCES = ['gmail', 'facebook'] as const;
export type Source = (typeof SOURCES)[number];

export const CASE_STATUSES = ['new', 'acknowledged', 'in_contact', 'waiting_customer', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What the detector said at capture time; kept alongside the CSM's own judgement. */
export interface DetectedSnapshot {
  score: number;
  severity: Severity;
  categories: Category[];
  quadrant: Quadrant | null;
  language: DetectedLanguage;
  need: Need;
}

export interface CaseRow {
  id: string;
  source: Source;
  /** One case per comment or email message, e.g. `facebook:comment:123` or `gmail:msg-f:1845…`. */
  sourceKey: string;
  url: string;
  /** Page name (Facebook) or subject (Gmail). */
  context: string;
  authorName: string;
  /** Profile URL (Facebook) or email address (Gmail). */
  authorContact: string;
  /** Id of the parent comment's case source key, for Facebook replies. */
  parentKey: string | null;
  firstSeenAt: number;
  lastActivityAt: number;
  status: CaseStatus;
  severity: Severity;
  categories: Category[];
  quadrant: Quadrant | null;
  detected: DetectedSnapshot | null;
  /** When the next reply is due (epoch ms). */
  deadlineAt: number;
  versionCount: number;
  /** Hash of the newest verbatim version (the head of the chain). */
  headHash: string;
  /** The newest version was captured while the text was cut behind "See more". */
  truncated: boolean;
  /** Set when the recorded comment/message was no longer visible at its source. */
  goneSince: number | null;
  /** Copy of the newest version's text, for search and export (schema v2). */
  latestText: string;
}

/** One verbatim version of a case's text; append-only. Keyed by [caseId, seq] (schema 5; earlier ones also had an `id`). */
export interface RecordRow {
  caseId: string;
  /** 1, 2, 3… in capture order. */
  seq: number;
  capturedAt: number;
  url: string;
  /** The text exactly as seen: never trimmed or normalised. */
  text: string;
  truncated: boolean;
  /** sha256(text + prevHash), lowercase hex. */
  hash: string;
  /** Hash of the previous version; '' for the first. */
  prevHash: string;
}

export const EVENT_TYPES = [
  'created',
  'version', // a new verbatim version was appended
  'status',
  'edit', // severity / categories / quadrant changed by the CSM
  'note',
  'draft_used',
  'deadline', // snoozed or rescheduled
  'visibility', // gone / visible again
  'erased', // personal content erased on request (audit only)
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventRow {
  id?: number;
  caseId: string;
  at: number;
  type: EventType;
  /** Type-specific details, e.g. `{ from, to }` for status. */
  data: Record<string, unknown>;
}

/**
 * What an erasure leaves behind so that no import brings the case back (schema 6), without
 * personal content: the erased case's id (a random UUID), and keyed hashes of its source key
 * and, for an erasure by customer, of the customer's normalised contact (lib/records/erased.ts).
 */
export const ERASURE_KINDS = ['case', 'source', 'contact'] as const;
export type ErasureKind = (typeof ERASURE_KINDS)[number];

export interface ErasureRow {
  /** `case:<id>`, `source:<hmac hex>` or `contact:<hmac hex>`. */
  key: string;
  kind: ErasureKind;
  /** When it was erased (the latest erasure, for a contact erased more than once). */
  at: number;
}

/** Small per-install values (schema 6), e.g. the random key of the erasure hashes. */
export interface MetaRow {
  key: string;
  value: unknown;
}
