import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME, type CaseRow, type EventRow, type RecordRow } from './types';

export * from './types';

/**
 * The case store. It lives in the extension's own origin (opened by the background
 * service worker and extension pages), never in a web page's origin.
 *
 * Every schema change adds a new `this.version(n)` below with an upgrade function and a
 * migration test; existing versions are never edited.
 */

/** Schema version 1 (never edit: later versions add their own). */
export const SCHEMA_V1 = {
  cases: 'id, &sourceKey, source, status, severity, firstSeenAt, lastActivityAt, deadlineAt, authorContact, context, *categories',
  records: '++id, caseId, &[caseId+seq], capturedAt',
  events: '++id, caseId, at, type',
};
/**
 * Schema version 3 keeps only the indexes that queries use, and adds [status+deadlineAt]:
 * - cases: by source key (capture, dedupe), author contact (customer history, erasure),
 *   and [status+deadlineAt], which serves every query by status (counts for the toolbar
 *   badge, overdue and due-soon cases, retention) without reading the cases;
 * - records: [caseId+seq] (a case's versions in order); events: caseId and type.
 * Every index costs a write per row; the dashboard filters and sorts in memory, so the
 * indexes v1 had for that (source, severity, dates, context, categories) only slowed
 * recording down.
 */
export const SCHEMA_V3 = {
  cases: 'id, &sourceKey, authorContact, [status+deadlineAt]',
  records: '++id, &[caseId+seq]',
  events: '++id, caseId, type',
};
export const SCHEMA_VERSION = 3;

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
    // v3: indexes only (Dexie drops and builds them from the existing rows); no data changes.
    this.version(3).stores(SCHEMA_V3);
  }
}

export function openDatabase(name: string = DB_NAME): TactfulDB {
  return new TactfulDB(name);
}
