import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import { DB_NAME, type CaseRow, type ErasureRow, type EventRow, type MetaRow, type RecordRow } from './types';

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
  cases:
    'id, &sourceKey, source, status, severity, firstSeenAt, lastActivityAt, deadlineAt, authorContact, context, *categories',
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
/**
 * Schema version 5 keys the verbatim versions by [caseId+seq] itself, instead of an
 * auto-incremented id plus a unique [caseId+seq] index: the same order and the same
 * uniqueness (a second "version 2" of a case is refused), but each version written costs
 * no index entry, no uniqueness lookup and no key-generator update. A new key means
 * writing every version again, and Dexie cannot change a table's primary key: version 4
 * copies the versions, page by page, into a second table keyed that way, and version 5
 * gives that table the name `records` back (IndexedDB renames a store without copying).
 * Both run in the one upgrade transaction. Cases and events are not touched.
 */
export const SCHEMA_V5 = {
  cases: SCHEMA_V3.cases,
  records: '[caseId+seq]',
  events: SCHEMA_V3.events,
};
/**
 * Schema version 6 adds what erasure must remember (`erasures`: case ids and keyed hashes,
 * no personal content) and `meta` (the per-install key of those hashes). The upgrade
 * remembers the ids of cases erased before it, from their audit events.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  erasures: 'key',
  meta: 'key',
};
export const SCHEMA_VERSION = 6;

/** Versions copied per step of the version 4 upgrade (a store may hold hundreds of thousands). */
const COPY_PAGE = 2000;

/** Copies every version of the schema 3 `records` table into `to`, in primary-key order, page by page, without its auto-incremented `id`. */
async function copyVersions(tx: Transaction, to: string): Promise<void> {
  const source = tx.table<RecordRow & { id: number }, number>('records');
  const target = tx.table<RecordRow, [string, number]>(to);
  let last: number | undefined;
  for (;;) {
    const page = await (last === undefined ? source.toCollection() : source.where(':id').above(last))
      .limit(COPY_PAGE)
      .toArray();
    if (!page.length) return;
    last = page.at(-1)!.id;
    await target.bulkAdd(page.map(({ id: _id, ...row }) => row));
  }
}

export class TactfulDB extends Dexie {
  cases!: EntityTable<CaseRow, 'id'>;
  /** Verbatim versions, keyed by [caseId, seq] (schema 5). */
  records!: Table<RecordRow, [string, number]>;
  events!: EntityTable<EventRow, 'id'>;
  /** What erasures remember so that imports cannot bring erased cases back (schema 6). */
  erasures!: EntityTable<ErasureRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // v2: each case keeps a copy of its newest verbatim text (search, export), filled in from the records.
    this.version(2)
      .stores(SCHEMA_V1)
      .upgrade(async (tx) => {
        const latest = new Map<string, { seq: number; text: string }>();
        await tx.table('records').each((r: RecordRow) => {
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
    // v4 and v5: the versions keyed by [caseId+seq] (see SCHEMA_V5), by way of a second table.
    this.version(4)
      .stores({ ...SCHEMA_V3, records: null, recordsByCase: SCHEMA_V5.records })
      .upgrade((tx) => copyVersions(tx, 'recordsByCase'));
    this.version(5)
      .stores({ ...SCHEMA_V5, recordsByCase: null })
      .upgrade((tx) => {
        // Dexie has just created an empty `records` with the new key: drop it and rename the
        // copy instead of copying every version a second time. Dexie then finds the stores
        // its version 5 declares (no `recordsByCase` left to delete).
        const idb = tx.idbtrans.db;
        idb.deleteObjectStore('records');
        tx.idbtrans.objectStore('recordsByCase').name = 'records';
      });
    // v6: erasures and meta; the cases erased so far are remembered by id (their audit events).
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade(async (tx) => {
        const erased = await tx.table<EventRow, number>('events').where('type').equals('erased').toArray();
        const rows = new Map<string, ErasureRow>();
        for (const e of erased)
          if (e.data.reason !== 'retention') rows.set(e.caseId, { key: `case:${e.caseId}`, kind: 'case', at: e.at });
        await tx.table<ErasureRow, string>('erasures').bulkPut([...rows.values()]);
      });
  }
}

export function openDatabase(name: string = DB_NAME): TactfulDB {
  return new TactfulDB(name);
}
