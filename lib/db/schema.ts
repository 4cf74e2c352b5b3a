import Dexie, { type EntityTable } from 'dexie';
import type { Category, DetectedLanguage, Need, Quadrant, Severity } from '../detect/types';

/**
 * The case store. It lives in the extension's own origin (opened by the background
 * service worker and extension pages), never in a web page's origin.
 *
 * Every schema change adds a new `this.version(n)` below with an upgrade function and a
 * migration test; existing versions are never edited.
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

/** One verbatim version of a case's text; append-only. */
export interface RecordRow {
  id?: number;
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

/** Schema version 1 (never edit: later versions add their own). */
export const SCHEMA_V1 = {
  cases: 'id, &sourceKey, source, status, severity, firstSeenAt, lastActivityAt, deadlineAt, authorContact, context, *categories',
  records: '++id, caseId, &[caseId+seq], capturedAt',
  events: '++id, caseId, at, type',
};
export const SCHEMA_VERSION = 2;

export class TactfulDB extends Dexie {
  cases!: EntityTable<CaseRow, 'id'>;
  records!: EntityTable<RecordRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // v2: each case keeps a copy of its newest verbatim text (search, export), filled in from the records.
    this.version(2)
      .stores(SCHEMA_V1)
      .upgrade(async (tx) => {
        const latest = new Map<string, { seq: number; text: string }>();
        await tx
          .table('records')
          .each((r: RecordRow) => {
            const known = latest.get(r.caseId);
            if (!known || r.seq > known.seq) latest.set(r.caseId, { seq: r.seq, text: r.text });
          });
        await tx
          .table('cases')
          .toCollection()
          .modify((c: CaseRow) => {
            c.latestText = latest.get(c.id)?.text ?? '';
          });
      });
  }
}

export function openDatabase(name: string = DB_NAME): TactfulDB {
  return new TactfulDB(name);
}
