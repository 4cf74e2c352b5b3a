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
